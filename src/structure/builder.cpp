// One pass over the lines: header titles near the top, the title and its
// subject, basis lines, numbered units (a stack of open units gives each its
// parent and previous sibling), recipients and signature lines.
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>
#include <array>
#include <tao/pegtl.hpp>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "../../grammar/structure.hpp"
#include "../core/roman.hpp"
#include "structure.hpp"

namespace cmlint {

namespace {

namespace g = cmlint::grammar;
namespace pegtl = tao::pegtl;
using namespace std::string_view_literals;

enum class Marker { none, phan, chuong, muc, dieu, roman, decimal, arabic, letter };

struct LineState {
  Marker kind = Marker::none;
  const char* value_b = nullptr;
  const char* value_e = nullptr;
  const char* end = nullptr;  // where the marker rule ended
  bool dash = false;
  bool suffix = false;
};

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

#define CMLINT_VALUE(rule)                                           \
  template <>                                                        \
  struct action<g::rule> {                                           \
    template <typename I>                                            \
    static void apply(const I& in, LineState& s) {                   \
      s.value_b = in.begin();                                        \
      s.value_e = in.end();                                          \
    }                                                                \
  };
CMLINT_VALUE(st_phan_value)
CMLINT_VALUE(st_chuong_value)
CMLINT_VALUE(st_muc_value)
CMLINT_VALUE(st_dieu_value)
CMLINT_VALUE(st_roman_value)
CMLINT_VALUE(st_decimal_value)
CMLINT_VALUE(st_arabic_value)
CMLINT_VALUE(st_letter_value)
#undef CMLINT_VALUE

#define CMLINT_KIND(rule, k)                                         \
  template <>                                                        \
  struct action<g::rule> {                                           \
    template <typename I>                                            \
    static void apply(const I& in, LineState& s) {                   \
      s.kind = Marker::k;                                            \
      s.end = in.end();                                              \
    }                                                                \
  };
CMLINT_KIND(st_phan, phan)
CMLINT_KIND(st_chuong, chuong)
CMLINT_KIND(st_muc, muc)
CMLINT_KIND(st_dieu, dieu)
CMLINT_KIND(st_roman_head, roman)
CMLINT_KIND(st_decimal, decimal)
CMLINT_KIND(st_arabic, arabic)
CMLINT_KIND(st_letter_head, letter)
#undef CMLINT_KIND
template <>
struct action<g::st_dieu_suffix> {
  template <typename I>
  static void apply(const I&, LineState& s) { s.suffix = true; }
};
template <>
struct action<g::st_arabic_dash> {
  template <typename I>
  static void apply(const I&, LineState& s) { s.dash = true; }
};
template <>
struct action<g::st_roman_sep> {
  template <typename I>
  static void apply(const I& in, LineState& s) { s.dash = in.string_view() != "."; }
};

// A line as a PEGTL input; the source name is a plain pointer, not a std::string built per match.
using LineInput = pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf, const char*>;

// Length of the match of Rule at the start of [b, e), or -1.
template <typename Rule>
long match_at(const char* b, const char* e) {
  LineInput in(b, e, "");
  if (!pegtl::parse<Rule>(in)) return -1;
  return in.current() - b;
}

// Whether Rule matches somewhere in [b, e) (merged header columns); its span.
template <typename Rule>
std::optional<Span> find_in(std::string_view text, std::uint32_t b, std::uint32_t e, char first) {
  const char* const d = text.data();
  for (const char* q = d + b; (q = static_cast<const char*>(std::memchr(q, first, d + e - q))); ++q) {
    const long n = match_at<Rule>(q, d + e);
    if (n > 0) return Span{static_cast<std::uint32_t>(q - d), static_cast<std::uint32_t>(q - d + n)};
  }
  return std::nullopt;
}

// The shorter spelling of st_national: no shorter line holds either.
constexpr std::size_t kNationalBytes = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"sv.size();

// Trimmed [b, e) of a line: blanks, CR and no-break spaces (C2 A0) off both ends. Inlined: it runs
// on every line, most lines start with a letter and end in one blank, and a byte above ' ' stops
// the loops at once unless it may begin (C2) or end (A0) a no-break space.
[[gnu::always_inline]] inline Span trim(std::string_view text, std::uint32_t b, std::uint32_t e) {
  const auto* d = reinterpret_cast<const unsigned char*>(text.data());
  while (b < e) {
    const unsigned char c = d[b];
    if (c > ' ' && c != 0xC2) break;
    if (c == ' ' || c == '\t' || c == '\r') ++b;
    else if (c == 0xC2 && e - b >= 2 && d[b + 1] == 0xA0) b += 2;
    else break;
  }
  while (e > b) {
    const unsigned char c = d[e - 1];
    if (c > ' ' && c != 0xA0) break;
    if (c == ' ' || c == '\t' || c == '\r') --e;
    else if (c == 0xA0 && e - b >= 2 && d[e - 2] == 0xC2) e -= 2;
    else break;
  }
  return {b, e};
}

int ordinal_word_value(std::string_view w) {
  static constexpr std::pair<std::string_view, int> kWords[] = {
      {"nhất", 1}, {"NHẤT", 1}, {"hai", 2}, {"HAI", 2}, {"ba", 3}, {"BA", 3}, {"tư", 4}, {"TƯ", 4},
      {"năm", 5},  {"NĂM", 5},  {"sáu", 6}, {"SÁU", 6}, {"bảy", 7}, {"BẢY", 7}, {"tám", 8}, {"TÁM", 8},
      {"chín", 9}, {"CHÍN", 9}, {"mười", 10}, {"MƯỜI", 10}};
  for (const auto& [word, v] : kWords)
    if (w == word) return v;
  return 0;
}

int arabic(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + (c - '0');
  }
  return v;
}

int rank(UnitLevel l, int depth) {
  switch (l) {
    case UnitLevel::phan: return 0;
    case UnitLevel::chuong: return 1;
    case UnitLevel::muc: return 2;
    case UnitLevel::dieu:
    case UnitLevel::roman: return 3;
    case UnitLevel::arabic: return 4;
    case UnitLevel::decimal: return 3 + std::min(depth, 4);  // 1.1 → 5, 1.1.1 → 6, deeper → 7
    case UnitLevel::letter: return 8;
  }
  return 8;
}
constexpr int kRanks = 9;

// No lower-case letter and at least one letter (ASCII, Latin-1, Latin Extended-A/B as used in
// Vietnamese, and U+1EA0–U+1EF9 where lower case sits at odd code points).
bool all_caps_line(std::string_view s) {
  bool letter = false;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z') return false;
      letter = letter || (c >= 'A' && c <= 'Z');
      ++i;
      continue;
    }
    unsigned cp = 0;
    std::size_t len = 1;
    if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) {
      cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
      len = 2;
    } else if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) {
      cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
      len = 3;
    } else {
      len = (c & 0xF0) == 0xF0 ? 4 : 1;
    }
    i += len;
    if (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) return false;                    // à á â … ỹ (Latin-1)
    if (cp >= 0x100 && cp <= 0x1B0 && (cp & 1u) == 1 && cp != 0x1AF) return false;  // ă đ ĩ ũ ơ ư
    if (cp == 0x1B0) return false;                                              // ư
    if (cp >= 0x1EA0 && cp <= 0x1EF9 && (cp & 1u) == 1) return false;            // ạ ả … ỹ
    letter = letter || (cp >= 0xC0 && cp <= 0x1EF9);
  }
  return letter;
}

