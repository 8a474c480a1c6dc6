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
#include <string_view>

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
//   std::size_t word_at(const char* begin, const char* end, bool& opens) const
// the bytes of the grammar::word at `begin` (0 if none) and whether a fact may start there, so
// that a word that opens no fact (most of them: digits, grammar/keywords.hpp and the type words
// of the data table open facts) costs one hash look-up, not ~80 tries. Looping here rather than
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
      bool opens;
      const std::size_t len = st.word_at(p, end, opens);
      if (opens) {
        in.bump(static_cast<std::size_t>(p - in.current()));
        const bool matched =
            *p >= '0' && *p <= '9' && only_number_fact_at(p, end)
                ? tao::pegtl::match<number_fact, A, rewind_mode::required, Action, Control>(in, st, rest...)
                : tao::pegtl::match<fact, A, rewind_mode::required, Action, Control>(in, st, rest...);
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
