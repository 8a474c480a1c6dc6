// Shared by the text-hygiene rules (CM401–CM411): UTF-8 stepping, paragraphs,
// comma-separated options, the Vietnamese syllable check and the data tables
// of rules/hygiene.toml and rules/legacy_encodings.toml.
#pragma once
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "../../core/facts.hpp"
#include "char_table.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cmlint {
struct Document;  // src/rules/rule.hpp
}

namespace cmlint::hygiene {

// The text the rules see is valid UTF-8 (the loader reports anything else as CM001 and checks no
// further; NFC and the Markdown masking keep it valid). The byte-level fast paths of the rules rely on
// it: a lead byte starts a character, a continuation byte is never a letter, no character spans a line end.

struct Cp {
  char32_t c = 0;
  std::uint32_t len = 1;
};
// The code point at byte i of valid UTF-8 (len 1 and U+FFFD on a stray byte).
inline Cp decode(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return {b, 1};
  const std::uint32_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (len == 1 || i + len > s.size()) return {0xFFFD, 1};
  char32_t c = b & (0x3F >> (len - 1));
  for (std::uint32_t k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return {c, len};
}
// The code point ending just before byte i (0 at the start).
inline Cp decode_before(std::string_view s, std::size_t i) {
  if (i == 0) return {0, 0};
  std::size_t j = i - 1;
  if (static_cast<unsigned char>(s[j]) < 0x80) return {static_cast<unsigned char>(s[j]), 1};
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80 && i - j < 4) --j;
  return decode(s, j);
}
void append_utf8(std::string& out, char32_t c);

// Character classes; code points below U+2000 come from a table computed with ICU at build time
// (char_table.hpp).
inline const CharInfo* char_table() { return kCharTable; }  // kTableEnd entries
bool is_letter_slow(char32_t c);
bool is_upper_slow(char32_t c);
bool is_latin_slow(char32_t c);
bool is_mark_slow(char32_t c);

inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return c < kTableEnd ? (char_table()[c].flags & kLetter) != 0 : is_letter_slow(c);
}
inline bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return c < kTableEnd ? (char_table()[c].flags & kUpper) != 0 : is_upper_slow(c);
}
inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_mark(char32_t c) {
  if (c < 0x300) return false;
  return c < kTableEnd ? (char_table()[c].flags & kMark) != 0 : is_mark_slow(c);
}
// Latin script letter (including Vietnamese letters).
inline bool is_latin(char32_t c) {
  if (c < 0x80) return is_letter(c);
  return c < kTableEnd ? (char_table()[c].flags & kLatin) != 0 : is_latin_slow(c);
}

// The first offset k in [i, end) where t[k] is one of the bytes Cs, or end; sixteen bytes at a time
// where SSE2 is available.
template <unsigned char... Cs>
std::size_t skip_until(std::string_view t, std::size_t i, std::size_t end) {
#if defined(__SSE2__)
  for (; i + 16 <= end; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
    __m128i m = _mm_setzero_si128();
    ((m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(Cs))))), ...);
    if (const int bits = _mm_movemask_epi8(m); bits != 0) return i + static_cast<std::size_t>(__builtin_ctz(bits));
  }
#endif
  for (; i < end; ++i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (((c == Cs) || ...)) return i;
  }
  return end;
}

// The offset of the start of the line holding byte i (just after the previous '\n', or 0).
inline std::size_t line_start(std::string_view t, std::size_t i) {
  const void* p = i == 0 ? nullptr : ::memrchr(t.data(), '\n', i);
  return p == nullptr ? 0 : static_cast<std::size_t>(static_cast<const char*>(p) - t.data()) + 1;
}

// Paragraphs: runs of lines separated by lines that are empty or blank.
std::vector<Span> paragraphs(std::string_view text);

// Whether the second byte of a character C3 xx is that of a Vietnamese letter (À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ
// Ù Ú Ý and their lower case).
inline bool viet_c3(unsigned char n) {
  // n & 0x1F of those: 00–03, 08–0A, 0C–0D, 12–15, 19, 1A, 1D (upper and lower case share it).
  return (n & 0xC0) == 0x80 && ((0x263C370Fu >> (n & 0x1F)) & 1) != 0;
}

