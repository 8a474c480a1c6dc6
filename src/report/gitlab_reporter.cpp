// https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
#include <nlohmann/json.hpp>

#include "report.hpp"

namespace cmlint {

namespace {

std::string_view gitlab_severity(Severity s) {
  return s == Severity::error ? "major" : s == Severity::warning ? "minor" : "info";
}

}  // namespace

void write_gitlab(std::ostream& out, const std::vector<FileResult>& files) {
  using json = nlohmann::ordered_json;
  json arr = json::array();
  for (const auto& f : files) {
    const auto prints = fingerprints(f);
    for (std::size_t i = 0; i < f.diagnostics.size(); ++i) {
      const Diagnostic& d = f.diagnostics[i];
      json j;
      j["description"] = d.message;
      j["check_name"] = std::string(d.name);
      j["fingerprint"] = prints[i];
      j["severity"] = std::string(gitlab_severity(d.severity));
      j["location"] = {{"path", f.path},
                       {"positions",
                        {{"begin", {{"line", d.line}, {"column", d.column}}},
                         {"end", {{"line", d.end_line}, {"column", d.end_column}}}}}};
      arr.push_back(std::move(j));
    }
  }
  out << arr.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace cmlint
