// CM306 share-over-100: "chiếm P%" with P above 100.
#include "../../numbers/model.hpp"
#include "numeric_common.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM306",
    "share-over-100",
    Severity::error,
    "Tỷ lệ “chiếm” lớn hơn 100%",
    "A share (“chiếm”) above 100%",
    R"(## Quy tắc phát hiện gì
`chiếm P%` (cả `chiếm tỷ lệ P%`, `chiếm khoảng P%`) với P lớn hơn 100% kể cả sai số làm tròn. `chiếm` nói về
một phần của tổng thể, nên không thể quá 100%. Không kiểm tra khi tỷ lệ so với kỳ khác (`so với`, `cùng kỳ`).

## Vì sao
Phần không thể lớn hơn tổng thể: hoặc con số sai, hoặc động từ phải là `bằng`/`đạt`.

## Ví dụ sai
    Thu từ khu vực dịch vụ chiếm 112% tổng thu ngân sách.

## Ví dụ đúng
    Thu từ khu vực dịch vụ chiếm 12% tổng thu ngân sách.
)",
    R"(## What it flags
`chiếm P%` (also `chiếm tỷ lệ P%`, `chiếm khoảng P%`) with P above 100% beyond rounding. `chiếm` (makes up)
speaks of a part of a whole, which cannot exceed 100%. Comparisons with another period (`so với`, `cùng kỳ`)
are not checked.

## Why
A part cannot be larger than its whole: either the number is wrong or the verb should be `bằng`/`đạt`.

## Bad
    Thu từ khu vực dịch vụ chiếm 112% tổng thu ngân sách.

## Good
    Thu từ khu vực dịch vụ chiếm 12% tổng thu ngân sách.
)",
};

class ShareOver100 final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const auto& vocab = numbers::Vocabulary::builtin();
    const auto text = doc.text.view();
    const auto& q = doc.numeric->percents();
    for (const auto& p : q.percents) {
      if (p.broken) continue;
      const std::size_t at = numbers::match_ending_at<grammar::share_before>(text, p.span.begin, vocab, 5);
      if (at == std::string_view::npos || numbers::compares_periods(text, p, vocab)) continue;
      const Span span{static_cast<std::uint32_t>(at), p.span.end};
      const std::string ps = numeric::written(doc, p.span);
      if (!numeric::surely_above_100(p.value)) {
        out.pass(span, "chiếm {} ≤ 100%", ps);
        continue;
      }
      out.report(span, "“chiếm {}”: một phần không thể vượt 100% của tổng thể", "“chiếm {}”: a part cannot exceed 100% of its whole",
                 ps);
    }
  }
};

}  // namespace

const Rule& share_over_100_rule() {
  static const ShareOver100 rule;
  return rule;
}

}  // namespace cmlint
