// CM410 abbreviation-undefined: an abbreviation used before the place where it
// is spelled out ("Ban Thường vụ (BTV)", "(sau đây gọi tắt là …)"). Lists of
// well-known abbreviations and of definition markers: rules/hygiene.toml.
#include <algorithm>
#include <array>
#include <unordered_map>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "../rule.hpp"
#include "hygiene.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM410",
    "abbreviation-undefined",
    Severity::info,
    "Chữ viết tắt được dùng trước khi được giải thích",
    "Abbreviation used before it is spelled out",
    R"(## Quy tắc phát hiện gì
Chữ viết tắt (BTV, BCH, TCCSĐ …) xuất hiện trước chỗ nó được viết đầy đủ và giải thích: `Ban Thường vụ (BTV)`,
`(sau đây gọi tắt là BTV)`, `(viết tắt là …)`. Báo một lần, tại lần dùng đầu tiên. Bỏ qua số, ký hiệu văn bản
(`27-NQ/HU`), số La Mã, dòng viết hoa toàn bộ (tiêu đề) và các chữ viết tắt thông dụng không cần giải thích
(`UBND`, `HĐND`, `MTTQ`, `V/v`, `VT` …, danh sách trong `rules/hygiene.toml`). Với `require-definition = true`,
chữ viết tắt không được giải thích ở đâu cả (và không thuộc danh sách) cũng bị báo.

## Vì sao
Quy ước soạn thảo: viết đầy đủ ở lần dùng đầu, kèm chữ viết tắt trong ngoặc, sau đó mới dùng chữ viết tắt.
Người đọc gặp chữ viết tắt chưa được giải thích phải đoán nghĩa (BCT là Bộ Chính trị hay Bộ Công Thương?).

## Ví dụ sai
    Đề nghị các đồng chí Ủy viên BTV theo dõi. … Ban Thường vụ (BTV) Huyện ủy quyết định …

## Ví dụ đúng
    Ban Thường vụ (BTV) Huyện ủy quyết định … Đề nghị các đồng chí Ủy viên BTV theo dõi.
)",
    R"(## What it flags
An abbreviation (BTV, BCH, TCCSĐ …) that appears before the place where it is spelled out: `Ban Thường vụ (BTV)`,
`(sau đây gọi tắt là BTV)`, `(viết tắt là …)`. Reported once, at the first use. Identifiers (`27-NQ/HU`), Roman
numerals, lines written wholly in capitals (titles) and well-known abbreviations that need no definition
(`UBND`, `HĐND`, `MTTQ`, `V/v`, `VT` …, listed in `rules/hygiene.toml`) are skipped. With
`require-definition = true`, abbreviations never defined (and not listed) are reported too.

## Why
The drafting convention: spell the name out at first use with the abbreviation in brackets, use the abbreviation
afterwards. A reader meeting an undefined abbreviation has to guess (is BCT the Politburo or the Ministry of
Industry and Trade?).

## Bad
    Đề nghị các đồng chí Ủy viên BTV theo dõi. … Ban Thường vụ (BTV) Huyện ủy quyết định …

## Good
    Ban Thường vụ (BTV) Huyện ủy quyết định … Đề nghị các đồng chí Ủy viên BTV theo dõi.
)",
    {{"require-definition", OptionValue{false}, "Also report abbreviations that are never defined and not in the list."},
     {"known", OptionValue{std::string("")},
      "More abbreviations that need no definition, added to the list of rules/hygiene.toml. Comma-separated."}},
};

struct Seen {
  std::uint32_t first_use = UINT32_MAX, first_def = UINT32_MAX;
  Span use_span;
};

bool roman(std::string_view s) { return s.find_first_not_of("IVXLCDM") == std::string_view::npos; }

// Lines mostly in capitals are titles and headers.
bool shouting(std::string_view line) {
  std::size_t up = 0, low = 0;
  std::size_t i = 0;
#if defined(__SSE2__)
  // ASCII letters counted sixteen bytes at a time; a letter beyond ASCII at its lead byte (valid UTF-8:
  // the continuation bytes are neither letters nor lead bytes).
  const __m128i bias = _mm_set1_epi8(static_cast<char>(0x80));
  const auto in = [&](__m128i biased, char lo, char hi) {
    return _mm_and_si128(_mm_cmpgt_epi8(biased, _mm_set1_epi8(static_cast<char>((lo - 1) ^ 0x80))),
                         _mm_cmplt_epi8(biased, _mm_set1_epi8(static_cast<char>((hi + 1) ^ 0x80))));
  };
  for (; i + 16 <= line.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + i));
    const __m128i b = _mm_xor_si128(v, bias);
    up += static_cast<std::size_t>(__builtin_popcount(static_cast<unsigned>(_mm_movemask_epi8(in(b, 'A', 'Z')))));
    low += static_cast<std::size_t>(__builtin_popcount(static_cast<unsigned>(_mm_movemask_epi8(in(b, 'a', 'z')))));
    auto lead = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpgt_epi8(b, _mm_set1_epi8(static_cast<char>(0xBF ^ 0x80)))));
    while (lead != 0) {
      const auto c = hygiene::decode(line, i + static_cast<std::size_t>(__builtin_ctz(lead)));
      lead &= lead - 1;
      if (hygiene::is_letter(c.c)) (hygiene::is_upper(c.c) ? up : low)++;
    }
  }
