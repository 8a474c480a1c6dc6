#include "config.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace cmlint {

namespace {

std::string where(const std::string& origin, const toml::source_region& r) {
  return fmt::format("{}:{}:{}", origin, r.begin.line, r.begin.column);
}

[[noreturn]] void fail(const std::string& origin, const toml::node& n, const std::string& msg) {
  throw ConfigError(where(origin, n.source()) + ": " + msg);
}

std::string type_name(const OptionValue& v) {
  if (std::holds_alternative<bool>(v)) return "a boolean";
  if (std::holds_alternative<std::int64_t>(v)) return "an integer";
  return "a string";
}

OptionValue read_option(const std::string& origin, const RuleInfo& info, const OptionSpec& spec,
                        const toml::node& n) {
  const auto wrong = [&] {
    fail(origin, n, fmt::format("option '{}' of rule '{}' must be {}", spec.name, info.name,
                                type_name(spec.default_value)));
  };
  if (std::holds_alternative<bool>(spec.default_value)) {
    if (auto b = n.value_exact<bool>()) return *b;
    wrong();
  }
  if (std::holds_alternative<std::int64_t>(spec.default_value)) {
    if (auto i = n.value_exact<std::int64_t>()) return *i;
    wrong();
  }
  auto s = n.value_exact<std::string>();
  if (!s) wrong();
  if (!spec.choices.empty()) {
    bool ok = false;
    std::string list;
    for (auto c : spec.choices) {
      ok = ok || c == *s;
      list += (list.empty() ? "" : ", ") + std::string(c);
    }
    if (!ok) fail(origin, n, fmt::format("option '{}' of rule '{}' must be one of: {}", spec.name, info.name, list));
  }
  return *s;
}

void read_rule(const std::string& origin, std::size_t index, const toml::node& n, Config& cfg) {
  const RuleInfo& info = all_rules()[index]->info();
  RuleSettings& rs = cfg.rules[index];
  const auto set_level = [&](const toml::node& v) {
    auto s = v.value_exact<std::string>();
    if (s && *s == "off") {
      rs.enabled = false;
      return;
    }
    auto sev = s ? severity_from_string(*s) : std::nullopt;
    if (!sev) fail(origin, v, fmt::format("severity of rule '{}' must be \"error\", \"warning\", \"info\" or \"off\"", info.name));
    rs.enabled = true;
    rs.severity = *sev;
  };
  if (n.is_string()) {
    set_level(n);
    return;
  }
  const auto* tbl = n.as_table();
  if (tbl == nullptr) fail(origin, n, fmt::format("rule '{}' must be set to a severity string or a table", info.name));
  for (const auto& [k, v] : *tbl) {
    const std::string key(k.str());
    if (key == "severity") {
      set_level(v);
    } else if (key == "enabled") {
      auto b = v.value_exact<bool>();
      if (!b) fail(origin, v, fmt::format("'enabled' of rule '{}' must be a boolean", info.name));
      rs.enabled = *b;
    } else {
      const OptionSpec* spec = nullptr;
      for (const auto& o : info.options)
        if (o.name == key) spec = &o;
      if (spec == nullptr) {
        std::string known;
        for (const auto& o : info.options) known += (known.empty() ? "" : ", ") + std::string(o.name);
        fail(origin, v, fmt::format("unknown option '{}' for rule '{}' (known: severity, enabled{}{})", key, info.name,
                                    known.empty() ? "" : ", ", known));
      }
      rs.options[key] = read_option(origin, info, *spec, v);
    }
  }
}

}  // namespace

Config default_config() {
  Config c;
  for (const Rule* r : all_rules()) {
    RuleSettings s;
    s.severity = r->info().default_severity;
    c.rules.push_back(std::move(s));
  }
  c.doc_types = std::shared_ptr<const DocTypeTable>(&DocTypeTable::builtin(), [](const DocTypeTable*) {});
  c.issuers = std::shared_ptr<const IssuerTable>(&IssuerTable::builtin(), [](const IssuerTable*) {});
  return c;
}