// The offsets of the bytes that are rare in Vietnamese text and that some rule looks at: controls other
// than LF and CR; '"' ( ) [ ] DEL; lead bytes from C0 up except C3, C4, C6 and E1 (the Vietnamese
// letters); C3 before a byte that is not a Vietnamese letter's (viet_c3); C6 89 (Ɖ) and C6 92 (ƒ).
// Each rule still tests the bytes it wants: the list only spares it a pass over the rest.
std::vector<std::uint32_t> rare_marks(std::string_view text);

// What several text-hygiene rules need of one document, computed once and shared through the
// Document (its hygiene_model), on first use.
class TextModel {
 public:
  explicit TextModel(std::string_view text) : text_(text) {}
  const std::vector<Span>& paragraphs() {
    if (!paragraphs_) paragraphs_ = hygiene::paragraphs(text_);
    return *paragraphs_;
  }
  // The offsets, in order, of every byte that quote-balance, bracket-balance, invisible-char, homoglyph
  // and legacy-encoding may look at (one pass over the text for the five; see rare_marks).
  const std::vector<std::uint32_t>& marks() {
    if (!marks_) marks_ = rare_marks(text_);
    return *marks_;
  }

 private:
  std::string_view text_;
  std::optional<std::vector<Span>> paragraphs_;
  std::optional<std::vector<std::uint32_t>> marks_;
};
// The document's model, made on the first call.
TextModel& model(const Document& doc);

// Walks a document's marks (TextModel::marks) in order, for a rule that wants some of their bytes.
class MarkCursor {
 public:
  MarkCursor(std::string_view t, const std::vector<std::uint32_t>& marks) : t_(t), marks_(marks) {}
  // The first mark in [from, end) whose byte satisfies want, or end. `from` never decreases from one
  // call to the next, and every call of a cursor passes the same want.
  template <typename Want>
  std::size_t next(std::size_t from, std::size_t end, Want want) {
    while (k_ < marks_.size() && marks_[k_] < from) ++k_;
    for (; k_ < marks_.size() && marks_[k_] < end; ++k_)
      if (want(static_cast<unsigned char>(t_[marks_[k_]]))) return marks_[k_];
    return end;
  }

 private:
  std::string_view t_;
  const std::vector<std::uint32_t>& marks_;
  std::size_t k_ = 0;
};


// Whether a word (letters only, any case, NFC) is one Vietnamese syllable:
// onset + vowel nucleus + coda, at most one tone mark.
bool vietnamese_syllable(std::string_view word);

struct Data {
  std::unordered_map<char32_t, std::string> confusables;
  std::set<std::string, std::less<>> known_abbreviations;
  std::vector<std::string> definition_markers;
  std::vector<std::string> admin_nouns, admin_exceptions, admin_organisations;
  std::unordered_map<char32_t, unsigned char> cp1252;  // code point -> byte, for 0x80–0x9F
  std::map<std::string, std::string, std::less<>> tcvn3, vni;  // legacy sequence -> letter
};
const Data& data();

// quote-balance and bracket-balance: a closer meets the innermost opener `want` on `stack`, else on
// `pending` (openers of the last paragraphs, cut by a page break). The openers above it are left
// unclosed: each is passed to `unclosed`, then they are dropped with it. False when neither holds one.
template <typename Opener, typename Mark, typename Unclosed>
bool close_innermost(std::vector<Opener>& stack, std::vector<Opener>& pending, Mark want, Unclosed unclosed) {
  for (std::vector<Opener>* v : {&stack, &pending}) {
    std::size_t k = v->size();
    while (k > 0 && (*v)[k - 1].mark != want) --k;
    if (k == 0) continue;
    for (std::size_t m = k; m < v->size(); ++m) unclosed((*v)[m]);
    v->resize(k - 1);
    return true;
  }
  return false;
}

}  // namespace cmlint::hygiene
