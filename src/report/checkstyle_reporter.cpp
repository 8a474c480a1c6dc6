// Checkstyle XML, as read by Jenkins warnings-ng, reviewdog and SonarQube importers.
#include <fmt/format.h>

#include "escape.hpp"
#include "report.hpp"

namespace cmlint {

void write_checkstyle(std::ostream& out, const std::vector<FileResult>& files) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
  for (const auto& f : files) {
    out << fmt::format("  <file name=\"{}\">\n", xml_escape(f.path));
    if (!f.io_error.empty())
      out << fmt::format("    <error line=\"1\" severity=\"error\" message=\"{}\" source=\"cmlint.io\"/>\n",
                         xml_escape(f.io_error));
    for (const auto& d : f.diagnostics)
      out << fmt::format("    <error line=\"{}\" column=\"{}\" severity=\"{}\" message=\"{}\" source=\"cmlint.{}.{}\"/>\n",
                         d.line, d.column, to_string(d.severity), xml_escape(d.message), d.code, d.name);
    out << "  </file>\n";
  }
  out << "</checkstyle>\n";
}

}  // namespace cmlint
