#include "hygiene.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "../../core/toml_util.hpp"
#include "../rule.hpp"

namespace cmlint {
namespace embedded {  // rules/*.toml, compiled in (cmake/gen_tables.cpp)
toml::table hygiene_table();
toml::table legacy_encodings_table();
}  // namespace embedded

namespace hygiene {

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool is_letter_slow(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }
bool is_upper_slow(char32_t c) { return u_isupper(static_cast<UChar32>(c)); }
bool is_mark_slow(char32_t c) {
  const auto t = u_charType(static_cast<UChar32>(c));
  return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK;
}
bool is_latin_slow(char32_t c) {
  UErrorCode ec = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(c), &ec) == USCRIPT_LATIN;
}

namespace {

constexpr bool blank_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// The first '\n' at or after i that is followed by a byte up to ' ' (which includes '\n' and the
// blanks): where a blank line may start (or the text size).
std::size_t next_blank_line(std::string_view t, std::size_t i) {
  const std::size_t n = t.size();
#if defined(__SSE2__)
  const __m128i nl = _mm_set1_epi8('\n'), sp = _mm_set1_epi8(' ');
  for (; i + 17 <= n; i += 16) {
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i + 1));
    const __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(x, sp), x);  // x <= ' ' (unsigned)
    if (const int bits = _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(c, nl), low)); bits != 0)
      return i + static_cast<std::size_t>(__builtin_ctz(bits));
  }
#endif
  for (; i + 1 < n; ++i)
    if (t[i] == '\n' && static_cast<unsigned char>(t[i + 1]) <= ' ') return i;
  return n;
}

}  // namespace

std::vector<Span> paragraphs(std::string_view text) {
  // The lines between two blank lines (empty or only blanks) are one paragraph: only the blank lines are
  // looked for, at a line end followed by a line end or a blank (rare: one per paragraph, and indented
  // lines), then checked to the end of their line.
  std::vector<Span> out;
  const std::size_t n = text.size();
  std::size_t cur = 0;  // start of the lines not yet in a paragraph; those before the next blank line are one
  const auto blank_line_end = [&](std::size_t s) {  // the end of the line at s if it is blank, else n + 1
    while (s < n && blank_byte(text[s])) ++s;
    return s == n || text[s] == '\n' ? s : n + 1;
  };
  std::size_t from = 0;
  if (const std::size_t e = blank_line_end(0); e <= n) cur = e == n ? n : e + 1, from = e;  // a blank first line
  for (std::size_t k = next_blank_line(text, from); k < n; k = next_blank_line(text, k)) {
    const std::size_t s = k + 1, e = blank_line_end(s);
    if (e > n) {
      ++k;
      continue;
    }
    if (s > cur) out.push_back({static_cast<std::uint32_t>(cur), static_cast<std::uint32_t>(s)});
    cur = e == n ? n : e + 1;
    k = e;
  }
  if (cur < n) out.push_back({static_cast<std::uint32_t>(cur), static_cast<std::uint32_t>(n)});
  return out;
}

namespace {

// The byte at i is in the set of rare_marks (n: the byte after it, 0 at the end).
bool rare(unsigned char c, unsigned char n) {
  if (c < 0x20) return c != '\n' && c != '\r';
  if (c < 0x80) return c == '"' || c == '(' || c == ')' || c == '[' || c == ']' || c == 0x7F;
  if (c < 0xC0) return false;
  if (c == 0xC3) return !viet_c3(n);
  if (c == 0xC6) return n == 0x89 || n == 0x92;
  return c != 0xC4 && c != 0xE1;
}

}  // namespace

