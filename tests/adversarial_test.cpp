// Adversarial inputs at bounded sizes: the whole pipeline finishes and says
// exactly what it should. Their cost is guarded by tests/complexity_check.sh.
#include <gtest/gtest.h>

#include "adversarial.hpp"
#include "scan/scanner.hpp"
#include "test_util.hpp"

using cmlint::Lang;
using cmlint::test::adversarial;
using cmlint::test::lint_text;

TEST(Adversarial, EveryKindLintsWithoutCrashing) {
  for (auto kind : cmlint::test::adversarial_kinds()) {
    const auto text = adversarial(kind, 200'000);
    const auto r = cmlint::lint_loaded(cmlint::load_bytes(text, "a.txt"), cmlint::default_config(), Lang::en);
    EXPECT_TRUE(r.io_error.empty()) << kind;
  }
}

TEST(Adversarial, AMillionDigitsIsOneNumberTooLongToHaveAValue) {
  const auto facts = cmlint::scan(adversarial("digits", 1'000'000), cmlint::DocTypeTable::builtin());
  ASSERT_EQ(facts.numbers.size(), 1u);
  EXPECT_FALSE(facts.numbers[0].value);
  EXPECT_EQ(facts.numbers[0].span.end, 1'000'000u);
}

TEST(Adversarial, OneIdentifierCitedManyTimesIsOneConsistentCitation) {
  const auto text = adversarial("same-id", 100'000);
  const auto facts = cmlint::scan(text, cmlint::DocTypeTable::builtin());
  const std::size_t n = text.size() / std::string("Kế hoạch số 12-KH/HU, ngày 23-11-2021 của Ban Thường vụ Huyện ủy;\n").size();
  EXPECT_EQ(facts.citations.size(), n);
  EXPECT_EQ(lint_text(text), std::vector<std::string>{});
}

TEST(Adversarial, LongLineFindsEveryFact) {
  const std::string unit = "Nghị quyết số 09-NQ/TU ngày 27-2-2012 đạt 45/52 xã (86,5%), chiếm 62,5%; ";
  const auto text = adversarial("long-line", 100 * unit.size());
  const auto facts = cmlint::scan(text, cmlint::DocTypeTable::builtin());
  EXPECT_EQ(facts.citations.size(), 100u);
  EXPECT_EQ(facts.ratios.size(), 100u);
  EXPECT_EQ(facts.percents.size(), 200u);
}

TEST(Adversarial, FindingsOfOneRuleAreCappedAndCounted) {
  // 100,000 stray opening quotes: the first 2,000 are listed, the rest counted in one more finding.
  const auto r = cmlint::lint_loaded(cmlint::load_bytes(adversarial("quotes", 300'000), "q.txt"),
                                     cmlint::default_config(), Lang::en);
  std::size_t quote = 0;
  std::string last;
  for (const auto& d : r.diagnostics)
    if (d.name == "quote-balance") {
      ++quote;
      last = d.message;
    }
  EXPECT_EQ(quote, cmlint::Reporter::kMaxFindings + 1);
  EXPECT_EQ(last, "98000 more findings of this rule in the file; only the first 2000 are listed");
}