#endif
  while (i < line.size()) {  // from a continuation byte: not a letter, as before
    const auto c = hygiene::decode(line, i);
    i += c.len;
    if (!hygiene::is_letter(c.c)) continue;
    (hygiene::is_upper(c.c) ? up : low)++;
  }
  return up > 0 && up * 10 >= (up + low) * 6;
}

class AbbreviationUndefined final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const std::string_view t = doc.text.view();
    const auto& d = hygiene::data();
    const auto extra = out.option_list("known");
    const bool require = out.option_bool("require-definition");
    std::unordered_map<std::string_view, Seen> seen;
    std::vector<std::string_view> order;
    // Candidates start at a capital letter after an ASCII non-letter; the line around is found on demand.
    std::size_t ls = 0, le = 0;  // current line [ls, le)
    int shout = -1;
    // A candidate is a capital ('A'–'Z' or a lead byte from C3 up) right after a blank, punctuation, a digit
    // or the line start (a byte below 'A'); sixteen bytes are tested at a time where SSE2 is available.
    std::size_t skip = 0;  // bytes before this offset belong to a word already looked at
    const auto visit = [&](std::size_t i) {
      if (i < skip) return;
      const auto b = static_cast<unsigned char>(t[i]);
      if (b >= 0x80) {
        if (i + 1 >= t.size()) return;
        // Vietnamese capitals without decoding: À–Ý, Đ, Ơ, Ư and U+1EA0–1EF9 (capitals at even code points).
        const auto n = static_cast<unsigned char>(t[i + 1]);
        bool upper;
        if (b == 0xC3) upper = n < 0x9F && n != 0x97;
        else if (b == 0xC4 && (n == 0x90 || n == 0x91)) upper = n == 0x90;
        else if (b == 0xC6 && (n == 0xA0 || n == 0xA1 || n == 0xAF || n == 0xB0)) upper = n == 0xA0 || n == 0xAF;
        else if (b == 0xE1 && (n == 0xBA || n == 0xBB) && i + 2 < t.size()) upper = (static_cast<unsigned char>(t[i + 2]) & 1) == 0;
        else upper = hygiene::is_upper(hygiene::decode(t, i).c);
        if (!upper) return;
      }
      {  // an abbreviation has a second capital: "Nghị", "Điều", "Ủy" stop here
        const std::size_t n = i + hygiene::decode(t, i).len;
        if (n >= t.size()) return;
        const auto b2 = static_cast<unsigned char>(t[n]);
        if (b2 < 0x80 ? !(b2 >= 'A' && b2 <= 'Z') : !hygiene::is_upper(hygiene::decode(t, n).c)) return;
      }
      if (i >= le) {
        ls = hygiene::line_start(t, i);
        le = t.find('\n', i);
        if (le == std::string_view::npos) le = t.size();
        shout = -1;
      }
      skip = candidate(t, i, ls, le, d, seen, order, shout) + 1;
    };
    const auto is_candidate = [&](std::size_t i) {
      const auto b = static_cast<unsigned char>(t[i]);
      return ((b >= 'A' && b <= 'Z') || b >= 0xC3) && (i == 0 || static_cast<unsigned char>(t[i - 1]) < 'A');
    };
    std::size_t i = 0;
    if (!t.empty() && is_candidate(0)) visit(0);
    i = 1;
#if defined(__SSE2__)
    // An ASCII capital is visited only when the next byte can start a capital ('A'–'Z' or a lead byte
    // from C3 up: valid UTF-8 has no capital letter below U+00C0), as visit requires a second capital.
    // A lead byte from C3 up only when it starts a Vietnamese capital: À–Ý (C3 80–9E), Ă Đ Ĩ (C4 82/90/A8),
    // Ũ (C5 A8), Ơ Ư (C6 A0/AF), Ạ–Ỹ (E1 BA/BB). In registers only the common đ (C4 91) is set aside,
    // the rest is told apart byte by byte (these lead bytes start one word in five at most).
    const __m128i bias = _mm_set1_epi8(static_cast<char>(0x80));
    const __m128i below_a = _mm_set1_epi8(static_cast<char>('A' ^ 0x80));
    const __m128i above_at = _mm_set1_epi8(static_cast<char>(('A' - 1) ^ 0x80));
    const __m128i below_bracket = _mm_set1_epi8(static_cast<char>(('Z' + 1) ^ 0x80));
    const __m128i above_c2 = _mm_set1_epi8(static_cast<char>(0xC2 ^ 0x80));
    const __m128i x91 = _mm_set1_epi8(static_cast<char>(0x91));
    const auto load = [&](std::size_t at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + at)); };
    const auto viet_capital = [&](std::size_t at) {
      const auto b = static_cast<unsigned char>(t[at]), n = static_cast<unsigned char>(t[at + 1]);
      switch (b) {
        case 0xC3: return n < 0x9F;
        case 0xC4: return n == 0x82 || n == 0x90 || n == 0xA8;
        case 0xC5: return n == 0xA8;
        case 0xC6: return n == 0xA0 || n == 0xAF;
        case 0xE1: return n == 0xBA || n == 0xBB;
        default: return false;
      }
    };
    for (; i + 17 <= t.size(); i += 16) {
      const __m128i raw = load(i), nx = load(i + 1);
      const __m128i cur = _mm_xor_si128(raw, bias), nxb = _mm_xor_si128(nx, bias);
      const __m128i start = _mm_cmplt_epi8(_mm_xor_si128(load(i - 1), bias), below_a);
      const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(cur, above_at), _mm_cmplt_epi8(cur, below_bracket));
      const __m128i capital_next = _mm_or_si128(  // 'A'–'Z' or from C3 up
          _mm_and_si128(_mm_cmpgt_epi8(nxb, above_at), _mm_cmplt_epi8(nxb, below_bracket)), _mm_cmpgt_epi8(nxb, above_c2));
      const __m128i high = _mm_andnot_si128(_mm_cmpeq_epi8(nx, x91), _mm_cmpgt_epi8(cur, above_c2));
      auto mask = static_cast<unsigned>(
          _mm_movemask_epi8(_mm_and_si128(start, _mm_or_si128(_mm_and_si128(upper, capital_next), high))));
      while (mask != 0) {
        const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(mask));
        mask &= mask - 1;
        if (static_cast<unsigned char>(t[at]) < 0x80 || viet_capital(at)) visit(at);
      }
    }
