// Byte searches shared by the structure rules (CM502 crossref-unresolved, CM509 self-reference-type).
#pragma once
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cmlint::structure_scan {

// The first occurrence of `needle` in text at or after `from`, or npos (as std::string_view::find).
// Candidate positions are tested sixteen at a time on two bytes of the needle, needle[a] and needle[b]
// (a < b < needle.size(), chosen rare), and only those that pass are compared in full: a search for
// " này" no longer stops at every blank, nor hashes every window as memmem does.
inline std::size_t find_filtered(std::string_view text, std::size_t from, std::string_view needle, std::size_t a,
                                 std::size_t b) {
  const std::size_t n = needle.size();
  if (from > text.size() || text.size() - from < n) return std::string_view::npos;
  const std::size_t last = text.size() - n;  // the last possible start
  const char* d = text.data();
  std::size_t i = from;
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(needle[a]), vb = _mm_set1_epi8(needle[b]);
  // The loads read d[i + b, i + b + 16), within the text while i + 15 <= last.
  for (; i + 15 <= last; i += 16) {
    const __m128i ca = _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(d + i + a)), va);
    const __m128i cb = _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(d + i + b)), vb);
    for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(ca, cb))); mask != 0; mask &= mask - 1) {
      const std::size_t k = i + static_cast<std::size_t>(__builtin_ctz(mask));
      if (std::memcmp(d + k, needle.data(), n) == 0) return k;
    }
  }
#endif
  for (; i <= last; ++i)
    if (d[i + a] == needle[a] && d[i + b] == needle[b] && std::memcmp(d + i, needle.data(), n) == 0) return i;
  return std::string_view::npos;
}

// inside_inline_quote(text, pos) of structure.hpp, asked at ascending positions: the scan of the current
// line is kept, so that several positions on one long line read it once, and the line start is found
// with memrchr instead of a byte loop. Same result for any order (a position before the last one
// asked starts over from the beginning of the text).
class InlineQuotes {
 public:
  explicit InlineQuotes(std::string_view text) : t_(text) {}

  bool at(std::size_t pos) {
    if (pos < done_) {
      done_ = 0;
      curly_ = 0;
      straight_ = false;
    }
    // A line break in [done_, pos): the scan starts over after the last one.
    if (const char* nl = last_newline(t_.data() + done_, pos - done_)) {
      done_ = static_cast<std::size_t>(nl - t_.data()) + 1;
      curly_ = 0;
      straight_ = false;
    }
    for (; done_ < pos; ++done_) {
      const char c = t_[done_];
      if (c == '"') straight_ = !straight_;
      else if (c == '\xE2' && done_ + 2 < t_.size() && t_[done_ + 1] == '\x80') {
        const char k = t_[done_ + 2];
        if (k == '\x9C' || k == '\x9E' || k == '\x9F') ++curly_;  // “ „ ‟ open, ” closes
        else if (k == '\x9D' && curly_ > 0) --curly_;
      }
    }
    return curly_ > 0 || straight_;
  }

 private:
  static const char* last_newline(const char* p, std::size_t n) {
#if defined(__GLIBC__)
    return static_cast<const char*>(::memrchr(p, '\n', n));
#else
    while (n > 0)
      if (p[--n] == '\n') return p + n;
    return nullptr;
#endif
  }

  std::string_view t_;
  std::size_t done_ = 0;  // the line's bytes before done_ are scanned
  int curly_ = 0;
  bool straight_ = false;
};

}  // namespace cmlint::structure_scan
