// CM304 subtotal-exceeds-total: a part of "… trong đó …" larger than its total.
#include "../../numbers/model.hpp"
#include "numeric_common.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM304",
    "subtotal-exceeds-total",
    Severity::error,
    "Thành phần (trong đó, riêng) lớn hơn tổng số",
    "A part (trong đó, riêng) is larger than its total",
    R"(## Quy tắc phát hiện gì
Sau một tổng số, `trong đó` hoặc `riêng` nêu một phần của tổng số. Mỗi phần phải không lớn hơn tổng số
cùng đơn vị (hoặc cùng loại: `nữ`, `người` so với `đảng viên`). Khi tổng số có nhiều cột (`100 lớp với 12.898
học viên. Trong đó, khối đảng 27 lớp với 3.239 học viên …`), mỗi phần được so với cột cùng đơn vị. Các phần
cùng đơn vị với tổng số còn phải có tổng không vượt tổng số, trừ khi các nhóm có thể chồng lấn (`nữ`, `dân
tộc thiểu số`, `trẻ` …): khi đó chỉ so từng phần. Số có từ ước lượng (`khoảng`, `hơn`) không được so.

## Vì sao
Một phần lớn hơn cả tổng số là mâu thuẫn chắc chắn.

## Ví dụ sai
    100 lớp với 12.898 học viên. Trong đó, khối đảng 27 lớp với 3.239 học viên, khối nhà nước 79 lớp với 6.351 học viên.

## Ví dụ đúng
    202 đảng viên, trong đó 120 nữ, 35 người dân tộc thiểu số
)",
    R"(## What it flags
After a total, `trong đó` (of which) or `riêng` (alone) names a part of it. Each part must not exceed the total of
its unit (or of its kind: `nữ`, `người` against `đảng viên`). When the total has several columns (`100 lớp với
12.898 học viên. Trong đó, khối đảng 27 lớp với 3.239 học viên …`), each part is compared with the column of its
unit. The parts with the total's unit must also not add up to more than the total, unless the groups may overlap
(`nữ`, `dân tộc thiểu số`, `trẻ` …): then each part is compared alone. Hedged numbers (`khoảng`, `hơn`) are not
compared.

## Why
A part larger than its whole is a certain contradiction.

## Bad
    100 lớp với 12.898 học viên. Trong đó, khối đảng 27 lớp với 3.239 học viên, khối nhà nước 79 lớp với 6.351 học viên.

## Good
    202 đảng viên, trong đó 120 nữ, 35 người dân tộc thiểu số
)",
};

class SubtotalExceedsTotal final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const auto& q = doc.numeric->all();
    for (const auto& b : doc.numeric->breakdowns()) {
      if (b.complete) continue;
      for (const auto& col : b.columns) {
        const auto& total = q.items[col.total];
        const std::string tot = numeric::with_scale(doc, total) + " " + numeric::written(doc, total.unit);
        bool each_ok = true;
        for (auto i : col.parts) {
          const auto& p = q.items[i];
          const auto s = numbers::sum_parts(total, {&p});
          if (!s.ok) continue;
          const Span span{p.span.begin, p.phrase.end};
          if (s.lo <= s.total_hi) {
            out.pass(span, "{} ≤ {}", numeric::with_scale(doc, p), tot);
            continue;
          }
          each_ok = false;
          out.report(span, "Thành phần {} {} lớn hơn tổng số {}", "The part {} {} is larger than the total {}",
                     numeric::with_scale(doc, p), numeric::written(doc, p.unit), tot);
        }
        // The sum, for parts of the very unit of the total that cannot overlap.
        std::vector<const numbers::Quantity*> same;
        std::string terms;
        for (auto i : col.parts)
          if (q.items[i].unit_id == total.unit_id) {
            same.push_back(&q.items[i]);
            terms += (terms.empty() ? "" : " + ") + numeric::with_scale(doc, q.items[i]);
          }
        if (!each_ok || b.overlapping || same.size() < 2 || same.size() != col.parts.size()) continue;
        const auto s = numbers::sum_parts(total, same);
        if (!s.ok) continue;
        const Span span{same.front()->span.begin, same.back()->phrase.end};
        const std::string sum = numeric::show_value(doc, s.value, s.exponent, total);
        if (s.lo <= s.total_hi) {
          out.pass(span, "{} = {} ≤ {}", terms, sum, tot);
          continue;
        }
        out.report(span, "Các thành phần {} = {}, lớn hơn tổng số {}", "The parts {} add up to {}, more than the total {}",
                   terms, sum, tot);
      }
    }
  }
};

}  // namespace

const Rule& subtotal_exceeds_total_rule() {
  static const SubtotalExceedsTotal rule;
  return rule;
}

}  // namespace cmlint
