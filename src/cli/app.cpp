#include "app.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <thread>

#include "../core/config.hpp"
#include "../core/lint.hpp"
#include "../report/report.hpp"
#include "baseline.hpp"
#include "exit_policy.hpp"
#include "inputs.hpp"
#include "outputs.hpp"
#include "parallel.hpp"
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

// `cmlint init [DIR]`: a commented cmlint.toml; an existing one is never overwritten.
int write_starter_config(const std::vector<std::string>& dirs, std::ostream& out, std::ostream& err) {
  if (dirs.size() > 1) {
    err << "cmlint: init takes at most one directory\n";
    return kExitUsage;
  }
  const std::filesystem::path file = std::filesystem::path(dirs.empty() ? "." : dirs.front()) / "cmlint.toml";
  std::error_code ec;
  if (std::filesystem::exists(file, ec)) {
    err << "cmlint: " << file.string() << " already exists; not overwritten\n";
    return kExitUsage;
  }
  std::ofstream f(file, std::ios::binary);
  f << starter_config();
  if (!f.flush()) {
    err << "cmlint: cannot write " << file.string() << "\n";
    return kExitUsage;
  }
  out << "cmlint: wrote " << file.string() << "\n";
  return kExitClean;
}

}  // namespace

int run_cli(const std::vector<std::string>& args_in, std::ostream& out, std::ostream& err) {
  CLI::App app{"cmlint: linter for Vietnamese official documents (kiểm tra văn bản hành chính, văn bản Đảng)",
               "cmlint"};
  app.footer(
      "cmlint facts FILE...  lists every identifier, date, citation, term and check made, with its verdict.\n"
      "cmlint config --show FILE  prints the configuration FILE gets; cmlint init [DIR] writes a starter cmlint.toml.\n"
      "Exit codes: 0 nothing fails the run, 1 findings at or above --fail-on (default error) or more warnings than\n"
      "--max-warnings (never with --exit-zero), 2 usage, configuration or I/O error.\n"
      "Language: --lang, else CMLINT_LANG, else `lang` in cmlint.toml, else vi.");
  std::vector<std::string> paths;
  std::vector<std::string> formats;
  std::string lang_opt, config_path, explain_rule, color = "auto", stdin_name = "-", as_of_opt;
  bool want_list = false, want_version = false, want_dump = false;
  std::string fail_on = "error";
  std::int64_t max_warnings = -1;
  ExitPolicy policy;
  InputOptions input_options;
  int jobs = 0;
  app.add_option("paths", paths,
                 "Files and directories to lint (directories: *.txt, *.md, *.markdown and *.docx, recursively, honouring .gitignore and "
                 ".cmlintignore); - reads standard input");
  app.add_option("--exclude", input_options.exclude, "Skip paths matching this gitignore-style pattern (repeatable)")
      ->allow_extra_args(false);
  app.add_flag("--force-exclude", input_options.force_exclude,
               "Apply ignore files and --exclude to paths named on the command line too (and to --stdin-filename)");
  app.add_option("-j,--jobs", jobs, "Files linted in parallel (default: all cores)")->check(CLI::NonNegativeNumber);
  app.add_option("--format", formats,
                 "Output format, repeatable: FMT to standard output (at most one) or FMT:PATH to a file; FMT is text "
                 "(default), concise, json, sarif, github, gitlab, junit, checkstyle or html")
      ->allow_extra_args(false);
  app.add_option("--fail-on", fail_on, "Lowest severity that fails the run (exit code 1); default error")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  app.add_option("--max-warnings", max_warnings, "Fail the run when there are more warnings than this")
      ->check(CLI::NonNegativeNumber);
  app.add_flag("--exit-zero", policy.exit_zero, "Exit 0 even when findings fail the run (I/O errors still exit 2)");
  app.add_option("--lang", lang_opt, "Message language")->check(CLI::IsMember({"vi", "en"}));
  app.add_option("--config", config_path, "Configuration file (default: nearest cmlint.toml or .cmlint.toml)");
  app.add_option("--color", color, "Colour in text output")->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("--stdin-filename", stdin_name, "Name shown for standard input");
  app.add_option("--as-of", as_of_opt, "Document date (YYYY-MM-DD) when the header has none");
  app.add_flag("--list-rules", want_list, "List every rule with code, name, severity and summary");
  app.add_option("--explain", explain_rule, "Print the documentation of a rule (code or name)");
  app.add_flag("--dump-config", want_dump, "Print the effective configuration as TOML");
  std::vector<std::string> settings;
  std::string baseline_in, baseline_out;
  app.add_option("--baseline", baseline_in, "Report only findings not recorded in this baseline file");
  app.add_option("--write-baseline", baseline_out, "Record every finding in this baseline file (and report none)");
  std::string show_for;
  app.add_option("--set", settings, "Set a configuration value for this run: rules.NAME.OPTION=VALUE, rules.NAME=SEVERITY, lang=en (repeatable)")
      ->allow_extra_args(false);
  app.add_option("--show", show_for, "With `cmlint config`: the file whose effective configuration is printed");
  app.add_flag("--version", want_version, "Print the version");
  FixOptions fix_opts;
  app.add_flag("--fix", fix_opts.write, "Apply safe fixes and write the files (stdin: print the fixed text)");
  app.add_flag("--unsafe-fixes", fix_opts.unsafe, "With --fix or --diff, apply unsafe fixes too (implies --fix)");
  app.add_flag("--diff", fix_opts.diff, "Print the fixes as a unified diff; write nothing");
  bool want_timings = false;
  app.add_flag("--timings", want_timings,
               "After the run, print to standard error where the time went: per phase and per rule, summed over files and threads");

  // `cmlint facts FILE…` lists what was found and verified instead of the findings.
  // `cmlint config --show FILE` prints the effective configuration for FILE; `cmlint init` writes a starter.
  const std::string mode = !args_in.empty() && (args_in.front() == "facts" || args_in.front() == "config" ||
                                                args_in.front() == "init")
                               ? args_in.front()
                               : "";
  const bool facts_mode = mode == "facts";
  std::vector<std::string> rev(args_in.rbegin(), args_in.rend() - (mode.empty() ? 0 : 1));
  try {
    app.parse(rev);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return kExitClean;
  } catch (const CLI::ParseError& e) {
    err << "cmlint: " << e.what() << "\n" << "Run 'cmlint --help' for usage.\n";
    return kExitUsage;
  }

  policy.fail_on = *severity_from_string(fail_on);
  if (max_warnings >= 0) policy.max_warnings = max_warnings;
  std::vector<OutputSpec> outputs;
  if (auto bad = parse_outputs(formats, outputs)) {
    err << "cmlint: " << *bad << "\n";
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

  // Configuration: --config for every file, else the nearest file per input; --as-of applies to all.
  std::optional<Config> fixed;
  std::map<std::string, Config> by_path;
  Config defaults = default_config();
  const auto dated = [&](Config c) {
    if (as_of) c.as_of = as_of;
    return c;
  };
  defaults = dated(std::move(defaults));
  try {
    if (!config_path.empty()) fixed = dated(load_config(config_path));
  } catch (const ConfigError& e) {
    err << "cmlint: configuration error: " << e.what() << "\n";
    return kExitUsage;
  }
  // Called from the main thread only: configurations are resolved before linting starts. The
  // nearest config is looked up once per directory, not once per file (each look-up stats every
  // parent directory).
  std::map<std::filesystem::path, std::optional<std::filesystem::path>> nearest;
  const auto config_for = [&](const std::string& path) -> const Config& {
    if (fixed) return *fixed;
    const std::filesystem::path file = path == "-" ? std::filesystem::path("stdin") : std::filesystem::path(path);
    auto dir = nearest.find(file.parent_path());
    if (dir == nearest.end()) dir = nearest.emplace(file.parent_path(), find_config_for(file)).first;
    const auto& found = dir->second;
    if (!found) return defaults;
    const std::string key = found->string();
    auto it = by_path.find(key);
    if (it == by_path.end()) it = by_path.emplace(key, dated(load_config(*found))).first;
    return it->second;
  };

  // The configuration of one file: its nearest config, the [[overrides]] matching it, then --set.
  const auto effective = [&](const std::string& path) {
    Config c = config_for_file(config_for(path), path == "-" ? std::filesystem::path("stdin") : std::filesystem::path(path));
    for (const auto& s : settings) apply_setting(c, s);
    return c;
  };
  try {
    Config probe = defaults;
    for (const auto& s : settings) apply_setting(probe, s);
  } catch (const ConfigError& e) {
    err << "cmlint: configuration error: " << e.what() << "\n";
    return kExitUsage;
  }

  if (mode == "init") return write_starter_config(paths, out, err);
  if (mode == "config" && show_for.empty()) {
    err << "cmlint: config: give --show FILE\n";
    return kExitUsage;
  }
  if (want_dump || mode == "config") {
    try {
      Config shown = effective(mode == "config" ? show_for : paths.empty() ? std::string("-") : paths.front());
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
    const auto cfg = [&](const std::string& p) { return effective(p); };
    const bool tty = color == "always" || (color == "auto" && ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr);
    const bool json_out = !outputs.empty() && outputs[0].format == "json";
    return run_fix_mode(paths, stdin_name, fix_opts, cfg, lang_flag, ui_lang, json_out, tty, out, err);
  }
  input_options.stdin_name = stdin_name;
  const std::vector<Input> inputs = expand_inputs(paths, input_options);
  // One configuration per input. Files whose configuration has no [[overrides]] share one copy
  // with --set applied once, instead of a copy each (a 1,000-file run made 1,000).
  std::map<const Config*, Config> shared;
  std::deque<Config> own;
  std::vector<const Config*> configs;
  try {
    for (const auto& in : inputs) {
      const Config& base = config_for(in.shown);
      if (!base.overrides.empty()) {
        configs.push_back(&own.emplace_back(effective(in.shown)));
        continue;
      }
      auto it = shared.find(&base);
      if (it == shared.end()) {
        Config c = base;
        for (const auto& s : settings) apply_setting(c, s);
        it = shared.emplace(&base, std::move(c)).first;
      }
      configs.push_back(&it->second);
    }
  } catch (const ConfigError& e) {
    err << "cmlint: configuration error: " << e.what() << "\n";
    return kExitUsage;
  }
  std::vector<FileResult> results(inputs.size());
  const auto started = std::chrono::steady_clock::now();
  std::optional<Timings> timings;
  if (want_timings) timings.emplace(all_rules().size());
  const unsigned workers = jobs > 0 ? static_cast<unsigned>(jobs) : std::max(1u, std::thread::hardware_concurrency());
  parallel_for(inputs.size(), workers, [&](std::size_t i) {
    const Lang lang = lang_flag.value_or(configs[i]->lang.value_or(Lang::vi));
    results[i] = lint_path(inputs[i].path, inputs[i].shown, *configs[i], lang,
                           LintOptions{facts_mode, timings ? &*timings : nullptr});
  });
  bool failed_io = false;
  for (const auto& r : results)
    if (!r.io_error.empty()) {
      failed_io = true;
      err << "cmlint: " << (ui_lang == Lang::vi ? "không đọc được " : "cannot read ") << "'" << r.path
          << "': " << r.io_error << "\n";
    }

  if (facts_mode) {
    if (outputs.size() != 1 || !outputs[0].path.empty() || (outputs[0].format != "text" && outputs[0].format != "json")) {
      err << "cmlint: facts: --format is text or json, to standard output\n";
      return kExitUsage;
    }
    if (outputs[0].format == "json") write_facts_json(out, results);
    else write_facts_text(out, results, ui_lang);
    return failed_io ? kExitUsage : kExitClean;
  }
  if (!baseline_out.empty()) {
    if (auto e = write_baseline(baseline_out, results)) {
      err << "cmlint: " << *e << "\n";
      return kExitUsage;
    }
    baseline_in = baseline_out;  // everything recorded: report nothing
  }
  if (!baseline_in.empty()) {
    std::size_t matched = 0;
    if (auto e = apply_baseline(baseline_in, results, matched)) {
      err << "cmlint: " << *e << "\n";
      return kExitUsage;
    }
    if (!baseline_out.empty())
      err << "cmlint: " << (ui_lang == Lang::vi ? "đã ghi " : "wrote ") << matched
          << (ui_lang == Lang::vi ? " phát hiện vào " : " findings to ") << baseline_out << "\n";
  }
  Stopwatch output_clock(timings ? &*timings : nullptr);
  if (!write_outputs(outputs, results, out, err, OutputContext{color, ui_lang})) failed_io = true;
  output_clock.phase(Timings::output);
  if (timings) {
    out.flush();
    const auto wall = std::chrono::steady_clock::now() - started;
    timings->write(err, static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(wall).count()),
                   static_cast<unsigned>(std::min<std::size_t>(workers, std::max<std::size_t>(1, inputs.size()))), ui_lang);
  }
  const Counts counts = count(results);
  if (too_many_warnings(counts, policy))
    err << "cmlint: " << counts.warning << (ui_lang == Lang::vi ? " cảnh báo, nhiều hơn --max-warnings " : " warnings, more than --max-warnings ")
        << *policy.max_warnings << "\n";
  return exit_code(counts, failed_io, policy);
}

}  // namespace cmlint
