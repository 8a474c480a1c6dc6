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

constexpr std::size_t kFrameBytes = 600;  // longer lines are shown as a window around the finding
constexpr std::size_t kContext = 90;      // bytes of context on each side of that window

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
      std::string shown;
      std::uint32_t col = d.column, end_col = d.end_column;
      if (line.size() <= kFrameBytes) {
        shown = frame_line(line);
        if (d.end_line != d.line) end_col = grapheme_count(line) + 1;
      } else {
        // A long line (one paragraph of a PDF export, or adversarial input): show a window
        // around the finding so that the output stays proportional to the findings.
        const std::size_t lb = static_cast<std::size_t>(line.data() - f.source->bytes.data());
        const std::size_t le = lb + line.size();
        std::size_t b = d.offset > lb + kContext ? d.offset - kContext : lb;
        std::size_t e = std::min<std::size_t>(le, std::max<std::size_t>(d.end_offset, d.offset + 1) + kContext);
        const std::string& bytes = f.source->bytes;
        while (b > lb && (static_cast<unsigned char>(bytes[b]) & 0xC0) == 0x80) --b;
        while (e < le && (static_cast<unsigned char>(bytes[e]) & 0xC0) == 0x80) ++e;
        const std::string_view excerpt(bytes.data() + b, e - b);
        const std::uint32_t lead = b > lb ? 1 : 0;  // the "…" before the excerpt
        shown = std::string(lead ? "…" : "") + frame_line(excerpt) + (e < le ? "…" : "");
        col = 1 + lead + grapheme_count(std::string_view(bytes.data() + b, d.offset - b));
        const std::size_t stop = std::min<std::size_t>(std::max(d.end_offset, d.offset), e);
        end_col = col + grapheme_count(std::string_view(bytes.data() + d.offset, stop - d.offset));
      }
      if (end_col <= col) end_col = col + 1;
      out << fmt::format("{}{} |{} {}\n", st(kCyan), num, st(kReset), shown);
      out << fmt::format("{}{} |{} {}{}{}{}\n", st(kCyan), pad, st(kReset), std::string(col - 1, ' '),
                         st(severity_color(d.severity)), std::string(end_col - col, '^'), st(kReset));
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
