#include "baseline.hpp"

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <tuple>

#include "../report/report.hpp"

namespace cmlint {

namespace {

using Key = std::tuple<std::string, std::string, std::string>;  // path, code, text

}  // namespace

std::optional<std::string> write_baseline(const std::string& path, const std::vector<FileResult>& results) {
  using json = nlohmann::ordered_json;
  json findings = json::array();
  for (const auto& f : results)
    for (const auto& d : f.diagnostics)
      findings.push_back({{"path", f.path},
                          {"rule", std::string(d.code)},
                          {"name", std::string(d.name)},
                          {"text", std::string(finding_text(f, d))},
                          {"line", d.line},  // for readers only: matching ignores it
                          {"message", d.message}});
  json root;
  root["tool"] = "cmlint";
  root["version"] = std::string(version());
  root["findings"] = std::move(findings);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << root.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
  if (!out.flush()) return "cannot write baseline '" + path + "'";
  return std::nullopt;
}

std::optional<std::string> apply_baseline(const std::string& path, std::vector<FileResult>& results,
                                          std::size_t& matched) {
  matched = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) return "cannot read baseline '" + path + "'";
  std::stringstream ss;
  ss << in.rdbuf();
  std::map<Key, int> recorded;
  try {
    const auto root = nlohmann::json::parse(ss.str());
    if (!root.is_object() || root.value("tool", "") != "cmlint" || !root.contains("findings") || !root["findings"].is_array())
      return "'" + path + "' is not a cmlint baseline (expected {\"tool\": \"cmlint\", \"findings\": [...]})";
    for (const auto& e : root["findings"])
      ++recorded[{e.at("path").get<std::string>(), e.at("rule").get<std::string>(), e.at("text").get<std::string>()}];
  } catch (const nlohmann::json::exception& e) {
    return "'" + path + "' is not a cmlint baseline: " + e.what();
  }
  for (auto& f : results) {
    std::vector<Diagnostic> kept;
    for (auto& d : f.diagnostics) {
      auto it = recorded.find({f.path, std::string(d.code), std::string(finding_text(f, d))});
      if (it != recorded.end() && it->second > 0) {
        --it->second;
        ++matched;
        continue;
      }
      kept.push_back(std::move(d));
    }
    f.diagnostics = std::move(kept);
  }
  return std::nullopt;
}

}  // namespace cmlint
