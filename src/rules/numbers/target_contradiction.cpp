// CM307 target-contradiction: "vượt chỉ tiêu, đạt 98%", "chưa đạt kế hoạch (đạt 102%)", "đạt 98% (202/200)".
#include "../../numbers/model.hpp"
#include "numeric_common.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM307",
    "target-contradiction",
    Severity::error,
    "Lời nhận định về chỉ tiêu mâu thuẫn với tỷ lệ (vượt chỉ tiêu mà đạt dưới 100%)",
    "A claim about a target contradicts its percentage (exceeded, yet under 100%)",
    R"(## Quy tắc phát hiện gì
Trong cùng một vế câu:
* `vượt chỉ tiêu`/`vượt kế hoạch` … nối với `đạt`/`bằng P%` (trước hoặc sau) mà P dưới 100% kể cả sai số làm tròn;
* `chưa đạt`/`không đạt chỉ tiêu` … nối với `đạt P%` mà P từ 100% trở lên;
* `đạt P% (a/b …)`: phân số trong ngoặc vượt 1 (a > b) mà P dưới 100%, hoặc dưới 1 mà P trên 100%.

`vượt kế hoạch 5%` (vượt thêm 5%) và tỷ lệ so với kỳ khác (`so với`, `cùng kỳ`) không được kiểm tra.

## Vì sao
Nhận định và con số đi kèm nói hai điều trái ngược: một trong hai sai.

## Ví dụ sai
    Thu ngân sách vượt chỉ tiêu, đạt 98% dự toán.
    Kết nạp đảng viên đạt 98% (202/200 đảng viên).

## Ví dụ đúng
    Thu ngân sách vượt chỉ tiêu, đạt 108% dự toán.
)",
    R"(## What it flags
In one clause:
* `vượt chỉ tiêu`/`vượt kế hoạch` (exceeded the target) … joined to `đạt`/`bằng P%` (before or after) with P under
  100% beyond rounding;
* `chưa đạt`/`không đạt chỉ tiêu` (missed the target) … joined to `đạt P%` with P of 100% or more;
* `đạt P% (a/b …)`: the ratio in parentheses is above 1 (a > b) while P is under 100%, or below 1 while P is above 100%.

`vượt kế hoạch 5%` (exceeded by 5%) and comparisons with another period (`so với`, `cùng kỳ`) are not checked.

## Why
The words and the number say opposite things: one of them is wrong.

## Bad
    Thu ngân sách vượt chỉ tiêu, đạt 98% dự toán.
    Kết nạp đảng viên đạt 98% (202/200 đảng viên).

## Good
    Thu ngân sách vượt chỉ tiêu, đạt 108% dự toán.
)",
};

namespace g = cmlint::grammar;
constexpr auto npos = std::string_view::npos;

class TargetContradiction final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const auto& vocab = numbers::Vocabulary::builtin();
    const auto text = doc.text.view();
    const auto& q = doc.numeric->percents();
    const auto& ratios = doc.facts.ratios;
    std::size_t ri = 0;
    for (const auto& p : q.percents) {
      if (p.broken || p.hedged || numbers::compares_periods(text, p, vocab)) continue;
      const std::string ps = numeric::written(doc, p.span);
      // Exceeded, before or after.
      std::size_t at = numbers::match_ending_at<g::exceed_before>(text, p.span.begin, vocab, 10);
      Span span{};
      if (at != npos) span = {static_cast<std::uint32_t>(at), p.span.end};
      else if (const auto n = numbers::match_at<g::exceed_after>(text, p.span.end, vocab); n != npos)
        span = {p.span.begin, static_cast<std::uint32_t>(p.span.end + n)};
      if (span.end > 0) {
        if (numeric::surely_below_100(p.value))
          out.report(span, "“{}” nói là vượt chỉ tiêu nhưng {} chưa tới 100%", "“{}” claims the target was exceeded, but {} is under 100%",
                     numeric::written(doc, span), ps);
        else
          out.pass(span, "vượt chỉ tiêu, {} ≥ 100%", ps);
        continue;
      }
      // Missed.
      at = numbers::match_ending_at<g::miss_before>(text, p.span.begin, vocab, 10);
      if (at != npos) {
        span = {static_cast<std::uint32_t>(at), p.span.end};
        if (numeric::written_at_least_100(p.value))
          out.report(span, "“{}” nói là chưa đạt chỉ tiêu nhưng {} đã từ 100% trở lên",
                     "“{}” claims the target was missed, but {} is 100% or more", numeric::written(doc, span), ps);
        else
          out.pass(span, "chưa đạt chỉ tiêu, {} < 100%", ps);
        continue;
      }
      // "đạt P% (a/b …)".
      if (numbers::match_ending_at<g::achieve_verb>(text, p.span.begin, vocab, 3) == npos) continue;
      const std::size_t open = numbers::skip_blanks(text, p.span.end);
      if (open >= text.size() || text[open] != '(') continue;
      const std::size_t rb = numbers::skip_blanks(text, open + 1);
      while (ri < ratios.size() && ratios[ri].span.begin < rb) ++ri;
      if (ri == ratios.size() || ratios[ri].span.begin != rb) continue;
      const auto& r = ratios[ri];
      if (!r.num || !r.den || r.den->mantissa == 0) continue;
      const auto a = r.num->mantissa, b = r.den->mantissa;
      span = {p.span.begin, r.span.end};
      const std::string rs = numeric::written(doc, r.span);
      if ((a > b && numeric::surely_below_100(p.value)) || (a < b && numeric::surely_above_100(p.value))) {
        out.report(span, "{} nhưng {} {} 100%", "{} but {} is {} 100%", ps, rs,
                   out.lang() == Lang::vi ? (a > b ? "vượt" : "chưa tới") : (a > b ? "above" : "under"));
        continue;
      }
      out.pass(span, "{} cùng phía 100% với {}", ps, rs);
    }
  }
};

}  // namespace

const Rule& target_contradiction_rule() {
  static const TargetContradiction rule;
  return rule;
}

}  // namespace cmlint
