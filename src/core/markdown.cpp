#include "markdown.hpp"

#include "strings.hpp"

#include <algorithm>
#include <cctype>

namespace cmlint {

namespace {

void blank(std::string& out, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e && i < out.size(); ++i)
    if (out[i] != '\n' && out[i] != '\r') out[i] = ' ';
}

// A fence line: up to three spaces, then at least three ` or ~. Returns the run (char, length).
bool fence(std::string_view line, char& ch, std::size_t& len) {
  std::size_t i = 0;
  while (i < line.size() && i < 3 && line[i] == ' ') ++i;
  if (i >= line.size() || (line[i] != '`' && line[i] != '~')) return false;
  const char c = line[i];
  std::size_t j = i;
  while (j < line.size() && line[j] == c) ++j;
  if (j - i < 3) return false;
  ch = c;
  len = j - i;
  return true;
}

std::size_t paragraph_end(std::string_view s, std::size_t from) {
  const auto p = s.find("\n\n", from);
  const auto q = s.find("\n\r\n", from);
  return std::min(p == std::string_view::npos ? s.size() : p, q == std::string_view::npos ? s.size() : q);
}

bool url_char(char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '<' && c != '>' && c != ')'; }

}  // namespace

bool is_markdown_path(std::string_view path) {
  return ends_with_ci(path, ".md") || ends_with_ci(path, ".markdown");
}

std::string mask_markdown(std::string_view md) {
  std::string out(md);
  // 0. Front matter: a YAML block between "---" lines at the very start (metadata, not prose).
  std::size_t start = 0;
  if (md.substr(0, 4) == "---\n" || md.substr(0, 5) == "---\r\n") {
    for (std::size_t i = md.find('\n') + 1; i < md.size();) {
      const std::size_t eol = std::min(md.find('\n', i), md.size());
      std::string_view line = md.substr(i, eol - i);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line == "---" || line == "...") {
        blank(out, 0, eol);
        start = eol + 1;
        break;
      }
      i = eol + 1;
    }
  }
  // 1. Line by line: fenced code blocks (fences included) and reference definitions.
  bool in_fence = false;
  char fence_ch = 0;
  std::size_t fence_len = 0;
  for (std::size_t i = start; i < md.size();) {
    const std::size_t eol = std::min(md.find('\n', i), md.size());
    const std::string_view line = md.substr(i, eol - i);
    char ch;
    std::size_t len;
    if (in_fence) {
      // A closing fence: the same character, at least as long, nothing after it.
      if (fence(line, ch, len) && ch == fence_ch && len >= fence_len &&
          line.find_first_not_of(std::string(1, ch) + " \t\r", line.find(ch)) == std::string_view::npos)
        in_fence = false;
      blank(out, i, eol);
    } else if (fence(line, ch, len)) {
      in_fence = true;
      fence_ch = ch;
      fence_len = len;
      blank(out, i, eol);
    } else {  // [label]: target "title"
      std::size_t k = 0;
      while (k < line.size() && k < 3 && line[k] == ' ') ++k;
      const auto close = line.find("]:", k);
      if (k < line.size() && line[k] == '[' && close != std::string_view::npos && line.find(']', k) == close)
        blank(out, i + close + 2, eol);
    }
    i = eol + 1;
  }
  // 2. HTML comments; a cmlint directive inside one keeps its text.
  for (std::size_t j = out.find("<!--"); j != std::string::npos; j = out.find("<!--", j)) {
    const auto close = out.find("-->", j + 4);
    const std::size_t end = close == std::string::npos ? out.size() : close + 3;
    const std::size_t body = out.find_first_not_of(" \t", j + 4);
    if (close != std::string::npos && body != std::string::npos && out.compare(body, 7, "cmlint:") == 0) {
      blank(out, j, j + 4);
      blank(out, close, end);
    } else {
      blank(out, j, end);
    }
    j = end;
  }
  // 3. Code spans: a run of n backticks closed by a run of exactly n, within the paragraph.
  for (std::size_t j = 0; j < out.size();) {
    if (out[j] == '\\') {
      j += 2;
      continue;
    }
    if (out[j] != '`') {
      ++j;
      continue;
    }
    std::size_t n = j;
    while (n < out.size() && out[n] == '`') ++n;
    const std::size_t run = n - j, stop = paragraph_end(out, n);
    std::size_t k = n;
    bool closed = false;
    while (!closed) {
      const auto b = out.find('`', k);
      if (b == std::string::npos || b >= stop) break;
      std::size_t e = b;
      while (e < out.size() && out[e] == '`') ++e;
      if (e - b == run) {
        blank(out, j, e);
        closed = true;
      }
      k = e;
    }
    j = closed ? k : n;
  }
  // 4. Link and image targets "](…)", autolinks "<https://…>", bare URLs.
  for (std::size_t j = 0; j < out.size(); ++j) {
    if (out[j] == ']' && j + 1 < out.size() && out[j + 1] == '(') {
      std::size_t k = j + 2;
      int depth = 1;
      while (k < out.size() && out[k] != '\n' && depth > 0) {
        if (out[k] == '\\') ++k;
        else if (out[k] == '(') ++depth;
        else if (out[k] == ')') --depth;
        ++k;
      }
      if (depth == 0) {
        blank(out, j + 1, k);
        j = k - 1;
      }
    } else if (out[j] == '<') {
      const auto close = out.find_first_of(">\n ", j + 1);
      if (close != std::string::npos && out[close] == '>') {
        const std::string_view inner = std::string_view(out).substr(j + 1, close - j - 1);
        if (inner.find("://") != std::string_view::npos || inner.find('@') != std::string_view::npos) {
          blank(out, j, close + 1);
          j = close;
          continue;
        }
      }
      // An HTML tag (<br>, </b>, <img src="…" width="31">): the tag, not what it encloses.
      const bool tag_start = j + 1 < out.size() && (std::isalpha(static_cast<unsigned char>(out[j + 1])) ||
                                                    (out[j + 1] == '/' && j + 2 < out.size() &&
                                                     std::isalpha(static_cast<unsigned char>(out[j + 2]))));
      const auto end = out.find_first_of(">\n", j + 1);
      if (tag_start && end != std::string::npos && out[end] == '>') {
        blank(out, j, end + 1);
        j = end;
      }
    } else if (out.compare(j, 7, "http://") == 0 || out.compare(j, 8, "https://") == 0 || out.compare(j, 4, "www.") == 0) {
      std::size_t k = j;
      while (k < out.size() && url_char(out[k])) ++k;
      blank(out, j, k);
      j = k - 1;
    }
  }
  return out;
}

}  // namespace cmlint
