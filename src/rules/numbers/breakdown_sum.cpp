// CM303 breakdown-sum: the parts of a complete breakdown do not add up to the total.
#include "../../numbers/model.hpp"
#include "numeric_common.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM303",
    "breakdown-sum",
    Severity::error,
    "Tổng các thành phần không bằng tổng số (85 tổ chức (41 … và 45 …))",
    "The parts of a breakdown do not add up to the total (85 (41 … and 45 …))",
    R"(## Quy tắc phát hiện gì
Một tổng số được liệt kê đầy đủ các thành phần: dấu ngoặc ngay sau cụm đơn vị của tổng số, hoặc `gồm`,
`bao gồm`, `chia thành`, `chia ra`, `cụ thể:` (kể cả danh sách gạch đầu dòng sau dấu hai chấm). Các thành phần
có cùng đơn vị với tổng số, hoặc cùng loại (`đảng bộ`, `chi bộ` là tổ chức đảng), phải cộng lại bằng tổng số.
Số đếm chính xác phải bằng nhau tuyệt đối (lỗi). Số có từ chỉ quy mô (`tỷ`, `triệu`, `nghìn`) hoặc có phần
thập phân được coi là đã làm tròn: chỉ cần khoảng [Σ cận dưới, Σ cận trên] giao với khoảng của tổng số
(cảnh báo). Khi có một số không xếp được vào thành phần nào, quy tắc không kiểm tra. `chưa bao gồm`,
`không gồm` không phải là liệt kê.

## Vì sao
Cộng sai các thành phần là lỗi số học mà người đọc dễ phát hiện.

## Ví dụ sai
    85 tổ chức cơ sở đảng (41 đảng bộ và 45 chi bộ trực thuộc)

## Ví dụ đúng
    85 tổ chức cơ sở đảng (41 đảng bộ và 44 chi bộ trực thuộc)
    tổng kinh phí 6,8 tỷ đồng, gồm ngân sách huyện 4,5 tỷ đồng, ngân sách xã 1,6 tỷ đồng và Nhân dân đóng góp 0,7 tỷ đồng
)",
    R"(## What it flags
A total broken down completely: a parenthesis right after the total's unit phrase, or `gồm`, `bao gồm`,
`chia thành`, `chia ra`, `cụ thể:` (including a bulleted list after a colon). The parts with the total's unit, or
of the same kind (`đảng bộ` and `chi bộ` are both Party organisations), must add up to the total. Exact counts
must be equal (error). Numbers with a scale word (`tỷ`, `triệu`, `nghìn`) or decimals are rounded: the interval
[Σ lower bounds, Σ upper bounds] must meet the total's interval (warning). When a number in the list cannot be
placed, nothing is checked. `chưa bao gồm`, `không gồm` (not including) are not breakdowns.

## Why
Parts that do not add up are an arithmetic slip any reader can check.

## Bad
    85 tổ chức cơ sở đảng (41 đảng bộ và 45 chi bộ trực thuộc)

## Good
    85 tổ chức cơ sở đảng (41 đảng bộ và 44 chi bộ trực thuộc)
    tổng kinh phí 6,8 tỷ đồng, gồm ngân sách huyện 4,5 tỷ đồng, ngân sách xã 1,6 tỷ đồng và Nhân dân đóng góp 0,7 tỷ đồng
)",
};

class BreakdownSum final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const auto& q = doc.numeric->all();
    for (const auto& b : doc.numeric->breakdowns()) {
      if (!b.complete) continue;
      for (const auto& col : b.columns) {
        if (col.parts.size() < 2) continue;
        const auto& total = q.items[col.total];
        std::vector<const numbers::Quantity*> parts;
        bool exact = total.exact;
        std::string terms;
        for (auto i : col.parts) {
          parts.push_back(&q.items[i]);
          exact = exact && q.items[i].exact;
          terms += (terms.empty() ? "" : " + ") + numeric::with_scale(doc, q.items[i]);
        }
        const auto s = numbers::sum_parts(total, parts);
        if (!s.ok) continue;
        const std::string sum = numeric::show_value(doc, s.value, s.exponent, total);
        const std::string tot = numeric::with_scale(doc, total);
        const Span span{total.span.begin, q.items[col.parts.back()].phrase.end};
        if (s.lo <= s.total_hi && s.total_lo <= s.hi) {
          out.pass(span, "{} = {} ({})", terms, sum, tot);
          continue;
        }
        out.report_as(exact ? Severity::error : Severity::warning, span,
                      "Tổng các thành phần {} = {}, không bằng tổng số {} {}",
                      "The parts {} add up to {}, not the total {} {}", terms, sum, tot,
                      numeric::written(doc, total.unit));
      }
    }
  }
};

}  // namespace

const Rule& breakdown_sum_rule() {
  static const BreakdownSum rule;
  return rule;
}

}  // namespace cmlint
