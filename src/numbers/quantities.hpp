// Quantities: numbers with what they count and how exact they are, read in
// one linear pass from the scan's number and percentage facts plus small
// PEGTL parses of the words around each one (grammar/quantities.hpp). The
// vocabulary is rules/numbers.toml.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "../../grammar/quantities.hpp"
#include "core/decimal.hpp"
#include "core/facts.hpp"
#include "textutil.hpp"
#include "vocabulary.hpp"

namespace cmlint {
struct Document;
}

namespace cmlint::numbers {

using i128 = __int128;

// A number as a quantity: "41 đảng bộ", "6,8 tỷ đồng", "khoảng 200 người".
struct Quantity {
  Span span;            // the digits
  Span phrase;          // the digits through the end of the unit phrase
  Span unit;            // the unit noun and the words after it (may be empty)
  Span scale_span;      // the scale word, if any
  Decimal value;
  // Small fields, small types: a 200 MB draft holds ~1.7 million quantities (8 bytes each count).
  std::int16_t unit_id = -1;  // the unit noun (rules/numbers.toml), -1 when unknown
  std::int8_t scale = 0;      // power of ten of the scale word (at most 12: nghìn tỷ)
  std::int8_t kind = -1;      // the unit noun's kind
  bool hedged = false;        // khoảng, hơn, từ … or a range "3-5"
  bool label = false;         // "Điều 5", "năm 2025": not a quantity
  bool exact = false;         // a count: integer, no scale word, no hedge, not a measurement

  // Power of ten of the last written digit.
  int exponent() const { return scale - value.decimals; }
  // Closed interval of the true value, in half-units of 10^exponent() (§6.1).
  i128 lo() const { return 2 * static_cast<i128>(value.mantissa) - (exact ? 0 : 1); }
  i128 hi() const { return 2 * static_cast<i128>(value.mantissa) + (exact ? 0 : 1); }
  // Usable in a sum or a comparison: a known unit, not a label, not hedged.
  bool comparable() const { return !label && !hedged && unit_id >= 0; }
};

static_assert(sizeof(Quantity) <= 56);

// A percentage with what precedes it.
struct Percent {
  Span span;
  Decimal value;
  bool hedged = false;
  bool broken = false;  // the tail of an English-style decimal: the "1%" of "40.1%"
};

struct Quantities {
  std::vector<Quantity> items;   // in text order
  std::vector<Percent> percents; // in text order
};

// `with_items` false: only the percentages (cheap; rules that need numbers ask again).
Quantities extract_quantities(const Document& doc, const Vocabulary& vocab, bool with_items = true);
// Its two halves: Quantities::items and Quantities::percents.
std::vector<Quantity> extract_items(const Document& doc, const Vocabulary& vocab);
std::vector<Percent> extract_percents(const Document& doc, const Vocabulary& vocab);

// The input of those small parses: its source name a `const char*`, not the default std::string
// built for every parse (the name is only for error messages, which these parses never make).
using Input = tao::pegtl::memory_input<tao::pegtl::tracking_mode::lazy, tao::pegtl::eol::lf_crlf, const char*>;

// The parse state for grammar/quantities.hpp rules over `vocab`.
struct VocabState {
  const Vocabulary& vocab;
  int payload = -1;
  std::size_t match_vocab(grammar::vocab role, const char* b, const char* e) {
    return vocab.match(role, b, e, &payload);
  }
};

// Length of a match of Rule anchored at text[at], or npos.
template <typename Rule>
std::size_t match_at(std::string_view text, std::size_t at, const Vocabulary& vocab, int* payload = nullptr) {
  if (at > text.size()) return std::string_view::npos;
  namespace pegtl = tao::pegtl;
  Input in(text.data() + at, text.data() + text.size(), "");
  VocabState st{vocab};
  if (!pegtl::parse<Rule>(in, st)) return std::string_view::npos;
  if (payload != nullptr) *payload = st.payload;
  return static_cast<std::size_t>(in.current() - (text.data() + at));
}

// True when Rule matches all of text[start, at).
template <typename Rule>
bool matches_exactly(std::string_view text, std::size_t start, std::size_t at, const Vocabulary& vocab) {
  namespace pegtl = tao::pegtl;
  Input in(text.data() + start, text.data() + at, "");
  VocabState st{vocab};
  return pegtl::parse<pegtl::seq<Rule, pegtl::eof>>(in, st);
}

// The starts of the (at most `words`) words before text[at] that match_ending_at tries, nearest
// first, into starts[]; returns how many.
inline int word_starts_before(std::string_view text, std::size_t at, std::size_t* starts, int words) {
  int n = 0;
  for (std::size_t start = at; n < words; ++n) {
    start = prev_word_start(text, start);
    if (start == std::string_view::npos) break;
    starts[n] = start;
  }
  return n;
}

// Start of a match of Rule that ends exactly at text[at] and starts at one of
// the `words` word starts before it, or npos.
template <typename Rule>
std::size_t match_ending_at(std::string_view text, std::size_t at, const Vocabulary& vocab, int words = 3) {
  std::size_t start = at;
  for (int k = 0; k < words; ++k) {
    start = prev_word_start(text, start);
    if (start == std::string_view::npos) return start;
    if (matches_exactly<Rule>(text, start, at, vocab)) return start;
  }
  return std::string_view::npos;
}

// The same over word starts found beforehand by word_starts_before(text, at, starts, …).
template <typename Rule>
std::size_t match_ending_at(std::string_view text, std::size_t at, const Vocabulary& vocab, const std::size_t* starts,
                            int count) {
  for (int k = 0; k < count; ++k)
    if (matches_exactly<Rule>(text, starts[k], at, vocab)) return starts[k];
  return std::string_view::npos;
}

// v·10^from expressed at 10^to (to <= from); false on overflow.
bool rescale(i128& v, int from, int to);

// A decimal value m·10^-decimals in Vietnamese notation ("12.898", "6,8").
std::string format_vi(i128 mantissa, int decimals);

}  // namespace cmlint::numbers