bool contains(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

// line.find("  ") without a memchr and a memcmp call for every single space of the line. Nearly
// every line is looked at and few have a pair: 16 pairs at a time where the text (which ends at
// `limit`) goes on far enough for the loads.
std::size_t find_two_spaces(std::string_view line, std::size_t from, const char* limit) {
  std::size_t k = from;
#if defined(__SSE2__)
  const __m128i blank = _mm_set1_epi8(' ');
  for (; k + 1 < line.size() && line.data() + k + 17 <= limit; k += 16) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + k));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + k + 1));
    unsigned pairs = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, blank), _mm_cmpeq_epi8(b, blank))));
    if (k + 17 > line.size()) pairs &= (1u << (line.size() - 1 - k)) - 1;  // pairs that end inside the line
    if (pairs != 0) return k + static_cast<std::size_t>(__builtin_ctz(pairs));
  }
#endif
  for (; k + 1 < line.size(); ++k)
    if (line[k + 1] == ' ') {
      if (line[k] == ' ') return k;
    } else {
      ++k;  // line[k + 1] is not a blank: no pair starts at k or k + 1
    }
  return std::string_view::npos;
}

// What one pass over a line's bytes tells the main loop: where the line ends, and whether it holds
// the bytes that the quote bookkeeping and the signature columns look for (most lines hold none, and
// three memchr calls and a search for two blanks cost more than reading the line once).
struct LineBytes {
  std::uint32_t end;       // the line's '\n', or the end of the text
  std::uint32_t first_e2;  // the line's first 0xE2 byte (lead of “ ” „ ‟), or `end`
  bool odd_quotes;         // an odd number of '"' in the line
  bool pair;               // two blanks in a row somewhere in the line (trimmed or not)
};

LineBytes scan_line(const char* d, std::uint32_t b, std::uint32_t n) {
  LineBytes r{n, n, false, false};
  std::uint32_t i = b;
#if defined(__SSE2__)
  // 16 bytes at a time (and the byte after them, for blank pairs) while the text goes on far enough;
  // one test per chunk, since most chunks hold none of the bytes looked for.
  const __m128i nl = _mm_set1_epi8('\n'), quote = _mm_set1_epi8('"'), e2 = _mm_set1_epi8('\xE2'), sp = _mm_set1_epi8(' ');
  for (; i + 17 <= n; i += 16) {
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + i));
    const __m128i c1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + i + 1));
    const __m128i eq_nl = _mm_cmpeq_epi8(c, nl), eq_quote = _mm_cmpeq_epi8(c, quote), eq_e2 = _mm_cmpeq_epi8(c, e2);
    const __m128i pairs = _mm_and_si128(_mm_cmpeq_epi8(c, sp), _mm_cmpeq_epi8(c1, sp));
    if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(eq_nl, eq_quote), _mm_or_si128(eq_e2, pairs))) == 0) continue;
    const auto nls = static_cast<unsigned>(_mm_movemask_epi8(eq_nl));
    const unsigned in_line = nls != 0 ? (nls & (0u - nls)) - 1 : 0xFFFF;  // bytes before the line's end
    r.odd_quotes ^= __builtin_parity(static_cast<unsigned>(_mm_movemask_epi8(eq_quote)) & in_line) != 0;
    const unsigned e2s = static_cast<unsigned>(_mm_movemask_epi8(eq_e2)) & in_line;
    if (e2s != 0 && r.first_e2 == n) r.first_e2 = i + static_cast<std::uint32_t>(__builtin_ctz(e2s));
    // A pair's second blank is never the '\n': a pair that starts before it is inside the line.
    if ((static_cast<unsigned>(_mm_movemask_epi8(pairs)) & in_line) != 0) r.pair = true;
    if (nls != 0) {
      r.end = i + static_cast<std::uint32_t>(__builtin_ctz(nls));
      if (r.first_e2 == n) r.first_e2 = r.end;
      return r;
    }
  }
