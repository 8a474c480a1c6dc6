#include "ignore.hpp"

#include <fstream>

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

void IgnoreRules::add_file(const std::filesystem::path& file) {
  std::ifstream f(file, std::ios::binary);
  if (!f) return;
  const auto base = file.parent_path();
  std::string line;
  while (std::getline(f, line)) add_pattern(line, base);
}

void IgnoreRules::add_pattern(std::string_view line, const std::filesystem::path& base) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  // Trailing spaces are dropped unless escaped.
  while (!line.empty() && line.back() == ' ' && !(line.size() >= 2 && line[line.size() - 2] == '\\'))
    line.remove_suffix(1);
  if (line.empty() || line.front() == '#') return;
  Pattern p;
  if (line.front() == '!') {
    p.negate = true;
    line.remove_prefix(1);
  } else if (line.front() == '\\' && line.size() > 1 && (line[1] == '!' || line[1] == '#')) {
    line.remove_prefix(1);
  }
  if (!line.empty() && line.back() == '/') {
    p.dir_only = true;
    line.remove_suffix(1);
  }
  if (line.empty()) return;
  p.anchored = line.find('/') != std::string_view::npos;
  if (line.front() == '/') line.remove_prefix(1);
  p.glob = std::string(line);
  p.base = base.lexically_normal().generic_string();
  while (p.base.size() > 1 && p.base.back() == '/') p.base.pop_back();
  patterns_.push_back(std::move(p));
}

int IgnoreRules::match(const std::filesystem::path& path, bool is_dir) const {
  const std::string s = path.generic_string();
  for (auto it = patterns_.rbegin(); it != patterns_.rend(); ++it) {
    const Pattern& p = *it;
    if (p.dir_only && !is_dir) continue;
    const std::string prefix = p.base == "/" ? "/" : p.base + "/";
    if (s.size() <= prefix.size() || s.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string_view rel = std::string_view(s).substr(prefix.size());
    const std::string_view name = rel.substr(rel.rfind('/') == std::string_view::npos ? 0 : rel.rfind('/') + 1);
    if (p.anchored ? glob_match(p.glob, rel) : glob_match(p.glob, name)) return p.negate ? -1 : 1;
  }
  return 0;
}

bool IgnoreRules::ignored_with_parents(const std::filesystem::path& path, bool is_dir) const {
  // As git does: a file inside an ignored directory stays ignored whatever its own patterns say.
  std::vector<std::filesystem::path> chain;
  for (auto p = path; p.has_relative_path(); p = p.parent_path()) chain.push_back(p);
  for (std::size_t i = chain.size(); i-- > 0;)
    if (match(chain[i], i == 0 ? is_dir : true) > 0) return true;
  return false;
}

}  // namespace cmlint
