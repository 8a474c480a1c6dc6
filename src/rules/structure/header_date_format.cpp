// CM504 header-date-format: the place-date line writes days 1–9 and months 1
// and 2 with a leading zero, months 3–12 without.
#include "../../structure/structure.hpp"
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM504",
    "header-date-format",
    Severity::warning,
    "Ngày tháng ở dòng địa danh, ngày tháng không viết số 0 đúng quy định",
    "The header date line does not pad days and months as prescribed",
    R"(## Quy tắc phát hiện gì
Dòng địa danh, ngày tháng ở phần đầu văn bản (`Hà Nội, ngày 05 tháng 02 năm 2024`): ngày nhỏ hơn 10 và
tháng 1, tháng 2 viết có số 0 đứng trước (`05`, `01`, `02`); tháng 3 đến tháng 12 viết không có số 0
(`tháng 3`, không phải `tháng 03`). Chỉ kiểm tra dòng này, không kiểm tra ngày tháng trong nội dung.

## Vì sao
Nghị định 30/2020/NĐ-CP quy định cách viết này để không thể sửa `1` thành `11`, `21` hay `2` thành `12`
sau khi văn bản đã ký.

## Ví dụ sai
    Tân Phong, ngày 5 tháng 2 năm 2024
    Hà Nội, ngày 15 tháng 05 năm 2024

## Ví dụ đúng
    Tân Phong, ngày 05 tháng 02 năm 2024
    Hà Nội, ngày 15 tháng 5 năm 2024
)",
    R"(## What it flags
The place-date line of the header (`Hà Nội, ngày 05 tháng 02 năm 2024`): days below 10 and months 1 and
2 get a leading zero (`05`, `01`, `02`); months 3 to 12 get none (`tháng 3`, not `tháng 03`). Only this line
is checked, never dates in the running text.

## Why
Decree 30/2020/NĐ-CP prescribes this so that a `1` cannot later become `11` or `21`, or a `2` become `12`,
after the document is signed.

## Bad
    Tân Phong, ngày 5 tháng 2 năm 2024
    Hà Nội, ngày 15 tháng 05 năm 2024

## Good
    Tân Phong, ngày 05 tháng 02 năm 2024
    Hà Nội, ngày 15 tháng 5 năm 2024
)",
    {{"check-months", true, "Check the month as well as the day"}},
};

class HeaderDateFormat final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    // The place-date line only (the model checks it is a header line, not a date in running text).
    if (doc.structure == nullptr || !doc.structure->own_date) return;
    const DateFact& d = doc.facts.dates[*doc.structure->own_date];
    if (d.form != DateForm::words) return;
    const bool vi = out.lang() == Lang::vi;
    const auto fix = [&](Span s, const std::string& text) {
      return Fix{Applicability::safe, vi ? "Viết " + text : "Write " + text, {{s, text}}};
    };
    const std::string_view day = doc.slice(d.day_span);
    bool ok = true;
    if (day.size() == 1 && d.day >= 1 && d.day <= 9) {
      const std::string f = "0" + std::string(day);
      out.report_fix(d.day_span, fix(d.day_span, f), "Ngày nhỏ hơn 10 ở dòng ngày tháng viết có số 0: “ngày {}”",
                     "A day below 10 in the header date gets a leading zero: \"ngày {}\"", f);
      ok = false;
    }
    if (out.option_bool("check-months")) {
      const std::string_view month = doc.slice(d.month_span);
      if (month.size() == 1 && (d.month == 1 || d.month == 2)) {
        const std::string f = "0" + std::string(month);
        out.report_fix(d.month_span, fix(d.month_span, f), "Tháng 1 và tháng 2 ở dòng ngày tháng viết có số 0: “tháng {}”",
                       "Months 1 and 2 in the header date get a leading zero: \"tháng {}\"", f);
        ok = false;
      } else if (month.size() == 2 && month[0] == '0' && d.month >= 3) {
        const std::string f(month.substr(1));
        out.report_fix(d.month_span, fix(d.month_span, f),
                       "Tháng 3 đến tháng 12 ở dòng ngày tháng viết không có số 0: “tháng {}”",
                       "Months 3 to 12 in the header date get no leading zero: \"tháng {}\"", f);
        ok = false;
      }
    }
    if (ok) out.pass(d.span, "{}", doc.slice(d.span));
  }
};

}  // namespace

const Rule& header_date_format_rule() {
  static const HeaderDateFormat rule;
  return rule;
}

}  // namespace cmlint
