// Calendar dates as plain values: comparisons and day counts without time zones.
#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "facts.hpp"

namespace cmlint {

struct CivilDate {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const CivilDate&) const = default;

  // Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's days_from_civil).
  std::int64_t days() const {
    const int y = year - (month <= 2);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
  }
  std::string vi() const {  // 05/03/2024
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", day, month, year);
    return buf;
  }
  std::string iso() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
  }
};

inline bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

inline int days_in_month(int m, int y) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  if (m == 2 && y != 0 && !is_leap(y)) return 28;
  return kDays[m - 1];
}

// A full, valid calendar date from a fact; nullopt for partial or impossible dates.
inline std::optional<CivilDate> civil(const DateFact& d) {
  if (d.form != DateForm::numeric && d.form != DateForm::words) return std::nullopt;
  if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.month, d.year))
    return std::nullopt;
  return CivilDate{d.year, d.month, d.day};
}

// "2024-03-05" (from --as-of or the config).
inline std::optional<CivilDate> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  std::size_t parts[3][2] = {{0, 4}, {5, 2}, {8, 2}};
  for (int i = 0; i < 3; ++i)
    for (std::size_t k = parts[i][0]; k < parts[i][0] + parts[i][1]; ++k) {
      if (s[k] < '0' || s[k] > '9') return std::nullopt;
      v[i] = v[i] * 10 + (s[k] - '0');
    }
  CivilDate d{v[0], v[1], v[2]};
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.month, d.year)) return std::nullopt;
  return d;
}

}  // namespace cmlint
