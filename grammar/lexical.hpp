// Shared lexical rules: digits, blanks, word characters and the keywords
// that several grammars need. Grammar only; actions live in src/scan/.
#pragma once
#include <tao/pegtl.hpp>

namespace cmlint::grammar {
using namespace tao::pegtl;

struct digit : ascii::digit {};
struct nbsp : string<'\xC2', '\xA0'> {};          // U+00A0, common after "Số:" in Word output
struct nnbsp : string<'\xE2', '\x80', '\xAF'> {}; // U+202F
struct blank : sor<one<' ', '\t'>, nbsp, nnbsp> {};
struct sp : plus<blank> {};

// Characters that continue a word: a fact must not start or end inside one
// ("H2O", "12tr" are not numbers). Latin, Latin-1/Extended, combining marks,
// Greek, Cyrillic (homoglyphs stay inside words) and Vietnamese letters.
struct word_char : sor<ascii::alnum,
                       utf8::ranges<0xC0, 0xD6, 0xD8, 0xF6, 0xF8, 0x24F, 0x300, 0x36F,
                                    0x370, 0x4FF, 0x1E00, 0x1EFF>> {};
struct word_end : not_at<word_char> {};
struct word : plus<word_char> {};

// Upper-case letter of an identifier symbol: ASCII or Đ (U+0110).
struct cap : sor<ascii::upper, string<'\xC4', '\x90'>> {};

struct kw_ngay : sor<TAO_PEGTL_STRING("ngày"), TAO_PEGTL_STRING("Ngày")> {};
struct kw_thang : sor<TAO_PEGTL_STRING("tháng"), TAO_PEGTL_STRING("Tháng")> {};
struct kw_nam : sor<TAO_PEGTL_STRING("năm"), TAO_PEGTL_STRING("Năm")> {};
struct kw_so : sor<TAO_PEGTL_STRING("số"), TAO_PEGTL_STRING("Số")> {};

}  // namespace cmlint::grammar
