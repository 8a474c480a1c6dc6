#include <fmt/format.h>

#include "report.hpp"

namespace cmlint {

void write_concise(std::ostream& out, const std::vector<FileResult>& files) {
  for (const auto& f : files)
    for (const auto& d : f.diagnostics)
      out << fmt::format("{}:{}:{}: {} {} {} {}\n", f.path, d.line, d.column, to_string(d.severity), d.code, d.name,
                         d.message);
}

}  // namespace cmlint
