// CM408 duplicate-paragraph: a paragraph repeated in the document (copy-paste),
// compared with whitespace collapsed; one hash per paragraph.
#include <algorithm>
#include <cstring>
#include <functional>
#include <string_view>
#include <unordered_map>

#include "../rule.hpp"
#include "hygiene.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM408",
    "duplicate-paragraph",
    Severity::info,
    "Đoạn văn lặp lại nguyên văn trong văn bản",
    "Paragraph repeated word for word in the document",
    R"(## Quy tắc phát hiện gì
Một đoạn (các đoạn cách nhau bằng dòng trống; đoạn dài ít nhất `min-length` ký tự, mặc định 80) xuất hiện lại
nguyên văn ở chỗ khác trong văn bản, liền kề hoặc không, không kể khác biệt về khoảng trắng và xuống dòng.
Lần lặp được báo, kèm số dòng của lần xuất hiện đầu tiên.

## Vì sao
Đoạn lặp thường do sao chép, dán hai lần khi soạn thảo hoặc ghép văn bản, làm văn bản dài và khó hiểu.

## Ví dụ sai
    Giao Văn phòng Huyện ủy theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này và báo cáo kết quả.

    Giao Văn phòng Huyện ủy theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này và báo cáo kết quả.

## Ví dụ đúng
    Giao Văn phòng Huyện ủy theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này và báo cáo kết quả.
)",
    R"(## What it flags
A paragraph (paragraphs are separated by blank lines; at least `min-length` characters, 80 by default) that
appears again word for word elsewhere in the document, adjacent or not, ignoring differences in blanks and
line breaks. The repeat is reported with the line of the first occurrence.

## Why
A repeated paragraph is usually pasted twice while drafting or merging texts; it lengthens and confuses the
document.

## Bad
    Giao Văn phòng Huyện ủy theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này và báo cáo kết quả.

    Giao Văn phòng Huyện ủy theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này và báo cáo kết quả.

## Good
    Giao Văn phòng Huyện ủy theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này và báo cáo kết quả.
)",
    {{"min-length", OptionValue{std::int64_t{80}}, "Shortest paragraph checked, in characters (blanks collapsed)."}},
};

bool blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Running text, not a form, a heading or a table: mostly lower case, no dot leaders or blanks to fill in,
// at least eight words. Forms and headings repeat by design (annexes, page headers). Judged on the
// paragraph with its blanks collapsed (each run between two other characters one space, none at the
// ends), read from the raw bytes without building that string: the searched marks hold no blank, so
// they occur in the raw bytes exactly when they occur in the collapsed text.
struct Judgement {
  std::size_t chars = 0;  // characters of the collapsed text
  bool prose = false;
};
Judgement judge(std::string_view t, Span p) {
  Judgement j;
  const std::string_view s = t.substr(p.begin, p.end - p.begin);
  for (std::string_view f : {"..", "\u2026", "__", "|"})
    if (s.find(f) != std::string_view::npos) return j;  // not prose: never reported, whatever its length
  std::size_t up = 0, low = 0, words = 1;
  bool seen = false, run = false;  // a non-blank character before; a blank run since it
  for (std::size_t i = 0; i < s.size();) {
    if (blank(s[i])) {
      run = seen;
      ++i;
      continue;
    }
    if (run) {
      ++words;
      ++j.chars;
      run = false;
    }
    seen = true;
    const auto c = hygiene::decode(s, i);
    i += c.len;
    ++j.chars;
    if (!hygiene::is_letter(c.c)) continue;
    (hygiene::is_upper(c.c) ? up : low)++;
  }
  // A sentence: ends with a full stop or a semicolon.
  std::size_t e = s.size();
  while (e > 0 && (blank(s[e - 1]) || s[e - 1] == '"' || static_cast<unsigned char>(s[e - 1]) >= 0x80)) --e;
  const bool sentence = e > 0 && (s[e - 1] == '.' || s[e - 1] == ';');
  j.prose = sentence && words >= 8 && low >= 4 * up;
  return j;
}

