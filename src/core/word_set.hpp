// A small set of words for the scan's gate: is this the first word of some
// keyword or type word? A 4096-bit filter on the hash, then open hashing; no
// allocation on look-up.
#pragma once
#include <algorithm>
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
    index(static_cast<std::uint32_t>(words_.size() - 1));
  }
  bool contains(std::string_view w) const { return contains(w, hash(w)); }
  // `h` is hash(w), e.g. from the scan's word walk: a word that is no member (most of
  // them) costs one bit test.
  bool contains(std::string_view w, std::uint32_t h) const { return find(w, h) >= 0; }
  // The member's index (order of first add, from 0), or -1.
  int find(std::string_view w) const { return find(w, hash(w)); }
  int find(std::string_view w, std::uint32_t h) const {
    if (!in(filter_, h)) return -1;
    for (std::uint32_t i : buckets_[h & (kBuckets - 1)])
      if (words_[i] == w) return static_cast<int>(i);
    return -1;
  }
  const std::vector<std::string>& words() const { return words_; }
  void clear() {
    words_.clear();
    for (auto& b : buckets_) b.clear();
    filter_ = {};
  }

  // One bit per value of the hash's top 12 bits, set for the hash of each member: the
  // filters of several sets OR-ed make one test for a word in none of them.
  using Filter = std::array<std::uint64_t, 64>;
  const Filter& filter() const { return filter_; }
  static bool in(const Filter& f, std::uint32_t h) { return (f[h >> 26] >> (h >> 20 & 63) & 1) != 0; }

  // Byte length of the word at `b`: the characters of grammar::word_char (ASCII letters
  // and digits, Latin-1 and Latin Extended letters, combining marks, Greek, Cyrillic,
  // Vietnamese), decided on the UTF-8 bytes without decoding. Input is valid UTF-8.
  static std::size_t word_length(const char* b, const char* e) {
    std::uint32_t unused;
    return walk<false>(b, e, unused);
  }
  // The same, and hash() of the word in the same pass.
  static std::size_t word_length(const char* b, const char* e, std::uint32_t& h) { return walk<true>(b, e, h); }

  // FNV-1a over the characters, each taken as one value of its UTF-8 bytes (1 to 4).
  static std::uint32_t hash(std::string_view w) {
    std::uint32_t h = kBasis;
    for (std::size_t i = 0; i < w.size();) {
      const auto c = static_cast<unsigned char>(w[i]);
      const std::size_t n = std::min<std::size_t>(c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4, w.size() - i);
      std::uint32_t v = 0;
      for (std::size_t j = 0; j < n; ++j) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(w[i + j])) << 8 * j;
      h = mix(h, v);
      i += n;
    }
    return h;
  }

 private:
  static constexpr std::size_t kBuckets = 512;
  static constexpr std::uint32_t kBasis = 2166136261u;
  static std::uint32_t mix(std::uint32_t h, std::uint32_t v) { return (h ^ v) * 16777619u; }

  template <bool Hash>
  static std::size_t walk(const char* b, const char* e, std::uint32_t& h) {
    const auto* p = reinterpret_cast<const unsigned char*>(b);
    const auto* end = reinterpret_cast<const unsigned char*>(e);
    std::uint32_t x = kBasis;
    while (p < end) {
      const unsigned k = kWordByte[*p];
      if (k == 1) {  // ASCII letter or digit
        if constexpr (Hash) x = mix(x, *p);
        ++p;
        continue;
      }
      if (k == 0 || end - p < (k & 7)) break;
      const unsigned c = *p, c1 = p[1];
      if (k & 0x80) {  // lead byte whose second byte decides
        if (c == 0xC3 ? (c1 == 0x97 || c1 == 0xB7)   // × ÷
            : c == 0xC9 ? c1 > 0x8F                  // past U+024F
                        : (c1 < 0xB8 || c1 > 0xBB))  // E1: only U+1E00–1EFF
          break;
      }
      if constexpr (Hash) x = mix(x, (k & 7) == 2 ? c | c1 << 8 : c | c1 << 8 | static_cast<unsigned>(p[2]) << 16);
      p += k & 7;
    }
    h = x;
    return static_cast<std::size_t>(reinterpret_cast<const char*>(p) - b);
  }

  void index(std::uint32_t i) {
    const std::uint32_t h = hash(words_[i]);
    buckets_[h & (kBuckets - 1)].push_back(i);
    filter_[h >> 26] |= std::uint64_t{1} << (h >> 20 & 63);
  }
  Filter filter_{};
  std::vector<std::string> words_;
  std::array<std::vector<std::uint32_t>, kBuckets> buckets_{};
};

}  // namespace cmlint
