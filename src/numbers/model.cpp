#include "model.hpp"

#include "../rules/rule.hpp"

namespace cmlint::numbers {

const Quantities& NumericModel::percents() {
  if (all_) return *all_;  // its percentages are the same
  if (!percents_) percents_ = extract_quantities(doc_, Vocabulary::builtin(), false);
  return *percents_;
}

const Quantities& NumericModel::all() {
  if (!all_) {
    if (percents_) {  // the percentages are already there: extract only the numbers
      all_ = Quantities{extract_items(doc_, Vocabulary::builtin()), percents_->percents};
    } else {
      all_ = extract_quantities(doc_, Vocabulary::builtin());
    }
  }
  return *all_;
}

const std::vector<Breakdown>& NumericModel::breakdowns() {
  if (!breakdowns_) breakdowns_ = find_breakdowns(doc_.text.view(), all(), Vocabulary::builtin());
  return *breakdowns_;
}

}  // namespace cmlint::numbers
