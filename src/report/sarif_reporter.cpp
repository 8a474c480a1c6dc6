// SARIF 2.1.0 (OASIS): https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
#include <nlohmann/json.hpp>

#include "escape.hpp"
#include "report.hpp"

namespace cmlint {

namespace {

using json = nlohmann::ordered_json;

std::string_view level(Severity s) { return s == Severity::error ? "error" : s == Severity::warning ? "warning" : "note"; }

json rule_descriptor(const RuleInfo& i, Lang lang) {
  const bool vi = lang == Lang::vi;
  const std::string doc = rule_documentation(*find_rule(i.code), lang);
  json r;
  r["id"] = std::string(i.code);
  r["name"] = std::string(i.name);
  r["shortDescription"] = {{"text", std::string(vi ? i.summary_vi : i.summary_en)}};
  r["fullDescription"] = {{"text", std::string(vi ? i.summary_vi : i.summary_en)}};
  r["help"] = {{"text", doc}, {"markdown", doc}};
  r["defaultConfiguration"] = {{"level", std::string(level(i.default_severity))}};
  r["properties"] = {{"tags", {"cmlint"}}};
  return r;
}

json region(const Diagnostic& d) {
  return {{"startLine", d.line},
          {"startColumn", d.column},
          {"endLine", d.end_line},
          {"endColumn", d.end_column},
          {"byteOffset", d.offset},
          {"byteLength", d.end_offset - d.offset}};
}

}  // namespace

void write_sarif(std::ostream& out, const std::vector<FileResult>& files, Lang lang) {
  const auto& rules = all_rules();
  json driver;
  driver["name"] = "cmlint";
  driver["version"] = std::string(version());
  driver["semanticVersion"] = std::string(version());
  json jr = json::array();
  for (const Rule* r : rules) jr.push_back(rule_descriptor(r->info(), lang));
  driver["rules"] = std::move(jr);

  json results = json::array();
  json notes = json::array();
  json artifacts = json::array();
  for (const auto& f : files) {
    const std::string uri = path_uri(f.path);
    const auto index = artifacts.size();
    artifacts.push_back({{"location", {{"uri", uri}}}});
    if (!f.io_error.empty())
      notes.push_back({{"level", "error"},
                       {"message", {{"text", f.path + ": " + f.io_error}}},
                       {"locations", {{{"physicalLocation", {{"artifactLocation", {{"uri", uri}, {"index", index}}}}}}}}});
    for (const auto& d : f.diagnostics) {
      json res;
      res["ruleId"] = std::string(d.code);
      std::size_t ri = 0;
      while (ri < rules.size() && rules[ri]->info().code != d.code) ++ri;
      if (ri < rules.size()) res["ruleIndex"] = ri;
      res["level"] = std::string(level(d.severity));
      res["message"] = {{"text", d.message}};
      res["locations"] = json::array(
          {{{"physicalLocation", {{"artifactLocation", {{"uri", uri}, {"index", index}}}, {"region", region(d)}}}}});
      if (d.fix) {
        json reps = json::array();
        for (const Edit& e : d.fix->edits)
          reps.push_back({{"deletedRegion", {{"byteOffset", e.offset}, {"byteLength", e.end_offset - e.offset}}},
                          {"insertedContent", {{"text", e.replacement}}}});
        res["fixes"] = json::array({{{"description", {{"text", d.fix->message}}},
                                     {"artifactChanges",
                                      json::array({{{"artifactLocation", {{"uri", uri}, {"index", index}}},
                                                    {"replacements", std::move(reps)}}})}}});
      }
      results.push_back(std::move(res));
    }
  }

  json run;
  run["tool"] = {{"driver", std::move(driver)}};
  json inv;
  inv["executionSuccessful"] = notes.empty();
  if (!notes.empty()) inv["toolExecutionNotifications"] = std::move(notes);
  run["invocations"] = json::array({std::move(inv)});
  run["artifacts"] = std::move(artifacts);
  run["results"] = std::move(results);
  // Columns count user-perceived characters; of the two kinds SARIF names, code points is the
  // nearest (they differ only for decomposed text). byteOffset/byteLength are exact.
  run["columnKind"] = "unicodeCodePoints";
  json root;
  root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  root["version"] = "2.1.0";
  root["runs"] = json::array({std::move(run)});
  out << root.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace cmlint
