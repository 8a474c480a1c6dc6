// Small byte-level helpers over the NFC text: word characters (the same set
// as grammar/lexical.hpp word_char), blanks, clause and sentence ends.
#pragma once
#include <bit>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cmlint::numbers {

// The code point starting at s[i] and its length (1 for a malformed byte).
inline char32_t decode_at(std::string_view s, std::size_t i, std::size_t* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (i + n > s.size()) n = 1;
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *len = n;
  return cp;
}

inline bool is_word_cp(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x24F) ||
         (c >= 0x300 && c <= 0x36F) || (c >= 0x370 && c <= 0x4FF) || (c >= 0x1E00 && c <= 0x1EFF);
}

inline bool ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

inline bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

inline bool word_char_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return ascii_alnum(c);  // what decode_at and is_word_cp give for one ASCII byte
  std::size_t n = 0;
  return is_word_cp(decode_at(s, i, &n));
}

// Start of the code point that ends right before s[i].
inline std::size_t prev_cp(std::string_view s, std::size_t i) {
  std::size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80 && i - j < 4) --j;
  return j;
}

inline bool word_char_before(std::string_view s, std::size_t i) {
  if (i == 0) return false;
  const auto c = static_cast<unsigned char>(s[i - 1]);
  if (c < 0x80) return ascii_alnum(c);  // an ASCII byte is a code point of its own: prev_cp(s, i) == i - 1
  return word_char_at(s, prev_cp(s, i));
}

// The ASCII digits of a text, found 64 bytes at a time: next(i) is the offset of the first digit at
// or after i, or the text's size. Keeps the bit mask of the last 64-byte block it read, so that
// ascending calls read each block once (with SSE2: four 16-byte compares per block).
class DigitScan {
 public:
  explicit DigitScan(std::string_view s) : s_(s) {}

  std::size_t next(std::size_t i) {
    const std::size_t n = s_.size();
    if (i >= n) return n;
    std::size_t block = i & ~std::size_t{63};
    if (block != block_) load(block);
    std::uint64_t bits = bits_ & (~std::uint64_t{0} << (i & 63));
    while (bits == 0) {
      block += 64;
      if (block >= n) return n;
      load(block);
      bits = bits_;
    }
    return block + static_cast<std::size_t>(std::countr_zero(bits));
  }

 private:
  // Bit k of bits_: s_[block + k] is a digit (0 past the end).
  void load(std::size_t block) {
    block_ = block;
    const char* p = s_.data() + block;
    std::uint64_t bits = 0;
    if (block + 64 <= s_.size()) {
#if defined(__SSE2__)
      // d = byte − '0' (mod 256) is a digit's value iff d ≤ 9 unsigned, that is min(d, 9) == d.
      const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);
      for (int k = 0; k < 4; ++k) {
        const __m128i d = _mm_sub_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k)), zero);
        const auto m = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d, nine), d)));
        bits |= std::uint64_t{m} << (16 * k);
      }
      bits_ = bits;
      return;
#endif
    }
    const std::size_t len = s_.size() - block < 64 ? s_.size() - block : 64;
    for (std::size_t k = 0; k < len; ++k) bits |= std::uint64_t{ascii_digit(p[k])} << k;
    bits_ = bits;
  }

  std::string_view s_;
  std::size_t block_ = SIZE_MAX;
  std::uint64_t bits_ = 0;
};

// Length of a blank (space, tab, NBSP, U+202F) at s[i], or 0.
inline std::size_t blank_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  const char c = s[i];
  if (c == ' ' || c == '\t') return 1;
  if (c == '\xC2') return i + 1 < s.size() && s[i + 1] == '\xA0' ? 2 : 0;
  if (c == '\xE2') return i + 2 < s.size() && s[i + 1] == '\x80' && s[i + 2] == '\xAF' ? 3 : 0;
  return 0;
}

inline std::size_t skip_blanks(std::string_view s, std::size_t i) {
  while (std::size_t n = blank_at(s, i)) i += n;
  return i;
}

