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

// Skips, with one table look-up, a word that opens no fact; the scan state
// supplies `bool may_start_fact(const char* begin, const char* end) const`
// (digits, grammar/keywords.hpp and the type words of the data table).
struct fact_gate {
  using rule_t = fact_gate;
  using subs_t = empty_list;

  template <apply_mode, rewind_mode, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput, typename State,
            typename... Rest>
  [[nodiscard]] static bool match(ParseInput& in, State& st, Rest&... /*unused*/) {
    return st.may_start_fact(in.current(), in.end());
  }
};

struct fact_alternatives : sor<header_number, citation, weekday_date, word_date, word_day_month_only, bare_word_date, month_year,
                  day_month, quarter, year_only, named_range, ordinal, cited_malformed, months_of_year, identifier,
                  loose_identifier, date_fact, range_fact, ratio_fact, percent, number_fact> {};
struct fact : seq<fact_gate, fact_alternatives> {};
struct skip : sor<word, utf8::any> {};
struct document : seq<star<sor<fact, skip>>, eof> {};

}  // namespace cmlint::grammar

template <typename Name>
struct tao::pegtl::analyze_traits<Name, cmlint::grammar::fact_gate> : analyze_opt_traits<> {};
