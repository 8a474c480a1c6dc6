// CM405 tone-style: the two tone-mark placements (hòa/hoà, ủy/uỷ, khỏe/khoẻ)
// mixed in one document. The other spelling of a syllable is computed by
// moving its tone mark between the two vowels; no word list is needed.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <map>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <optional>

#include "../rule.hpp"
#include "hygiene.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM405",
    "tone-style",
    Severity::warning,
    "Dùng lẫn hai kiểu đặt dấu thanh (hòa/hoà, ủy/uỷ, khỏe/khoẻ) trong một văn bản",
    "Both tone-mark placements (hòa/hoà, ủy/uỷ, khỏe/khoẻ) mixed in one document",
    R"(## Quy tắc phát hiện gì
Các âm tiết mở có vần `oa`, `oe`, `uy` (không sau `qu`, `gi`) có hai cách đặt dấu đều được dùng: kiểu cũ
đặt dấu trên nguyên âm thứ nhất (`hòa`, `khỏe`, `ủy`, `thủy`), kiểu mới đặt trên nguyên âm chính (`hoà`,
`khoẻ`, `uỷ`, `thuỷ`). Âm tiết có phụ âm cuối (`hoàn`, `khoảng`) hoặc âm đầu `qu` (`quý`) không có hai kiểu.

Với `style = "consistent"` (mặc định), kiểu chiếm đa số trong văn bản được giữ, các âm tiết viết theo kiểu
còn lại bị báo (hòa nhau thì kiểu xuất hiện trước được giữ). `style = "traditional"` đòi kiểu cũ,
`style = "modern"` đòi kiểu mới. Cách sửa (an toàn) chuyển dấu sang nguyên âm kia.

## Vì sao
Không văn bản quy phạm nào cấm một trong hai kiểu, nhưng dùng lẫn trong một văn bản (`Ủy ban` và `uỷ viên`,
`HÒA` và `hoà`) là thiếu nhất quán và làm tìm kiếm bỏ sót.

## Ví dụ sai
    Ủy ban nhân dân tỉnh ... các ủy viên ... Ban Thường vụ Tỉnh uỷ

## Ví dụ đúng
    Ủy ban nhân dân tỉnh ... các ủy viên ... Ban Thường vụ Tỉnh ủy
)",
    R"(## What it flags
Open syllables with the vowel pairs `oa`, `oe`, `uy` (not after `qu`, `gi`) have two accepted tone placements:
the old style puts the mark on the first vowel (`hòa`, `khỏe`, `ủy`, `thủy`), the new style on the main vowel
(`hoà`, `khoẻ`, `uỷ`, `thuỷ`). Closed syllables (`hoàn`, `khoảng`) and `qu` onsets (`quý`) have one spelling.

With `style = "consistent"` (the default) the style used most in the document wins and syllables in the other
style are reported (on a tie, the style seen first wins). `style = "traditional"` requires the old style,
`style = "modern"` the new one. The (safe) fix moves the mark to the other vowel.

## Why
No regulation forbids either style, but mixing them in one document (`Ủy ban` and `uỷ viên`, `HÒA` and `hoà`)
is inconsistent and makes searches miss words.

## Bad
    Ủy ban nhân dân tỉnh ... các ủy viên ... Ban Thường vụ Tỉnh uỷ

## Good
    Ủy ban nhân dân tỉnh ... các ủy viên ... Ban Thường vụ Tỉnh ủy
)",
    {{"style", OptionValue{std::string("consistent")},
      "Which placement is required: the document's majority (consistent), the old style hòa/ủy (traditional) "
      "or the new style hoà/uỷ (modern).",
      {"consistent", "traditional", "modern"}}},
};

struct Letter {
  char32_t base;  // lower case, tone removed
  char32_t tone;  // combining tone mark or 0
  bool upper;
};

Letter split(char32_t c) {
  const bool up = hygiene::is_upper(c);
  if (c < hygiene::kTableEnd && hygiene::char_table()[c].tone != 0)
    return {hygiene::char_table()[c].base, hygiene::char_table()[c].tone, up};
  return {c < 0x80 ? (c | 0x20) : static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))), 0, up};
}

char32_t compose(char32_t base, char32_t tone, bool upper) {
  if (upper) base = static_cast<char32_t>(u_toupper(static_cast<UChar32>(base)));
  if (tone == 0) return base;
  UErrorCode ec = U_ZERO_ERROR;
  static const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  const UChar32 c = nfc->composePair(static_cast<UChar32>(base), static_cast<UChar32>(tone));
  return c < 0 ? base : static_cast<char32_t>(c);
}

