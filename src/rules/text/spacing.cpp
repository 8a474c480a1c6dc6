// CM409 spacing: a blank before , . ; : ! ? ) ], none after , ; : before a
// letter, two blanks between words, a blank just inside ( ) [ ]. Numbers
// (1.234,5; 8:30), URLs, leading indentation and table-like lines are left alone.
#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "../rule.hpp"
#include "hygiene.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM409",
    "spacing",
    Severity::warning,
    "Khoảng trắng sai quanh dấu câu, dấu ngoặc hoặc hai dấu cách liền nhau",
    "Wrong blanks around punctuation or brackets, or a doubled space",
    R"(## Quy tắc phát hiện gì
- Dấu cách trước `, . ; : ! ? ) ]`: `thực hiện , kiểm tra`.
- Thiếu dấu cách sau `, ; :` khi ngay sau là chữ: `kiểm tra,đôn đốc`, `Lưu:VT`.
- Hai dấu cách liền nhau giữa hai từ trong dòng.
- Dấu cách ngay sau `(`, `[`: `( UBND tỉnh)`.

Không kiểm tra: thụt đầu dòng, dòng có tab hoặc từ ba dấu cách liền nhau trở lên (bảng, cột căn lề), số
(`1.234,5`, `8:30`), địa chỉ web và thư điện tử, dấu ba chấm, viết tắt liền như `KH,CN`.
Cách sửa (an toàn) chỉ thêm hoặc bớt dấu cách.

## Vì sao
Nghị định 30/2020/NĐ-CP (Phụ lục I) quy định thể thức trình bày; theo quy tắc chính tả, dấu câu viết liền
với chữ đứng trước và cách chữ đứng sau một dấu cách. Khoảng trắng sai làm văn bản cẩu thả và có thể làm
dấu câu bị đẩy sang đầu dòng.

## Ví dụ sai
    Giao Văn phòng theo dõi , đôn đốc,kiểm tra  việc thực hiện ( báo cáo hằng quý) .

## Ví dụ đúng
    Giao Văn phòng theo dõi, đôn đốc, kiểm tra việc thực hiện (báo cáo hằng quý).
)",
    R"(## What it flags
- A blank before `, . ; : ! ? ) ]`: `thực hiện , kiểm tra`.
- No blank after `, ; :` when a letter follows: `kiểm tra,đôn đốc`, `Lưu:VT`.
- Two blanks between two words inside a line.
- A blank just after `(` or `[`: `( UBND tỉnh)`.

Left alone: leading indentation, lines with a tab or three or more blanks in a row (tables, aligned columns),
numbers (`1.234,5`, `8:30`), web and mail addresses, ellipses, joined abbreviations such as `KH,CN`.
The (safe) fix only adds or removes blanks.

## Why
Decree 30/2020/NĐ-CP (Annex I) fixes the layout; by the spelling rules a punctuation mark is joined to the word
before it and followed by one blank. Wrong blanks look careless and can push a mark to the start of a line.

## Bad
    Giao Văn phòng theo dõi , đôn đốc,kiểm tra  việc thực hiện ( báo cáo hằng quý) .

## Good
    Giao Văn phòng theo dõi, đôn đốc, kiểm tra việc thực hiện (báo cáo hằng quý).
)",
    {{"doubled-spaces", OptionValue{true}, "Also report two blanks in a row between words."}},
};

// Two blanks are reported only between lower-case words (prose), not in headings, codes or columns.
bool lower_or_comma(char32_t c) { return c == ',' || c == ';' || (hygiene::is_letter(c) && !hygiene::is_upper(c)); }

// The word before position `at` (ending there) is a Vietnamese syllable.
bool syllable_before(std::string_view t, std::size_t ls, std::size_t at) {
  std::size_t a = at;
  while (a > ls && t[a - 1] != ' ') --a;
  return at > a && hygiene::vietnamese_syllable(t.substr(a, at - a));
}

