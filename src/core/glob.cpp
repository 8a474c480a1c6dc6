#include "glob.hpp"

namespace cmlint {

namespace {

std::size_t utf8_len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

// [...] at glob[gi] against one character of s at si; advances both on a match.
bool match_class(std::string_view g, std::size_t& gi, std::string_view s, std::size_t& si) {
  std::size_t i = gi + 1;
  const bool neg = i < g.size() && (g[i] == '!' || g[i] == '^');
  if (neg) ++i;
  const auto c = static_cast<unsigned char>(s[si]);
  bool hit = false, first = true;
  for (; i < g.size() && (first || g[i] != ']'); first = false) {
    unsigned char lo = static_cast<unsigned char>(g[i]);
    if (lo == '\\' && i + 1 < g.size()) lo = static_cast<unsigned char>(g[++i]);
    ++i;
    unsigned char hi = lo;
    if (i + 1 < g.size() && g[i] == '-' && g[i + 1] != ']') {
      hi = static_cast<unsigned char>(g[i + 1]);
      i += 2;
    }
    hit = hit || (c >= lo && c <= hi);
  }
  if (i >= g.size()) return false;  // unterminated: no match
  if (hit == neg || c == '/') return false;
  gi = i + 1;
  si += 1;
  return true;
}

bool match_from(std::string_view g, std::size_t gi, std::string_view s, std::size_t si) {
  while (gi < g.size()) {
    const char c = g[gi];
    if (c == '*') {
      if (gi + 1 < g.size() && g[gi + 1] == '*') {
        std::size_t k = gi;
        while (k < g.size() && g[k] == '*') ++k;
        if (k < g.size() && g[k] == '/') {  // "**/": zero or more whole directories
          for (std::size_t j = si; j <= s.size(); ++j)
            if ((j == si || s[j - 1] == '/') && match_from(g, k + 1, s, j)) return true;
          return false;
        }
        for (std::size_t j = si; j <= s.size(); ++j)  // "**" elsewhere: anything, '/' included
          if (match_from(g, k, s, j)) return true;
        return false;
      }
      for (std::size_t j = si;; ++j) {
        if (match_from(g, gi + 1, s, j)) return true;
        if (j >= s.size() || s[j] == '/') return false;
      }
    }
    if (si >= s.size()) return false;
    if (c == '?') {
      if (s[si] == '/') return false;
      si += utf8_len(static_cast<unsigned char>(s[si]));
      ++gi;
    } else if (c == '[') {
      if (!match_class(g, gi, s, si)) return false;
    } else {
      char lit = c;
      if (c == '\\' && gi + 1 < g.size()) lit = g[++gi];
      if (s[si] != lit) return false;
      ++gi;
      ++si;
    }
  }
  return si == s.size();
}

}  // namespace

bool glob_match(std::string_view glob, std::string_view path) { return match_from(glob, 0, path, 0); }

}  // namespace cmlint
