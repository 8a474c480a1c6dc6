#include "config.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include "glob.hpp"

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

RulePatch read_rule(const std::string& origin, std::size_t index, const toml::node& n) {
  const RuleInfo& info = all_rules()[index]->info();
  RulePatch rs;
  rs.rule = index;
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
    return rs;
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
  return rs;
}

std::vector<RulePatch> read_rules(const std::string& origin, const toml::node& v) {
  const auto* tbl = v.as_table();
  if (tbl == nullptr) fail(origin, v, "'rules' must be a table");
  std::vector<RulePatch> out;
  for (const auto& [rk, rv] : *tbl) {
    const Rule* r = find_rule(rk.str());
    if (r == nullptr) fail(origin, rv, fmt::format("unknown rule '{}' (see cmlint --list-rules)", rk.str()));
    const auto& rules = all_rules();
    const auto idx = static_cast<std::size_t>(std::find(rules.begin(), rules.end(), r) - rules.begin());
    out.push_back(read_rule(origin, idx, rv));
  }
  return out;
}

Lang read_lang(const std::string& origin, const toml::node& v) {
  auto s = v.value_exact<std::string>();
  if (!s || (*s != "vi" && *s != "en")) fail(origin, v, "'lang' must be \"vi\" or \"en\"");
  return *s == "en" ? Lang::en : Lang::vi;
}

std::string config_dir(const std::string& origin) {
  std::error_code ec;
  auto p = std::filesystem::absolute(std::filesystem::path(origin), ec).lexically_normal().parent_path();
  return p.generic_string();
}

Override read_override(const std::string& origin, const toml::node& n) {
  const auto* tbl = n.as_table();
  if (tbl == nullptr) fail(origin, n, "'overrides' entries must be tables ([[overrides]])");
  Override o;
  o.base = config_dir(origin);
  bool has_files = false;
  for (const auto& [k, v] : *tbl) {
    const std::string key(k.str());
    if (key == "files") {
      const auto* arr = v.as_array();
      if (arr == nullptr || arr->empty()) fail(origin, v, "'files' must be a non-empty array of glob strings");
      for (const auto& g : *arr) {
        auto s = g.value_exact<std::string>();
        if (!s || s->empty()) fail(origin, g, "'files' must be a non-empty array of glob strings");
        o.files.push_back(*s);
      }
      has_files = true;
    } else if (key == "rules") {
      o.rules = read_rules(origin, v);
    } else if (key == "lang") {
      o.lang = read_lang(origin, v);
    } else {
      fail(origin, v, fmt::format("unknown key '{}' in [[overrides]] (expected files, rules, lang)", key));
    }
  }
  if (!has_files) fail(origin, n, "[[overrides]] entry without 'files'");
  return o;
}

void apply_root(const toml::table& root, const std::string& origin, Config& cfg) {
  for (const auto& [k, v] : root) {
    const std::string key(k.str());
    if (key == "extends") {
      continue;  // handled before: the base is loaded first
    } else if (key == "lang") {
      cfg.lang = read_lang(origin, v);
    } else if (key == "as-of") {
      auto s = v.value_exact<std::string>();
      auto d = s ? parse_iso_date(*s) : std::nullopt;
      if (!d) fail(origin, v, "'as-of' must be a date written YYYY-MM-DD");
      cfg.as_of = d;
    } else if (key == "rules") {
      for (const auto& p : read_rules(origin, v)) apply(cfg, p);
    } else if (key == "doc-types") {
      const auto* arr = v.as_array();
      if (arr == nullptr) fail(origin, v, "'doc-types' must be an array of tables ([[doc-types]])");
      auto table = std::make_shared<DocTypeTable>(*cfg.doc_types);
      table->add(*arr, origin);
      cfg.doc_types = std::move(table);
    } else if (key == "issuers") {
      const auto* arr = v.as_array();
      if (arr == nullptr) fail(origin, v, "'issuers' must be an array of tables ([[issuers]])");
      auto table = std::make_shared<IssuerTable>(*cfg.issuers);
      table->add(*arr, origin);
      cfg.issuers = std::move(table);
    } else if (key == "overrides") {
      const auto* arr = v.as_array();
      if (arr == nullptr) fail(origin, v, "'overrides' must be an array of tables ([[overrides]])");
      for (const auto& o : *arr) cfg.overrides.push_back(read_override(origin, o));
    } else {
      fail(origin, v,
           fmt::format("unknown key '{}' (expected extends, lang, as-of, rules, overrides, doc-types, issuers)", key));
    }
  }
}

toml::table parse_toml(std::string_view text, const std::string& origin) {
  try {
    return toml::parse(text, std::string_view(origin));
  } catch (const toml::parse_error& e) {
    throw ConfigError(where(origin, e.source()) + ": " + std::string(e.description()));
  }
}