class Spacing final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const std::string_view t = doc.text.view();
    const bool doubled = out.option_bool("doubled-spaces");
    const bool vi = out.lang() == Lang::vi;
    // Only lines with a place worth a look are examined: find one, then its line.
    for (std::size_t i = 0; i < t.size();) {
      const std::size_t k = next_place(t, i, t.size());
      if (k >= t.size()) break;
      const std::size_t ls = hygiene::line_start(t, k);
      std::size_t le = t.find('\n', k);
      if (le == std::string_view::npos) le = t.size();
      std::size_t end = le;
      while (end > ls && (t[end - 1] == '\r' || t[end - 1] == ' ')) --end;
      check_line(t, ls, end, doubled, vi, out);
      i = le + 1;
    }
  }

 private:
  // The first place in [i, end) worth a look (or end): a blank before a blank or , . ; : ! ? ) ], a blank
  // after ( [, or , ; : before a byte from 'A' up (a letter). Sixteen bytes at a time where SSE2 is available.
  static std::size_t next_place(std::string_view t, std::size_t i, std::size_t end) {
    const auto at = [&](std::size_t k) -> unsigned char { return k < t.size() ? static_cast<unsigned char>(t[k]) : 0; };
    const auto hit = [&](std::size_t k) {
      const unsigned char c = at(k), n = at(k + 1);
      if (c == ' ')
        return n == ' ' || n == ',' || n == '.' || n == ';' || n == ':' || n == '!' || n == '?' || n == ')' || n == ']';
      if (c == '(' || c == '[') return n == ' ';
      if (c == ',' || c == ';' || c == ':') return n >= 'A';
      return false;
    };
#if defined(__SSE2__)
    const auto eq = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
    const __m128i one = _mm_set1_epi8(1), two = _mm_set1_epi8(2);
    for (; i < end && i + 17 <= t.size(); i += 16) {
      const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
      const __m128i n = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i + 1));
      // Pairs that differ in one low bit tested at once: blank and '!' (20 21), ',' and '.' (2C 2E),
      // ':' and ';' (3A 3B).
      const __m128i n1 = _mm_or_si128(n, one), nsp = eq(n, ' ');
      const __m128i punct = _mm_or_si128(
          _mm_or_si128(_mm_or_si128(eq(n1, '!'), eq(_mm_or_si128(n, two), '.')), _mm_or_si128(eq(n1, ';'), eq(n, '?'))),
          _mm_or_si128(eq(n, ')'), eq(n, ']')));
      const __m128i a = _mm_and_si128(eq(c, ' '), punct);
      const __m128i b = _mm_and_si128(_mm_or_si128(eq(c, '('), eq(c, '[')), nsp);
      const __m128i letter = _mm_cmpgt_epi8(_mm_xor_si128(n, _mm_set1_epi8(static_cast<char>(0x80))),
                                            _mm_set1_epi8(static_cast<char>(('A' - 1) ^ 0x80)));
      const __m128i d = _mm_and_si128(_mm_or_si128(eq(c, ','), eq(_mm_or_si128(c, one), ';')), letter);
      if (const int bits = _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), d)); bits != 0)
        return std::min(end, i + static_cast<std::size_t>(__builtin_ctz(bits)));
    }