std::vector<std::uint32_t> rare_marks(std::string_view t) {
  std::vector<std::uint32_t> out;
  const std::size_t n = t.size();
  const auto at = [&](std::size_t k) -> unsigned char { return k < n ? static_cast<unsigned char>(t[k]) : 0; };
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time. The bytes that are marks by themselves are found in registers; C3 and C6,
  // common (Vietnamese letters) and marks only before some bytes, are tested one by one.
  const auto eq = [](__m128i v, int x) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(x))); };
  for (; i + 17 <= n; i += 16) {
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
    // Controls (c <= 1F unsigned) but LF and CR: tab and FF are rare, the rules test them.
    const __m128i control = _mm_andnot_si128(_mm_or_si128(eq(c, '\n'), eq(c, '\r')),
                                             _mm_cmpeq_epi8(_mm_min_epu8(c, _mm_set1_epi8(0x1F)), c));
    // '"' ( ) [ ] DEL: ( and ) are 28 and 29.
    const __m128i ascii = _mm_or_si128(_mm_or_si128(eq(c, '"'), eq(_mm_or_si128(c, _mm_set1_epi8(1)), ')')),
                                       _mm_or_si128(_mm_or_si128(eq(c, '['), eq(c, ']')), eq(c, 0x7F)));
    // Lead bytes from C0 up but those of the Vietnamese letters.
    const __m128i c3 = eq(c, 0xC3), c6 = eq(c, 0xC6);
    const __m128i viet = _mm_or_si128(_mm_or_si128(c3, c6), _mm_or_si128(eq(c, 0xC4), eq(c, 0xE1)));
    const __m128i lead = _mm_andnot_si128(viet, _mm_cmpeq_epi8(_mm_max_epu8(c, _mm_set1_epi8(static_cast<char>(0xC0))), c));
    auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(control, ascii), lead)));
    const unsigned char* next = reinterpret_cast<const unsigned char*>(t.data()) + i + 1;  // i + 16 < n
    for (auto m = static_cast<unsigned>(_mm_movemask_epi8(c3)); m != 0; m &= m - 1)
      if (!viet_c3(next[__builtin_ctz(m)])) mask |= m & -m;
    for (auto m = static_cast<unsigned>(_mm_movemask_epi8(c6)); m != 0; m &= m - 1)
      if (next[__builtin_ctz(m)] == 0x89 || next[__builtin_ctz(m)] == 0x92) mask |= m & -m;
    while (mask != 0) {
      out.push_back(static_cast<std::uint32_t>(i + static_cast<std::size_t>(__builtin_ctz(mask))));
      mask &= mask - 1;
    }
  }
#endif
  for (; i < n; ++i)
    if (rare(at(i), at(i + 1))) out.push_back(static_cast<std::uint32_t>(i));
  return out;
}

TextModel& model(const Document& doc) {
  if (!doc.hygiene_model) doc.hygiene_model = std::make_shared<TextModel>(doc.text.view());
  return *doc.hygiene_model;
}

namespace {

constexpr std::array<std::u32string_view, 27> kOnsets = {U"x", 
    U"ngh", U"ng", U"nh", U"ch", U"gh", U"gi", U"kh", U"ph", U"qu", U"th", U"tr", U"b", U"c",
    U"d",   U"đ",  U"g",  U"h",  U"k",  U"l",  U"m",  U"n",  U"p",  U"r",  U"s",  U"t", U"v"};
constexpr std::array<std::u32string_view, 9> kCodas = {U"ch", U"ng", U"nh", U"c", U"m", U"n", U"p", U"t", U""};
// Nuclei that may be followed by a final consonant, and those that end in a glide and may not.
constexpr std::array<std::u32string_view, 25> kNucleiCoda = {
    U"a", U"ă", U"â", U"e", U"ê", U"i", U"o", U"ô", U"ơ", U"u", U"ư", U"y", U"iê",
    U"yê", U"oa", U"oă", U"oe", U"oo", U"uâ", U"uê", U"uô", U"uơ", U"uy", U"ươ", U"uyê"};
constexpr std::array<std::u32string_view, 30> kNucleiOpen = {
    U"ai",  U"ao",  U"au",  U"ay",  U"âu",  U"ây",  U"eo",  U"êu",  U"ia",  U"iu",  U"oi",  U"ôi",  U"ơi",  U"ui",  U"ưi",
    U"ưu",  U"ua",  U"ưa",  U"iêu", U"yêu", U"oai", U"oay", U"oao", U"oeo", U"uây", U"uôi", U"ươi", U"ươu", U"uya", U"uyu"};

// tone: the syllable's tone mark or 0. A final c, ch, p, t takes only the sắc or nặng tone.
bool rime_ok(std::u32string_view r, char32_t tone) {
  for (auto coda : kCodas) {
    if (r.size() <= coda.size() || r.substr(r.size() - coda.size()) != coda) continue;
    const auto n = r.substr(0, r.size() - coda.size());
    if (coda.empty()) {
      if (std::find(kNucleiCoda.begin(), kNucleiCoda.end(), n) != kNucleiCoda.end() && n != U"ă" && n != U"â") return true;
      if (std::find(kNucleiOpen.begin(), kNucleiOpen.end(), n) != kNucleiOpen.end()) return true;
      continue;
    }
    const bool stop = coda == U"c" || coda == U"ch" || coda == U"p" || coda == U"t";
    if (stop && tone != 0x301 && tone != 0x323) continue;
    if (std::find(kNucleiCoda.begin(), kNucleiCoda.end(), n) != kNucleiCoda.end()) return true;
  }
  return false;
}

}  // namespace