#endif
    for (; i < t.size(); ++i)
      if (is_candidate(i)) visit(i);
    for (auto abbr : order) {
      const Seen& s = seen[abbr];
      if (s.first_use == UINT32_MAX) continue;
      if (d.known_abbreviations.contains(abbr) || std::find(extra.begin(), extra.end(), abbr) != extra.end()) continue;
      if (s.first_def != UINT32_MAX) {
        if (s.first_use < s.first_def)
          out.report(s.use_span, "Chữ viết tắt “{}” được dùng trước khi được giải thích ở dòng {}",
                     "The abbreviation \"{}\" is used before it is spelled out at line {}", abbr, doc.line_of(s.first_def));
      } else if (require) {
        out.report(s.use_span, "Chữ viết tắt “{}” không được giải thích trong văn bản",
                   "The abbreviation \"{}\" is never spelled out in the document", abbr);
      }
    }
  }

 private:
  // The word starting at b (a capital); returns the offset of its last byte.
  static std::size_t candidate(std::string_view t, std::size_t b, std::size_t ls, std::size_t le, const hygiene::Data& d,
                               std::unordered_map<std::string_view, Seen>& seen, std::vector<std::string_view>& order,
                               int& shout) {
    std::size_t j = b;
    std::size_t letters = 0;
    bool upper = true;
    while (j < le) {
      const auto e = hygiene::decode(t, j);
      if (!hygiene::is_letter(e.c)) break;
      upper = upper && hygiene::is_upper(e.c);
      ++letters;
      j += e.len;
    }
    const std::size_t last = j > b ? j - 1 : b;
    if (!upper || letters < 2 || letters > 8) return last;
    const char before = b > ls ? t[b - 1] : ' ';
    const char after = j < le ? t[j] : ' ';
    // Parts of identifiers and compounds: 27-NQ/HU, KT-XH, V/v, NĐ-CP.
    if (before == '-' || before == '/' || after == '-' || after == '/' || (before >= '0' && before <= '9') ||
        (after >= '0' && after <= '9') || before == '.' || (after == '.' && j + 1 < le && t[j + 1] != ' '))
      return last;
    const auto abbr = t.substr(b, j - b);
    if (roman(abbr)) return last;
    if (shout < 0) shout = shouting(t.substr(ls, le - ls)) ? 1 : 0;
    if (shout == 1) return last;
    auto [it, fresh] = seen.try_emplace(abbr);
    if (fresh) order.push_back(abbr);
    Seen& s = it->second;
    bool def = before == '(';
    if (!def) {
      const std::size_t from = b - ls > 48 ? b - 48 : ls;  // markers sit just before the abbreviation
      const auto head = t.substr(from, b - from);
      // A marker ending at most three bytes before the abbreviation (the last occurrence of a marker
      // ends there if any does).
      for (const auto& m : d.definition_markers)
        for (std::size_t gap = 0; gap <= 3 && !def && gap + m.size() <= head.size(); ++gap)
          def = (m.empty() || head[head.size() - gap - 1] == m.back()) && head.substr(head.size() - gap - m.size(), m.size()) == m;
    }
    if (def) {
      s.first_def = std::min<std::uint32_t>(s.first_def, static_cast<std::uint32_t>(b));
    } else if (s.first_use == UINT32_MAX) {
      s.first_use = static_cast<std::uint32_t>(b);
      s.use_span = {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(j)};
    }
    return last;
  }
};

}  // namespace

const Rule& abbreviation_undefined_rule() {
  static const AbbreviationUndefined rule;
  return rule;
}

}  // namespace cmlint
