// Roman numerals and the words that introduce them in official text:
// "khóa XIII", "Đại hội XIII", "lần thứ XXIV", "quý II", "Chương IV", "Phần I".
// Validity (canonical form) is checked by the roman-invalid rule, so a
// malformed numeral ("XXIIII") is still recognised here.
#pragma once
#include "lexical.hpp"

namespace cmlint::grammar {

struct roman : seq<plus<one<'I', 'V', 'X', 'L', 'C', 'D', 'M'>>, word_end> {};

struct kw_khoa : sor<TAO_PEGTL_STRING("khóa"), TAO_PEGTL_STRING("khoá"), TAO_PEGTL_STRING("Khóa"),
                     TAO_PEGTL_STRING("Khoá"), TAO_PEGTL_STRING("KHÓA"), TAO_PEGTL_STRING("KHOÁ")> {};
struct kw_dai_hoi : sor<TAO_PEGTL_STRING("Đại hội"), TAO_PEGTL_STRING("đại hội"), TAO_PEGTL_STRING("ĐẠI HỘI")> {};
struct kw_lan_thu : sor<TAO_PEGTL_STRING("lần thứ"), TAO_PEGTL_STRING("Lần thứ"), TAO_PEGTL_STRING("LẦN THỨ")> {};
struct kw_chuong : sor<TAO_PEGTL_STRING("Chương"), TAO_PEGTL_STRING("CHƯƠNG"), TAO_PEGTL_STRING("chương")> {};
struct kw_phan : sor<TAO_PEGTL_STRING("Phần"), TAO_PEGTL_STRING("PHẦN"), TAO_PEGTL_STRING("phần")> {};
// Other words a Roman numeral follows in official text; numbered by OrdinalKind::other.
struct kw_other_ordinal : sor<TAO_PEGTL_STRING("Mục"), TAO_PEGTL_STRING("MỤC"), TAO_PEGTL_STRING("mục"),
                              TAO_PEGTL_STRING("Phụ lục"), TAO_PEGTL_STRING("PHỤ LỤC"), TAO_PEGTL_STRING("phụ lục"),
                              TAO_PEGTL_STRING("thế kỷ"), TAO_PEGTL_STRING("thế kỉ"), TAO_PEGTL_STRING("Thế kỷ"),
                              TAO_PEGTL_STRING("khoản"), TAO_PEGTL_STRING("đoạn"), TAO_PEGTL_STRING("Tiểu mục")> {};
// Not "số" or "thứ": "số CCCD", "số CDC" are abbreviations far more often than numerals.

struct ordinal_word : sor<kw_khoa, kw_dai_hoi, kw_lan_thu, kw_chuong, kw_phan, kw_other_ordinal> {};
// The first bytes of the ordinal words, tested before the ~30 keyword compares.
struct ordinal_start : one<'k', 'K', 'l', 'L', 'C', 'c', 'P', 'p', 'M', 'm', 't', 'T', '\xC4'> {};
struct ordinal : seq<at<ordinal_start>, ordinal_word, sp, roman> {};

}  // namespace cmlint::grammar