Config parse_chain(std::string_view text, const std::string& origin, std::vector<std::string>& chain);

Config load_chain(const std::filesystem::path& path, std::vector<std::string>& chain) {
  std::ifstream f(path, std::ios::binary);
  if (!f) throw ConfigError(path.string() + ": cannot read configuration file");
  std::stringstream ss;
  ss << f.rdbuf();
  return parse_chain(ss.str(), path.string(), chain);
}

Config parse_chain(std::string_view text, const std::string& origin, std::vector<std::string>& chain) {
  const toml::table root = parse_toml(text, origin);
  Config cfg = default_config();
  if (const toml::node* ext = root.get("extends")) {
    auto s = ext->value_exact<std::string>();
    if (!s || s->empty()) fail(origin, *ext, "'extends' must be the path of another configuration file");
    const auto base = (std::filesystem::path(config_dir(origin)) / *s).lexically_normal();
    if (std::find(chain.begin(), chain.end(), base.string()) != chain.end())
      fail(origin, *ext, fmt::format("'extends' makes a cycle: {} is already being read", base.string()));
    std::error_code ec;
    if (!std::filesystem::is_regular_file(base, ec))
      fail(origin, *ext, fmt::format("cannot read the extended configuration '{}'", base.string()));
    chain.push_back(base.string());
    cfg = load_chain(base, chain);
    chain.pop_back();
  }
  cfg.path = origin;
  apply_root(root, origin, cfg);
  return cfg;
}

}  // namespace

void apply(Config& cfg, const RulePatch& p) {
  RuleSettings& rs = cfg.rules[p.rule];
  if (p.enabled) rs.enabled = *p.enabled;
  if (p.severity) rs.severity = *p.severity;
  for (const auto& [k, v] : p.options) rs.options[k] = v;
}

Config config_for_file(const Config& config, const std::filesystem::path& file) {
  if (config.overrides.empty()) return config;
  std::error_code ec;
  const std::string abs = std::filesystem::absolute(file, ec).lexically_normal().generic_string();
  Config out = config;
  out.overrides.clear();
  for (const Override& o : config.overrides) {
    const std::string prefix = o.base == "/" ? "/" : o.base + "/";
    if (abs.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string_view rel = std::string_view(abs).substr(prefix.size());
    const auto slash = rel.rfind('/');
    const std::string_view name = slash == std::string_view::npos ? rel : rel.substr(slash + 1);
    bool hit = false;
    for (const auto& g : o.files) {
      std::string_view glob = g;
      if (glob.substr(0, 2) == "./") glob.remove_prefix(2);
      const bool anchored = glob.find('/') != std::string_view::npos;
      if (!glob.empty() && glob.front() == '/') glob.remove_prefix(1);
      hit = hit || (anchored ? glob_match(glob, rel) : glob_match(glob, name));
    }
    if (!hit) continue;
    if (o.lang) out.lang = o.lang;
    for (const auto& p : o.rules) apply(out, p);
  }
  return out;
}

void apply_setting(Config& cfg, std::string_view assignment) {
  const auto eq = assignment.find('=');
  const std::string origin = "--set " + std::string(assignment);
  if (eq == std::string_view::npos || eq == 0)
    throw ConfigError(origin + ": expected KEY=VALUE, e.g. rules.percent-ratio.max-gap=20");
  const std::string key(assignment.substr(0, eq));
  const std::string value(assignment.substr(eq + 1));
  toml::table root;
  try {
    root = toml::parse(key + " = " + value);
  } catch (const toml::parse_error&) {
    std::string quoted = "\"";
    for (char c : value) quoted += c == '"' || c == '\\' ? std::string("\\") + c : std::string(1, c);
    root = parse_toml(key + " = " + quoted + "\"", origin);
  }
  if (root.contains("extends") || root.contains("overrides") || root.contains("doc-types") || root.contains("issuers"))
    throw ConfigError(origin + ": --set takes lang, as-of and rules.* keys");
  try {
    apply_root(root, origin, cfg);
  } catch (const ConfigError& e) {
    // Positions in the one-line TOML made from the argument mean nothing to the user: drop them.
    std::string_view msg = e.what();
    if (msg.substr(0, origin.size() + 1) == origin + ":") {
      const auto sep = msg.find(": ", origin.size());
      if (sep != std::string_view::npos) throw ConfigError(origin + std::string(msg.substr(sep)));
    }
    throw;
  }
}

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
  std::vector<std::string> chain;
  std::error_code ec;
  chain.push_back(std::filesystem::absolute(origin, ec).lexically_normal().string());
  return parse_chain(text, origin, chain);
}

Config load_config(const std::filesystem::path& path) {
  std::vector<std::string> chain;
  std::error_code ec;
  chain.push_back(std::filesystem::absolute(path, ec).lexically_normal().string());
  return load_chain(path, chain);
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
