// CM411 admin-capitalization: the generic noun of an administrative unit
// capitalised mid-sentence before the unit's name ("…, Huyện Chương Mỹ" for
// "huyện Chương Mỹ"), NĐ 30/2020 Annex II. Nouns and exceptions: rules/hygiene.toml.
#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "../rule.hpp"
#include "hygiene.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM411",
    "admin-capitalization",
    Severity::warning,
    "Danh từ chung chỉ đơn vị hành chính viết hoa giữa câu (Huyện Chương Mỹ thay vì huyện Chương Mỹ)",
    "Generic noun of an administrative unit capitalised mid-sentence (Huyện Chương Mỹ for huyện Chương Mỹ)",
    R"(## Quy tắc phát hiện gì
Danh từ chung chỉ đơn vị hành chính (`tỉnh`, `huyện`, `xã`, `phường`, `thị trấn`, `thị xã`, `quận`,
`thành phố`, `thôn` …) viết hoa ở giữa câu khi đứng trước tên riêng: `trong năm 2022, Huyện Chương Mỹ`.
Không báo ở đầu câu, đầu dòng, sau dấu hai chấm, trong dòng viết hoa toàn bộ; khi tên là số (`Quận 1`,
`Phường 3`); với các trường hợp đặc biệt (`Thành phố Hồ Chí Minh`, `Thủ đô Hà Nội`); và khi sau danh từ là tên
tổ chức (`Huyện Đoàn`, `Tỉnh Đội`, `Huyện ủy`). Danh sách trong `rules/hygiene.toml`.

## Vì sao
Nghị định 30/2020/NĐ-CP, Phụ lục II: tên đơn vị hành chính gồm danh từ chung viết thường và tên riêng viết hoa
(`tỉnh Nam Định`, `huyện Chương Mỹ`, `xã Phú Nghĩa`), trừ đơn vị đặt tên bằng số hoặc các trường hợp đặc biệt.

## Ví dụ sai
    Trong năm 2022, Huyện Chương Mỹ đã hoàn thành chỉ tiêu xây dựng nông thôn mới.

## Ví dụ đúng
    Trong năm 2022, huyện Chương Mỹ đã hoàn thành chỉ tiêu xây dựng nông thôn mới.
)",
    R"(## What it flags
The generic noun of an administrative unit (`tỉnh`, `huyện`, `xã`, `phường`, `thị trấn`, `thị xã`, `quận`,
`thành phố`, `thôn` …) capitalised mid-sentence before the unit's name: `trong năm 2022, Huyện Chương Mỹ`.
Not reported at the start of a sentence or line, after a colon, in lines written wholly in capitals; when the
name is a number (`Quận 1`, `Phường 3`); for the special cases (`Thành phố Hồ Chí Minh`, `Thủ đô Hà Nội`); and
when an organisation's name follows (`Huyện Đoàn`, `Tỉnh Đội`, `Huyện ủy`). Lists in `rules/hygiene.toml`.

## Why
Decree 30/2020/NĐ-CP, Annex II: an administrative unit is written as a lower-case generic noun and a capitalised
proper name (`tỉnh Nam Định`, `huyện Chương Mỹ`, `xã Phú Nghĩa`), except units named by a number and the special
cases.

## Bad
    Trong năm 2022, Huyện Chương Mỹ đã hoàn thành chỉ tiêu xây dựng nông thôn mới.

## Good
    Trong năm 2022, huyện Chương Mỹ đã hoàn thành chỉ tiêu xây dựng nông thôn mới.
)",
};

// `s` starts with the words of `w`, blanks and line breaks between words counting as one blank.
bool starts_with_words(std::string_view s, std::string_view w) {
  std::size_t i = 0, k = 0;
  while (k < w.size()) {
    if (w[k] == ' ') {
      if (i >= s.size() || (s[i] != ' ' && s[i] != '\n')) return false;
      while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r')) ++i;
      ++k;
      continue;
    }
    if (i >= s.size() || s[i] != w[k]) return false;
    ++i, ++k;
  }
  return i == s.size() || !hygiene::is_letter(hygiene::decode(s, i).c);
}

