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

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace cmlint::grammar {

struct date_fact : seq<numeric_date, word_end> {};
struct ratio_fact : seq<ratio, word_end> {};
struct number_fact : seq<number, word_end> {};
struct range_fact : seq<year_range, word_end> {};

// The facts in lexing order, split by what they can start with: a word of letters (a keyword
// or a type word) or a digit. Each part keeps the order of the whole, so the split
// changes no result; it spares a number the keyword compares, and a word the digit rules.
struct word_fact : sor<header_number, citation, weekday_date, word_date, word_day_month_only, bare_word_date,
                       month_year, day_month, quarter, year_only, named_range, ordinal, cited_malformed> {};
struct digit_fact : sor<bare_word_date, months_of_year, identifier, loose_identifier, date_fact, range_fact,
                        ratio_fact, percent, number_fact> {};
struct fact : if_then_else<at<digit>, digit_fact, word_fact> {};

// What each of word_fact's alternatives can start with, read off the grammar itself, so that the
// scan can tell from the word at a position which alternatives may match there and try only those
// (scan_step; src/scan/scan_state.hpp works the words out). An alternative matches only if its
// first element does, so its leads are those of its first element: a string, the type word
// (rules/doc_types.toml), a digit, or for a sor the leads of every branch and for a seq those of
// its first element (an at<> in front consumes nothing: the element after it starts at the same
// place, so its leads are necessary too). Any other kind of first element fails to compile here,
// so a grammar change cannot leave an alternative out of the selection.
struct fact_leads {
  std::vector<std::string_view> strings;  // any of them at the position
  bool type_word = false;                 // a type word at the position
  bool digit = false;                     // an ASCII digit at the position
};

namespace lead_detail {
template <typename Rule>
struct of;  // specialised on Rule::rule_t; no definition for a kind of rule not handled
template <typename Rule>
void add(fact_leads& l) { of<typename Rule::rule_t>::add(l); }

template <char... Cs>
struct of<internal::string<Cs...>> {
  static constexpr char text[] = {Cs...};
  static void add(fact_leads& l) { l.strings.emplace_back(text, sizeof...(Cs)); }
};
template <typename... Rules>
struct of<internal::sor<Rules...>> {
  static void add(fact_leads& l) { (lead_detail::add<Rules>(l), ...); }
};
template <typename Rule>
inline constexpr bool is_at = false;
template <typename Rule>
inline constexpr bool is_at<internal::at<Rule>> = true;
template <typename First, typename... Rest>
struct of<internal::seq<First, Rest...>> {
  static void add(fact_leads& l) {
    if constexpr (is_at<typename First::rule_t>) of<internal::seq<Rest...>>::add(l);
    else lead_detail::add<First>(l);
  }
};
template <unsigned Min, unsigned Max, typename Rule>
struct of<internal::rep_min_max<Min, Max, Rule>> {
  static_assert(Min > 0, "an optional first element has no leads of its own");
  static void add(fact_leads& l) { lead_detail::add<Rule>(l); }
};
template <>
struct of<digit::rule_t> {
  static void add(fact_leads& l) { l.digit = true; }
};
template <>
struct of<type_word> {
  static void add(fact_leads& l) { l.type_word = true; }
};
template <typename... Alternatives>
std::vector<fact_leads> each(type_list<Alternatives...>) {
  std::vector<fact_leads> all(sizeof...(Alternatives));
  std::size_t i = 0;
  ((lead_detail::add<Alternatives>(all[i++])), ...);
  return all;
}
}  // namespace lead_detail

// The leads of word_fact's alternatives, in their order.
inline std::vector<fact_leads> word_fact_leads() { return lead_detail::each(word_fact::subs_t()); }

// Tries, in word_fact's order, only the alternatives whose bit (1 << index) is set in `alternatives`:
// the same as word_fact (a sor) when the bits left out are of alternatives that cannot match here.
// Each alternative rewinds on failure, as in a sor with rewind_mode::required.
template <apply_mode A, template <typename...> class Action, template <typename...> class Control,
          typename ParseInput, typename... States, typename... Alternatives, std::size_t... I>
bool match_word_fact(type_list<Alternatives...>, std::index_sequence<I...>, std::uint32_t alternatives,
                     ParseInput& in, States&... st) {
  return ((((alternatives >> I) & 1) != 0 &&
           Control<Alternatives>::template match<A, rewind_mode::required, Action, Control>(in, st...)) ||
          ...);
}
// The value of word_at's `starts` that asks for the whole fact rule (digits, and the reference scan).
inline constexpr std::uint32_t kEveryFact = ~std::uint32_t{0};
static_assert(word_fact::subs_t::size < 32, "word_fact's alternatives must fit in the bits of a mask below kEveryFact");

// At `p`, the start of a run of digits: true when the bytes after the run prove that of
// digit_fact's alternatives only number_fact can match there, so the scan tries it alone (the
// skipped alternatives would fail; they write only scratch fields of the scan state, which every
// rule that reads them sets first in its own match, and append no fact). With D the digit run
// and x the character after it, the other alternatives need:
//   bare_word_date, months_of_year   D (1–2 digits), sp, "tháng"/"Tháng": blanks, then 't'/'T';
//   identifier                       '-' or '/' at x;
//   loose_identifier                 star<blank>, then '-', an odd dash (E2 …) or '/';
//   date_fact                        D (1–2 digits), then '/', '-' or '.' at x;
//   range_fact                       D (4 digits), opt<sp>, then '-' or a dash (E2 …);
//   ratio_fact                       '/' at x, or '.' and three digits (grouped_int, D ≤ 3 digits);
//   percent                          '.' + digit or ',' + digit at x (a grouped or decimal number),
//                                    or '%' after at most one blank.
// So: x is none of . , - / % E2 or a blank (' ', '\t', C2 A0); or x is '.' not before a digit or
// after more than 3 digits; or x is ',' not before a digit; or x starts blanks (E2 80 AF, a
// blank too, sends to the full path) followed by none of t T - / % E2. Otherwise (or at the end
// of the input) the full digit_fact is tried. tests/scan_shortcut_test.cpp checks this on edges.
inline bool only_number_fact_at(const char* p, const char* end) {
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  const char* q = p;
  while (q < end && is_digit(*q)) ++q;
  if (q == end) return true;
  const bool digit_next = q + 1 < end && is_digit(q[1]);
  switch (static_cast<unsigned char>(*q)) {
    case '.': return q - p > 3 || !digit_next;
    case ',': return !digit_next;
    case '-': case '/': case '%': case 0xE2: return false;
    case ' ': case '\t': case 0xC2: break;
    default: return true;
  }
  while (q < end) {
    if (*q == ' ' || *q == '\t') ++q;
    else if (*q == '\xC2' && q + 1 < end && q[1] == '\xA0') q += 2;
    else break;
  }
  if (q == end) return true;
  switch (static_cast<unsigned char>(*q)) {
    case 't': case 'T': case '-': case '/': case '%': case 0xE2: return false;
    default: return true;
  }
}

// One step of the scan: from the current position, skip words that open no fact and other
// characters until a fact matches or the input ends. At each word try the facts, else skip the
// whole word so that no fact starts inside it; skip any other character alone. The scan state
// supplies
//   std::size_t word_at(const char* begin, const char* end, std::uint32_t& starts) const
// the bytes of the grammar::word at `begin` (0 if none) and which facts may start there: 0 for
// none, so that a word that opens no fact (most of them: digits, grammar/keywords.hpp and the
// type words of the data table open facts) costs one hash look-up, not ~80 tries; kEveryFact to
// try `fact` whole (a digit); else, for a word of letters, the bits of word_fact's alternatives
// that may match there (match_word_fact), a superset of those that can. Looping here rather than
// once per word through star<> spares the per-step overhead; the positions tried are the same.
struct scan_step {
  using rule_t = scan_step;
  using subs_t = type_list<fact>;

  template <apply_mode A, rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput, typename State,
            typename... Rest>
  [[nodiscard]] static bool match(ParseInput& in, State& st, Rest&... rest) {
    if (in.empty()) return false;
    const char* const end = in.end();
    const char* p = in.current();
    while (p < end) {
      std::uint32_t starts;
      const std::size_t len = st.word_at(p, end, starts);
      if (starts != 0) {
        in.bump(static_cast<std::size_t>(p - in.current()));
        const bool matched =
            *p >= '0' && *p <= '9' && only_number_fact_at(p, end)
                ? tao::pegtl::match<number_fact, A, rewind_mode::required, Action, Control>(in, st, rest...)
            : starts == kEveryFact
                ? tao::pegtl::match<fact, A, rewind_mode::required, Action, Control>(in, st, rest...)
                : match_word_fact<A, Action, Control>(word_fact::subs_t(),
                                                      std::make_index_sequence<word_fact::subs_t::size>(),
                                                      starts, in, st, rest...);
        if (matched) return true;
      }
      if (len > 0) {
        p += len;
        // The word ends before a character that is no word character; an ASCII one opens
        // nothing, so skip it here rather than with one more turn.
        if (p < end && static_cast<unsigned char>(*p) < 0x80) ++p;
      } else {
        const auto c = static_cast<unsigned char>(*p);
        const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        p += std::min<std::size_t>(n, static_cast<std::size_t>(end - p));
      }
    }
    in.bump(static_cast<std::size_t>(p - in.current()));
    return true;
  }
};
struct document : seq<star<scan_step>, eof> {};

}  // namespace cmlint::grammar

template <typename Name>
struct tao::pegtl::analyze_traits<Name, cmlint::grammar::scan_step> : analyze_any_traits<cmlint::grammar::fact> {};
