#include "report.hpp"

namespace cmlint {

std::string_view version() { return CMLINT_VERSION; }

Counts count(const std::vector<FileResult>& files) {
  Counts c;
  for (const auto& f : files)
    for (const auto& d : f.diagnostics) {
      if (d.severity == Severity::error) ++c.error;
      else if (d.severity == Severity::warning) ++c.warning;
      else ++c.info;
    }
  return c;
}

}  // namespace cmlint
