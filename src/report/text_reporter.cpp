#include <fmt/format.h>

#include <string>

#include "../core/position.hpp"
#include "report.hpp"

namespace cmlint {

namespace {

struct Style {
  bool on;
  std::string_view operator()(std::string_view code) const { return on ? code : std::string_view(); }
};

constexpr std::string_view kReset = "\x1b[0m", kBold = "\x1b[1m", kRed = "\x1b[1;31m", kYellow = "\x1b[1;33m",
                           kBlue = "\x1b[1;34m", kCyan = "\x1b[36m";

std::string_view severity_color(Severity s) {
  return s == Severity::error ? kRed : s == Severity::warning ? kYellow : kBlue;
}

// The line as shown in the frame: tabs become one space so carets stay aligned.
std::string frame_line(std::string_view line) {
  std::string s(line);
  for (char& c : s)
    if (c == '\t') c = ' ';
  return s;
}

}  // namespace

void write_text(std::ostream& out, const std::vector<FileResult>& files, bool color, Lang lang) {
  const Style st{color};
  for (const auto& f : files) {
    for (const auto& d : f.diagnostics) {
      out << fmt::format("{}{}:{}:{}:{} {}{}{}[{}] {}\n", st(kBold), f.path, d.line, d.column, st(kReset),
                         st(severity_color(d.severity)), to_string(d.severity), st(kReset), d.name, d.message);
      if (d.line >= 1 && d.line <= f.where.size())
        out << fmt::format("{}  = {}{}\n", st(kCyan), st(kReset), f.where[d.line - 1]);
      if (!f.source) continue;
      const auto line = line_text(*f.source, d.line);
      const std::string num = std::to_string(d.line);
      const std::string pad(num.size(), ' ');
      const std::uint32_t line_cols = grapheme_count(line);
      std::uint32_t end_col = d.end_line == d.line ? d.end_column : line_cols + 1;
      if (end_col <= d.column) end_col = d.column + 1;
      out << fmt::format("{}{} |{} {}\n", st(kCyan), num, st(kReset), frame_line(line));
      out << fmt::format("{}{} |{} {}{}{}{}\n", st(kCyan), pad, st(kReset), std::string(d.column - 1, ' '),
                         st(severity_color(d.severity)), std::string(end_col - d.column, '^'), st(kReset));
    }
  }
  const Counts c = count(files);
  if (c.error + c.warning + c.info == 0) {
    out << (lang == Lang::vi ? "Không phát hiện vấn đề nào.\n" : "No problems found.\n");
    return;
  }
  if (lang == Lang::vi)
    out << fmt::format("Tìm thấy {} lỗi, {} cảnh báo, {} thông tin.\n", c.error, c.warning, c.info);
  else
    out << fmt::format("Found {} error{}, {} warning{}, {} info.\n", c.error, c.error == 1 ? "" : "s", c.warning,
                       c.warning == 1 ? "" : "s", c.info);
}

}  // namespace cmlint
