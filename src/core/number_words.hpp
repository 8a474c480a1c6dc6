// Vietnamese numbers and dates written in words, and Roman numerals, read
// into exact values. Used as a value oracle (tests against NeMo's readings)
// and, later, for checking an amount "bằng chữ" against its figures.
//
//   parse_number_words("hai nghìn không trăm mười hai")  -> 2012
//   parse_number_words("một trăm linh một")              -> 101
//   parse_number_words("năm ngàn rưỡi")                  -> 5500
//   parse_spoken_date("ngày hai mươi bảy tháng hai năm hai nghìn mười hai") -> 27/2/2012
//   roman_value("XXI") -> 21;  roman_value("IIII") -> nullopt
//
// Input is expected in NFC (as everything cmlint scans); letter case is
// ignored for words, not for Roman numerals.
#pragma once
#include "roman.hpp"
#include <cstdint>
#include <optional>
#include <string_view>

namespace cmlint {

// A whole string of Vietnamese number words, blanks anywhere (several spaces,
// tabs, leading/trailing) ignored. Accepts the standard reading ("một trăm
// linh một", "hai mươi mốt", "một nghìn tỷ"), the variants "ngàn", "tỉ",
// "lẻ", "bẩy", "nhăm", "vạn" (10 000), a leading "âm"/"trừ", "rưỡi" after
// "trăm" or a scale word, and the colloquial short forms NeMo's inverse
// normaliser reads: tens without "mươi" ("hai mốt" = 21, "chín trăm ba tám"
// = 938) and a last digit standing for the next lower place ("một trăm hai"
// = 120, "một ngàn chín" = 1900). Ambiguous short forms are refused, as
// NeMo refuses them: a last "một" or "năm" after "trăm"/a scale word
// ("một trăm một": 101 or 110? "ba nghìn năm": 3005, 3500 or "3000 years"),
// and "năm" as the units of a tens word ("hai mươi năm" is "twenty years").
// nullopt for anything else, and on int64 overflow.
std::optional<std::int64_t> parse_number_words(std::string_view words);

// A year read aloud: any parse_number_words value, or digit pairs as in
// "một chín chín chín" (1999), "hai không mười ba" (2013), "hai không linh
// chín" (2009). Only values 1..9999 are years.
std::optional<int> parse_year_words(std::string_view words);

// A date read aloud, as NeMo writes readings:
//   [ngày] [mùng|mồng] DAY tháng MONTH [năm YEAR]
//   tháng MONTH [năm YEAR]
//   năm YEAR
// MONTH is a month word from a table ("một"/"giêng" … "mười hai"/"chạp",
// "tư" and "bốn" for April), so "tháng năm năm hai nghìn hai mươi ba" is
// May 2023. DAY is 1..31 (not checked against the month: that is a lint
// rule's job). Fields that are absent are 0. The whole string must be the
// date (blanks ignored); nullopt otherwise.
struct SpokenDate {
  int day = 0;
  int month = 0;
  int year = 0;
  friend bool operator==(const SpokenDate&, const SpokenDate&) = default;
};
std::optional<SpokenDate> parse_spoken_date(std::string_view words);

// The value of a Roman numeral in canonical form only: upper case, I..MMMCMXCIX,
// each place written with its one standard pattern (IV not IIII, XC not
// LXXXX). "IIII", "IIV", "XXIIII", "VX", "IL", "" and "xx" are nullopt.
// roman_value: see roman.hpp (strict canonical Roman numerals).

}  // namespace cmlint
