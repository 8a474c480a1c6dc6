// Strict Roman numerals: only the canonical form of 1–3999 is valid
// ("XIV", not "XIIII" or "IXV").
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace cmlint {

inline std::string to_roman(int v) {
  static constexpr struct {
    int value;
    const char* text;
  } kParts[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
                {40, "XL"},  {10, "X"},   {9, "IX"},   {5, "V"},    {4, "IV"},   {1, "I"}};
  std::string s;
  for (const auto& p : kParts)
    while (v >= p.value) {
      s += p.text;
      v -= p.value;
    }
  return s;
}

inline std::optional<int> roman_value(std::string_view s) {
  if (s.empty() || s.size() > 15) return std::nullopt;
  const auto digit = [](char c) {
    switch (c) {
      case 'I': return 1;
      case 'V': return 5;
      case 'X': return 10;
      case 'L': return 50;
      case 'C': return 100;
      case 'D': return 500;
      case 'M': return 1000;
      default: return 0;
    }
  };
  int total = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const int v = digit(s[i]);
    if (v == 0) return std::nullopt;
    const int next = i + 1 < s.size() ? digit(s[i + 1]) : 0;
    total += v < next ? -v : v;
  }
  if (total < 1 || total > 3999 || to_roman(total) != s) return std::nullopt;
  return total;
}

}  // namespace cmlint
