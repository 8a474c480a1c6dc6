// Vietnamese number words, spoken dates and Roman numerals: exact values.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/number_words.hpp"

using cmlint::parse_number_words;
using cmlint::parse_spoken_date;
using cmlint::parse_year_words;
using cmlint::roman_value;
using cmlint::SpokenDate;

namespace {

void expect_numbers(const std::vector<std::pair<std::string, std::int64_t>>& cases) {
  for (const auto& [words, value] : cases) {
    const auto got = parse_number_words(words);
    ASSERT_TRUE(got.has_value()) << "no value for: \"" << words << "\"";
    EXPECT_EQ(*got, value) << "for: \"" << words << "\"";
  }
}

void expect_no_number(const std::vector<std::string>& cases) {
  for (const auto& words : cases)
    EXPECT_FALSE(parse_number_words(words).has_value()) << "should be refused: \"" << words << "\" got "
                                                         << parse_number_words(words).value_or(-1);
}

}  // namespace

TEST(NumberWords, StandardReadings) {
  expect_numbers({
      {"không", 0},
      {"một", 1},
      {"năm", 5},
      {"mười", 10},
      {"mười một", 11},
      {"mười lăm", 15},
      {"mười bốn", 14},
      {"hai mươi", 20},
      {"hai mươi mốt", 21},
      {"hai mươi tư", 24},
      {"hai mươi lăm", 25},
      {"ba mươi mốt", 31},
      {"chín mươi chín", 99},
      {"một trăm", 100},
      {"một trăm linh một", 101},
      {"một trăm lẻ năm", 105},
      {"một trăm linh tư", 104},
      {"năm trăm linh lăm", 505},
      {"một trăm mười", 110},
      {"một trăm mười một", 111},
      {"chín trăm chín mươi chín", 999},
      {"một nghìn", 1000},
      {"một nghìn linh một", 1001},
      {"một nghìn hai mươi", 1020},
      {"hai nghìn mười hai", 2012},
      {"hai nghìn không trăm mười hai", 2012},
      {"hai nghìn không trăm hai mươi bốn", 2024},
      {"mười lăm nghìn", 15000},
      {"một trăm nghìn", 100000},
      {"một triệu", 1000000},
      {"một triệu linh một", 1000001},
      {"một triệu mười", 1000010},
      {"một triệu một trăm", 1000100},
      {"một triệu hai trăm nghìn", 1200000},
      {"một triệu năm mươi nghìn linh ba", 1050003},
      {"năm triệu năm trăm nghìn", 5500000},
      {"một tỷ", 1000000000},
      {"một tỷ linh một", 1000000001},
      {"mười tỷ", 10000000000},
      {"một nghìn tỷ", 1000000000000},
      {"một triệu tỷ", 1000000000000000},
      {"một tỷ tỷ", 1000000000000000000},
      {"một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi nghìn một trăm hai mươi ba",
       1234567890123},
      {"âm một", -1},
      {"âm một nghìn linh một", -1001},
      {"trừ sáu mươi", -60},
  });
}

TEST(NumberWords, VariantsAndColloquialForms) {
  expect_numbers({
      {"một ngàn", 1000},
      {"một tỉ", 1000000000},
      {"mười bẩy", 17},
      {"hai mươi nhăm", 25},
      {"mười tám vạn", 180000},
      {"hai mốt", 21},
      {"bốn ba", 43},
      {"năm lăm", 55},
      {"chín trăm ba tám", 938},
      {"một trăm bốn bảy nghìn bốn trăm năm mốt", 147451},
      {"một ngàn chín lăm", 1095},
      {"một trăm hai", 120},
      {"năm trăm tư", 540},
      {"một trăm mốt", 110},
      {"một ngàn chín", 1900},
      {"một ngàn mốt", 1100},
      {"hai triệu ba", 2300000},
      {"tám trăm rưỡi", 850},
      {"năm ngàn rưỡi", 5500},
      {"hai triệu rưỡi", 2500000},
      {"Hai Nghìn Mười Hai", 2012},
  });
}

TEST(NumberWords, ToleratesExtraWhitespace) {
  expect_numbers({
      {"  ba   mươi   mốt  ", 31},
      {"\tmột\ttrăm  linh\nmột ", 101},
      {"hai\xC2\xA0nghìn", 2000},  // U+00A0
  });
}

TEST(NumberWords, RefusesNonNumbersAndAmbiguousShortForms) {
  expect_no_number({
      "",
      "   ",
      "âm",
      "mốt",
      "tư",
      "lăm",
      "nghìn",
      "trăm",
      "mươi",
      "linh một",           // "linh" needs hundreds or a scale before it
      "hai mươi năm",       // "twenty years", not 25
      "mười năm",           // "ten years"
      "một trăm một",       // 101 or 110
      "ba nghìn năm",       // 3500 or "3000 years"
      "hai nghìn ba triệu", // scales out of order
      "một một",
      "hai ba bốn",
      "không nghìn",
      "hai mươi rưỡi",
      "năm ngàn rưỡi một",
      "âm âm một",
      "mười tỷ tỷ",         // overflows int64
      "iPhone mười lăm",
      "ba phẩy năm",
  });
}

