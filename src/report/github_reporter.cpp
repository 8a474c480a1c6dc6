// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
#include <fmt/format.h>

#include "escape.hpp"
#include "report.hpp"

namespace cmlint {

namespace {

// Data (the message): %, CR and LF are escaped; properties also escape ':' and ','.
std::string escape(std::string_view in, bool property) {
  std::string out;
  for (char c : valid_utf8(in)) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

std::string_view command(Severity s) {
  return s == Severity::error ? "error" : s == Severity::warning ? "warning" : "notice";
}

}  // namespace

void write_github(std::ostream& out, const std::vector<FileResult>& files) {
  for (const auto& f : files) {
    if (!f.io_error.empty()) out << fmt::format("::error file={}::{}\n", escape(f.path, true), escape(f.io_error, false));
    for (const auto& d : f.diagnostics)
      out << fmt::format("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n", command(d.severity),
                         escape(f.path, true), d.line, d.column, d.end_line, d.end_column,
                         escape(fmt::format("{} {}", d.code, d.name), true), escape(d.message, false));
  }
}

}  // namespace cmlint
