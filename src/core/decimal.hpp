// Exact decimal values read from their digits: mantissa × 10^-decimals.
// Never floating point: consistency checks compare integers.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

namespace cmlint {

struct Decimal {
  std::int64_t mantissa = 0;  // "54,3" -> 543
  int decimals = 0;           // "54,3" -> 1; trailing zeros count ("54,30" -> 2)

  // Parses Vietnamese notation: '.' groups thousands, ',' starts decimals.
  // Returns nullopt on overflow (a million digits is text, not a number).
  static std::optional<Decimal> parse(std::string_view digits) {
    Decimal d;
    bool in_fraction = false;
    for (char c : digits) {
      if (c == '.') continue;
      if (c == ',') {
        in_fraction = true;
        continue;
      }
      if (c < '0' || c > '9') continue;
      if (d.mantissa > (INT64_MAX - 9) / 10) return std::nullopt;
      d.mantissa = d.mantissa * 10 + (c - '0');
      if (in_fraction) ++d.decimals;
    }
    if (d.decimals > 12) return std::nullopt;
    return d;
  }

  bool is_integer() const { return decimals == 0; }
};

}  // namespace cmlint
