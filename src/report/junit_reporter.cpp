// JUnit XML as CI servers read it (Jenkins, GitLab, Azure): one <testsuite> per file,
// one <testcase> per finding (failed), or one passing <testcase> for a clean file.
#include <fmt/format.h>

#include "escape.hpp"
#include "report.hpp"

namespace cmlint {

void write_junit(std::ostream& out, const std::vector<FileResult>& files) {
  std::size_t tests = 0, failures = 0, errors = 0;
  std::string body;
  for (const auto& f : files) {
    const std::string path = xml_escape(f.path);
    std::string cases;
    std::size_t t = 0, fl = 0, er = 0;
    if (!f.io_error.empty()) {
      ++t;
      ++er;
      cases += fmt::format("    <testcase name=\"{}\" classname=\"{}\">\n      <error message=\"{}\"/>\n    </testcase>\n",
                           path, path, xml_escape(f.io_error));
    } else if (f.diagnostics.empty()) {
      ++t;
      cases += fmt::format("    <testcase name=\"{}\" classname=\"{}\"/>\n", path, path);
    }
    for (const auto& d : f.diagnostics) {
      ++t;
      ++fl;
      cases += fmt::format(
          "    <testcase name=\"{}\" classname=\"{}\">\n"
          "      <failure message=\"{}\" type=\"{}\">{}</failure>\n"
          "    </testcase>\n",
          xml_escape(fmt::format("{} {} {}:{}", d.code, d.name, d.line, d.column)), path, xml_escape(d.message),
          to_string(d.severity),
          xml_escape(fmt::format("{}:{}:{}: {} {} {} {}", f.path, d.line, d.column, to_string(d.severity), d.code,
                                 d.name, d.message),
                     false));
    }
    body += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n{}  </testsuite>\n", path,
                        t, fl, er, cases);
    tests += t;
    failures += fl;
    errors += er;
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << fmt::format("<testsuites name=\"cmlint\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n", tests, failures, errors)
      << body << "</testsuites>\n";
}

}  // namespace cmlint
