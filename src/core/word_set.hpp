// A small set of words for the scan's gate: is this the first word of some
// keyword or type word? Open hashing over the word's bytes; no allocation on
// look-up.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cmlint {

// kWordByte[b] for the first byte of a character: 0 not a word character, 1 ASCII letter or
// digit, else its UTF-8 length (| 0x80: the second byte decides). See word_length.
inline constexpr std::array<std::uint8_t, 256> kWordByte = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = 1;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 32] = 1;
  t[0xC3] = 0x82;                                 // U+00C0–00FF but × ÷
  for (int c = 0xC4; c <= 0xC8; ++c) t[c] = 2;    // U+0100–023F
  t[0xC9] = 0x82;                                 // … U+024F
  for (int c = 0xCC; c <= 0xD3; ++c) t[c] = 2;    // U+0300–04FF
  t[0xE1] = 0x83;                                 // U+1E00–1EFF
  return t;
}();

class WordSet {
 public:
  void add(std::string_view w) {
    if (w.empty() || contains(w)) return;
    words_.emplace_back(w);
    buckets_[hash(w) & (kBuckets - 1)].push_back(static_cast<std::uint32_t>(words_.size() - 1));
    shapes_[shape(w)] = true;
  }
  bool contains(std::string_view w) const {
    if (w.empty() || !shapes_[shape(w)]) return false;  // no word of this first byte and length
    for (std::uint32_t i : buckets_[hash(w) & (kBuckets - 1)])
      if (words_[i] == w) return true;
    return false;
  }
  void clear() {
    words_.clear();
    rebuild();
  }

  // Byte length of the word at `b`: the characters of grammar::word_char (ASCII letters
  // and digits, Latin-1 and Latin Extended letters, combining marks, Greek, Cyrillic,
  // Vietnamese), decided on the UTF-8 bytes without decoding. Input is valid UTF-8.
  static std::size_t word_length(const char* b, const char* e) {
    const auto* p = reinterpret_cast<const unsigned char*>(b);
    const auto* end = reinterpret_cast<const unsigned char*>(e);
    while (p < end) {
      const unsigned k = kWordByte[*p];
      if (k == 1) {  // ASCII letter or digit
        ++p;
        continue;
      }
      if (k == 0 || end - p < (k & 7)) break;
      if (k & 0x80) {  // lead byte whose second byte decides
        const unsigned c = *p, c1 = p[1];
        if (c == 0xC3 ? (c1 == 0x97 || c1 == 0xB7)   // × ÷
            : c == 0xC9 ? c1 > 0x8F                  // past U+024F
                        : (c1 < 0xB8 || c1 > 0xBB))  // E1: only U+1E00–1EFF
          break;
      }
      p += k & 7;
    }
    return static_cast<std::size_t>(reinterpret_cast<const char*>(p) - b);
  }

 private:
  static constexpr std::size_t kBuckets = 512;
  static std::uint32_t hash(std::string_view w) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : w) h = (h ^ c) * 16777619u;
    return h;
  }
  static std::size_t shape(std::string_view w) {
    return static_cast<std::size_t>(static_cast<unsigned char>(w[0])) << 5 | (w.size() & 31);
  }
  void rebuild() {
    for (auto& b : buckets_) b.clear();
    shapes_.assign(256 * 32, false);
    for (std::uint32_t i = 0; i < words_.size(); ++i) {
      buckets_[hash(words_[i]) & (kBuckets - 1)].push_back(i);
      shapes_[shape(words_[i])] = true;
    }
  }
  std::vector<bool> shapes_ = std::vector<bool>(256 * 32);
  std::vector<std::string> words_;
  std::array<std::vector<std::uint32_t>, kBuckets> buckets_{};
};

}  // namespace cmlint