TEST(NumberWords, YearsReadAsDigitPairs) {
  const std::vector<std::pair<std::string, int>> cases{
      {"hai nghìn mười hai", 2012}, {"một chín chín chín", 1999}, {"hai không mười ba", 2013},
      {"hai không linh chín", 2009}, {"hai không không tám", 2008}, {"hai không một sáu", 2016},
      {"hai không hai mốt", 2021}, {"một tám năm hai", 1852},     {"một chín bảy lăm", 1975},
      {"một chín tám tư", 1984},    {"chín trăm ba tám", 938},    {"ba trăm lẻ tám", 308},
  };
  for (const auto& [words, year] : cases) {
    const auto got = parse_year_words(words);
    ASSERT_TRUE(got) << words;
    EXPECT_EQ(*got, year) << words;
  }
  EXPECT_FALSE(parse_year_words("một tỷ"));
  EXPECT_FALSE(parse_year_words("hai không"));
  EXPECT_FALSE(parse_year_words("nay"));
}

TEST(SpokenDate, NemoReadings) {
  const std::vector<std::pair<std::string, SpokenDate>> cases{
      {"ngày hai mươi bảy tháng hai năm hai nghìn mười hai", {27, 2, 2012}},
      {"ngày mười lăm tháng một năm hai nghìn hai mươi tư", {15, 1, 2024}},
      {"ngày mười tháng năm năm hai nghìn", {10, 5, 2000}},
      {"tháng năm năm hai nghìn hai mươi ba", {0, 5, 2023}},
      {"tháng tư năm một nghìn chín trăm sáu mươi chín", {0, 4, 1969}},
      {"ngày mười hai tháng mười hai năm hai nghìn hai mươi ba", {12, 12, 2023}},
      {"tháng mười một năm một nghìn tám trăm năm hai", {0, 11, 1852}},
      {"tháng mười năm hai ngàn linh chín", {0, 10, 2009}},
      {"ngày ba mươi tháng tư", {30, 4, 0}},
      {"hai tư tháng bảy năm hai nghìn mười ba", {24, 7, 2013}},
      {"mùng một tháng một năm một chín chín chín", {1, 1, 1999}},
      {"ngày mồng mười tháng chín", {10, 9, 0}},
      {"ngày mùng năm tháng tám", {5, 8, 0}},
      {"tháng giêng", {0, 1, 0}},
      {"tháng chạp năm hai nghìn", {0, 12, 2000}},
      {"năm chín trăm ba tám", {0, 0, 938}},
      {"  Ngày  hai   tháng ba năm hai nghìn ", {2, 3, 2000}},
  };
  for (const auto& [words, date] : cases) {
    const auto got = parse_spoken_date(words);
    ASSERT_TRUE(got) << words;
    EXPECT_EQ(got->day, date.day) << words;
    EXPECT_EQ(got->month, date.month) << words;
    EXPECT_EQ(got->year, date.year) << words;
  }
}

TEST(SpokenDate, RefusesWhatIsNotAWholeDate) {
  for (const char* words : {"", "ngày", "ngày bốn", "ngày bốn tháng này", "tháng năm năm nay", "tháng mười ba",
                            "ngày ba mươi hai tháng một", "tháng", "năm", "năm nay", "hôm nay là ngày mười tháng năm",
                            "ngày mười tháng năm sinh nhật", "mười"})
    EXPECT_FALSE(parse_spoken_date(words)) << words;
}

TEST(Roman, CanonicalValues) {
  const std::vector<std::pair<std::string, int>> cases{
      {"I", 1},     {"II", 2},      {"III", 3},      {"IV", 4},       {"V", 5},        {"IX", 9},
      {"X", 10},    {"XIV", 14},    {"XIX", 19},     {"XX", 20},      {"XXI", 21},     {"XL", 40},
      {"XC", 90},   {"XCIX", 99},   {"C", 100},      {"CD", 400},     {"D", 500},      {"CM", 900},
      {"M", 1000},  {"MCMXCIX", 1999}, {"MMXXIII", 2023}, {"CCCXLV", 345}, {"LXXXVIII", 88},
      {"MMMCMXCIX", 3999},
  };
  for (const auto& [numeral, value] : cases) {
    const auto got = roman_value(numeral);
    ASSERT_TRUE(got) << numeral;
    EXPECT_EQ(*got, value) << numeral;
  }
}

TEST(Roman, RejectsNonCanonicalForms) {
  for (const char* s : {"", "IIII", "IIV", "XXIIII", "VX", "IL", "IC", "XM", "VV", "LL", "DD", "XXXX", "CCCC",
                        "MMMM", "IXI", "IVI", "XCX", "VIV", "MMMCMXCIXI", "xx", "Xi", "I I", "A", "XIIV"})
    EXPECT_FALSE(roman_value(s)) << s;
}

TEST(Roman, EveryValueRoundTrips) {
  // Build each canonical numeral 1..3999 from its digits; all must read back,
  // and every one must be distinct (the validator accepts exactly 3999 forms).
  static const char* const th[] = {"", "M", "MM", "MMM"};
  static const char* const hu[] = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
  static const char* const te[] = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
  static const char* const un[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
  for (int v = 1; v <= 3999; ++v) {
    const std::string s = std::string(th[v / 1000]) + hu[v / 100 % 10] + te[v / 10 % 10] + un[v % 10];
    ASSERT_EQ(roman_value(s).value_or(-1), v) << s;
  }
}
