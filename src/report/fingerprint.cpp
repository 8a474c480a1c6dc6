#include <map>

#include "escape.hpp"
#include "report.hpp"

namespace cmlint {

std::string_view finding_text(const FileResult& f, const Diagnostic& d) {
  if (!f.source || d.end_offset < d.offset || d.end_offset > f.source->bytes.size()) return {};
  return std::string_view(f.source->bytes).substr(d.offset, d.end_offset - d.offset);
}

std::vector<std::string> fingerprints(const FileResult& f) {
  std::vector<std::string> out;
  std::map<std::string, int> seen;
  for (const auto& d : f.diagnostics) {
    std::string key = std::string(d.code);
    key += '\0';
    key += finding_text(f, d);
    const int n = seen[key]++;
    out.push_back(hex_fingerprint(f.path + '\0' + key + '\0' + std::to_string(n)));
  }
  return out;
}

}  // namespace cmlint