bool starts_with_word(std::string_view s, std::string_view w) {
  // Byte by byte: the words are short and most differ from s at their second or third byte.
  if (s.size() < w.size()) return false;
  for (std::size_t k = 0; k < w.size(); ++k)
    if (s[k] != w[k]) return false;
  if (s.size() == w.size()) return true;
  return !hygiene::is_letter(hygiene::decode(s, w.size()).c);
}

// The first eight bytes of each word, to rule most words out with one comparison.
class Prefixes {
 public:
  explicit Prefixes(const std::vector<std::string>& words) {
    for (const auto& w : words) {
      const std::size_t n = std::min<std::size_t>(w.size(), 8);
      std::uint64_t prefix = 0, mask = 0;
      for (std::size_t k = 0; k < n; ++k) {
        prefix |= static_cast<std::uint64_t>(static_cast<unsigned char>(w[k])) << (8 * k);
        mask |= std::uint64_t{0xFF} << (8 * k);
      }
      keys_.push_back({prefix, mask});
    }
  }
  // The first eight bytes of s (little-endian order), or 0 when s is shorter.
  static std::uint64_t head(std::string_view s) {
    std::uint64_t h = 0;
    if (s.size() >= 8)
      for (std::size_t k = 0; k < 8; ++k) h |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[k])) << (8 * k);
    return h;
  }
  // False only when word k cannot start s (whose head() is h).
  bool may_start(std::size_t k, std::uint64_t h, std::size_t size) const {
    return size < 8 || (h & keys_[k].mask) == keys_[k].prefix;
  }

 private:
  struct Key {
    std::uint64_t prefix, mask;
  };
  std::vector<Key> keys_;
};

class AdminCapitalization final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const std::string_view t = doc.text.view();
    const auto& d = hygiene::data();
    // The first and the second bytes of the nouns: a place whose two bytes are not among them starts none.
    bool first_byte[256] = {}, second_byte[256] = {};
    bool any_second = false;  // a one-byte noun: every second byte may follow
    for (const auto& n : d.admin_nouns) {
      if (!n.empty()) first_byte[static_cast<unsigned char>(n[0])] = true;
      if (n.size() > 1) second_byte[static_cast<unsigned char>(n[1])] = true;
      else any_second = true;
    }
    const Prefixes nouns(d.admin_nouns);
    // Every T, H, X, P, Q (the first letters of rules/hygiene.toml's nouns: ASCII capitals, so each is
    // looked at in turn), sixteen bytes at a time where SSE2 is available.
    const auto visit = [&](std::size_t i) {
      if (!first_byte[static_cast<unsigned char>(t[i])]) return;
      if (!any_second && (i + 1 >= t.size() || !second_byte[static_cast<unsigned char>(t[i + 1])])) return;
      const char32_t prev = hygiene::decode_before(t, i).c;
      if (hygiene::is_letter(prev) || hygiene::is_digit(prev)) return;
      check_at(doc, t, i, d, nouns, out);
    };
    std::size_t i = 0;
#if defined(__SSE2__)
    const auto eq = [](__m128i v, char x) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(x)); };
    for (; i + 16 <= t.size(); i += 16) {
      const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
      auto mask = static_cast<unsigned>(_mm_movemask_epi8(
          _mm_or_si128(_mm_or_si128(_mm_or_si128(eq(c, 'T'), eq(c, 'H')), _mm_or_si128(eq(c, 'X'), eq(c, 'P'))), eq(c, 'Q'))));
      while (mask != 0) {
        visit(i + static_cast<std::size_t>(__builtin_ctz(mask)));
        mask &= mask - 1;
      }
    }
