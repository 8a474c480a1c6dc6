// The figures of one document, extracted once and shared by the figure rules
// (CM302–CM308): each rule used to extract the quantities (and two of them the
// breakdowns) again. Built lazily, so a document whose rules need only the
// percentages never extracts its numbers. One per document; not thread-safe.
#pragma once
#include <optional>
#include <vector>

#include "relations.hpp"

namespace cmlint::numbers {

class NumericModel {
 public:
  explicit NumericModel(const Document& doc) : doc_(doc) {}

  // The percentages (Quantities::items empty unless all() was already asked for).
  const Quantities& percents();
  // Numbers and percentages.
  const Quantities& all();
  const std::vector<Breakdown>& breakdowns();

 private:
  const Document& doc_;
  std::optional<Quantities> percents_, all_;
  std::optional<std::vector<Breakdown>> breakdowns_;
};

}  // namespace cmlint::numbers
