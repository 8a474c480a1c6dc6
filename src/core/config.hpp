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

struct Config {
  std::string path;  // empty: built-in defaults
  std::optional<Lang> lang;
  std::optional<CivilDate> as_of;  // the document date when its header has none
  std::vector<RuleSettings> rules;  // parallel to all_rules()
  std::shared_ptr<const DocTypeTable> doc_types;
  std::shared_ptr<const IssuerTable> issuers;

  const RuleSettings& settings(std::size_t rule_index) const { return rules[rule_index]; }
};

Config default_config();

// Parses a config file; throws ConfigError ("path:line:col: message").
Config load_config(const std::filesystem::path& path);
Config parse_config(std::string_view toml_text, const std::string& origin);

// cmlint.toml or .cmlint.toml in the file's directory or the nearest parent.
std::optional<std::filesystem::path> find_config_for(const std::filesystem::path& file);

// The effective configuration as a TOML document (every rule and option).
std::string dump_config(const Config& config);

}  // namespace cmlint