inline std::size_t skip_blanks_back(std::string_view s, std::size_t i) {
  while (i > 0) {
    const char c = s[i - 1];
    if (c == ' ' || c == '\t') --i;
    else if (c == '\xA0' && i >= 2 && s[i - 2] == '\xC2') i -= 2;
    else if (c == '\xAF' && i >= 3 && s[i - 2] == '\x80' && s[i - 3] == '\xE2') i -= 3;
    else break;
  }
  return i;
}

// True when a blank (what grammar::sp matches) ends right before s[i].
inline bool blank_before(std::string_view s, std::size_t i) { return skip_blanks_back(s, i) < i; }

// Start of the word that ends at or before i (after skipping blanks back), or npos.
// Commas, colons and parentheses between the words are skipped too.
inline std::size_t prev_word_start(std::string_view s, std::size_t i) {
  i = skip_blanks_back(s, i);
  while (i > 0 && (s[i - 1] == ',' || s[i - 1] == '(' || s[i - 1] == ':')) i = skip_blanks_back(s, i - 1);
  // Back over the word one code point at a time: `while (word_char_before(s, i)) i = prev_cp(s, i);`
  // with the code point before i found once per step.
  const std::size_t end = i;
  while (i > 0) {
    const auto c = static_cast<unsigned char>(s[i - 1]);
    std::size_t j = i - 1;
    if (c < 0x80) {
      if (!ascii_alnum(c)) break;
    } else {
      j = prev_cp(s, i);
      if (!word_char_at(s, j)) break;
    }
    i = j;
  }
  return i == end ? std::string_view::npos : i;
}

// A line break inside a sentence (text extracted from PDF wraps lines): the line
// before does not end with punctuation and the next one starts with a lower-case
// letter or a digit.
inline bool soft_break_at(std::string_view s, std::size_t i) {
  if (s[i] != '\n') return false;
  std::size_t b = i;
  if (b > 0 && s[b - 1] == '\r') --b;
  b = skip_blanks_back(s, b);
  if (b == 0) return false;
  const char last = s[b - 1];
  if (last == '.' || last == ';' || last == ':' || last == '!' || last == '?' || last == '\n') return false;
  const std::size_t n = skip_blanks(s, i + 1);
  if (n >= s.size()) return false;
  const auto c = static_cast<unsigned char>(s[n]);
  if (c >= '0' && c <= '9') return true;
  if (c >= 'a' && c <= 'z') return true;
  std::size_t len = 0;
  const char32_t cp = decode_at(s, n, &len);
  // Lower-case Vietnamese letters: Latin-1 à-ỹ ranges (upper-case forms are the even code points in U+1EA0-1EF9).
  if (cp >= 0xE0 && cp <= 0xFF) return true;
  if (cp == 0x111 || cp == 0x103 || cp == 0x129 || cp == 0x169 || cp == 0x1A1 || cp == 0x1B0) return true;
  return cp >= 0x1EA0 && cp <= 0x1EF9 && (cp % 2) == 1;
}

// A sentence or clause ends at ';', '?', '!', a line break, or a '.' or ':'
// that is not inside a number ("12.898", "8:30").
inline bool ends_clause_at(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (c == '\n') return !soft_break_at(s, i);
  if (c == '\r') return !(i + 1 < s.size() && s[i + 1] == '\n');
  if (c == ';' || c == '?' || c == '!') return true;
  if (c == '.' || c == ':') {
    const bool digit_after = i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9';
    return !digit_after;
  }
  return false;
}

// Same, but ';' and ':' do not end a sentence.
inline bool ends_sentence_at(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (c == '\n') return !soft_break_at(s, i);
  if (c == '\r') return !(i + 1 < s.size() && s[i + 1] == '\n');
  if (c == '?' || c == '!') return true;
  if (c == '.') return !(i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9');
  return false;
}

// True when s[b, e) holds no clause end.
inline bool same_clause(std::string_view s, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e && i < s.size(); ++i)
    if (ends_clause_at(s, i)) return false;
  return true;
}

}  // namespace cmlint::numbers
