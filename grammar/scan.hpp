// The one-pass scan over a whole document: at each word start try every
// fact grammar, otherwise skip the word (so no fact starts mid-word) or one
// character. Lexing order follows the reference: citations and identifiers
// before dates, dates before ranges, ratios, percentages and plain numbers.
#pragma once
#include "citations.hpp"
#include "dates.hpp"
#include "header.hpp"
#include "identifiers.hpp"
#include "malformed_ids.hpp"
#include "numbers.hpp"
#include "periods.hpp"
#include "roman.hpp"
#include "weekdays.hpp"

namespace cmlint::grammar {

struct date_fact : seq<numeric_date, word_end> {};
struct ratio_fact : seq<ratio, word_end> {};
struct number_fact : seq<number, word_end> {};
struct range_fact : seq<year_range, word_end> {};

struct fact : sor<header_number, citation, weekday_date, word_date, word_day_month_only, bare_word_date, month_year,
                  day_month, quarter, year_only, named_range, ordinal, cited_malformed, months_of_year, identifier,
                  loose_identifier, date_fact, range_fact, ratio_fact, percent, number_fact> {};
struct skip : sor<word, utf8::any> {};
struct document : seq<star<sor<fact, skip>>, eof> {};

}  // namespace cmlint::grammar
