// Inputs built to break linear time: one endless line, a million digits,
// unmatched quotes and brackets, one identifier cited again and again, many
// numbered items, deep nesting, many distinct citations. Shared by the
// correctness tests (bounded sizes), the complexity guard and the benchmark.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace cmlint::test {

inline const std::vector<std::string_view>& adversarial_kinds() {
  static const std::vector<std::string_view> kinds = {"long-line", "digits",   "quotes",    "parens",
                                                      "same-id",   "items",    "nesting",   "citations"};
  return kinds;
}

// About `bytes` bytes of the given kind (never less than one unit).
inline std::string adversarial(std::string_view kind, std::size_t bytes) {
  std::string s;
  s.reserve(bytes + 128);
  std::size_t i = 0;
  const auto fill = [&](auto unit) {
    while (s.size() < bytes) s += unit(i++);
  };
  if (kind == "long-line")
    fill([](std::size_t) { return std::string("Nghị quyết số 09-NQ/TU ngày 27-2-2012 đạt 45/52 xã (86,5%), chiếm 62,5%; "); });
  else if (kind == "digits")
    s.assign(bytes, '7');
  else if (kind == "quotes")
    fill([](std::size_t) { return std::string("“"); });
  else if (kind == "parens")
    fill([](std::size_t) { return std::string("("); });
  else if (kind == "same-id")
    fill([](std::size_t) { return std::string("Kế hoạch số 12-KH/HU, ngày 23-11-2021 của Ban Thường vụ Huyện ủy;\n"); });
  else if (kind == "items")
    fill([](std::size_t n) { return "Điều " + std::to_string(n + 1) + ". Quy định về khoản " + std::to_string(n % 7 + 1) + ".\n"; });
  else if (kind == "nesting") {
    while (s.size() * 2 < bytes) s += "(";
    const std::size_t open = s.size();
    s += "85 tổ chức (41 đảng bộ và 44 chi bộ)";
    s.append(open, ')');
  } else if (kind == "citations")
    fill([](std::size_t n) {
      return "Quyết định số " + std::to_string(n % 9000 + 1) + "/QĐ-TTg ngày " + std::to_string(n % 28 + 1) + "/" +
             std::to_string(n % 12 + 1) + "/20" + std::to_string(10 + n % 15) + " của Thủ tướng Chính phủ;\n";
    });
  return s;
}

}  // namespace cmlint::test
