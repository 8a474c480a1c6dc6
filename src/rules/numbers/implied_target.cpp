// CM302 implied-target: "c …, đạt P% chỉ tiêu" where no whole-number target gives P.
#include "../../numbers/model.hpp"
#include "numeric_common.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM302",
    "implied-target",
    Severity::error,
    "Không có chỉ tiêu nguyên nào cho ra tỷ lệ đã ghi (c …, đạt P% chỉ tiêu)",
    "No whole-number target gives the percentage written (c …, P% of target)",
    R"(## Quy tắc phát hiện gì
Một số đếm chính xác `c` (số nguyên, không có từ chỉ quy mô như `triệu`, không có từ ước lượng như
`khoảng`, `hơn`) gắn ngay với `đạt`/`hoàn thành P%` và một trong các từ `chỉ tiêu`, `kế hoạch`, `kế hoạch năm`,
`chỉ tiêu năm`, `chỉ tiêu giao`, `nghị quyết`, `dự toán` trong cùng vế câu. Chỉ tiêu `T` là số nguyên dương
chưa biết; tỷ lệ chỉ có thể đúng khi có một số nguyên `T` với |100·c/T − P| ≤ ½·10^−d, tức là
T ∈ [⌈200·c·10^d/(2·Pn+1)⌉, ⌊200·c·10^d/(2·Pn−1)⌋] (tính bằng số nguyên). Khoảng rỗng thì báo lỗi, kèm các tỷ lệ
gần nhất có thể có. Không kiểm tra khi đã có phân số `a/b` đứng trước (quy tắc `percent-ratio` kiểm tra).

## Vì sao
Kết nạp 7 đảng viên thì chỉ có thể đạt 140% (chỉ tiêu 5) hoặc 175% (chỉ tiêu 4), không thể đạt 141%:
con số đó sai ở đâu đó.

## Ví dụ sai
    kết nạp được 7 đảng viên, đạt 141% chỉ tiêu

## Ví dụ đúng
    kết nạp được 7 đảng viên, đạt 140% chỉ tiêu
)",
    R"(## What it flags
An exact count `c` (an integer with no scale word such as `triệu` and no hedge such as `khoảng`, `hơn`)
tied directly to `đạt`/`hoàn thành P%` and one of `chỉ tiêu`, `kế hoạch`, `kế hoạch năm`, `chỉ tiêu năm`,
`chỉ tiêu giao`, `nghị quyết`, `dự toán` in the same clause. The target `T` is an unknown positive integer; the
percentage is possible only if some integer `T` has |100·c/T − P| ≤ ½·10^−d, that is
T ∈ [⌈200·c·10^d/(2·Pn+1)⌉, ⌊200·c·10^d/(2·Pn−1)⌋] (integer arithmetic). An empty interval is reported with the
nearest possible percentages. Not checked when a ratio `a/b` precedes (`percent-ratio` checks that).

## Why
Admitting 7 members can be 140% (target 5) or 175% (target 4) of a target, never 141%: one of the
numbers is wrong.

## Bad
    kết nạp được 7 đảng viên, đạt 141% chỉ tiêu

## Good
    kết nạp được 7 đảng viên, đạt 140% chỉ tiêu
)",
};

using numeric::i128;

i128 ceil_div(i128 a, i128 b) { return (a + b - 1) / b; }

class ImpliedTarget final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const auto& vocab = numbers::Vocabulary::builtin();
    const auto text = doc.text.view();
    // Percentages first; the numbers only when some "P% chỉ tiêu" needs them.
    const auto& pq = doc.numeric->percents();
    bool any = false;
    for (const auto& p : pq.percents)
      any = any || numbers::match_at<grammar::target_after>(text, p.span.end, vocab) != std::string_view::npos;
    if (!any) return;
    const auto& q = doc.numeric->all();
    for (const auto& claim : numbers::find_target_claims(text, doc.facts, q, vocab)) {
      const auto& c = q.items[claim.count];
      const auto& p = q.percents[claim.percent];
      const i128 cn = c.value.mantissa, pn = p.value.mantissa;
      const int d = p.value.decimals;
      const i128 num = 200 * cn * numeric::pow10(d);
      const i128 lo = ceil_div(num, 2 * pn + 1);
      const i128 hi = num / (2 * pn - 1);
      const Span span{c.span.begin, p.span.end};
      const std::string cs = numeric::written(doc, c.span), ps = numeric::written(doc, p.span);
      if (lo <= hi) {
        if (lo == hi)
          out.pass(span, "{} ⇒ chỉ tiêu {} ({}/{} = {}%)", ps, static_cast<long long>(lo), cs,
                   static_cast<long long>(lo), format_quotient(static_cast<std::int64_t>(cn) * 100, static_cast<std::int64_t>(lo), d));
        else
          out.pass(span, "{} với {} ⇒ chỉ tiêu từ {} đến {}", ps, cs, static_cast<long long>(lo),
                   static_cast<long long>(hi));
        continue;
      }
      // The targets on either side of 100·c/P and the percentages they give.
      const i128 t_above = lo, t_below = hi;  // hi < lo: t_below gives more than P, t_above less
      std::string near_vi, near_en;
      auto add = [&](i128 t) {
        if (t <= 0) return;
        const auto pct = format_quotient(static_cast<std::int64_t>(cn) * 100, static_cast<std::int64_t>(t), d);
        near_vi += (near_vi.empty() ? "" : ", ") + fmt::format("{}% (chỉ tiêu {})", pct, static_cast<long long>(t));
        near_en += (near_en.empty() ? "" : ", ") + fmt::format("{}% (target {})", pct, static_cast<long long>(t));
      };
      add(t_above);
      add(t_below);
      out.report(span, "{} mà đạt {}: không có chỉ tiêu nguyên nào cho ra tỷ lệ này; gần nhất là {}",
                 "{} cannot be {}: no whole-number target gives it; the nearest are {}", cs + " " +
                 numeric::written(doc, c.unit), ps, out.lang() == Lang::vi ? near_vi : near_en);
    }
  }
};

}  // namespace

const Rule& implied_target_rule() {
  static const ImpliedTarget rule;
  return rule;
}

}  // namespace cmlint
