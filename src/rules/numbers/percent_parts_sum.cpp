// CM305 percent-parts-sum: shares of a breakdown that do not add up to 100%.
#include "../../numbers/model.hpp"
#include "numeric_common.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM305",
    "percent-parts-sum",
    Severity::warning,
    "Tổng các tỷ lệ thành phần khác 100% (liệt kê đủ) hoặc vượt 100% (trong đó)",
    "The shares of a breakdown do not add up to 100% (complete) or exceed it (partial)",
    R"(## Quy tắc phát hiện gì
Hai tỷ lệ `chiếm P%` trở lên trong cùng một câu, sau một từ liệt kê. Sau `gồm`, `bao gồm`, `chia thành`,
`chia ra`, `cụ thể` (liệt kê đủ), tổng phải bằng 100% trong sai số làm tròn Σ ½·10^−d_i (ba phần 33,3% cho
99,9% là đúng). Sau `trong đó`, `riêng` (một phần), tổng không được vượt 100% cộng sai số, trừ khi các nhóm
có thể chồng lấn (`nữ`, `dân tộc thiểu số` …). Tỷ lệ có từ ước lượng hoặc so với kỳ khác không được cộng.

## Vì sao
Các phần của một tổng thể cộng lại phải đủ 100%.

## Ví dụ sai
    Kết quả xếp loại gồm: hoàn thành xuất sắc chiếm 45%, hoàn thành tốt chiếm 16%, hoàn thành chiếm 42%.

## Ví dụ đúng
    Kết quả xếp loại gồm: hoàn thành xuất sắc chiếm 25,3%, hoàn thành tốt chiếm 60,1%, hoàn thành chiếm 12,4%, không hoàn thành chiếm 2,2%.
)",
    R"(## What it flags
Two or more shares `chiếm P%` in one sentence after a breakdown word. After `gồm`, `bao gồm`, `chia thành`,
`chia ra`, `cụ thể` (complete), they must add up to 100% within the rounding tolerance Σ ½·10^−d_i (three parts
of 33,3% giving 99,9% pass). After `trong đó`, `riêng` (partial), they must not exceed 100% plus the tolerance,
unless the groups may overlap (`nữ`, `dân tộc thiểu số` …). Hedged shares and comparisons with another period
are not added.

## Why
The parts of a whole add up to 100%.

## Bad
    Kết quả xếp loại gồm: hoàn thành xuất sắc chiếm 45%, hoàn thành tốt chiếm 16%, hoàn thành chiếm 42%.

## Good
    Kết quả xếp loại gồm: hoàn thành xuất sắc chiếm 25,3%, hoàn thành tốt chiếm 60,1%, hoàn thành chiếm 12,4%, không hoàn thành chiếm 2,2%.
)",
};

using numeric::i128;

class PercentPartsSum final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const auto& vocab = numbers::Vocabulary::builtin();
    const auto text = doc.text.view();
    // Percentages first; the numbers only when some group of shares needs them.
    if (numbers::find_share_groups(text, doc.numeric->percents(), vocab).empty()) return;
    const auto& q = doc.numeric->all();
    for (const auto& g : numbers::find_share_groups(text, q, vocab)) {
      if (!g.complete && g.overlapping) continue;
      int d = 0;
      for (auto i : g.shares) d = std::max(d, q.percents[i].value.decimals);
      // Everything in units of 10^-d percent, doubled for the half-unit tolerances.
      i128 sum = 0, tol2 = 0;
      std::string terms;
      for (auto i : g.shares) {
        const auto& v = q.percents[i].value;
        sum += static_cast<i128>(v.mantissa) * numeric::pow10(d - v.decimals);
        tol2 += numeric::pow10(d - v.decimals);  // 2 · ½·10^-d_i
        terms += (terms.empty() ? "" : " + ") + numeric::written(doc, q.percents[i].span);
      }
      const i128 hundred = 100 * numeric::pow10(d);
      const i128 diff2 = 2 * (sum - hundred);
      const Span span{q.percents[g.shares.front()].span.begin, q.percents[g.shares.back()].span.end};
      const std::string total = numbers::format_vi(sum, d) + "%";
      const std::string tol = numbers::format_vi(tol2 * 5, d + 1) + "%";
      if (g.complete) {
        if ((diff2 < 0 ? -diff2 : diff2) <= tol2) {
          out.pass(span, "{} = {} ≈ 100% (±{})", terms, total, tol);
          continue;
        }
        out.report(span, "Các tỷ lệ của phần liệt kê đủ cộng lại {} = {}, không phải 100% (sai số làm tròn ±{})",
                   "The shares of a complete breakdown add up to {} = {}, not 100% (rounding tolerance ±{})", terms,
                   total, tol);
      } else {
        if (diff2 <= tol2) {
          out.pass(span, "{} = {} ≤ 100%", terms, total);
          continue;
        }
        out.report(span, "Các tỷ lệ thành phần cộng lại {} = {}, vượt 100%", "The shares add up to {} = {}, more than 100%",
                   terms, total);
      }
    }
  }
};

}  // namespace

const Rule& percent_parts_sum_rule() {
  static const PercentPartsSum rule;
  return rule;
}

}  // namespace cmlint
