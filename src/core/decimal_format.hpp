#pragma once
#include <cstdint>
#include <string>

namespace cmlint {

// num/den rounded half-up to `decimals` places, trailing zeros dropped, in
// Vietnamese notation ("86,54", "78"). den > 0; num >= 0.
inline std::string format_quotient(std::int64_t num, std::int64_t den, int decimals) {
  __int128 scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  const __int128 v = (static_cast<__int128>(num) * scale * 2 + den) / (2 * static_cast<__int128>(den));
  const auto ip = static_cast<std::int64_t>(v / scale);
  auto fp = static_cast<std::int64_t>(v % scale);
  std::string s = std::to_string(ip);
  if (decimals > 0 && fp != 0) {
    std::string f = std::to_string(fp);
    f.insert(0, static_cast<std::size_t>(decimals) - f.size(), '0');
    while (!f.empty() && f.back() == '0') f.pop_back();
    s += ',' + f;
  }
  return s;
}

}  // namespace cmlint
