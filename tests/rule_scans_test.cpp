// Byte-level shortcuts of the structure rules, checked against the plain code they replace, on
// hand-made edge cases and on random texts over the bytes that matter.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

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