constexpr std::array<std::u32string_view, 25> kOnsets = {U"x", U"",   U"b",  U"c",  U"ch", U"d",  U"đ", U"g",  U"gh",
                                                         U"h",  U"k",  U"kh", U"l",  U"m",  U"n", U"ng", U"nh",
                                                         U"p",  U"ph", U"r",  U"s",  U"t",  U"th", U"tr", U"v"};

struct Syllable {
  Span span;
  bool modern;  // mark on the main (second) vowel
};

// The word [b, e) of the text if it is a style-sensitive syllable.
std::optional<Syllable> classify(std::string_view t, std::size_t b, std::size_t e) {
  struct Cp {
    char32_t c;
    std::uint32_t len;
  } cps[7];  // at most seven code points are read: more than five is not a syllable
  std::size_t n = 0;
  for (std::size_t i = b; i < e && n <= 6;) {
    const auto c = hygiene::decode(t, i);
    cps[n++] = {c.c, c.len};
    i += c.len;
  }
  if (n < 2 || n > 5) return std::nullopt;
  Letter ls[5];
  for (std::size_t k = 0; k < n; ++k) ls[k] = split(cps[k].c);
  const Letter &v1 = ls[n - 2], &v2 = ls[n - 1];
  const bool pair = (v1.base == U'o' && (v2.base == U'a' || v2.base == U'e')) || (v1.base == U'u' && v2.base == U'y');
  if (!pair || (v1.tone == 0) == (v2.tone == 0)) return std::nullopt;
  char32_t onset[3];
  std::size_t onset_len = 0;
  for (std::size_t k = 0; k + 2 < n; ++k) {
    if (ls[k].tone != 0) return std::nullopt;
    onset[onset_len++] = ls[k].base;
  }
  if (std::find(kOnsets.begin(), kOnsets.end(), std::u32string_view(onset, onset_len)) == kOnsets.end()) return std::nullopt;
  return Syllable{{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)}, v2.tone != 0};
}

// The syllable `word` (as classify accepted it) in the other style: its tone mark moved to the other
// vowel of the last two. Made only for the spellings reported, once each.
std::string other_style(std::string_view word) {
  const auto last = hygiene::decode_before(word, word.size());
  const auto prev = hygiene::decode_before(word, word.size() - last.len);
  const Letter v1 = split(prev.c), v2 = split(last.c);
  const bool modern = v2.tone != 0;
  const char32_t tone = v1.tone ? v1.tone : v2.tone;
  std::string other(word.substr(0, word.size() - last.len - prev.len));
  hygiene::append_utf8(other, compose(v1.base, modern ? tone : 0, v1.upper));
  hygiene::append_utf8(other, compose(v2.base, modern ? 0 : tone, v2.upper));
  return other;
}

class ToneStyle final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const std::string_view t = doc.text.view();
    std::vector<Syllable> found;
    // A style-sensitive word ends in a (toned) a, e or y after a (toned) o or u. Word ends are found first:
    // a byte before a byte below 'A' (blank, punctuation, line end) that is a, e, y (any case) or the
    // last byte of a multi-byte letter; sixteen bytes at a time where SSE2 is available.
    const hygiene::CharInfo* table = hygiene::char_table();
    const auto base_of = [&](char32_t x) -> char32_t {
      if (x < 0x80) return x | 0x20;
      return x < hygiene::kTableEnd ? (table[x].tone ? table[x].base : x) : 0;
    };
    const auto visit = [&](std::size_t j) {  // j: the offset just after the word's last byte
      const auto last = hygiene::decode_before(t, j);
      const char32_t lb = base_of(last.c);
      if (lb != U'a' && lb != U'e' && lb != U'y') return;
      const auto prev = hygiene::decode_before(t, j - last.len);
      const char32_t pb = base_of(prev.c);
      if (pb != U'o' && pb != U'u') return;
      if (last.c < 0x80 && prev.c < 0x80) return;  // no tone mark at all
      // What classify requires of these two letters, known here without the rest of the word:
      // oa, oe or uy, and a tone mark on exactly one of them.
      if ((pb == U'o') != (lb != U'y')) return;
      const auto toned = [&](char32_t x) { return x >= 0x80 && x < hygiene::kTableEnd && table[x].tone != 0; };
      if (toned(last.c) == toned(prev.c)) return;
      std::size_t a = j - last.len - prev.len;
      while (a > 0 && j - a < 16 && hygiene::is_letter(hygiene::decode_before(t, a).c)) a -= hygiene::decode_before(t, a).len;
      if (auto s = classify(t, a, j)) found.push_back(*s);
    };
    const auto is_end = [&](std::size_t k) {
      const auto c = static_cast<unsigned char>(t[k]);
      const auto n = k + 1 < t.size() ? static_cast<unsigned char>(t[k + 1]) : 0;
      const bool vowel = (c | 0x20) == 'a' || (c | 0x20) == 'e' || (c | 0x20) == 'y' || (c >= 0x80 && c < 0xC0);
      return vowel && n < 'A';
    };
    std::size_t k = 0;
