// The character classes of the text-hygiene rules for the code points below U+2000, computed with ICU
// at build time (gen_char_table.cpp writes the table that the linter compiles in, so no run builds it).
#pragma once
#include <cstdint>
#include <vector>

namespace cmlint::hygiene {

struct CharInfo {
  std::uint8_t flags = 0;  // kLetter | kUpper | kLatin | kMark
  char32_t base = 0;       // lower case, without its tone mark (0: no tone mark)
  char32_t tone = 0;       // combining tone mark (U+0300, 0301, 0303, 0309, 0323) or 0
};
constexpr std::uint8_t kLetter = 1, kUpper = 2, kLatin = 4, kMark = 8;
constexpr char32_t kTableEnd = 0x2000;

// The table compiled in (generated/char_table.cpp), kTableEnd entries.
extern const CharInfo kCharTable[kTableEnd];
// The same computed with ICU (for the generator, and for the test that compares the two).
std::vector<CharInfo> char_table_from_icu();

}  // namespace cmlint::hygiene
