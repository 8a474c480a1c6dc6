// CM301 percent-ratio: "a/b …, đạt P%" where P is not a/b to the rounding written.
#include <algorithm>
#include <array>

#include "../../core/decimal_format.hpp"
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM301",
    "percent-ratio",
    Severity::error,
    "Tỷ lệ phần trăm không khớp với phân số đi kèm (a/b … đạt P%)",
    "Percentage does not match the ratio it states (a/b … P%)",
    R"(## Quy tắc phát hiện gì
Một phân số `a/b` theo sau (trong cùng câu, không có số nào xen giữa) bởi một tỷ lệ phần trăm
nối bằng `đạt`, `chiếm`, `bằng`, `là`, `tỷ lệ`, `tương ứng`, `tương đương`, `=` hoặc dấu ngoặc `(`: phần trăm phải
bằng a/b × 100 với mức làm tròn đã viết. `54,3%` đúng khi a/b × 100 nằm trong [54,25; 54,35].
So sánh bằng số nguyên, không dùng số thực.

Nếu phần trăm chỉ khớp khi cắt bớt (không làm tròn) thì báo ở mức cảnh báo. Phần trăm có từ
ước lượng (`khoảng`, `gần`, `hơn` …) hoặc so với kỳ khác (`so với`, `cùng kỳ`) không được kiểm tra.

## Vì sao
Phần trăm tính sai là lỗi người đọc phát hiện ngay và làm mất tin cậy vào cả báo cáo.

## Ví dụ sai
    kết nạp được 45/52 đảng viên mới, đạt 85,5%

## Ví dụ đúng
    kết nạp được 45/52 đảng viên mới, đạt 86,5%
)",
    R"(## What it flags
A ratio `a/b` followed, in the same sentence and with no other number between, by a percentage
joined with `đạt`, `chiếm`, `bằng`, `là`, `tỷ lệ`, `tương ứng`, `tương đương`, `=` or an opening parenthesis: the
percentage must equal a/b × 100 to the rounding written. `54,3%` holds when a/b × 100 lies in
[54.25, 54.35]. The comparison uses integers only.

A percentage that matches only by truncation (not rounding) is reported as a warning. Hedged
percentages (`khoảng`, `gần`, `hơn` …) and comparisons with another period (`so với`, `cùng kỳ`)
are not checked.

## Why
A wrong percentage is what a reader spots first, and it costs the whole report its credibility.

## Bad
    kết nạp được 45/52 đảng viên mới, đạt 85,5%

## Good
    kết nạp được 45/52 đảng viên mới, đạt 86,5%
)",
    {{"allow-truncation", OptionValue{true},
      "A percentage that equals the truncated ratio (66,6% for 2/3) is a warning, not an error."},
     {"max-gap", OptionValue{std::int64_t{80}}, "Most bytes of text allowed between the ratio and the percentage."}},
};

// Words that tie a percentage to the ratio before it; the gap must end with one.
constexpr std::array<std::string_view, 11> kLinks = {
    "(", "đạt", "chiếm", "bằng", "tỷ lệ", "tỉ lệ", "tương ứng", "tương đương", "=", "là", "đạt được",
};

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  if (ends_with(s, "\xC2\xA0")) return trim_right(s.substr(0, s.size() - 2));
  return s;
}

bool links(std::string_view gap) {
  for (char c : gap)
    if ((c >= '0' && c <= '9') || c == '.' || c == ';' || c == '\n' || c == '\r' || c == '?' || c == '!' || c == ':')
      return false;
  const auto g = trim_right(gap);
  for (auto w : kLinks) {
    if (!ends_with(g, w)) continue;
    if (w == "(") return true;
    // A whole word: preceded by a blank, a comma or the gap start.
    const auto before = g.substr(0, g.size() - w.size());
    if (before.empty() || before.back() == ' ' || before.back() == ',' || before.back() == '\t') return true;
  }
  return false;
}

bool compares_periods(std::string_view after) {
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  return after.starts_with("so với") || after.starts_with("so cùng kỳ") || after.starts_with("cùng kỳ");
}

using i128 = __int128;

i128 pow10(int n) {
  i128 r = 1;
  while (n-- > 0) r *= 10;
  return r;
}

class PercentRatio final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const auto& percents = doc.facts.percents;
    const auto text = doc.text.view();
    const bool allow_trunc = out.option_bool("allow-truncation");
    const auto max_gap = static_cast<std::size_t>(std::max<std::int64_t>(0, out.option_int("max-gap")));
    std::size_t p = 0;
    for (const RatioFact& r : doc.facts.ratios) {
      while (p < percents.size() && percents[p].span.begin < r.span.end) ++p;
      if (p == percents.size()) break;
      const PercentFact& pc = percents[p];
      if (!r.num || !r.den || !pc.value || r.den->mantissa == 0) continue;
      if (pc.span.begin - r.span.end > max_gap) continue;
      if (!links(text.substr(r.span.end, pc.span.begin - r.span.end))) continue;
      if (compares_periods(text.substr(pc.span.end, 32))) continue;

      // a/b exact counts; P = Pn·10^-d. Round-to-nearest holds iff |200·a·10^d − 2·Pn·b| ≤ b.
      const i128 a = r.num->mantissa, b = r.den->mantissa, pn = pc.value->mantissa;
      const int d = pc.value->decimals;
      const i128 scaled = 100 * a * pow10(d);  // 100·a·10^d, compared with Pn·b
      const i128 diff = 2 * scaled - 2 * pn * b;
      if ((diff < 0 ? -diff : diff) <= b) {
        out.pass(Span{r.span.begin, pc.span.end}, "{} = {}% ≈ {}", doc.slice(r.span),
                 format_quotient(static_cast<std::int64_t>(a) * 100, static_cast<std::int64_t>(b), d + 1),
                 doc.slice(pc.span));
        continue;
      }
      const bool truncated = pn * b <= scaled && scaled < (pn + 1) * b;

      const std::string ratio_text(doc.slice(r.span));
      const std::string actual = format_quotient(static_cast<std::int64_t>(a) * 100, static_cast<std::int64_t>(b), d + 1);
      const Span span{r.span.begin, pc.span.end};
      const std::string written(doc.slice(pc.span));
      if (truncated && allow_trunc)
        out.report_as(Severity::warning, span,
                      "Tỷ lệ {} = {}%, làm tròn phải là {}% chứ không phải {} (có vẻ đã cắt bớt chữ số thay vì làm tròn)",
                      "{} is {}%, which rounds to {}%, not {} (the digits seem truncated, not rounded)", ratio_text,
                      actual, format_quotient(static_cast<std::int64_t>(a) * 100, static_cast<std::int64_t>(b), d),
                      written);
      else
        out.report(span, "Tỷ lệ {} = {}%, không khớp với {} đã ghi", "{} is {}%, not the {} written", ratio_text,
                   actual, written);
    }
  }
};

}  // namespace

const Rule& percent_ratio_rule() {
  static const PercentRatio rule;
  return rule;
}

}  // namespace cmlint
