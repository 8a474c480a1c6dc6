// Helpers shared by the numeric-consistency rules (CM302–CM308).
#pragma once
#include <string>

#include "../../core/decimal_format.hpp"
#include "../../numbers/relations.hpp"
#include "../rule.hpp"

namespace cmlint::numeric {

using numbers::i128;

inline i128 pow10(int n) {
  i128 r = 1;
  while (n-- > 0) r *= 10;
  return r;
}

// P = Pn·10^-d read as rounded: [P − ½·10^-d, P + ½·10^-d].
inline bool surely_below_100(const Decimal& p) { return 2 * static_cast<i128>(p.mantissa) + 1 < 200 * pow10(p.decimals); }
inline bool surely_above_100(const Decimal& p) { return 2 * static_cast<i128>(p.mantissa) - 1 > 200 * pow10(p.decimals); }
inline bool written_at_least_100(const Decimal& p) { return static_cast<i128>(p.mantissa) >= 100 * pow10(p.decimals); }

inline std::string written(const Document& doc, Span s) { return std::string(doc.slice(s)); }

// A quantity as written, with its scale word: "6,8 tỷ".
inline std::string with_scale(const Document& doc, const numbers::Quantity& q) {
  return q.scale_span.end > 0 ? written(doc, {q.span.begin, q.scale_span.end}) : written(doc, q.span);
}

// A value in half-units of 10^exponent, shown in the scale of `like` ("6,7 tỷ").
inline std::string show_value(const Document& doc, i128 units, int exponent, const numbers::Quantity& like) {
  // units·10^exponent in the scale 10^like.scale: decimals = like.scale − exponent.
  std::string s = numbers::format_vi(units, like.scale - exponent);
  if (like.scale_span.end > 0) s += " " + written(doc, like.scale_span);
  return s;
}

}  // namespace cmlint::numeric
