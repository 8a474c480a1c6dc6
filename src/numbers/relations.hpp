// Relations between quantities, found in one pass over the quantities:
// breakdowns of a total into parts (§6.5), groups of percentage shares
// (§6.6) and "c …, đạt P% chỉ tiêu" target claims (§6.4).
#pragma once
#include <cstdint>
#include <vector>

#include "quantities.hpp"

namespace cmlint::numbers {

struct Breakdown {
  bool complete = false;  // parts add up to the total (parenthesis, gồm …), else "trong đó"
  Span marker;            // "(", "gồm", "trong đó"
  Span scope;             // the text that holds the parts
  // One column per total ("100 lớp với 12.898 học viên"): the total and its parts, indices into Quantities::items.
  struct Column {
    std::uint32_t total = 0;
    std::vector<std::uint32_t> parts;
  };
  std::vector<Column> columns;
  bool overlapping = false;  // the scope names categories that may overlap (nữ, dân tộc thiểu số …)
};

// Consecutive shares ("chiếm P%") of one sentence after a breakdown marker.
struct ShareGroup {
  bool complete = false;
  bool overlapping = false;
  Span marker;
  std::vector<std::uint32_t> shares;  // indices into Quantities::percents
};

// "kết nạp được 7 đảng viên, đạt 140% chỉ tiêu".
struct TargetClaim {
  std::uint32_t count = 0;    // index into Quantities::items
  std::uint32_t percent = 0;  // index into Quantities::percents
};

std::vector<Breakdown> find_breakdowns(std::string_view text, const Quantities& q, const Vocabulary& v);
std::vector<ShareGroup> find_share_groups(std::string_view text, const Quantities& q, const Vocabulary& v);
std::vector<TargetClaim> find_target_claims(std::string_view text, const Facts& facts, const Quantities& q,
                                            const Vocabulary& v);

// True when the percentage is followed by a comparison with another period ("so với", "cùng kỳ").
bool compares_periods(std::string_view text, const Percent& p, const Vocabulary& v);
// True when the text holds a word of `overlaps` (checked at word starts).
bool names_overlap(std::string_view text, Span s, const Vocabulary& v);

// Sum of parts against a total in half-units of a common exponent.
struct Sum {
  bool ok = false;  // false: exponents too far apart
  int exponent = 0;
  i128 lo = 0, hi = 0, total_lo = 0, total_hi = 0;
  i128 value = 0;   // the sum of the written values, in units of 10^exponent
};
Sum sum_parts(const Quantity& total, const std::vector<const Quantity*>& parts);

}  // namespace cmlint::numbers