#if defined(__SSE2__)
    // Sixteen word ends at a time, narrowed with the bytes before them to the places where the last
    // two letters can be (toned) o/u + a/e/y with exactly one tone mark (visit decides exactly):
    // - an ASCII a, e after a toned o, an ASCII y after a toned u (the toned o, u below U+2000 end so);
    // - a toned a, e, y of two bytes (C3 xx) or three bytes (E1 BA xx, E1 BB xx) after an ASCII o, u: a
    //   toned last letter needs an untoned o or u before it, and only ASCII ones have that base.
    // Most blocks of Vietnamese text hold none: a cheaper test, true wherever one of these is, comes first
    // (a word end after a byte from 80 up, and an ASCII a, e, y there, or an ASCII o, u two or three
    // bytes before it).
    for (; k < 3 && k < t.size(); ++k)
      if (is_end(k)) visit(k + 1);
    {
      const auto load = [&](std::size_t at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + at)); };
      const auto eq = [](__m128i v, int x) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(x))); };
      const __m128i x20 = _mm_set1_epi8(0x20), x24 = _mm_set1_epi8(0x24);
      const auto ou = [&](__m128i v) {  // o, u, O, U
        const __m128i low = _mm_or_si128(v, x20);
        return _mm_or_si128(eq(low, 'o'), eq(low, 'u'));
      };
      const __m128i bias = _mm_set1_epi8(static_cast<char>(0x80));
      const __m128i below_a = _mm_set1_epi8(static_cast<char>('A' ^ 0x80));
      const __m128i xdf = _mm_set1_epi8(static_cast<char>(0xDF)), x01 = _mm_set1_epi8(1), x03 = _mm_set1_epi8(3);
      const auto in = [](__m128i v, int lo, int n) {  // lo <= v < lo + n (unsigned)
        return _mm_cmpeq_epi8(_mm_subs_epu8(_mm_sub_epi8(v, _mm_set1_epi8(static_cast<char>(lo))), _mm_set1_epi8(static_cast<char>(n - 1))),
                              _mm_setzero_si128());
      };
      // The cheap test, in a loop of its own (no call in it: its constants stay in registers). movemask
      // takes the top bit, so and-ing p1 in keeps the places after a byte from 80 up. a, e, A, E are the
      // bytes x with x | 24 == 65.
      const auto ae_at = [&](__m128i c) { return eq(_mm_or_si128(c, x24), 'e'); };
      const auto y_at = [&](__m128i c) { return eq(_mm_or_si128(c, x20), 'y'); };
      const auto end_at = [&](std::size_t at) { return _mm_cmplt_epi8(_mm_xor_si128(load(at + 1), bias), below_a); };
      const auto quiet = [&](std::size_t at) {
        const __m128i c = load(at);
        const __m128i any = _mm_or_si128(_mm_or_si128(ae_at(c), y_at(c)), _mm_or_si128(ou(load(at - 2)), ou(load(at - 3))));
        return _mm_movemask_epi8(_mm_and_si128(_mm_and_si128(end_at(at), load(at - 1)), any)) == 0;
      };
      for (;;) {
        while (k + 17 <= t.size() && quiet(k)) k += 16;
        if (k + 17 > t.size()) break;
        const __m128i p3 = load(k - 3), p2 = load(k - 2), p1 = load(k - 1), c = load(k);
        const __m128i end = end_at(k), ae = ae_at(c), y = y_at(c), ou2 = ou(p2), ou3 = ou(p3);
        // An ASCII a, e after the last byte of a toned o (C3 92 93 95 B2 B3 B5, E1 BB 8C–8F, E1 B9 8C 8D), an
        // ASCII y after that of a toned u (C3 99 9A B9 BA, C5 A8 A9, E1 BB A4–A7, E1 B9 B8 B9).
        const __m128i f = _mm_and_si128(p1, xdf), f1 = _mm_or_si128(f, x01);
        const __m128i toned_o = _mm_or_si128(_mm_or_si128(eq(f1, 0x93), eq(f, 0x95)), eq(_mm_or_si128(p1, x03), 0x8F));
        const __m128i toned_u = _mm_or_si128(_mm_or_si128(eq(f1, 0x99), eq(f, 0x9A)),
                                             _mm_or_si128(eq(_mm_or_si128(p1, x01), 0xA9), eq(_mm_or_si128(p1, x03), 0xA7)));
        const __m128i one = _mm_or_si128(_mm_and_si128(ae, toned_o), _mm_and_si128(y, toned_u));
        const __m128i two = _mm_and_si128(eq(p1, 0xC3), ou2);
        // A toned a, e, y of three bytes: E1 BA A0–A3, E1 BA B8–BD, E1 BB B2–B9.
        const __m128i aey3 = _mm_or_si128(_mm_and_si128(eq(p1, 0xBA), _mm_or_si128(in(c, 0xA0, 4), in(c, 0xB8, 6))),
                                          _mm_and_si128(eq(p1, 0xBB), in(c, 0xB2, 8)));
        const __m128i three = _mm_and_si128(aey3, _mm_and_si128(eq(p2, 0xE1), ou3));
        const __m128i hit = _mm_or_si128(one, _mm_or_si128(two, three));  // after a lead byte, c continues it
        auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(end, hit)));
        while (mask != 0) {
          visit(k + static_cast<std::size_t>(__builtin_ctz(mask)) + 1);
          mask &= mask - 1;
        }
        k += 16;
      }
    }
