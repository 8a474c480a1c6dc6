#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <string_view>

#include "char_table.hpp"

namespace cmlint::hygiene {

namespace {
bool is_tone(char32_t c) { return c == 0x300 || c == 0x301 || c == 0x303 || c == 0x309 || c == 0x323; }
}  // namespace

std::vector<CharInfo> char_table_from_icu() {
  std::vector<CharInfo> t(kTableEnd);
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(ec);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  for (char32_t c = 0; c < kTableEnd; ++c) {
    CharInfo& x = t[c];
    const auto u = static_cast<UChar32>(c);
    if (u_isalpha(u)) x.flags |= kLetter;
    if (u_isupper(u)) x.flags |= kUpper;
    ec = U_ZERO_ERROR;
    if ((x.flags & kLetter) && uscript_getScript(u, &ec) == USCRIPT_LATIN) x.flags |= kLatin;
    const auto type = u_charType(u);
    if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK) x.flags |= kMark;
    if (!(x.flags & kLetter) || c < 0xC0) continue;
    icu::UnicodeString d;
    if (!nfd->getDecomposition(u, d)) continue;
    char32_t tone = 0;
    icu::UnicodeString rest;
    for (int32_t i = 0; i < d.length();) {
      const UChar32 m = d.char32At(i);
      i += U16_LENGTH(m);
      if (is_tone(static_cast<char32_t>(m))) tone = static_cast<char32_t>(m);
      else rest.append(m);
    }
    if (tone == 0) continue;
    icu::UnicodeString composed;
    ec = U_ZERO_ERROR;
    nfc->normalize(rest, composed, ec);
    if (U_FAILURE(ec) || composed.countChar32() != 1) continue;
    const auto base = static_cast<char32_t>(u_tolower(composed.char32At(0)));
    // Only the Vietnamese vowels carry tone marks (ñ is not n + tilde here).
    if (std::u32string_view(U"aăâeêioôơuưy").find(base) == std::u32string_view::npos) continue;
    x.base = base;
    x.tone = tone;
  }
  return t;
}

}  // namespace cmlint::hygiene