#endif
  for (; i < n; ++i) {
    const char c = d[i];
    if (c == '\n') {
      r.end = i;
      break;
    }
    if (c == '"') r.odd_quotes = !r.odd_quotes;
    else if (c == '\xE2' && r.first_e2 == n) r.first_e2 = i;
    else if (c == ' ' && i > b && d[i - 1] == ' ') r.pair = true;
  }
  if (r.first_e2 == n) r.first_e2 = r.end;
  return r;
}

// The line before ends inside a reference ("… tại khoản 3", "… quy định tại"): the next line
// continues it. The word before must fit the marker: "khoản" before "1.", "điểm" before "a)";
// "tài khoản" (an account) is no reference.
bool continues_reference_words(std::string_view prev, bool letter);

inline bool continues_reference(std::string_view prev, bool letter) {
  if (prev.empty()) return false;
  // Every word looked for below ends in a letter or a digit: most lines end in punctuation.
  const char z = prev.back();
  if (static_cast<unsigned char>(z) < 0x80 && !(z >= '0' && z <= '9') && !(z >= 'a' && z <= 'z') && !(z >= 'A' && z <= 'Z'))
    return false;
  return continues_reference_words(prev, letter);
}

bool continues_reference_words(std::string_view prev, bool letter) {
  const auto last_word = [](std::string_view s) {
    std::size_t i = s.size();
    while (i > 0 && s[i - 1] != ' ' && s[i - 1] != '\t') --i;
    return s.substr(i);
  };
  const std::string_view w1 = last_word(prev);
  std::string_view rest = prev.substr(0, prev.size() - w1.size());
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
  const std::string_view w2 = rest.empty() ? std::string_view() : last_word(rest);
  if (w1 == "khoản" || w1 == "Khoản") return !letter && w2 != "tài" && w2 != "Tài";
  if (w1 == "điểm" || w1 == "Điểm") return letter;
  for (std::string_view w : {"Điều", "tại", "theo", "và", "hoặc", "của", "số", "các", "đến"})
    if (w1 == w) return true;
  if (rest.empty()) return false;
  const bool value = w1 == "đ" || (w1.size() == 1 && w1[0] >= 'a' && w1[0] <= 'z') ||
                     (!w1.empty() && w1.size() <= 3 && w1.find_first_not_of("0123456789") == std::string_view::npos);
  if (!value) return false;
  for (std::string_view w : {"khoản", "Khoản", "điểm", "Điểm"})
    if (w2 == w) return true;
  return false;
}

bool page_noise(std::string_view line) {
  if (line.size() <= 4 && line.find_first_not_of("0123456789") == std::string_view::npos) return true;  // page number
  switch (line[0]) {  // the running heads and signature stamps, by their first byte
    case 'C': return line.starts_with("CÔNG BÁO/"sv) || line.starts_with("Cơ quan:"sv);
    case 'N': return line.starts_with("Người ký:"sv) || line.starts_with("Ngày ký:"sv);
    case 'E': return line.starts_with("Email:"sv);
    case 'T': return line.starts_with("Thời gian ký:"sv);
    default: return false;
  }
}

// "<Place>, ngày … tháng … năm …" as a line of its own (or the right column of a merged line):
// a short capitalised place name before the comma, nothing after the date.
bool is_place_date_line(std::string_view text, Span date) {
  std::size_t e = date.end;
  while (e < text.size() && (text[e] == ' ' || text[e] == '\t' || text[e] == '\r')) ++e;
  if (e < text.size() && text[e] != '\n') return false;
  std::size_t c = date.begin;
  while (c > 0 && (text[c - 1] == ' ' || text[c - 1] == '\t')) --c;
  if (c == 0 || text[c - 1] != ',') return false;
  --c;
  // The place: back to the line start or to a gap of two blanks (merged header columns).
  std::size_t b = c;
  while (b > 0 && text[b - 1] != '\n' && !(b >= 2 && text[b - 1] == ' ' && text[b - 2] == ' ')) --b;
  while (b < c && (text[b] == ' ' || text[b] == '\t')) ++b;
  const std::string_view place = text.substr(b, c - b);
  if (place.empty() || place.size() > 60) return false;
  int words = 1;
  for (char ch : place) words += ch == ' ';
  if (words > 6) return false;
  const unsigned char f = static_cast<unsigned char>(place[0]);
  return (f >= 'A' && f <= 'Z') || f >= 0xC3;  // capitalised (ASCII or a Vietnamese capital)
}

template <typename Frames>
bool in_article(const Frames& stack, const std::vector<Unit>& units) {
  for (const auto& f : stack)
    if (f.unit && units[*f.unit].level == UnitLevel::dieu) return true;
  return false;
}

}  // namespace

