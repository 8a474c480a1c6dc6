// Texts generated from the rules about the configuration: the starter file written by
// `cmlint init` and the JSON Schema of cmlint.toml (docs/cmlint.schema.json).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "config.hpp"

namespace cmlint {

namespace {

std::string toml_value(const OptionValue& v) {
  if (auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
  if (auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
  return fmt::format("\"{}\"", std::get<std::string>(v));
}

}  // namespace

std::string starter_config() {
  std::string out =
      "# cmlint configuration (cmlint init). cmlint uses the nearest cmlint.toml above each file.\n"
      "# Every setting is commented out: the values shown are the defaults. Docs: cmlint --explain RULE.\n"
      "\n"
      "# extends = \"../cmlint.toml\"    # start from another configuration (path relative to this file)\n"
      "# lang = \"vi\"                    # message language: \"vi\" or \"en\"\n"
      "# as-of = \"2024-03-05\"           # document date when the header has no place-date line\n"
      "\n"
      "[rules]\n"
      "# Each rule: \"error\" | \"warning\" | \"info\" | \"off\", or a table with severity and options.\n";
  for (const Rule* r : all_rules()) {
    const auto& i = r->info();
    const std::string left = fmt::format("# {} = \"{}\"", i.name, to_string(i.default_severity));
    out += fmt::format("{:<40}# {} {}\n", left, i.code, i.summary_vi);
  }
  for (const Rule* r : all_rules()) {
    const auto& i = r->info();
    if (i.options.empty()) continue;
    out += fmt::format("\n# [rules.{}]\n", i.name);
    for (const auto& o : i.options) out += fmt::format("# {} = {}  # {}\n", o.name, toml_value(o.default_value), o.doc_en);
  }
  out +=
      "\n# Settings for some files only (globs relative to this file; a glob without '/' matches a name\n"
      "# at any depth). Later entries win.\n"
      "# [[overrides]]\n"
      "# files = [\"bao-cao/**/*.txt\", \"*-nhap.md\"]\n"
      "# rules = { number-format = \"off\", date-weekday = \"error\" }\n";
  return out;
}

std::string config_json_schema() {
  using json = nlohmann::ordered_json;
  json defs;
  defs["severity"] = {{"description", "Severity, or \"off\" to disable the rule"},
                      {"enum", {"error", "warning", "info", "off"}}};
  json rule_props;
  for (const Rule* r : all_rules()) {
    const auto& i = r->info();
    json props;
    props["severity"] = {{"$ref", "#/definitions/severity"}};
    props["enabled"] = {{"type", "boolean"}};
    for (const auto& o : i.options) {
      json p;
      p["description"] = std::string(o.doc_en);
      if (auto* b = std::get_if<bool>(&o.default_value)) {
        p["type"] = "boolean";
        p["default"] = *b;
      } else if (auto* n = std::get_if<std::int64_t>(&o.default_value)) {
        p["type"] = "integer";
        p["default"] = *n;
      } else {
        p["type"] = "string";
        p["default"] = std::get<std::string>(o.default_value);
        if (!o.choices.empty()) {
          json e = json::array();
          for (auto c : o.choices) e.push_back(std::string(c));
          p["enum"] = std::move(e);
        }
      }
      props[std::string(o.name)] = std::move(p);
    }
    const std::string def = "rule-" + std::string(i.name);
    defs[def] = {{"description", fmt::format("{} {}: {}", i.code, i.name, i.summary_en)},
                 {"default", std::string(to_string(i.default_severity))},
                 {"oneOf",
                  {{{"$ref", "#/definitions/severity"}},
                   {{"type", "object"}, {"additionalProperties", false}, {"properties", std::move(props)}}}}};
    rule_props[std::string(i.name)] = {{"$ref", "#/definitions/" + def}};
    rule_props[std::string(i.code)] = {{"$ref", "#/definitions/" + def}};
  }
  defs["rules"] = {{"description", "Rules by name or code"},
                   {"type", "object"},
                   {"additionalProperties", false},
                   {"properties", std::move(rule_props)}};
  defs["lang"] = {{"description", "Message language"}, {"enum", {"vi", "en"}}};

  json root;
  root["$schema"] = "http://json-schema.org/draft-07/schema#";
  root["title"] = "cmlint.toml";
  root["description"] =
      "Configuration of cmlint, the linter for Vietnamese official documents. Generated from the rules by the test "
      "suite (CMLINT_UPDATE_GOLDEN=1); do not edit.";
  root["type"] = "object";
  root["additionalProperties"] = false;
  json props;
  props["extends"] = {{"description", "Another configuration to start from, relative to this file"},
                      {"type", "string"},
                      {"minLength", 1}};
  props["lang"] = {{"$ref", "#/definitions/lang"}};
  props["as-of"] = {{"description", "Document date (YYYY-MM-DD) when the header has none"},
                    {"type", "string"},
                    {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
  props["rules"] = {{"$ref", "#/definitions/rules"}};
  props["overrides"] = {
      {"description", "Settings for the files matching `files` (gitignore-style globs relative to this file)"},
      {"type", "array"},
      {"items",
       {{"type", "object"},
        {"additionalProperties", false},
        {"required", {"files"}},
        {"properties",
         {{"files", {{"type", "array"}, {"minItems", 1}, {"items", {{"type", "string"}, {"minLength", 1}}}}},
          {"lang", {{"$ref", "#/definitions/lang"}}},
          {"rules", {{"$ref", "#/definitions/rules"}}}}}}}};
  props["doc-types"] = {
      {"description", "Document types added to rules/doc_types.toml"},
      {"type", "array"},
      {"items",
       {{"type", "object"},
        {"additionalProperties", false},
        {"required", {"word"}},
        {"properties",
         {{"word", {{"type", "string"}, {"minLength", 1}}},
          {"tokens", {{"type", "array"}, {"items", {{"type", "string"}}}}},
          {"no-token", {{"type", "boolean"}}},
          {"any", {{"type", "boolean"}}}}}}}};
  props["issuers"] = {{"description", "Issuer codes added to rules/issuers.toml"},
                      {"type", "array"},
                      {"items",
                       {{"type", "object"},
                        {"additionalProperties", false},
                        {"required", {"code"}},
                        {"properties",
                         {{"code", {{"type", "string"}}},
                          {"name", {{"type", "string"}}},
                          {"family", {{"enum", {"state", "party"}}}},
                          {"unique", {{"type", "boolean"}}},
                          {"until", {{"type", "string"}}}}}}}};
  root["properties"] = std::move(props);
  root["definitions"] = std::move(defs);
  return root.dump(2) + "\n";
}

}  // namespace cmlint
