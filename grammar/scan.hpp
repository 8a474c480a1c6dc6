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
        if (tao::pegtl::match<fact, A, rewind_mode::required, Action, Control>(in, st, rest...)) return true;
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