#endif
    for (; i < end; ++i)
      if (hit(i)) return i;
    return end;
  }

  static void check_line(std::string_view t, std::size_t ls, std::size_t le, bool doubled, bool vi, Reporter& out) {
    const auto line = t.substr(ls, le - ls);
    std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos) return;
    first += ls;
    int tab = -1;  // a table or aligned columns: a tab, or three blanks in a row after the indentation
    const auto table = [&] {
      if (tab < 0) tab = line.find('\t') != std::string_view::npos || line.find("   ", first - ls) != std::string_view::npos;
      return tab == 1;
    };
    // Forms with dot leaders or blanks to fill in, and Markdown tables: left alone (checked on the first finding).
    int form = -1;
    const auto is_form = [&] {
      if (form < 0) {
        form = 0;
        for (std::string_view f : {"..", "\u2026", "__", ". .", "|", "[ ]", "[  ]"})
          if (line.find(f) != std::string_view::npos) form = 1;
      }
      return form == 1;
    };
    const auto fix = [&](Span s, std::string repl, std::string_view msg) {
      return Fix{Applicability::safe, std::string(msg), {{s, std::move(repl)}}};
    };
    static const auto stop = [] {
      std::array<bool, 256> a{};
      a[' '] = a[','] = a[';'] = a[':'] = true;
      return a;
    }();
    for (std::size_t i = first; i < le; ++i) {
      // Blanks and marks before the next place do nothing (one blank between words, a comma before a digit).
      i = next_place(t, i, le);
      while (i < le && !stop[static_cast<unsigned char>(t[i])]) ++i;
      if (i >= le) break;
      const char c = t[i];
      if (c == ' ') {
        std::size_t j = i;
        while (j < le && t[j] == ' ') ++j;
        if (j - i == 1 && j < le && t[i - 1] != '(' && t[i - 1] != '[') {  // the common case: one blank between words
          const char nx = t[j];
          if (nx != ',' && nx != ';' && nx != '!' && nx != '?' && nx != ')' && nx != ']' && nx != ':' && nx != '.') {
            i = j - 1;
            continue;
          }
        }
        const Span s{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)};
        const char next = j < le ? t[j] : '\0';
        const char prev = t[i - 1];
        const char after = j + 1 < le ? t[j + 1] : ' ';
        const bool punct_next = next == ',' || next == ';' || next == '!' || next == '?' || next == ')' || next == ']' ||
                                (next == ':' && after != '/' && !(after >= '0' && after <= '9')) ||
                                (next == '.' && (after == ' ' || j + 1 >= le));
        if (!(punct_next || prev == '(' || prev == '[' || (doubled && j - i == 2)) || is_form() || table()) {
          // nothing to say, or a form line
        } else if (punct_next && next == ':' && !syllable_before(t, ls, i)) {
          // "TLcb : mức lương …": a symbol being defined, not prose.
        } else if (punct_next && prev != '(' && prev != '[' && !(table() && (next == ')' || next == ']')) && !(table() && j - i > 1)) {
          out.report_fix(s, fix(s, "", vi ? "Xóa dấu cách" : "Remove the blank"), "Dấu cách thừa trước “{}”",
                         "Blank before \"{}\"", std::string(1, next));
        } else if ((prev == '(' || prev == '[') && next != ')' && next != ']' && j < le && !table()) {
          out.report_fix(s, fix(s, "", vi ? "Xóa dấu cách" : "Remove the blank"), "Dấu cách thừa sau “{}”",
                         "Blank after \"{}\"", std::string(1, prev));
        } else if (doubled && j - i == 2 && !table() && j < le && lower_or_comma(hygiene::decode_before(t, i).c) &&
                   lower_or_comma(hygiene::decode(t, j).c) && next != ',') {
          out.report_fix(s, fix(s, " ", vi ? "Chỉ để một dấu cách" : "Keep one blank"), "Hai dấu cách liền nhau",
                         "Two blanks in a row");
        }
        i = j - 1;
        continue;
      }
      if ((c == ',' || c == ';' || c == ':') && i + 1 < le) {
        const auto next = hygiene::decode(t, i + 1);
        if (!hygiene::is_letter(next.c) || is_form() || table()) continue;
        const auto prev = hygiene::decode_before(t, i);
        if (c == ',' && hygiene::is_upper(prev.c) && hygiene::is_upper(next.c)) continue;  // KH,CN
        // Leave URLs, mail addresses and paths alone.
        std::size_t a = i, z = i;
        while (a > ls && t[a - 1] != ' ') --a;
        while (z < le && t[z] != ' ') ++z;
        const auto tok = t.substr(a, z - a);
        if (tok.find("://") != std::string_view::npos || tok.find('@') != std::string_view::npos ||
            tok.find("www.") != std::string_view::npos || tok.find('\\') != std::string_view::npos)
          continue;
        if (c == ':' && (tok.find('/') != std::string_view::npos)) continue;
        const Span s{static_cast<std::uint32_t>(i + 1), static_cast<std::uint32_t>(i + 1)};
        out.report_fix({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1)},
                       fix(s, " ", vi ? "Thêm dấu cách" : "Add a blank"), "Thiếu dấu cách sau “{}”", "No blank after \"{}\"",
                       std::string(1, c));
      }
    }
  }
};

}  // namespace

const Rule& spacing_rule() {
  static const Spacing rule;
  return rule;
}

}  // namespace cmlint
