// cmlint.toml: which rules run, at what severity, with which options, in
// which language, plus user additions to the data tables.
#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "../rules/rule.hpp"
#include "civil_date.hpp"
#include "config_error.hpp"
#include "doc_types.hpp"
#include "issuers.hpp"

namespace cmlint {

struct RuleSettings {
  bool enabled = true;
  Severity severity = Severity::error;
  std::map<std::string, OptionValue, std::less<>> options;  // only those set in the file
};

// Settings of one rule from one place (a [rules] entry, an override, --set): only what was written.
struct RulePatch {
  std::size_t rule = 0;  // index into all_rules()
  std::optional<bool> enabled;
  std::optional<Severity> severity;
  std::map<std::string, OptionValue, std::less<>> options;
};

// [[overrides]]: settings for the files matching `files` (gitignore-style globs relative to
// the directory of the file that declared them; a glob without '/' matches a file name at any depth).
struct Override {
  std::string base;  // absolute directory of the declaring file
  std::vector<std::string> files;
  std::optional<Lang> lang;
  std::vector<RulePatch> rules;
};

struct Config {
  std::string path;  // empty: built-in defaults
  std::optional<Lang> lang;
  std::optional<CivilDate> as_of;  // the document date when its header has none
  std::vector<RuleSettings> rules;  // parallel to all_rules()
  std::shared_ptr<const DocTypeTable> doc_types;
  std::shared_ptr<const IssuerTable> issuers;
  std::vector<Override> overrides;  // applied by config_for_file, in order (later wins)

  const RuleSettings& settings(std::size_t rule_index) const { return rules[rule_index]; }
};

Config default_config();

// Parses a config file; throws ConfigError ("path:line:col: message"). `extends = "base.toml"`
// (relative to the file) starts from that configuration instead of the defaults.
Config load_config(const std::filesystem::path& path);
Config parse_config(std::string_view toml_text, const std::string& origin);

void apply(Config& config, const RulePatch& patch);

// The configuration for one file: the overrides whose globs match it applied in order.
Config config_for_file(const Config& config, const std::filesystem::path& file);

// --set KEY=VALUE with a TOML key and value ("rules.percent-ratio.max-gap=20",
// "rules.date-invalid=warning", "lang=en"); a value that is not TOML is taken as a string.
// Throws ConfigError.
void apply_setting(Config& config, std::string_view assignment);

// A commented starter cmlint.toml (`cmlint init`).
std::string starter_config();

// JSON Schema (draft-07) of cmlint.toml, generated from the rules (docs/cmlint.schema.json).
std::string config_json_schema();

// cmlint.toml or .cmlint.toml in the file's directory or the nearest parent.
std::optional<std::filesystem::path> find_config_for(const std::filesystem::path& file);

// The effective configuration as a TOML document (every rule and option).
std::string dump_config(const Config& config);

}  // namespace cmlint
