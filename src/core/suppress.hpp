// Inline suppressions written in the text itself, so they work in plain
// .txt drafts:
//   cmlint: disable-next-line CM301 percent-ratio -- lý do
//   cmlint: disable-line date-invalid
//   cmlint: disable id-type-mismatch        … cmlint: enable id-type-mismatch
// With no rule named, every rule is meant. Text after "--" is the reason.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cmlint {

class Suppressions {
 public:
  static Suppressions parse(std::string_view text);

  bool suppressed(std::string_view code, std::string_view name, std::uint32_t line) const;
  bool empty() const { return ranges_.empty(); }

 private:
  struct Range {
    std::string rule;  // empty: every rule
    std::uint32_t first, last;  // lines, inclusive
  };
  std::vector<Range> ranges_;
};

}  // namespace cmlint
