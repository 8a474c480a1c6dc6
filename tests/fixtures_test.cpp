// Fixture files under tests/fixtures/<rule>/*.txt carry their expectations
// beside the text (clang-tidy style): a line
//   cmlint-expect: <col> <severity> <rule> <message>
// expects that diagnostic on the nearest line above that is not an
// expectation. Only the rule named by the folder runs; every other diagnostic
// of it is a failure, and so is a missing one.
// The samples/*.txt drafts are compared with their golden outputs
// (samples/<name>.expected.txt and .expected.json); CMLINT_UPDATE_GOLDEN=1 rewrites them.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "report/report.hpp"
#include "test_util.hpp"

namespace fs = std::filesystem;
using namespace cmlint;

namespace {

std::string read(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::vector<fs::path> files_under(const fs::path& dir, const std::string& suffix) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().string().size() > suffix.size() &&
        e.path().string().ends_with(suffix) && !e.path().string().ends_with(".expected.txt"))
      out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST(Fixtures, EveryRuleHasFixtures) {
  for (const Rule* r : all_rules()) {
    if (r->info().name == "encoding") continue;  // reported by the loader: see cli_test.cpp
    const fs::path dir = fs::path(CMLINT_SOURCE_DIR) / "tests/fixtures" / std::string(r->info().name);
    EXPECT_TRUE(fs::is_directory(dir)) << "no fixtures for " << r->info().name;
  }
}

TEST(Fixtures, ExpectationsMatch) {
  constexpr std::string_view kTag = "cmlint-expect: ";
  const auto files = files_under(fs::path(CMLINT_SOURCE_DIR) / "tests/fixtures", ".txt");
  ASSERT_FALSE(files.empty());
  for (const auto& path : files) {
    const std::string text = read(path);
    std::vector<std::string> expected;
    std::string linted;  // the text with expectation lines blanked, so they are not linted
    std::istringstream in(text);
    std::string line;
    std::uint32_t n = 0, target = 0;
    while (std::getline(in, line)) {
      ++n;
      const auto at = line.find(kTag);
      if (at == std::string::npos) {
        target = n;
        linted += line + "\n";
        continue;
      }
      linted += "\n";
      expected.push_back(std::to_string(target) + ":" + line.substr(at + kTag.size()));
    }
    // Only the rule the fixture's folder is named after runs (as ruff and clang-tidy fixtures do).
    Config config = default_config();
    const std::string rule = path.parent_path().filename().string();
    ASSERT_NE(find_rule(rule), nullptr) << "fixture folder is not a rule: " << rule;
    for (std::size_t i = 0; i < all_rules().size(); ++i) config.rules[i].enabled = all_rules()[i]->info().name == rule;
    const auto actual = test::lint_text(linted, Lang::vi, config);
    EXPECT_EQ(actual, expected) << "fixture " << path.string();
  }
}

TEST(Samples, MatchGoldenOutputs) {
  const fs::path dir = fs::path(CMLINT_SOURCE_DIR) / "samples";
  const bool update = std::getenv("CMLINT_UPDATE_GOLDEN") != nullptr;
  std::size_t checked = 0;
  for (const auto& sample : files_under(dir, ".txt")) {
    const std::string rel = "samples/" + sample.filename().string();
    for (const std::string fmt : {"text", "json"}) {
      // Run from the source root so paths in the output are stable.
      const auto r = test::run_binary("--color never --format " + fmt + " " + rel, "cd " + std::string(CMLINT_SOURCE_DIR) + " &&");
      const fs::path golden =
          sample.parent_path() / (sample.stem().string() + ".expected." + (fmt == "text" ? "txt" : "json"));
      if (update) std::ofstream(golden, std::ios::binary) << r.out;
      EXPECT_EQ(r.out, read(golden)) << rel << " (" << fmt << ")";
      const bool has_error = r.out.find(fmt == "text" ? ": error[" : "\"severity\": \"error\"") != std::string::npos;
      EXPECT_EQ(r.code, has_error ? 1 : 0) << rel;
      ++checked;
    }
  }
  EXPECT_GE(checked, 8u);
}

// Generated references must match the code they come from (ruff-style docs).
TEST(Generated, RuleDocsAndDefaultConfigAreCurrent) {
  const fs::path root(CMLINT_SOURCE_DIR);
  const bool update = std::getenv("CMLINT_UPDATE_GOLDEN") != nullptr;
  std::vector<std::pair<fs::path, std::string>> pages;
  for (const Rule* r : all_rules())
    pages.emplace_back(root / "docs/rules" / (std::string(r->info().name) + ".md"), rule_reference_page(*r));
  pages.emplace_back(root / "rules/default.toml", dump_config(default_config()));
  pages.emplace_back(root / "docs/rules/README.md", rule_index_page());
  pages.emplace_back(root / "docs/cmlint.schema.json", config_json_schema());
  for (const auto& [path, text] : pages) {
    if (update) std::ofstream(path, std::ios::binary) << text;
    EXPECT_EQ(read(path), text) << path.string() << " is stale: run CMLINT_UPDATE_GOLDEN=1 build/tests/cmlint_tests";
  }
}
