#include "outputs.hpp"

#include <unistd.h>

#include <cstdlib>
#include <fstream>

#include "../report/report.hpp"

namespace cmlint {

const std::vector<std::string>& output_formats() {
  static const std::vector<std::string> names = {"text",   "concise", "json",  "sarif",
                                                 "github", "gitlab",  "junit", "checkstyle", "html"};
  return names;
}

std::optional<std::string> parse_outputs(const std::vector<std::string>& values, std::vector<OutputSpec>& specs) {
  specs.clear();
  bool to_stdout = false;
  for (const auto& v : values) {
    OutputSpec s;
    const auto colon = v.find(':');
    s.format = v.substr(0, colon);
    if (colon != std::string::npos) {
      s.path = v.substr(colon + 1);
      if (s.path.empty()) return "--format " + v + ": the path after ':' is empty";
    }
    bool known = false;
    std::string list;
    for (const auto& f : output_formats()) {
      known = known || f == s.format;
      list += (list.empty() ? "" : ", ") + f;
    }
    if (!known) return "--format: unknown format '" + s.format + "' (one of: " + list + ")";
    if (s.path.empty()) {
      if (to_stdout) return "--format: only one format can go to standard output; give the others a file (FMT:PATH)";
      to_stdout = true;
    }
    specs.push_back(std::move(s));
  }
  if (specs.empty()) specs.push_back({"text", ""});
  return std::nullopt;
}

namespace {

void write_one(const std::string& format, std::ostream& out, const std::vector<FileResult>& results, bool color,
               Lang lang) {
  if (format == "text") write_text(out, results, color, lang);
  else if (format == "concise") write_concise(out, results);
  else if (format == "json") write_json(out, results);
  else if (format == "sarif") write_sarif(out, results, lang);
  else if (format == "github") write_github(out, results);
  else if (format == "gitlab") write_gitlab(out, results);
  else if (format == "junit") write_junit(out, results);
  else if (format == "checkstyle") write_checkstyle(out, results);
  else if (format == "html") write_html(out, results);
}

}  // namespace

bool write_outputs(const std::vector<OutputSpec>& specs, const std::vector<FileResult>& results, std::ostream& out,
                   std::ostream& err, const OutputContext& ctx) {
  bool ok = true;
  for (const auto& s : specs) {
    if (s.path.empty()) {
      const bool color = ctx.color == "always" || (ctx.color == "auto" && ::isatty(STDOUT_FILENO) &&
                                                   std::getenv("NO_COLOR") == nullptr);
      write_one(s.format, out, results, color, ctx.lang);
      continue;
    }
    std::ofstream f(s.path, std::ios::binary | std::ios::trunc);
    if (f) write_one(s.format, f, results, ctx.color == "always", ctx.lang);
    if (!f || !f.flush()) {
      err << "cmlint: " << (ctx.lang == Lang::vi ? "không ghi được " : "cannot write ") << "'" << s.path << "'\n";
      ok = false;
    }
  }
  return ok;
}

}  // namespace cmlint