Config parse_config(std::string_view text, const std::string& origin) {
  Config cfg = default_config();
  cfg.path = origin;
  toml::table root;
  try {
    root = toml::parse(text, std::string_view(origin));
  } catch (const toml::parse_error& e) {
    throw ConfigError(where(origin, e.source()) + ": " + std::string(e.description()));
  }
  for (const auto& [k, v] : root) {
    const std::string key(k.str());
    if (key == "lang") {
      auto s = v.value_exact<std::string>();
      if (!s || (*s != "vi" && *s != "en")) fail(origin, v, "'lang' must be \"vi\" or \"en\"");
      cfg.lang = *s == "en" ? Lang::en : Lang::vi;
    } else if (key == "as-of") {
      auto s = v.value_exact<std::string>();
      auto d = s ? parse_iso_date(*s) : std::nullopt;
      if (!d) fail(origin, v, "'as-of' must be a date written YYYY-MM-DD");
      cfg.as_of = d;
    } else if (key == "rules") {
      const auto* tbl = v.as_table();
      if (tbl == nullptr) fail(origin, v, "'rules' must be a table");
      for (const auto& [rk, rv] : *tbl) {
        const Rule* r = find_rule(rk.str());
        if (r == nullptr) fail(origin, rv, fmt::format("unknown rule '{}' (see cmlint --list-rules)", rk.str()));
        const auto& rules = all_rules();
        const auto idx = static_cast<std::size_t>(std::find(rules.begin(), rules.end(), r) - rules.begin());
        read_rule(origin, idx, rv, cfg);
      }
    } else if (key == "doc-types") {
      const auto* arr = v.as_array();
      if (arr == nullptr) fail(origin, v, "'doc-types' must be an array of tables ([[doc-types]])");
      auto table = std::make_shared<DocTypeTable>(DocTypeTable::builtin());
      table->add(*arr, origin);
      cfg.doc_types = std::move(table);
    } else if (key == "issuers") {
      const auto* arr = v.as_array();
      if (arr == nullptr) fail(origin, v, "'issuers' must be an array of tables ([[issuers]])");
      auto table = std::make_shared<IssuerTable>(IssuerTable::builtin());
      table->add(*arr, origin);
      cfg.issuers = std::move(table);
    } else {
      fail(origin, v, fmt::format("unknown key '{}' (expected lang, as-of, rules, doc-types, issuers)", key));
    }
  }
  return cfg;
}

Config load_config(const std::filesystem::path& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) throw ConfigError(path.string() + ": cannot read configuration file");
  std::stringstream ss;
  ss << f.rdbuf();
  return parse_config(ss.str(), path.string());
}

std::optional<std::filesystem::path> find_config_for(const std::filesystem::path& file) {
  std::error_code ec;
  auto dir = std::filesystem::absolute(file, ec).parent_path();
  if (ec) return std::nullopt;
  while (true) {
    for (const char* name : {"cmlint.toml", ".cmlint.toml"}) {
      auto p = dir / name;
      if (std::filesystem::is_regular_file(p, ec)) return p;
    }
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
  }
}

std::string dump_config(const Config& config) {
  std::string out = "# Effective cmlint configuration";
  out += config.path.empty() ? " (built-in defaults)\n" : fmt::format(" ({})\n", config.path);
  out += fmt::format("lang = \"{}\"\n", config.lang == Lang::en ? "en" : "vi");
  const auto& rules = all_rules();
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const RuleInfo& info = rules[i]->info();
    const RuleSettings& rs = config.rules[i];
    out += fmt::format("\n[rules.{}]  # {}: {}\n", info.name, info.code, info.summary_en);
    out += fmt::format("enabled = {}\nseverity = \"{}\"\n", rs.enabled, to_string(rs.severity));
    for (const auto& o : info.options) {
      auto it = rs.options.find(o.name);
      const OptionValue& v = it != rs.options.end() ? it->second : o.default_value;
      std::string val;
      if (auto* b = std::get_if<bool>(&v)) val = *b ? "true" : "false";
      else if (auto* n = std::get_if<std::int64_t>(&v)) val = std::to_string(*n);
      else val = fmt::format("\"{}\"", std::get<std::string>(v));
      out += fmt::format("{} = {}  # {}\n", o.name, val, o.doc_en);
    }
  }
  return out;
}

}  // namespace cmlint
