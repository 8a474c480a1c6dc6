// The scan's shortcuts must not change what it finds. grammar::only_number_fact_at lets the
// scan try number_fact alone at a run of digits; here every input it says yes to is checked
// against the grammar: none of digit_fact's other alternatives may match there.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/doc_types.hpp"
#include "grammar/scan.hpp"
#include "scan/scanner.hpp"

namespace g = cmlint::grammar;
namespace pegtl = tao::pegtl;

namespace {

// digit_fact without its last alternative, number_fact.
struct other_digit_facts : pegtl::sor<g::bare_word_date, g::months_of_year, g::identifier, g::loose_identifier,
                                      g::date_fact, g::range_fact, g::ratio_fact, g::percent> {};

bool other_fact_matches(const std::string& s) {
  pegtl::memory_input in(s, "test");
  return pegtl::parse<other_digit_facts>(in);
}

bool shortcut(const std::string& s) { return g::only_number_fact_at(s.data(), s.data() + s.size()); }

}  // namespace

TEST(ScanShortcut, OnlyNumberFactAtEdges) {
  // The full digit_fact is tried: another fact may start here.
  for (const std::string s :
       {"15 tháng 3 năm 2020", "6 tháng đầu năm 2023", "6 Tháng", "12/2012", "09-NQ/TU", "15%", "15 %", "15\xC2\xA0%",
        "2010-2015", "2010 - 2015", "2010 – 2015", "2010–2015", "1.234,5", "1.234", "27.02.2012", "3,5", "3,5%",
        "123/QĐ - UBND", "123 /QĐ-UBND", "09 - NQ/TU", "09–NQ/TU", "5\xE2\x80\xAF%", "12 \t t", "7 /", "7 -"})
    EXPECT_FALSE(shortcut(s)) << s;
  // Only number_fact can match.
  for (const std::string s : {"2020", "2020.", "2020. Ngày", "2020, ngày", "1,", "1, 2", "12.", "1234.567", "15 người",
                              "15  người", "15\xC2\xA0người", "15\t", "15 ", "15 \xC2\xA0 Điều", "12tr", "3x",
                              "7\xC2\xB0", "100)", "5:30"})
    EXPECT_TRUE(shortcut(s)) << s;
}

TEST(ScanShortcut, NoOtherFactWhereOnlyNumberFact) {
  // Hand-picked inputs, then random strings of the pieces the digit rules look at.
  std::vector<std::string> inputs = {"15 tháng 3", "6 tháng đầu năm 2023", "12/2012", "09-NQ/TU", "15%", "15 %",
                                     "2010-2015", "1.234,5", "3,5", "2020", "1999.", "2020, ", "12.345.678", "5 người"};
  const std::vector<std::string> pieces = {"1", "12", "123", "2020", "12345", ".", ",", "/", "-", "%", " ", "  ",
                                           "\t", "\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x93", "\xE2\x80\x94", "tháng ",
                                           "năm ", "đầu ", "T", "QĐ", "NQ", "UBND", "x", ":", "(", "\xC2\xB0"};
  std::mt19937 rng(8);
  for (int i = 0; i < 200000; ++i) {
    std::string s = pieces[rng() % 5];  // starts with digits
    const int n = 1 + static_cast<int>(rng() % 7);
    for (int k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    inputs.push_back(std::move(s));
  }
  std::size_t shortcuts = 0;
  for (const auto& s : inputs) {
    if (!shortcut(s)) continue;
    ++shortcuts;
    EXPECT_FALSE(other_fact_matches(s)) << "only_number_fact_at said yes, but another digit fact matches: " << s;
  }
  EXPECT_GT(shortcuts, inputs.size() / 10);  // the random inputs do reach the shortcut
}

TEST(ScanShortcut, ScanFindsTheSameFacts) {
  std::string text;
  const auto scan = [&](const std::string& s) {
    text = s;
    return cmlint::scan(text, cmlint::DocTypeTable::builtin());
  };
  const auto at = [&](cmlint::Span sp) { return text.substr(sp.begin, sp.end - sp.begin); };
  auto f = scan("Có 15% và 15 % hay 3,5 %; 1.234,5 người, năm 2020. Giai đoạn 2010-2015, 2016 – 2020, 7 người.");
  ASSERT_EQ(f.percents.size(), 3u);
  EXPECT_EQ(at(f.percents[0].span), "15%");
  EXPECT_EQ(at(f.percents[1].span), "15 %");
  EXPECT_EQ(at(f.percents[2].span), "3,5 %");
  ASSERT_EQ(f.ranges.size(), 2u);
  EXPECT_EQ(at(f.ranges[0].span), "Giai đoạn 2010-2015");
  EXPECT_EQ(at(f.ranges[1].span), "2016 – 2020");
  ASSERT_EQ(f.dates.size(), 1u);
  EXPECT_EQ(at(f.dates[0].span), "năm 2020");
  ASSERT_EQ(f.numbers.size(), 2u);
  EXPECT_EQ(at(f.numbers[0].span), "1.234,5");
  EXPECT_EQ(at(f.numbers[1].span), "7");

  f = scan("15 tháng 3 năm 2020, 6 tháng đầu năm 2023, 12/2012 và 09-NQ/TU, 12 tháng, 1999.");
  ASSERT_EQ(f.dates.size(), 2u);
  EXPECT_EQ(at(f.dates[0].span), "15 tháng 3 năm 2020");
  EXPECT_EQ(at(f.dates[1].span), "6 tháng đầu năm 2023");
  ASSERT_EQ(f.ratios.size(), 1u);
  EXPECT_EQ(at(f.ratios[0].span), "12/2012");
  ASSERT_EQ(f.identifiers.size(), 1u);
  EXPECT_EQ(at(f.identifiers[0].span), "09-NQ/TU");
  ASSERT_EQ(f.numbers.size(), 2u);
  EXPECT_EQ(at(f.numbers[0].span), "12");
  EXPECT_EQ(at(f.numbers[1].span), "1999");
}