#endif
    for (; k < t.size(); ++k)
      if (is_end(k)) visit(k + 1);
    if (found.empty()) return;
    const std::string& style = out.option_string("style");
    std::size_t modern = 0;
    for (const auto& s : found) modern += s.modern;
    bool want_modern;
    if (style == "modern") want_modern = true;
    else if (style == "traditional") want_modern = false;
    else want_modern = modern * 2 == found.size() ? found.front().modern : modern * 2 > found.size();
    const bool vi = out.lang() == Lang::vi;
    const std::size_t majority = want_modern ? modern : found.size() - modern;
    // One finding per spelling, at its first place; the fix rewrites every place.
    std::map<std::string_view, std::vector<const Syllable*>> groups;
    std::vector<std::string_view> order;
    for (const auto& s : found) {
      if (s.modern == want_modern) continue;
      auto& g = groups[doc.slice(s.span)];
      if (g.empty()) order.push_back(doc.slice(s.span));
      g.push_back(&s);
    }
    for (auto word : order) {
      const auto& g = groups[word];
      const Syllable& s = *g.front();
      const std::string other = other_style(word);  // the same for every place: it depends on the word only
      Fix fix{Applicability::safe, vi ? fmt::format("Viết là “{}”", other) : fmt::format("Write \"{}\"", other), {}};
      for (const Syllable* x : g) fix.edits.push_back({x->span, other});
      const auto times = g.size() == 1 ? std::string() : vi ? fmt::format(" ({} lần)", g.size()) : fmt::format(" ({} times)", g.size());
      const auto kind = s.modern ? (vi ? "mới" : "new") : (vi ? "cũ" : "old");
      if (style == "consistent")
        out.report_fix(s.span, std::move(fix), "“{}”{} đặt dấu kiểu {}, khác với {} chỗ khác trong văn bản; viết là “{}”",
                       "\"{}\"{} places its tone mark in the {} style, unlike {} other places in the document; write \"{}\"",
                       word, times, kind, majority, other);
      else
        out.report_fix(s.span, std::move(fix), "“{}”{} đặt dấu kiểu {}, trái với cấu hình style = \"{}\"; viết là “{}”",
                       "\"{}\"{} places its tone mark in the {} style, against style = \"{}\"; write \"{}\"", word, times,
                       kind, style, other);
    }
  }
};

}  // namespace

const Rule& tone_style_rule() {
  static const ToneStyle rule;
  return rule;
}

}  // namespace cmlint