std::string upper_vi(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  static const icu::Locale vi("vi");
  u.toUpper(vi);
  std::string out;
  u.toUTF8String(out);
  return out;
}

int letter_value(std::string_view l) {
  static constexpr std::string_view kOrder[] = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                                "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
  for (std::size_t i = 0; i < std::size(kOrder); ++i)
    if (kOrder[i] == l) return static_cast<int>(i) + 1;
  return 0;
}

std::string_view letter_of(int value) {
  static constexpr std::string_view kOrder[] = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                                "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
  return value >= 1 && value <= static_cast<int>(std::size(kOrder)) ? kOrder[value - 1] : std::string_view();
}

namespace {
// What title_type looks at first: most lines fail here, before any call.
bool title_candidate(std::string_view line) {
  if (line.size() < 4 || line.size() > 60) return false;
  const unsigned char c = static_cast<unsigned char>(line[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0xC3;
}
}  // namespace

const DocType* title_type(std::string_view line, const DocTypeTable& types, const std::vector<std::string>& upper) {
  if (!title_candidate(line)) return nullptr;
  // Only capitals and blanks: a candidate; compare with each type word in capitals.
  for (char ch : line)
    if (ch >= 'a' && ch <= 'z') return nullptr;
  // The line with each run of blanks made one space (no longer than the line: 60 bytes at most).
  char norm[60];
  std::size_t len = 0;
  bool space = false;
  for (char ch : line) {
    if (ch == ' ' || ch == '\t') {
      space = true;
      continue;
    }
    if (space && len != 0) norm[len++] = ' ';
    space = false;
    norm[len++] = ch;
  }
  const DocType* best = nullptr;
  const std::size_t count = std::min(types.entries().size(), upper.size());
  for (std::size_t i = 0; i < count; ++i) {
    if (upper[i].size() != len || std::memcmp(upper[i].data(), norm, len) != 0) continue;
    const DocType& t = types.entries()[i];
    if (!t.any && (best == nullptr || t.word.size() > best->word.size())) best = &t;
  }
  return best;
}

bool DocumentStructure::legal_style() const {
  for (const Unit& u : units)
    if (u.level == UnitLevel::dieu && u.context == 0) return true;
  return false;
}

bool DocumentStructure::quoted(std::uint32_t offset) const {
  auto it = std::upper_bound(quotations.begin(), quotations.end(), offset,
                             [](std::uint32_t o, const Span& s) { return o < s.begin; });
  return it != quotations.begin() && offset < std::prev(it)->end;
}

std::optional<std::uint32_t> DocumentStructure::enclosing(std::uint32_t offset, UnitLevel level) const {
  // Units are in document order; the last one of `level` starting before offset, if it still runs.
  std::size_t lo = 0, hi = units.size();
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if (units[mid].span.begin <= offset) lo = mid + 1;
    else hi = mid;
  }
  for (std::size_t i = lo; i-- > 0;) {
    const Unit& u = units[i];
    if (u.level == level && u.span.end > offset) return static_cast<std::uint32_t>(i);
    if (u.level == UnitLevel::dieu && level != UnitLevel::dieu && u.span.end > offset) break;  // not past the Điều
    if (i + 64 < lo && level != UnitLevel::dieu) break;
  }
  return std::nullopt;
}

std::string_view DocumentStructure::level_name(const Unit& u) const {
  const Unit* p = u.parent ? &units[*u.parent] : nullptr;
  switch (u.level) {
    case UnitLevel::phan: return "Phần";
    case UnitLevel::chuong: return "Chương";
    case UnitLevel::muc: return "Mục";
    case UnitLevel::dieu: return "Điều";
    case UnitLevel::roman: return u.dash ? "I-" : "I.";
    case UnitLevel::arabic:
      if (p && p->level == UnitLevel::dieu) return "khoản";
      return u.dash ? "1-" : "1.";
    case UnitLevel::decimal: return u.depth == 2 ? "1.1." : "1.1.1.";
    case UnitLevel::letter:
      if (p && (p->level == UnitLevel::dieu || (p->level == UnitLevel::arabic && p->parent &&
                                                 units[*p->parent].level == UnitLevel::dieu)))
        return "điểm";
      return "a)";
  }
  return "";
}

std::string DocumentStructure::label(const Unit& u, std::string_view text) const {
  return label_with(u, text.substr(u.number.begin, u.number.end - u.number.begin));
}

std::string DocumentStructure::label_with(const Unit& u, std::string_view written) const {
  const std::string_view name = level_name(u);
  const std::string number(written);
  switch (u.level) {
    case UnitLevel::phan:
    case UnitLevel::chuong:
    case UnitLevel::muc:
    case UnitLevel::dieu: return std::string(name) + " " + number;
    case UnitLevel::roman:
    case UnitLevel::arabic:
      if (name == "khoản") return "khoản " + number;
      return number + (u.dash ? "-" : ".");
    case UnitLevel::decimal: return number + ".";
    case UnitLevel::letter: return name == "điểm" ? "điểm " + number : number + ")";
  }
  return number;
}

DocumentStructure build_structure(std::string_view text, const Facts& facts, const DocumentHeader& header,
                                  const DocTypeTable& types) {
  DocumentStructure ds;
  ds.own_number = header.number;
  // A consolidated text says so in its header or in its authentication block at the end.
  ds.consolidated = contains(text, "VBHN") || contains(text, "HỢP NHẤT");
  if (header.date && is_place_date_line(text, facts.dates[*header.date].span)) ds.own_date = header.date;
  const char* d = text.data();
  const auto n = static_cast<std::uint32_t>(text.size());
  const auto slice = [&](Span s) { return std::string_view(d + s.begin, s.end - s.begin); };

  struct Frame {
    int rank;
    std::optional<std::uint32_t> unit;
    std::array<std::optional<std::uint32_t>, kRanks> last{};
  };
  std::vector<Frame> stack{{-1, std::nullopt, {}}};
  std::uint32_t context = 0;
  bool units_started = false, after_signature = false, in_recipients = false;
  int curly = 0;
  bool straight = false;
  std::uint32_t quote_start = 0;
  bool quote_block = false;
  int quote_age = 0;
  std::optional<std::uint32_t> basis_open;  // index of the basis item still being wrapped
  std::uint32_t line_no = 0;
  std::uint32_t sign_zone_end = 0;  // line number until which unknown signature prefixes are looked for
  std::optional<std::uint32_t> pending_next;  // signature line waiting for its next non-empty line
  std::uint32_t title_line = 0;
  bool title_found = false, subject_pending = false;
  int dieu_max = 0;
  std::string_view prev_line;            // the previous non-empty line, trimmed

  const auto close_to = [&](int r, std::uint32_t at) {
    while (stack.size() > 1 && stack.back().rank >= r) {
      ds.units[*stack.back().unit].span.end = at;
      stack.pop_back();
    }
  };
  ds.body_end = n;
  // The table's words in capitals, computed once per table (the table outlives every document).
  thread_local const DocTypeTable* upper_for = nullptr;
  thread_local std::size_t upper_count = 0;
  thread_local std::vector<std::string> upper_types;
  if (upper_for != &types || upper_count != types.entries().size()) {
    upper_types.clear();
    for (const DocType& dt : types.entries()) upper_types.push_back(upper_vi(dt.word));
    upper_for = &types;
    upper_count = types.entries().size();
  }
  const auto new_context = [&](std::uint32_t at) {
    ds.body_end = std::min(ds.body_end, at);
    close_to(-1, at);  // close everything
    stack.assign(1, Frame{-1, std::nullopt, {}});
    ++context;
    dieu_max = 0;
    after_signature = false;
  };

  for (std::uint32_t b = 0; b < n; ++line_no) {
    const LineBytes lb = scan_line(d, b, n);
    const std::uint32_t e = lb.end;
    const std::uint32_t next = e < n ? e + 1 : n;
    const Span t = trim(text, b, e);
    const std::string_view line = slice(t);
    const bool empty = t.begin == t.end;

    if (!empty && pending_next) {
      ds.signature[*pending_next].next = t;
      pending_next.reset();
    }

    // Header titles: the first lines, columns possibly merged.
    if (line_no < 40 && !empty) {
      if (ds.national_title.end == 0)
        if (auto s = find_in<g::st_national>(text, t.begin, t.end, 'C'); s) ds.national_title = *s;
      if (ds.motto.end == 0)
        if (auto s = find_in<g::st_motto>(text, t.begin, t.end, '\xC4'); s) ds.motto = *s;
      if (ds.party_title.end == 0)
        if (auto s = find_in<g::st_party_title>(text, t.begin, t.end, '\xC4'); s) ds.party_title = *s;
    }
    // A second national title after the body: another document follows.
    else if (units_started && !empty && line.size() < 120 && line.size() >= kNationalBytes && d[t.begin] == 'C' &&
             find_in<g::st_national>(text, t.begin, t.end, 'C')) {
      new_context(b);
    }

    if (empty) {  // a blank line (often a page break in extractions) does not end a wrapped basis
      b = next;
      continue;
    }
    // Extraction noise between pages (gazette running heads, page numbers, digital-signature stamps):
    // invisible to the structure, so a basis or a reference wrapped over a page break stays whole.
    if (page_noise(line)) {
      b = next;
      continue;
    }

    // Title: a line that is a type word in capitals, after the number line, before any unit.
    if (!title_found && !units_started && line_no < 80) {
      if (const DocType* type = title_candidate(line) ? title_type(line, types, upper_types) : nullptr; type != nullptr) {
        ds.title = t;
        ds.type = type->word;
        title_found = true;
        subject_pending = true;
        title_line = line_no;
        ds.body_begin = next;
        b = next;
        continue;
      }
    } else if (subject_pending) {
      ds.subject = t;
      subject_pending = false;
      const std::string_view s = line;
      ds.amending = contains(s, "sửa đổi") || contains(s, "bổ sung") || contains(s, "bãi bỏ") || contains(s, "Sửa đổi") ||
                    contains(s, "SỬA ĐỔI") || contains(s, "BỔ SUNG");
    } else if (title_found && !units_started && ds.enacting.end == 0 && line.size() <= 24 && line.back() == ':' &&
               line_no > title_line && all_caps_line(line.substr(0, line.size() - 1))) {
      ds.enacting = t;
    }

    const bool quoted_state = curly > 0 || straight;
    const char* open_at = nullptr;  // where a quotation opens on this line, if the line opens one
    // Quote bookkeeping for the next lines.
    // (Trimming takes blanks only: the line's '"' and 0xE2 bytes are all inside t.)
    if (lb.odd_quotes) straight = !straight;
    for (const char* q = d + lb.first_e2; q < d + t.end && (q = static_cast<const char*>(std::memchr(q, '\xE2', d + t.end - q))); ++q)
      if (q + 2 < d + t.end && q[1] == '\x80') {
        if (q[2] == '\x9C' || q[2] == '\x9E' || q[2] == '\x9F') {  // “ „ ‟ open, ” closes
          if (curly == 0 && !straight && open_at == nullptr) open_at = q;
          ++curly;
        } else if (q[2] == '\x9D' && curly > 0) {
          --curly;
        }
      }
    // Quotations that run over lines: an amended text opens at a line start ("“Điều 5. …") and may
    // run for pages; a quote opened mid-line and left open (a table cell, a typo) is dropped after
    // a few lines so that it does not hide the rest of the document.
    const bool open_now = curly > 0 || straight;
    if (!quoted_state && open_now) {
      quote_start = open_at ? static_cast<std::uint32_t>(open_at - d) : t.begin;
      // A block: the quote opens the line, or follows "… như sau:" (the amended text).
      const char* before = open_at ? open_at : d + t.begin;
      while (before > d + t.begin && (before[-1] == ' ' || before[-1] == '\t')) --before;
      quote_block = d[t.begin] == '"' || (open_at != nullptr && open_at == d + t.begin) ||
                    (before > d + t.begin && before[-1] == ':');
      quote_age = 0;
    } else if (quoted_state && !open_now) {
      ds.quotations.push_back(Span{quote_start, t.end});
    } else if (open_now && !quote_block && ++quote_age >= 3) {
      ds.quotations.push_back(Span{quote_start, t.end});
      curly = 0;
      straight = false;
    }

    // Recipients.
    if (d[t.begin] == 'N' && match_at<g::st_recipients>(d + t.begin, d + t.end) > 0) {  // "Nơi nhận", "NƠI NHẬN"
      ds.recipients = t;
      in_recipients = true;
      close_to(0, b);
      after_signature = units_started;
      sign_zone_end = line_no + 25;
    } else if (in_recipients) {
      if (d[t.begin] == '-' || d[t.begin] == '+') ds.recipients.end = t.end;
      else in_recipients = false;
    }

    // Signature lines: at the start, or after a wide gap (merged columns).
    if (title_found ? t.begin >= ds.body_begin : line_no >= 5) {
      bool sig_found = false;
      // Candidates: the line start, and the first byte after each run of two or more spaces.
      std::uint32_t cand[8];
      std::size_t ncand = 0;
      cand[ncand++] = t.begin;
      for (std::size_t at = lb.pair ? find_two_spaces(line, 0, d + n) : std::string_view::npos;
           at != std::string_view::npos && ncand < 8;
           at = find_two_spaces(line, at, d + n)) {
        while (at < line.size() && line[at] == ' ') ++at;
        if (at < line.size()) cand[ncand++] = t.begin + static_cast<std::uint32_t>(at);
      }
      for (std::size_t ci = 0; ci < ncand && !sig_found; ++ci) {
        const std::uint32_t i = cand[ci];
        const char c = d[i];
        if (c != 'T' && c != 'K' && c != 'Q') continue;
        if (match_at<g::st_signature>(d + i, d + t.end) <= 0) continue;
        const long p = match_at<g::st_sign_prefix>(d + i, d + t.end);
        SignatureLine sl;
        sl.line = Span{i, t.end};
        sl.prefix = Span{i, i + static_cast<std::uint32_t>(p)};
        sl.authority = trim(text, sl.prefix.end, t.end);
        ds.signature.push_back(sl);
        pending_next = static_cast<std::uint32_t>(ds.signature.size() - 1);
        if (units_started) {
          close_to(0, b);
          after_signature = true;
          ds.body_end = std::min(ds.body_end, b);
        }
        sign_zone_end = line_no + 12;
        sig_found = true;
      }
      // A prefix that is not one of the known ones, in the signature zone only.
      if (!sig_found && sign_zone_end > 0 && line_no <= sign_zone_end &&
          match_at<g::st_sign_other>(d + t.begin, d + t.end) > 0) {
        const long p = match_at<g::st_sign_other_prefix>(d + t.begin, d + t.end);
        const std::string_view pre = text.substr(t.begin, static_cast<std::size_t>(p));
        const bool dotted = pre.back() == '.' || pre.find('/') != std::string_view::npos;
        const bool undotted_known = pre == "TM" || pre == "KT" || pre == "TL" || pre == "TUQ";
        const auto stem = pre.substr(0, pre.find_first_of("./"));
        // "A. PHẦN CHUNG" is a heading; a prefix has two letters at least.
        if ((dotted || undotted_known) && stem.size() >= 2 && !roman_value(stem) && pre != "TP." && pre != "V/V") {
          SignatureLine sl;
          sl.line = t;
          sl.prefix = Span{t.begin, t.begin + static_cast<std::uint32_t>(p)};
          sl.authority = trim(text, sl.prefix.end, t.end);
          sl.known = false;
          ds.signature.push_back(sl);
          pending_next = static_cast<std::uint32_t>(ds.signature.size() - 1);
        }
      }
    }

    // A title ("QUYẾT ĐỊNH" alone) after the body has started: a template or another document.
    if (units_started && title_found && line.size() <= 40 && title_candidate(line) &&
        title_type(line, types, upper_types) != nullptr) {
      new_context(b);
      b = next;
      continue;
    }

    // Annex: "Phụ lục", "PHỤ LỤC I", a form "Mẫu số 01" opens a new numbering.
    if (units_started && (d[t.begin] == 'P' || d[t.begin] == 'M') && match_at<g::st_annex>(d + t.begin, d + t.end) > 0) {
      const long k = match_at<g::st_annex>(d + t.begin, d + t.end);
      std::string_view rest = slice(trim(text, t.begin + static_cast<std::uint32_t>(k), t.end));
      // "PHỤ LỤC", "Phụ lục II", "Phụ lục số 01: BIỂU MẪU", "Phụ lục I (Kèm theo …)"; not
      // "Phụ lục IV ban hành kèm theo Thông tư này." in running text.
      if (rest.starts_with("số ")) rest.remove_prefix(4);
      const std::size_t tok = std::min(rest.find_first_of(" \t:.-"), rest.size());
      const std::string_view numeral = rest.substr(0, tok);
      std::string_view after = rest.substr(tok);
      while (!after.empty() && (after[0] == ' ' || after[0] == '\t' || after[0] == ':' || after[0] == '.' || after[0] == '-'))
        after.remove_prefix(1);
      const bool numeral_ok = numeral.empty() || roman_value(numeral) || arabic(numeral) > 0 ||
                              (numeral.size() >= 2 && roman_value(numeral.substr(0, numeral.size() - 1)));
      const bool after_ok = after.empty() || after[0] == '(' || all_caps_line(after);
      if (numeral_ok && after_ok) {
        new_context(b);
        b = next;
        continue;
      }
    }

    // Numbered units.
    LineState st;
    const char c0 = d[t.begin];
    const bool may_mark = (c0 >= '0' && c0 <= '9') || (c0 >= 'a' && c0 <= 'z') || c0 == 'I' || c0 == 'V' || c0 == 'X' ||
                          c0 == 'L' || c0 == 'P' || c0 == 'C' || c0 == 'M' || c0 == '\xC4' || c0 == '\xC4';
    if (may_mark && !quoted_state) {
      LineInput in(d + t.begin, d + t.end, "");
      try {
        // The alternatives of st_marker that can match the first byte, in their order: the others
        // fail on that byte before any action runs, so the outcome is st_marker's.
        switch (c0) {
          case 'P': pegtl::parse<g::st_phan, action>(in, st); break;
          case 'C': pegtl::parse<pegtl::sor<g::st_chuong, g::st_roman_head>, action>(in, st); break;
          case 'M': pegtl::parse<pegtl::sor<g::st_muc, g::st_roman_head>, action>(in, st); break;
          case '\xC4': pegtl::parse<pegtl::sor<g::st_dieu, g::st_letter_head>, action>(in, st); break;  // Đ, đ
          case 'I':
          case 'V':
          case 'X':
          case 'L': pegtl::parse<g::st_roman_head, action>(in, st); break;
          default:
            if (c0 >= '0' && c0 <= '9') pegtl::parse<pegtl::sor<g::st_decimal, g::st_arabic>, action>(in, st);
            else pegtl::parse<g::st_letter_head, action>(in, st);  // a–z
        }
      } catch (const pegtl::parse_error&) {
        st.kind = Marker::none;
      }
    }
    // "… quy định tại khoản 3\nĐiều 19. …": a reference wrapped onto a new line, not a heading.
    // "Phần 3. Điều kiện hợp đồng và Biểu mẫu hợp đồng:" introduces a list: an item, not a heading.
    if ((st.kind == Marker::phan || st.kind == Marker::chuong || st.kind == Marker::muc) && line.back() == ':')
      st.kind = Marker::none;
    // "Điều\n2. Hội đồng …": an article heading broken after its keyword by the extraction.
    const bool split_article = st.kind == Marker::arabic && !st.dash && (prev_line == "Điều" || prev_line == "ĐIỀU");
    if (split_article) st.kind = Marker::dieu;
    else if (st.kind != Marker::none && st.kind != Marker::phan && st.kind != Marker::chuong && continues_reference(prev_line, st.kind == Marker::letter))
      st.kind = Marker::none;
    // "1.20 Chỉ đạo …" inside an article: clause 1 with footnote 20 glued on (consolidated texts).
    if (st.kind == Marker::decimal && st.value_e < d + t.end && *st.value_e != '.' && in_article(stack, ds.units)) {
      const char* dot = st.value_b;
      while (*dot != '.') ++dot;
      if (std::count(st.value_b, st.value_e, '.') == 1) {
        st.kind = Marker::arabic;
        st.value_e = dot;
      }
    }
    // Basis lines, before the first unit.
    if (!units_started && t.begin >= ds.body_begin && st.kind == Marker::none) {
      if (match_at<g::st_basis>(d + t.begin, d + t.end) > 0) {
        std::uint32_t s = t.begin;
        while (s < t.end && (d[s] == '-' || d[s] == '+' || d[s] == ' ' || d[s] == '\t')) ++s;
        ds.basis.push_back(Span{s, t.end});
        basis_open = static_cast<std::uint32_t>(ds.basis.size() - 1);
      } else if (basis_open) {
        const char last = d[ds.basis[*basis_open].end - 1];
        // A wrapped line may end with ','; an item ends with ';' or '.' (or ':' before the enacting word).
        const bool ended = last == ';' || last == '.' || last == ':';
        // A new item or the end of the basis: "Theo đề nghị …", "Xét …", "QUYẾT ĐỊNH:", a Party "- Thực hiện …";
        // not "- Thương binh và Xã hội;" (a name broken at its hyphen) or "CP;" (an identifier broken).
        std::string_view rest = line;
        while (!rest.empty() && (rest[0] == '-' || rest[0] == '+' || rest[0] == ' ')) rest.remove_prefix(1);
        const bool dash_item = (d[t.begin] == '-' || d[t.begin] == '+') && (ended || rest.starts_with("Thực hiện") ||
                                                                             rest.starts_with("Theo ") || rest.starts_with("Xét "));
        const bool caps_line = !(d[t.begin] >= '0' && d[t.begin] <= '9') && (line.find(' ') != std::string_view::npos || line.back() == ':') &&
                               all_caps_line(line);
        const bool starts_item = dash_item || line.starts_with("Theo ") || line.starts_with("Xét ") || caps_line;
        // After a comma a wrapped line goes on ("…, Luật số 18/2023/QH15,\nLuật số 61/2024/QH15 …"), but
        // not the sentence that closes the preamble ("Ban Thường vụ … ban hành Kế hoạch như sau:").
        const unsigned char f = static_cast<unsigned char>(d[t.begin]);
        const bool capital = (f >= 'A' && f <= 'Z') || f == 0xC3 || (f == 0xC4 && (t.end - t.begin) > 1 && d[t.begin + 1] == '\x90');
        if (!ended && !starts_item && !(last == ',' && capital && line.back() == ':')) ds.basis[*basis_open].end = t.end;
        else basis_open.reset();
      }
    }

    if (st.kind != Marker::none && st.value_b != nullptr) {
      Unit u;
      const std::string_view val(st.value_b, static_cast<std::size_t>(st.value_e - st.value_b));
      u.marker = trim(text, t.begin, static_cast<std::uint32_t>(st.end - d));
      u.number = Span{static_cast<std::uint32_t>(st.value_b - d), static_cast<std::uint32_t>(st.value_e - d)};
      u.dash = st.dash;
      u.inserted = st.suffix;
      switch (st.kind) {
        case Marker::phan:
          u.level = UnitLevel::phan;
          if (auto r = roman_value(val)) u.value = *r;
          else if (int a = arabic(val)) u.value = a;
          else {
            const auto sp = val.find_last_of(" \t");
            u.value = ordinal_word_value(val.substr(sp == std::string_view::npos ? 0 : sp + 1));
          }
          break;
        case Marker::chuong:
          u.level = UnitLevel::chuong;
          u.value = roman_value(val).value_or(arabic(val));
          break;
        case Marker::muc:
          u.level = UnitLevel::muc;
          u.value = roman_value(val).value_or(arabic(val));
          break;
        case Marker::dieu:
          u.level = UnitLevel::dieu;
          u.value = arabic(val);
          break;
        case Marker::roman:
          u.level = UnitLevel::roman;
          u.value = roman_value(val).value_or(0);
          break;
        case Marker::decimal: {
          u.level = UnitLevel::decimal;
          u.depth = 1;
          for (char ch : val) u.depth += ch == '.';
          u.value = arabic(val.substr(val.rfind('.') + 1));
          break;
        }
        case Marker::arabic:
          u.level = UnitLevel::arabic;
          u.value = arabic(val);
          break;
        case Marker::letter:
          u.level = UnitLevel::letter;
          u.value = letter_value(val);
          break;
        case Marker::none: break;
      }
      // A roman "heading" must be a canonical numeral; "C. …" or "L. …" alone are initials.
      const int max_value = u.level == UnitLevel::roman ? 39 : u.level == UnitLevel::letter ? 1000 : 999;
      const bool plausible = (u.value > 0 || u.level == UnitLevel::letter) && u.value <= max_value;
      if (plausible) {
        if (after_signature) new_context(b);
        // Điều numbering that starts again from 1: a table of contents, a regulation issued with the
        // document, or another document.
        if (u.level == UnitLevel::dieu) {
          // Article numbers going back: a table of contents, a regulation issued with the document, or
          // another document; "Điều 7a." inserted articles stay in the sequence.
          if (!u.inserted && u.value < dieu_max && (u.value == 1 || u.value < dieu_max - 1)) new_context(b);
          dieu_max = std::max(dieu_max, u.value);
        }
        const int r = rank(u.level, u.depth);
        close_to(r, b);
        Frame& parent = stack.back();
        u.parent = parent.unit;
        u.prev_sibling = parent.last[r];
        u.context = context;
        u.span = Span{t.begin, n};
        const auto idx = static_cast<std::uint32_t>(ds.units.size());
        ds.units.push_back(u);
        parent.last[r] = idx;
        stack.push_back(Frame{r, idx, {}});
        units_started = true;
        basis_open.reset();
      }
    }
    prev_line = line;
    b = next;
  }
  if (curly > 0 || straight) ds.quotations.push_back(Span{quote_start, n});
  close_to(0, n);
  return ds;
}

}  // namespace cmlint