#endif
    for (; i < t.size(); ++i)
      if (t[i] == 'T' || t[i] == 'H' || t[i] == 'X' || t[i] == 'P' || t[i] == 'Q') visit(i);
  }

 private:
  static void check_at(const Document& doc, std::string_view t, std::size_t i, const hygiene::Data& d, const Prefixes& nouns,
                       Reporter& out) {
    const auto rest = t.substr(i, 120);
    const std::string* noun = nullptr;
    const std::uint64_t head = Prefixes::head(rest);
    for (std::size_t k = 0; k < d.admin_nouns.size(); ++k)
      if (nouns.may_start(k, head, rest.size()) && starts_with_word(rest, d.admin_nouns[k])) noun = &d.admin_nouns[k];
    if (noun == nullptr) return;
    for (const auto& e : d.admin_exceptions)
      if (starts_with_words(rest, e)) return;
    // The name: one blank, then a capitalised word that is not a number or an organisation.
    if (rest.size() <= noun->size() + 1 || rest[noun->size()] != ' ') return;
    const auto name = rest.substr(noun->size() + 1);
    const auto first = hygiene::decode(name, 0);
    if (!hygiene::is_upper(first.c)) return;
    for (const auto& o : d.admin_organisations)
      if (starts_with_word(name, o)) return;
    // The name in capitals (a header) or a noun in capitals.
    const auto second = first.len < name.size() ? hygiene::decode(name, first.len).c : U' ';
    if (hygiene::is_upper(second)) return;
    // Mid-sentence: the previous non-blank character on the line is a letter, digit or comma.
    std::size_t k = i;
    while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t')) --k;
    if (k == 0 || t[k - 1] == '\n') return;
    const auto pc = hygiene::decode_before(t, k).c;
    if (!(hygiene::is_letter(pc) || hygiene::is_digit(pc) || pc == ',')) return;
    // After a capitalised word the noun may start a new cell of a table row ("Huyện Bạch Thông Xã Vũ Muộn").
    if (hygiene::is_letter(pc)) {
      std::size_t w = k;
      while (w > 0 && hygiene::is_letter(hygiene::decode_before(t, w).c)) w -= hygiene::decode_before(t, w).len;
      if (hygiene::is_upper(hygiene::decode(t, w).c)) return;
    }
    // Inside a line in capitals (title)? Look at the word before.
    const auto pw = hygiene::decode_before(t, k);
    if (hygiene::is_upper(pw.c) && k >= pw.len && hygiene::is_upper(hygiene::decode_before(t, k - pw.len).c)) return;
    // The name: the capitalised words that follow (at most four).
    std::size_t ne = 0;
    for (int words = 0; words < 4 && ne < name.size() && hygiene::is_upper(hygiene::decode(name, ne).c); ++words) {
      std::size_t e = ne;
      while (e < name.size() && hygiene::is_letter(hygiene::decode(name, e).c)) e += hygiene::decode(name, e).len;
      if (e == ne) break;
      ne = e;
      if (ne + 1 < name.size() && name[ne] == ' ' && hygiene::is_upper(hygiene::decode(name, ne + 1).c)) ++ne;
      else break;
    }
    while (ne > 0 && name[ne - 1] == ' ') --ne;
    const Span s{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + noun->size())};
    std::string lower;
    const auto fc = hygiene::decode(*noun, 0);
    hygiene::append_utf8(lower, static_cast<char32_t>(u_tolower(static_cast<UChar32>(fc.c))));
    lower += noun->substr(fc.len);
    out.report(s, "“{} {}”: danh từ chung chỉ đơn vị hành chính viết thường giữa câu: “{} {}”",
               "\"{} {}\": the generic noun of an administrative unit is lower case mid-sentence: \"{} {}\"", *noun,
               name.substr(0, ne), lower, name.substr(0, ne));
    (void)doc;
  }
};

}  // namespace

const Rule& admin_capitalization_rule() {
  static const AdminCapitalization rule;
  return rule;
}

}  // namespace cmlint