// The bytes of a paragraph with its blanks collapsed, one at a time (-1 at the end), without building the string.
struct CollapsedBytes {
  std::string_view t;
  std::size_t i, end;
  bool space = false, started = false;
  int next() {
    while (i < end) {
      const char c = t[i];
      if (blank(c)) {
        space = started;
        ++i;
        continue;
      }
      if (space) {
        space = false;
        return ' ';
      }
      ++i;
      started = true;
      return static_cast<unsigned char>(c);
    }
    return -1;
  }
};

// Whether the paragraphs are the same with their blanks collapsed.
bool same_collapsed(std::string_view t, Span p, Span q) {
  CollapsedBytes a{t, p.begin, p.end}, b{t, q.begin, q.end};
  for (;;) {
    const int x = a.next();
    if (x != b.next()) return false;
    if (x < 0) return true;
  }
}

class DuplicateParagraph final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const std::string_view t = doc.text.view();
    const auto min_len = static_cast<std::size_t>(std::max<std::int64_t>(1, out.option_int("min-length")));
    // Paragraph text with blanks collapsed, hashed without copying; a repeat is confirmed by comparing.
    // The first paragraph of each key, and once a repeat of it was confirmed, whether its repeats are
    // reported (long enough, prose): that depends only on the collapsed text, the same for every
    // repeat, so a text pasted many times is judged once and its later copies cost one memcmp.
    struct First {
      Span span;
      enum : std::uint8_t { unjudged, reported, ignored } verdict = unjudged;
    };
    std::unordered_map<std::uint64_t, First> seen;
    for (const Span p : hygiene::model(doc).paragraphs()) {
      if (p.end - p.begin < min_len) continue;
      // Key: the first and the last 64 bytes that are not blanks (the last ones from the end); a repeat is
      // confirmed by comparing the whole paragraphs with blanks collapsed, so the scan stays linear and
      // cheap. The key bytes are gathered without branches, sixteen per test of the count (it may pass 64
      // then: the bytes past the 64th go to the slack or are overwritten, and the count is cut back), then
      // hashed eight at a time.
      char head_tail[128 + 16];
      std::size_t n = 0, m = 0;
      std::size_t i = p.begin;
      for (; i + 16 <= p.end && n < 64; i += 16)
        for (std::size_t k = 0; k < 16; ++k) {
          head_tail[n] = t[i + k];
          n += static_cast<unsigned char>(t[i + k]) > ' ';
        }
      for (; i < p.end && n < 64; ++i) {
        head_tail[n] = t[i];
        n += static_cast<unsigned char>(t[i]) > ' ';
      }
      n = std::min<std::size_t>(n, 64);
      char* tail = head_tail + n;
      i = p.end;
      for (; i >= p.begin + 16 && m < 64; i -= 16)
        for (std::size_t k = 1; k <= 16; ++k) {
          tail[m] = t[i - k];
          m += static_cast<unsigned char>(t[i - k]) > ' ';
        }
      for (; i > p.begin && m < 64; --i) {
        tail[m] = t[i - 1];
        m += static_cast<unsigned char>(t[i - 1]) > ' ';
      }
      m = std::min<std::size_t>(m, 64);
      const std::uint64_t h = std::hash<std::string_view>{}(std::string_view(head_tail, n + m));
      auto [it, fresh] = seen.try_emplace(h, First{p});
      if (fresh) continue;
      First& first = it->second;
      const Span f = first.span;
      const bool identical = f.end - f.begin == p.end - p.begin &&
                             std::memcmp(t.data() + f.begin, t.data() + p.begin, p.end - p.begin) == 0;
      if (!identical && !same_collapsed(t, p, f)) continue;
      if (first.verdict == First::unjudged) {
        const Judgement j = judge(t, p);
        first.verdict = j.chars >= min_len && j.prose ? First::reported : First::ignored;
      }
      if (first.verdict == First::ignored) continue;
      // Trim the trailing newline from the reported span.
      Span s = p;
      while (s.end > s.begin && (t[s.end - 1] == '\n' || t[s.end - 1] == '\r' || t[s.end - 1] == ' ')) --s.end;
      out.report(s, "Đoạn này lặp lại nguyên văn đoạn ở dòng {}", "This paragraph repeats the one at line {} word for word",
                 doc.line_of(f.begin));
    }
  }
};

}  // namespace

const Rule& duplicate_paragraph_rule() {
  static const DuplicateParagraph rule;
  return rule;
}

}  // namespace cmlint
