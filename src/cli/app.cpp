#include "app.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>

#include "../core/config.hpp"
#include "../core/lint.hpp"
#include "../report/report.hpp"
#include "fix_mode.hpp"

namespace cmlint {

namespace {

void list_rules(std::ostream& out, Lang lang) {
  for (const Rule* r : all_rules()) {
    const auto& i = r->info();
    out << fmt::format("{}  {:<20} {:<8} {}\n", i.code, i.name, to_string(i.default_severity),
                       lang == Lang::vi ? i.summary_vi : i.summary_en);
  }
}

std::optional<Lang> lang_from(std::string_view s) {
  if (s == "vi") return Lang::vi;
  if (s == "en") return Lang::en;
  return std::nullopt;
}

}  // namespace

int run_cli(const std::vector<std::string>& args_in, std::ostream& out, std::ostream& err) {
  CLI::App app{"cmlint: linter for Vietnamese official documents (kiểm tra văn bản hành chính, văn bản Đảng)",
               "cmlint"};
  app.footer(
      "cmlint facts FILE...  lists every identifier, date, citation, term and check made, with its verdict.\n"
      "Exit codes: 0 no error found, 1 errors found, 2 usage, configuration or I/O error.\n"
      "Language: --lang, else CMLINT_LANG, else `lang` in cmlint.toml, else vi.");
  std::vector<std::string> paths;
  std::string format = "text", lang_opt, config_path, explain_rule, color = "auto", stdin_name = "-", as_of_opt;
  bool want_list = false, want_version = false, want_dump = false;
  app.add_option("paths", paths, "Files to lint; - reads standard input");
  app.add_option("--format", format, "Output format")->check(CLI::IsMember({"text", "json"}));
  app.add_option("--lang", lang_opt, "Message language")->check(CLI::IsMember({"vi", "en"}));
  app.add_option("--config", config_path, "Configuration file (default: nearest cmlint.toml or .cmlint.toml)");
  app.add_option("--color", color, "Colour in text output")->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("--stdin-filename", stdin_name, "Name shown for standard input");
  app.add_option("--as-of", as_of_opt, "Document date (YYYY-MM-DD) when the header has none");
  app.add_flag("--list-rules", want_list, "List every rule with code, name, severity and summary");
  app.add_option("--explain", explain_rule, "Print the documentation of a rule (code or name)");
  app.add_flag("--dump-config", want_dump, "Print the effective configuration as TOML");
  app.add_flag("--version", want_version, "Print the version");
  FixOptions fix_opts;
  app.add_flag("--fix", fix_opts.write, "Apply safe fixes and write the files (stdin: print the fixed text)");
  app.add_flag("--unsafe-fixes", fix_opts.unsafe, "With --fix or --diff, apply unsafe fixes too (implies --fix)");
  app.add_flag("--diff", fix_opts.diff, "Print the fixes as a unified diff; write nothing");

  // `cmlint facts FILE…` lists what was found and verified instead of the findings.
  const bool facts_mode = !args_in.empty() && args_in.front() == "facts";
  std::vector<std::string> rev(args_in.rbegin(), args_in.rend() - (facts_mode ? 1 : 0));
  try {
    app.parse(rev);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return kExitClean;
  } catch (const CLI::ParseError& e) {
    err << "cmlint: " << e.what() << "\n" << "Run 'cmlint --help' for usage.\n";
    return kExitUsage;
  }

  std::optional<CivilDate> as_of;
  if (!as_of_opt.empty() && !(as_of = parse_iso_date(as_of_opt))) {
    err << "cmlint: --as-of must be a date written YYYY-MM-DD, not '" << as_of_opt << "'\n";
    return kExitUsage;
  }
  std::optional<Lang> lang_flag = lang_from(lang_opt);
  if (!lang_flag) {
    if (const char* env = std::getenv("CMLINT_LANG")) lang_flag = lang_from(env);
  }
  const Lang ui_lang = lang_flag.value_or(Lang::vi);

  if (want_version) {
    out << "cmlint " << version() << "\n";
    return kExitClean;
  }
  if (want_list) {
    list_rules(out, ui_lang);
    return kExitClean;
  }
  if (!explain_rule.empty()) {
    const Rule* r = find_rule(explain_rule);
    if (r == nullptr) {
      err << "cmlint: unknown rule '" << explain_rule << "' (see cmlint --list-rules)\n";
      return kExitUsage;
    }
    out << rule_documentation(*r, ui_lang);
    return kExitClean;
  }

  // Configuration: --config for every file, else the nearest file per input.
  std::optional<Config> fixed;
  std::map<std::string, Config> by_path;
  const Config defaults = default_config();
  try {
    if (!config_path.empty()) fixed = load_config(config_path);
  } catch (const ConfigError& e) {
    err << "cmlint: configuration error: " << e.what() << "\n";
    return kExitUsage;
  }
  const auto config_for = [&](const std::string& path) -> const Config& {
    if (fixed) return *fixed;
    const auto found = find_config_for(path == "-" ? std::filesystem::path("stdin") : std::filesystem::path(path));
    if (!found) return defaults;
    const std::string key = found->string();
    auto it = by_path.find(key);
    if (it == by_path.end()) it = by_path.emplace(key, load_config(*found)).first;
    return it->second;
  };

  if (want_dump) {
    try {
      const Config& c = config_for(paths.empty() ? std::string("-") : paths.front());
      Config shown = c;
      if (!shown.lang) shown.lang = ui_lang;
      out << dump_config(shown);
    } catch (const ConfigError& e) {
      err << "cmlint: configuration error: " << e.what() << "\n";
      return kExitUsage;
    }
    return kExitClean;
  }
  if (paths.empty()) {
    err << "cmlint: no input files (give paths, or - for standard input)\nRun 'cmlint --help' for usage.\n";
    return kExitUsage;
  }

  if (fix_opts.write || fix_opts.unsafe || fix_opts.diff) {
    const auto cfg = [&](const std::string& p) { Config c = config_for(p); if (as_of) c.as_of = as_of; return c; };
    const bool tty = color == "always" || (color == "auto" && ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr);
    return run_fix_mode(paths, stdin_name, fix_opts, cfg, lang_flag, ui_lang, format == "json", tty, out, err);
  }
  bool failed_io = false;
  std::vector<FileResult> results;
  for (const auto& p : paths) {
    const std::string shown = p == "-" ? stdin_name : p;
    const Config* cfg = nullptr;
    try {
      cfg = &config_for(p == "-" ? stdin_name : p);
    } catch (const ConfigError& e) {
      err << "cmlint: configuration error: " << e.what() << "\n";
      return kExitUsage;
    }
    const Lang lang = lang_flag.value_or(cfg->lang.value_or(Lang::vi));
    std::optional<Config> dated;
    if (as_of) {
      dated = *cfg;
      dated->as_of = as_of;
      cfg = &*dated;
    }
    FileResult r = lint_path(p, shown, *cfg, lang, LintOptions{facts_mode});
    if (!r.io_error.empty()) {
      failed_io = true;
      err << "cmlint: " << (ui_lang == Lang::vi ? "không đọc được " : "cannot read ") << "'" << shown
          << "': " << r.io_error << "\n";
    }
    results.push_back(std::move(r));
  }

  if (facts_mode) {
    if (format == "json") write_facts_json(out, results);
    else write_facts_text(out, results, ui_lang);
    return failed_io ? kExitUsage : kExitClean;
  }
  if (format == "json") {
    write_json(out, results);
  } else {
    const bool tty = color == "always" || (color == "auto" && ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr);
    write_text(out, results, tty, ui_lang);
  }
  if (failed_io) return kExitUsage;
  return count(results).error > 0 ? kExitFindings : kExitClean;
}

}  // namespace cmlint
