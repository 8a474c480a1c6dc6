// One self-contained HTML page (no external resources): each file's text with its findings
// highlighted in place, the messages under their lines, and filters by severity and rule.
// The interface is in Vietnamese, the messages in the run's language.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "../core/position.hpp"
#include "escape.hpp"
#include "report.hpp"

namespace cmlint {

namespace {

std::string html(std::string_view in) {
  std::string out;
  for (char c : valid_utf8(in)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\r': break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t') out += "\xEF\xBF\xBD";
        else out += c;
    }
  }
  return out;
}

std::string_view sev_vi(Severity s) { return s == Severity::error ? "lỗi" : s == Severity::warning ? "cảnh báo" : "thông tin"; }

constexpr std::string_view kStyle = R"(
body{font-family:system-ui,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #d0d7de;padding:12px 20px;z-index:1}
h1{font-size:20px;margin:0 0 8px}
h2{font-size:16px;margin:0;padding:10px 14px;background:#eaeef2;border-bottom:1px solid #d0d7de;font-family:ui-monospace,monospace}
.filters label{margin-right:14px}
.file{background:#fff;margin:16px 20px;border:1px solid #d0d7de;border-radius:6px;overflow:hidden}
table.src{border-collapse:collapse;width:100%;font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:13px}
td.n{color:#6e7781;text-align:right;padding:0 8px;user-select:none;width:1%;white-space:nowrap;vertical-align:top}
td.t{white-space:pre-wrap;word-break:break-word;padding:0 8px}
mark{border-radius:2px;padding:0 1px}
mark.error{background:#ffd7d5;border-bottom:2px solid #cf222e}
mark.warning{background:#fff1c2;border-bottom:2px solid #bf8700}
mark.info{background:#ddf4ff;border-bottom:2px solid #0969da}
tr.msg td.t{font-family:system-ui,sans-serif;padding:2px 8px 6px 24px}
.badge{display:inline-block;font-size:11px;font-weight:600;border-radius:10px;padding:1px 8px;margin-right:6px;color:#fff}
.badge.error{background:#cf222e}.badge.warning{background:#9a6700}.badge.info{background:#0969da}
.rule{font-family:ui-monospace,monospace;color:#57606a;margin-right:6px}
.where{color:#57606a;margin-left:6px}
.off{display:none}
mark.dim{background:none;border-bottom:none}
.ioerr{padding:10px 14px;color:#cf222e}
.clean{padding:10px 14px;color:#1a7f37}
)";

constexpr std::string_view kScript = R"(
(function () {
  var boxes = document.querySelectorAll('.filters input[type=checkbox]');
  var select = document.getElementById('rule');
  function apply() {
    var sev = {};
    boxes.forEach(function (b) { sev[b.value] = b.checked; });
    var rule = select.value;
    var shown = 0;
    document.querySelectorAll('[data-finding]').forEach(function (el) {
      var on = sev[el.dataset.severity] && (rule === '' || el.dataset.rule === rule);
      if (el.tagName === 'MARK') { el.classList.toggle('dim', !on); }
      else { el.classList.toggle('off', !on); if (on) { shown++; } }
    });
    document.getElementById('shown').textContent = String(shown);
  }
  // Filters can be preset in the address: report.html#sev=error,warning&rule=date-invalid
  var params = {};
  location.hash.replace(/^#/, '').split('&').forEach(function (kv) {
    var i = kv.indexOf('=');
    if (i > 0) { params[decodeURIComponent(kv.slice(0, i))] = decodeURIComponent(kv.slice(i + 1)); }
  });
  if (params.sev) {
    var wanted = params.sev.split(',');
    boxes.forEach(function (b) { b.checked = wanted.indexOf(b.value) >= 0; });
  }
  if (params.rule) { select.value = params.rule; }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  select.addEventListener('change', apply);
  apply();
})();
)";

}  // namespace

void write_html(std::ostream& out, const std::vector<FileResult>& files) {
  const Counts c = count(files);
  std::set<std::pair<std::string, std::string>> rules;  // code, name
  for (const auto& f : files)
    for (const auto& d : f.diagnostics) rules.insert({std::string(d.code), std::string(d.name)});

  out << "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>Báo cáo kiểm tra văn bản — cmlint</title>\n<style>"
      << kStyle << "</style>\n</head>\n<body>\n<header>\n"
      << fmt::format("<h1>Báo cáo kiểm tra văn bản (cmlint {})</h1>\n", version())
      << fmt::format("<p id=\"summary\">{} tệp: <b>{}</b> lỗi, <b>{}</b> cảnh báo, <b>{}</b> thông tin. Đang hiển thị "
                     "<b id=\"shown\">{}</b> / <b id=\"total\">{}</b> phát hiện.</p>\n",
                     files.size(), c.error, c.warning, c.info, c.error + c.warning + c.info,
                     c.error + c.warning + c.info)
      << "<div class=\"filters\">Mức: "
         "<label><input type=\"checkbox\" value=\"error\" checked> Lỗi</label>"
         "<label><input type=\"checkbox\" value=\"warning\" checked> Cảnh báo</label>"
         "<label><input type=\"checkbox\" value=\"info\" checked> Thông tin</label>"
         "<label>Quy tắc: <select id=\"rule\"><option value=\"\">Tất cả quy tắc</option>";
  for (const auto& [code, name] : rules)
    out << fmt::format("<option value=\"{}\">{} {}</option>", html(name), html(code), html(name));
  out << "</select></label></div>\n</header>\n<main>\n";

  for (const auto& f : files) {
    out << fmt::format("<section class=\"file\">\n<h2>{}</h2>\n", html(f.path));
    if (!f.io_error.empty()) {
      out << fmt::format("<p class=\"ioerr\">Không đọc được tệp: {}</p>\n</section>\n", html(f.io_error));
      continue;
    }
    if (f.diagnostics.empty()) out << "<p class=\"clean\">Không phát hiện vấn đề nào.</p>\n";
    if (!f.source) {
      out << "</section>\n";
      continue;
    }
    const Source& src = *f.source;
    out << "<table class=\"src\">\n";
    const std::size_t lines = src.line_count();
    const std::string_view all(src.bytes);
    std::uint32_t next = 0;  // where line ln starts: the lines are walked in order, not looked up
    for (std::size_t ln = 1; ln <= lines; ++ln) {
      std::uint32_t b = next;
      if (ln == 1) b = std::max(b, src.content_begin);
      const std::uint32_t e = b + static_cast<std::uint32_t>(line_text_at(src, b).size());
      const std::size_t nl = all.find('\n', e);
      next = nl == std::string_view::npos ? static_cast<std::uint32_t>(all.size()) : static_cast<std::uint32_t>(nl + 1);
      if (ln == lines && b >= src.bytes.size()) break;  // no empty last line after the final newline
      // Pieces of findings on this line, in order; an overlap starts where the previous ended.
      std::string row;
      std::uint32_t at = b;
      std::vector<std::size_t> here;
      for (std::size_t i = 0; i < f.diagnostics.size(); ++i) {
        const auto& d = f.diagnostics[i];
        const std::uint32_t s = std::max(d.offset, b), t = std::min(std::max(d.end_offset, d.offset + 1), e);
        if (d.line == ln) here.push_back(i);
        if (t <= s || t <= at) continue;
        const std::uint32_t from = std::max(s, at);
        row += html(std::string_view(src.bytes).substr(at, from - at));
        row += fmt::format("<mark class=\"{}\" data-finding data-severity=\"{}\" data-rule=\"{}\" title=\"{}\">",
                           to_string(d.severity), to_string(d.severity), html(d.name), html(d.message));
        row += html(std::string_view(src.bytes).substr(from, t - from));
        row += "</mark>";
        at = t;
      }
      row += html(std::string_view(src.bytes).substr(at, e - at));
      out << fmt::format("<tr><td class=\"n\">{}</td><td class=\"t\">{}</td></tr>\n", ln, row);
      for (std::size_t i : here) {
        const auto& d = f.diagnostics[i];
        const std::string where = d.line <= f.where.size() ? "<span class=\"where\">(" + html(f.where[d.line - 1]) + ")</span>" : "";
        out << fmt::format(
            "<tr class=\"msg\" data-finding data-severity=\"{}\" data-rule=\"{}\"><td class=\"n\"></td><td class=\"t\">"
            "<span class=\"badge {}\">{}</span><span class=\"rule\">{} {}</span>{}:{} {}{}</td></tr>\n",
            to_string(d.severity), html(d.name), to_string(d.severity), sev_vi(d.severity), html(d.code), html(d.name),
            d.line, d.column, html(d.message), where);
      }
    }
    out << "</table>\n</section>\n";
  }
  out << "</main>\n<script>" << kScript << "</script>\n</body>\n</html>\n";
}

}  // namespace cmlint
