// Byte-level shortcuts of the structure and figure rules, checked against the plain code they
// replace (or, for filters, against the search they cut short), on edge cases and random texts.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "numbers/vocabulary.hpp"
#include "rules/structure/text_scan.hpp"
#include "structure/structure.hpp"

using namespace cmlint;
namespace ss = cmlint::structure_scan;

namespace {

// Random text over an alphabet made of the needle's pieces, quotes, blanks and line breaks.
std::string random_text(std::mt19937& rng, std::size_t n) {
  static const std::vector<std::string> pieces = {" ", "n", "y", "\xC3\xA0", " này", "này", "\"", "\n", "\xE2\x80\x9C",
                                                  "\xE2\x80\x9D", "\xE2\x80\x9E", "\xE2\x80\x9F", "\xE2\x80", "\xE2",
                                                  "a", "Đi", "\r\n"};
  std::string s;
  while (s.size() < n) s += pieces[rng() % pieces.size()];
  return s;
}

}  // namespace

TEST(RuleScans, FindFilteredIsFind) {
  const std::string_view needle = " này";
  for (const std::string& s : {std::string(), std::string(" này"), std::string(" nà"), std::string("x này"),
                               std::string(40, ' ') + " này", std::string(" này") + std::string(40, 'y'),
                               std::string(15, 'a') + " này" + std::string(17, 'b') + " này"}) {
    for (std::size_t from = 0; from <= s.size() + 1; ++from)
      EXPECT_EQ(ss::find_filtered(s, from, needle, 1, 4), from > s.size() ? std::string_view::npos : std::string_view(s).find(needle, from))
          << s << " from " << from;
  }
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    const std::string s = random_text(rng, rng() % 120);
    for (std::size_t from = 0; from <= s.size(); ++from) {
      const std::size_t expect = std::string_view(s).find(needle, from);
      ASSERT_EQ(ss::find_filtered(s, from, needle, 1, 4), expect) << "round " << round << " from " << from;
      ASSERT_EQ(ss::find_filtered(s, from, needle, 0, 2), expect) << "round " << round << " from " << from;
    }
  }
}

TEST(RuleScans, InlineQuotesIsInsideInlineQuote) {
  // Hand-made: a quote left open on the line before, one closed, an opener split at the end of the text.
  for (const std::string& s : {std::string("\n\"a\nb"), std::string("\xE2\x80\x9C" "a\xE2\x80\x9D b \"c\" d"),
                               std::string("x \xE2\x80\x9Cy\n z"), std::string("ab\xE2\x80"), std::string("\n")}) {
    ss::InlineQuotes q(s);
    for (std::size_t pos = 0; pos <= s.size(); ++pos) EXPECT_EQ(q.at(pos), inside_inline_quote(s, pos)) << s << " at " << pos;
  }
  std::mt19937 rng(11);
  for (int round = 0; round < 300; ++round) {
    const std::string s = random_text(rng, 1 + rng() % 200);
    {  // every position, ascending
      ss::InlineQuotes q(s);
      for (std::size_t pos = 0; pos <= s.size(); ++pos)
        ASSERT_EQ(q.at(pos), inside_inline_quote(s, pos)) << "round " << round << " at " << pos;
    }
    {  // some positions, ascending, and a few going back
      ss::InlineQuotes q(s);
      for (std::size_t pos = 0; pos <= s.size(); pos += 1 + rng() % 9) {
        const std::size_t at = rng() % 5 == 0 ? rng() % (pos + 1) : pos;
        ASSERT_EQ(q.at(at), inside_inline_quote(s, at)) << "round " << round << " at " << at;
      }
    }
  }
}

// Vocabulary::may_end_at may say yes wrongly (a hash), never no wrongly: whenever some s[x, at) is a
// form of the role, it must say yes.
TEST(RuleScans, MayEndAtNeverMissesAForm) {
  const auto v = numbers::Vocabulary::parse(
      "hedges = [\"x\", \"khoảng\", \"ít nhất\", \"Ư\"]\nlabels = [\"Điều\", \"năm\", \"mã số\", \"a\"]\n", "test");
  const auto& builtin = numbers::Vocabulary::builtin();
  static const std::vector<std::string> pieces = {" ", "x", "a", "khoảng", "năm", "Năm", "Điều", "điều", "mã số", "ít nhất",
                                                  "Ư", "ư", "\xE1\xBB", "ng", "tháng", ":", "số", "trên", "tổ dân phố"};
  std::mt19937 rng(5);
  for (int round = 0; round < 400; ++round) {
    std::string s;
    while (s.size() < 40) s += pieces[rng() % pieces.size()];
    for (const numbers::Vocabulary* voc : {&v, &builtin})
      for (const auto role : {grammar::vocab::hedge, grammar::vocab::label}) {
        for (std::size_t at = 0; at <= s.size(); ++at) {
          bool any = false;
          for (std::size_t x = 0; x < at && !any; ++x) any = voc->is_form(role, std::string_view(s).substr(x, at - x));
          if (any) ASSERT_TRUE(voc->may_end_at(role, s, at)) << s << " at " << at;
        }
        EXPECT_FALSE(voc->may_end_at(role, s, s.size() + 1));
      }
  }
  EXPECT_TRUE(v.may_end_at(grammar::vocab::hedge, "x", 1));   // a form of one byte
  EXPECT_FALSE(v.may_end_at(grammar::vocab::hedge, "y", 1));
  EXPECT_FALSE(v.may_end_at(grammar::vocab::hedge, "x", 0));  // nothing ends before the start
  EXPECT_TRUE(v.may_end_at(grammar::vocab::label, "Mã số", std::string_view("Mã số").size()));  // the capitalised form
}
