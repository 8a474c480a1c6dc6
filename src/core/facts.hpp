// Typed facts produced by the one-pass scan. Spans are byte offsets into the
// NFC text; they are mapped back to the original bytes only when reported.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "decimal.hpp"

namespace cmlint {

struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

struct NumberFact {
  Span span;
  std::optional<Decimal> value;  // nullopt: too long to be a value
};

struct PercentFact {
  Span span;
  std::optional<Decimal> value;  // the P of "P%"
};

struct RatioFact {
  Span span;
  std::optional<Decimal> num, den;  // integer counts
};

enum class DateForm {
  numeric,     // 27-2-2012, 27/02/2012, 27.02.2012
  words,       // ngày 5 tháng 3 năm 2020
  month_year,  // tháng 5-2023, tháng 5/2023, tháng 5 năm 2023
  day_month,   // ngày 30/3
  year_only,   // năm 2022
  quarter,     // quý II/2023, quý I năm 2026
  months,      // 6 tháng đầu năm 2023
};

struct DateFact {
  Span span;
  DateForm form = DateForm::numeric;
  int day = 0;    // 0 when the form has no day
  int month = 0;
  int year = 0;   // 0 when the form has no year
  int quarter = 0;  // quarter form: 1–4 when valid, else the number written (0 for a bad Roman numeral)
  int months = 0;   // months form: the count of months
  Span day_span, month_span;
};

enum class RangeKind { plain, term, phase };  // 2020-2025, nhiệm kỳ 2020-2025, giai đoạn 2021-2025

struct RangeFact {
  Span span;
  RangeKind kind = RangeKind::plain;
  int start = 0, end = 0;
  Span years;  // "2020-2025" without the introducing words
};

enum class OrdinalKind { khoa, dai_hoi, lan_thu, chuong, phan, quy, other };

// A Roman numeral with the word that introduces it ("khóa XIII").
struct OrdinalFact {
  Span span;
  OrdinalKind kind = OrdinalKind::khoa;
  Span roman;
  std::optional<int> value;  // nullopt: not a canonical Roman numeral ("XXIIII")
};

// A weekday that names the date right after it ("thứ Hai, ngày 06/01/2023").
struct WeekdayFact {
  Span span;             // the weekday words
  int weekday = 0;       // ISO: 1 = Monday … 7 = Sunday
  std::uint32_t date = 0;  // index into Facts::dates
};

// "Số: 123/QĐ-UBND" / "Số 09-NQ/TU"; header detection decides whether it is the document's own.
struct HeaderNumberFact {
  Span span;
  std::uint32_t identifier = 0;  // index into Facts::identifiers
  bool colon = false;
  bool line_start = false;       // only blanks before it on its line
};

enum class IdStyle { state, party };

struct IdentifierFact {
  Span span;
  IdStyle style = IdStyle::state;
  Span number;
  std::optional<int> year;           // 30/2020/NĐ-CP
  Span party_type;                   // party: token between '-' and '/'
  std::vector<Span> symbol;          // tokens after '/' (and after the year), in order
};

struct CitationFact {
  Span span;
  Span type_word;
  std::uint32_t identifier = 0;      // index into Facts::identifiers
  std::optional<std::uint32_t> date; // index into Facts::dates
  Span issuer;                       // "Ban Thường vụ Tỉnh ủy" of "của Ban Thường vụ Tỉnh ủy"; empty if absent
};

enum class MalformedReason { dash, blanks, letter_case, incomplete };

// An identifier that is almost right ("09–NQ/TU", "123/QĐ - UBND", "số 09-nq/tu", "số 09-NQ/").
struct MalformedIdFact {
  Span span;
  MalformedReason reason = MalformedReason::dash;
};

struct Facts {
  std::vector<NumberFact> numbers;
  std::vector<PercentFact> percents;
  std::vector<RatioFact> ratios;
  std::vector<DateFact> dates;
  std::vector<IdentifierFact> identifiers;
  std::vector<CitationFact> citations;
  std::vector<RangeFact> ranges;
  std::vector<OrdinalFact> ordinals;
  std::vector<WeekdayFact> weekdays;
  std::vector<HeaderNumberFact> header_numbers;
  std::vector<MalformedIdFact> malformed_ids;
};

}  // namespace cmlint
