// CM102 date-weekday: a weekday that is not the weekday of the date it names.
#include <unicode/gregocal.h>

#include <array>
#include <memory>

#include "../../core/civil_date.hpp"
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM102",
    "date-weekday",
    Severity::warning,
    "Thứ trong tuần không khớp với ngày tháng đi kèm (thứ Hai, ngày 06/01/2023)",
    "Weekday does not match the date it names (thứ Hai, ngày 06/01/2023)",
    R"(## Quy tắc phát hiện gì
Tên thứ đứng ngay trước một ngày tháng (`thứ Hai, ngày 06/01/2023`, `Chủ nhật ngày 5 tháng 3 năm 2023`,
`thứ Sáu (09/01/2026)`) nhưng ngày đó lại rơi vào thứ khác. Thứ được tính theo lịch Gregory (ICU).

## Vì sao
Giấy mời, thông báo lịch họp thường ghi cả thứ và ngày; khi hai thông tin lệch nhau, người nhận không
biết nên đến vào ngày nào.

## Ví dụ sai
    Hội nghị tổ chức vào thứ Hai, ngày 06/01/2023.

## Ví dụ đúng
    Hội nghị tổ chức vào thứ Sáu, ngày 06/01/2023.
)",
    R"(## What it flags
A weekday written right before a date (`thứ Hai, ngày 06/01/2023`, `Chủ nhật ngày 5 tháng 3 năm 2023`,
`thứ Sáu (09/01/2026)`) when that date falls on another weekday, computed with the Gregorian calendar
(ICU).

## Why
Invitations and meeting notices give both the weekday and the date; when they disagree the reader does
not know which day to come.

## Bad
    Hội nghị tổ chức vào thứ Hai, ngày 06/01/2023.

## Good
    Hội nghị tổ chức vào thứ Sáu, ngày 06/01/2023.
)",
};

constexpr std::array<std::string_view, 8> kVi = {"", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm",
                                                 "thứ Sáu", "thứ Bảy", "Chủ nhật"};
constexpr std::array<std::string_view, 8> kEn = {"",         "Monday",   "Tuesday", "Wednesday",
                                                 "Thursday", "Friday",   "Saturday", "Sunday"};

class DateWeekday final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    if (doc.facts.weekdays.empty()) return;
    UErrorCode ec = U_ZERO_ERROR;
    icu::GregorianCalendar cal(*icu::TimeZone::getGMT(), icu::Locale::getRoot(), ec);
    if (U_FAILURE(ec)) return;
    for (const WeekdayFact& w : doc.facts.weekdays) {
      const DateFact& d = doc.facts.dates[w.date];
      const auto date = civil(d);
      if (!date || w.weekday == 0) continue;  // impossible dates are date-invalid's
      cal.clear();
      cal.set(date->year, date->month - 1, date->day);
      const int icu_day = cal.get(UCAL_DAY_OF_WEEK, ec);  // 1 = Sunday … 7 = Saturday
      if (U_FAILURE(ec)) return;
      const int iso = icu_day == UCAL_SUNDAY ? 7 : icu_day - 1;
      const Span span{w.span.begin, d.span.end};
      if (iso == w.weekday) {
        out.pass(span, "{} là {}", doc.slice(d.span), kVi[static_cast<std::size_t>(iso)]);
        continue;
      }
      out.report(span, "Ngày {} là {}, không phải {}", "{} is a {}, not a {}", doc.slice(d.span),
                 out.lang() == Lang::vi ? kVi[static_cast<std::size_t>(iso)] : kEn[static_cast<std::size_t>(iso)],
                 out.lang() == Lang::vi ? kVi[static_cast<std::size_t>(w.weekday)]
                                        : kEn[static_cast<std::size_t>(w.weekday)]);
    }
  }
};

}  // namespace

const Rule& date_weekday_rule() {
  static const DateWeekday rule;
  return rule;
}

}  // namespace cmlint
