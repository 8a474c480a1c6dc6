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
};

struct DateFact {
  Span span;
  DateForm form = DateForm::numeric;
  int day = 0;    // 0 when the form has no day
  int month = 0;
  int year = 0;   // 0 when the form has no year
  Span day_span, month_span;
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
};

struct Facts {
  std::vector<NumberFact> numbers;
  std::vector<PercentFact> percents;
  std::vector<RatioFact> ratios;
  std::vector<DateFact> dates;
  std::vector<IdentifierFact> identifiers;
  std::vector<CitationFact> citations;
};

}  // namespace cmlint