bool vietnamese_syllable(std::string_view word) {
  if (word.empty() || word.size() > 24) return false;
  const CharInfo* table = char_table();
  char32_t buf[24];
  std::size_t n = 0;
  int tones = 0;
  char32_t tone = 0;
  for (std::size_t i = 0; i < word.size();) {
    const Cp c = decode(word, i);
    i += c.len;
    char32_t x;
    if (c.c < 0x80) {
      if (!is_letter(c.c)) return false;
      x = static_cast<char32_t>(c.c | 0x20);
    } else if (c.c < kTableEnd && table[c.c].tone != 0) {
      x = table[c.c].base;
      tone = table[c.c].tone;
      ++tones;
    } else {
      x = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c.c)));
    }
    buf[n++] = x;
  }
  const std::u32string_view s(buf, n);
  if (tones > 1) return false;
  for (char32_t c : s)
    if (c == U'f' || c == U'j' || c == U'w' || c == U'z') return false;
  if (rime_ok(s, tone)) return true;
  for (auto onset : kOnsets)
    if (s.size() > onset.size() && s.substr(0, onset.size()) == onset && rime_ok(s.substr(onset.size()), tone)) return true;
  // "gì", "gìn": g + i…
  if (s.size() >= 2 && s[0] == U'g' && s[1] == U'i' && (s.size() == 2 || rime_ok(s.substr(1), tone))) return true;
  return false;
}

namespace {

char32_t single_cp(const std::string& key) {
  const Cp c = decode(key, 0);
  return c.len == key.size() ? c.c : 0;
}

std::vector<std::string> strings(const toml::node_view<const toml::node> n) {
  std::vector<std::string> out;
  if (auto* arr = n.as_array())
    for (const auto& e : *arr)
      if (auto s = e.value<std::string>()) out.push_back(*s);
  return out;
}

}  // namespace

const Data& data() {
  static const Data d = [] {
    Data x;
    const toml::table h = embedded::hygiene_table();
    if (auto* t = h["confusables"].as_table())
      for (const auto& [k, v] : *t)
        if (auto s = v.value<std::string>()) x.confusables[single_cp(std::string(k.str()))] = *s;
    for (auto& s : strings(h["abbreviations"]["known"])) x.known_abbreviations.insert(s);
    x.definition_markers = strings(h["abbreviations"]["definition-markers"]);
    x.admin_nouns = strings(h["admin-capitalization"]["nouns"]);
    x.admin_exceptions = strings(h["admin-capitalization"]["exceptions"]);
    x.admin_organisations = strings(h["admin-capitalization"]["organisations"]);
    const toml::table l = embedded::legacy_encodings_table();
    if (auto* t = l["cp1252"].as_table())
      for (const auto& [k, v] : *t)
        if (auto s = v.value<std::string>())
          x.cp1252[single_cp(*s)] = static_cast<unsigned char>(std::stoi(std::string(k.str()), nullptr, 16));
    for (const char* enc : {"tcvn3", "vni"})
      if (auto* t = l[enc].as_table())
        for (const auto& [k, v] : *t)
          if (auto s = v.value<std::string>()) (std::string_view(enc) == "vni" ? x.vni : x.tcvn3)[std::string(k.str())] = *s;
    return x;
  }();
  return d;
}

}  // namespace hygiene
}  // namespace cmlint
