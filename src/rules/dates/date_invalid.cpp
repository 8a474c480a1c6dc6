// CM101 date-invalid: a date that does not exist in the calendar.
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM101",
    "date-invalid",
    Severity::error,
    "Ngày tháng không tồn tại (ngày hoặc tháng ngoài phạm vi, 29/02 của năm không nhuận)",
    "Date that does not exist (day or month out of range, 29 February of a non-leap year)",
    R"(## Quy tắc phát hiện gì
Ngày tháng không có trong lịch: tháng ngoài 1–12, ngày 0 hoặc lớn hơn số ngày của tháng
(31/4, 30/02), ngày 29/02 của năm không nhuận. Áp dụng cho mọi dạng: `27-2-2012`, `27/02/2012`,
`27.02.2012`, `ngày 5 tháng 3 năm 2020`, `tháng 5-2023`, `ngày 30/3` (không có năm),
`quý V/2023`, `13 tháng đầu năm 2023`.

## Vì sao
Ngày sai thường là lỗi gõ (02 thành 12, 1 thành 11). Người đọc không thể biết văn bản được
trích dẫn là văn bản nào, và văn bản mất giá trị pháp lý ở chỗ đó.

## Ví dụ sai
    Thực hiện Kế hoạch số 12-KH/TU, ngày 30-02-2024 của Ban Thường vụ Tỉnh ủy

## Ví dụ đúng
    Thực hiện Kế hoạch số 12-KH/TU, ngày 28-02-2024 của Ban Thường vụ Tỉnh ủy
)",
    R"(## What it flags
A date that is not in the calendar: a month outside 1–12, day 0 or a day past the end of the
month (31/4, 30/02), 29 February of a non-leap year. Every form is checked: `27-2-2012`,
`27/02/2012`, `27.02.2012`, `ngày 5 tháng 3 năm 2020`, `tháng 5-2023`, `ngày 30/3` (no year),
`quý V/2023`, `13 tháng đầu năm 2023`.

## Why
An impossible date is almost always a typing slip (02 for 12, 1 for 11). The reader cannot tell
which document is meant, and the citation loses its force.

## Bad
    Thực hiện Kế hoạch số 12-KH/TU, ngày 30-02-2024 của Ban Thường vụ Tỉnh ủy

## Good
    Thực hiện Kế hoạch số 12-KH/TU, ngày 28-02-2024 của Ban Thường vụ Tỉnh ủy
)",
    {{"check-day-month", OptionValue{true}, "Also check day-month dates without a year (\"ngày 31/4\")."}},
};

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int m, int y) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && y != 0 && !leap(y)) return 28;
  return kDays[m - 1];
}

class DateInvalid final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const bool day_month = out.option_bool("check-day-month");
    for (const DateFact& d : doc.facts.dates) {
      if (d.form == DateForm::day_month && !day_month) continue;
      const auto text = doc.slice(d.span);
      if (d.form == DateForm::year_only) continue;
      if (d.form == DateForm::quarter) {
        // A malformed Roman quarter ("quý IIII") is roman-invalid's to report.
        if (d.quarter > 4)
          out.report(d.span, "Ngày tháng không tồn tại: “{}” (một năm chỉ có 4 quý)",
                     "Date does not exist: \"{}\" (a year has 4 quarters)", text);
        continue;
      }
      if (d.form == DateForm::months) {
        if (d.months < 1 || d.months > 12)
          out.report(d.span, "Ngày tháng không tồn tại: “{}” (một năm có 12 tháng)",
                     "Date does not exist: \"{}\" (a year has 12 months)", text);
        continue;
      }
      if (d.month < 1 || d.month > 12) {
        out.report(d.span, "Ngày tháng không tồn tại: “{}” (không có tháng {})",
                   "Date does not exist: \"{}\" (there is no month {})", text, d.month);
        continue;
      }
      if (d.form == DateForm::month_year) continue;
      const int max = days_in_month(d.month, d.year);
      if (d.day >= 1 && d.day <= max) continue;
      if (d.month == 2 && d.day == 29)
        out.report(d.span, "Ngày tháng không tồn tại: “{}” (năm {} không phải năm nhuận, tháng 2 chỉ có 28 ngày)",
                   "Date does not exist: \"{}\" ({} is not a leap year; February has 28 days)", text, d.year);
      else
        out.report(d.span, "Ngày tháng không tồn tại: “{}” (tháng {} có {} ngày)",
                   "Date does not exist: \"{}\" (month {} has {} days)", text, d.month, max);
    }
  }
};

}  // namespace

const Rule& date_invalid_rule() {
  static const DateInvalid rule;
  return rule;
}

}  // namespace cmlint
