// Configuration files and inline suppressions.
#include <gtest/gtest.h>

#include "core/suppress.hpp"
#include "test_util.hpp"

using namespace cmlint;
using V = std::vector<std::string>;

namespace {

std::string config_error(const std::string& toml) {
  try {
    parse_config(toml, "cmlint.toml");
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST(Config, DefaultsComeFromTheRules) {
  const Config c = default_config();
  ASSERT_EQ(c.rules.size(), all_rules().size());
  for (std::size_t i = 0; i < c.rules.size(); ++i) {
    EXPECT_TRUE(c.rules[i].enabled);
    EXPECT_EQ(c.rules[i].severity, all_rules()[i]->info().default_severity);
  }
}

TEST(Config, SetsSeverityEnabledOptionsAndLanguage) {
  const Config c = parse_config(
      "lang = \"en\"\n[rules]\ndate-invalid = \"warning\"\nCM201 = \"off\"\n"
      "[rules.percent-ratio]\nseverity = \"info\"\nmax-gap = 20\n",
      "cmlint.toml");
  EXPECT_EQ(c.lang, Lang::en);
  const auto idx = [](std::string_view n) {
    const auto& r = all_rules();
    return static_cast<std::size_t>(std::find(r.begin(), r.end(), find_rule(n)) - r.begin());
  };
  EXPECT_EQ(c.rules[idx("date-invalid")].severity, Severity::warning);
  EXPECT_FALSE(c.rules[idx("id-type-mismatch")].enabled);
  EXPECT_EQ(c.rules[idx("percent-ratio")].severity, Severity::info);
  EXPECT_EQ(std::get<std::int64_t>(c.rules[idx("percent-ratio")].options.at("max-gap")), 20);
}

TEST(Config, ErrorsNameFileLineAndColumn) {
  EXPECT_EQ(config_error("lang = \"vi\"\ncolour = true\n"),
            "cmlint.toml:2:10: unknown key 'colour' (expected lang, as-of, rules, doc-types, issuers)");
  EXPECT_EQ(config_error("[rules]\ndate-invalud = \"off\"\n"),
            "cmlint.toml:2:16: unknown rule 'date-invalud' (see cmlint --list-rules)");
  EXPECT_EQ(config_error("[rules.percent-ratio]\nmax-gap = \"20\"\n"),
            "cmlint.toml:2:11: option 'max-gap' of rule 'percent-ratio' must be an integer");
  EXPECT_EQ(config_error("[rules.percent-ratio]\ntolerance = 1\n"),
            "cmlint.toml:2:13: unknown option 'tolerance' for rule 'percent-ratio' (known: severity, enabled, "
            "allow-truncation, max-gap)");
  EXPECT_EQ(config_error("[rules]\ndate-invalid = \"fatal\"\n"),
            "cmlint.toml:2:16: severity of rule 'date-invalid' must be \"error\", \"warning\", \"info\" or \"off\"");
  EXPECT_EQ(config_error("[rules\n"), "cmlint.toml:1:7: Error while parsing table header: expected ']', saw '\\n'");
  EXPECT_EQ(config_error("[[doc-types]]\nword = \"Kế hoạch\"\ntoken = [\"KH\"]\n"),
            "cmlint.toml:3:9: unknown key 'token' in doc-types (expected word, tokens, no-token, any)");
}

TEST(Config, DumpShowsEveryRuleAndOption) {
  const std::string dump = dump_config(default_config());
  for (const Rule* r : all_rules()) {
    EXPECT_NE(dump.find("[rules." + std::string(r->info().name) + "]"), std::string::npos);
    for (const auto& o : r->info().options) EXPECT_NE(dump.find(std::string(o.name) + " = "), std::string::npos);
  }
}

TEST(Suppressions, NextLineLineAndRanges) {
  const std::string text =
      "a\n"
      "cmlint: disable-next-line percent-ratio -- số liệu đã được xác minh\n"
      "x\n"
      "y cmlint: disable-line CM101\n"
      "cmlint: disable id-type-mismatch\n"
      "z\n"
      "cmlint: enable id-type-mismatch\n"
      "w\n"
      "cmlint: disable\n";
  const auto s = Suppressions::parse(text);
  EXPECT_TRUE(s.suppressed("CM301", "percent-ratio", 3));
  EXPECT_FALSE(s.suppressed("CM301", "percent-ratio", 4));
  EXPECT_FALSE(s.suppressed("CM101", "date-invalid", 3));
  EXPECT_TRUE(s.suppressed("CM101", "date-invalid", 4));
  EXPECT_TRUE(s.suppressed("CM201", "id-type-mismatch", 6));
  EXPECT_FALSE(s.suppressed("CM201", "id-type-mismatch", 8));
  EXPECT_TRUE(s.suppressed("CM201", "id-type-mismatch", 9));
  EXPECT_TRUE(s.suppressed("CM101", "date-invalid", 100));
}

TEST(Suppressions, ApplyToDiagnostics) {
  EXPECT_EQ(test::lint_text("cmlint: disable-next-line date-invalid -- bản nháp\nngày 31/4/2023\nngày 31/4/2023\n"),
            V{"3:6 error date-invalid Ngày tháng không tồn tại: “31/4/2023” (tháng 4 có 30 ngày)"});
}
