// Configuration files and inline suppressions.
#include <gtest/gtest.h>

#include <toml++/toml.h>

#include "core/congresses.hpp"
#include "core/doc_types.hpp"
#include "core/issuers.hpp"
#include "core/suppress.hpp"
#include "numbers/vocabulary.hpp"
#include <fstream>
#include <sstream>
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
            "cmlint.toml:2:10: unknown key 'colour' (expected extends, lang, as-of, rules, overrides, doc-types, issuers)");
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

// The tag is found by its ':': at either end of the text, glued to the verb, inside a word.
TEST(Suppressions, TagAtEitherEndAndAfterOtherColons) {
  EXPECT_TRUE(Suppressions::parse("cmlint: disable-file CM101").suppressed("CM101", "date-invalid", 7));
  const auto s = Suppressions::parse("x: y\n:cmlint cmlint\nabc cmlint:disable-line CM101\nxcmlint: disable-line CM301\ncmlint:");
  EXPECT_FALSE(s.suppressed("CM101", "date-invalid", 2));
  EXPECT_TRUE(s.suppressed("CM101", "date-invalid", 3));
  EXPECT_TRUE(s.suppressed("CM301", "percent-ratio", 4));
  EXPECT_FALSE(s.suppressed("CM301", "percent-ratio", 5));
  for (const char* none : {"", ":", "cmlint", "cmlint:", "mlint: disable", "::::::::", "cmlint :disable"})
    EXPECT_TRUE(Suppressions::parse(none).empty()) << none;
  EXPECT_FALSE(Suppressions::parse("cmlint: disable").empty());
}

TEST(Suppressions, ApplyToDiagnostics) {
  EXPECT_EQ(test::lint_text("cmlint: disable-next-line date-invalid -- bản nháp\nngày 31/4/2023\nngày 31/4/2023\n"),
            V{"3:6 error date-invalid Ngày tháng không tồn tại: “31/4/2023” (tháng 4 có 30 ngày)"});
}

// extends, [[overrides]], --set, `cmlint config --show`, `cmlint init`.
namespace {

std::size_t rule_index(std::string_view n) {
  const auto& r = all_rules();
  return static_cast<std::size_t>(std::find(r.begin(), r.end(), find_rule(n)) - r.begin());
}

std::string load_error(const std::filesystem::path& p) {
  try {
    load_config(p);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST(ConfigLayers, ExtendsIsRelativeToTheFile) {
  const auto base = test::temp_file("layers/shared/base.toml",
                                    "lang = \"en\"\n[rules]\ndate-invalid = \"warning\"\n[rules.percent-ratio]\nmax-gap = 20\n"
                                    "[[issuers]]\ncode = \"SKHCN\"\nname = \"Sở Khoa học và Công nghệ\"\nfamily = \"state\"\n");
  const auto top = test::temp_file("layers/proj/cmlint.toml",
                                   "extends = \"../shared/base.toml\"\n[rules]\ndate-invalid = \"info\"\n"
                                   "[[issuers]]\ncode = \"SXD\"\nname = \"Sở Xây dựng\"\nfamily = \"state\"\n");
  const Config c = load_config(top);
  EXPECT_EQ(c.lang, Lang::en);                                                       // inherited
  EXPECT_EQ(c.rules[rule_index("date-invalid")].severity, Severity::info);           // overridden
  EXPECT_EQ(std::get<std::int64_t>(c.rules[rule_index("percent-ratio")].options.at("max-gap")), 20);
  EXPECT_NE(c.issuers->find("SKHCN"), nullptr);  // both files' table additions
  EXPECT_NE(c.issuers->find("SXD"), nullptr);

  const auto cyc = test::temp_file("layers/a.toml", "extends = \"b.toml\"\n");
  test::temp_file("layers/b.toml", "\nextends = \"a.toml\"\n");
  EXPECT_EQ(load_error(cyc), cyc.parent_path().string() + "/b.toml:2:11: 'extends' makes a cycle: " + cyc.string() +
                                 " is already being read");
  const auto missing = test::temp_file("layers/m.toml", "extends = \"nope.toml\"\n");
  EXPECT_EQ(load_error(missing), missing.string() + ":1:11: cannot read the extended configuration '" +
                                     (missing.parent_path() / "nope.toml").string() + "'");
}

TEST(ConfigLayers, OverridesApplyByGlob) {
  const auto cfg = test::temp_file("ov/cmlint.toml",
                                   "[[overrides]]\nfiles = [\"bao-cao/*.txt\"]\nrules = { date-invalid = \"off\" }\n"
                                   "[[overrides]]\nfiles = [\"*.md\"]\nlang = \"en\"\n[overrides.rules.percent-ratio]\n"
                                   "severity = \"warning\"\nmax-gap = 5\n"
                                   "[[overrides]]\nfiles = [\"x/*.md\"]\nrules = { percent-ratio = \"info\" }\n");
  const Config c = load_config(cfg);
  const auto dir = cfg.parent_path();
  const auto di = rule_index("date-invalid"), pr = rule_index("percent-ratio");
  EXPECT_FALSE(config_for_file(c, dir / "bao-cao/a.txt").rules[di].enabled);
  EXPECT_TRUE(config_for_file(c, dir / "bao-cao/sub/a.txt").rules[di].enabled);  // '*' stops at '/'
  EXPECT_TRUE(config_for_file(c, dir / "a.txt").rules[di].enabled);
  const Config md = config_for_file(c, dir / "deep/er/a.md");  // no '/': any depth
  EXPECT_EQ(md.lang, Lang::en);
  EXPECT_EQ(md.rules[pr].severity, Severity::warning);
  EXPECT_EQ(std::get<std::int64_t>(md.rules[pr].options.at("max-gap")), 5);
  EXPECT_EQ(config_for_file(c, dir / "x/a.md").rules[pr].severity, Severity::info);  // later wins
  EXPECT_EQ(config_for_file(c, "/elsewhere/a.md").rules[pr].severity, Severity::error);
  EXPECT_EQ(config_error("[[overrides]]\nrules = { date-invalid = \"off\" }\n"),
            "cmlint.toml:1:1: [[overrides]] entry without 'files'");
  EXPECT_EQ(config_error("[[overrides]]\nfiles = [\"*\"]\nas-of = \"2024-01-01\"\n"),
            "cmlint.toml:3:9: unknown key 'as-of' in [[overrides]] (expected files, rules, lang)");
}

TEST(ConfigLayers, SetFromTheCommandLine) {
  Config c = default_config();
  apply_setting(c, "rules.percent-ratio.max-gap=7");
  apply_setting(c, "rules.date-invalid=warning");  // not TOML: taken as a string
  apply_setting(c, "rules.CM201=\"off\"");
  apply_setting(c, "lang=en");
  EXPECT_EQ(std::get<std::int64_t>(c.rules[rule_index("percent-ratio")].options.at("max-gap")), 7);
  EXPECT_EQ(c.rules[rule_index("date-invalid")].severity, Severity::warning);
  EXPECT_FALSE(c.rules[rule_index("id-type-mismatch")].enabled);
  EXPECT_EQ(c.lang, Lang::en);
  const auto error = [](const std::string& s) {
    Config x = default_config();
    try {
      apply_setting(x, s);
    } catch (const ConfigError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(error("rules.percent-ratio.max-gap=many"),
            "--set rules.percent-ratio.max-gap=many: option 'max-gap' of rule 'percent-ratio' must be an integer");
  EXPECT_EQ(error("rules.nope=off"), "--set rules.nope=off: unknown rule 'nope' (see cmlint --list-rules)");
  EXPECT_EQ(error("max-gap"), "--set max-gap: expected KEY=VALUE, e.g. rules.percent-ratio.max-gap=20");
}

TEST(ConfigLayers, CliShowSetAndInit) {
  const auto cfg = test::temp_file("cli-cfg/cmlint.toml",
                                   "[[overrides]]\nfiles = [\"nhap/*\"]\nrules = { date-invalid = \"off\" }\n");
  const auto f = test::temp_file("cli-cfg/nhap/a.txt", "ngày 31/4/2023\n");
  const auto g = test::temp_file("cli-cfg/a.txt", "ngày 31/4/2023\n");
  auto r = test::run_binary("--format concise " + f.string() + " " + g.string());
  EXPECT_EQ(r.out, g.string() + ":1:6: error CM101 date-invalid Ngày tháng không tồn tại: “31/4/2023” (tháng 4 có 30 ngày)\n");
  r = test::run_binary("--format concise --set rules.date-invalid=info " + g.string());
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find(": info CM101"), std::string::npos);
  r = test::run_binary("--set rules.date-invalid=loud " + g.string());
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "cmlint: configuration error: --set rules.date-invalid=loud: severity of rule 'date-invalid' "
                   "must be \"error\", \"warning\", \"info\" or \"off\"\n");

  r = test::run_binary("config --show " + f.string());
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out.rfind("# Effective cmlint configuration (" + cfg.string() + ")\n", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("[rules.date-invalid]  # CM101: Date that does not exist (day or month out of range, 29 February "
                       "of a non-leap year)\nenabled = false\n"),
            std::string::npos);
  EXPECT_NE(test::run_binary("config --show " + g.string()).out.find("[rules.date-invalid]  # CM101: Date that does not "
                                                                   "exist (day or month out of range, 29 February of a "
                                                                   "non-leap year)\nenabled = true\n"),
            std::string::npos);
  EXPECT_EQ(test::run_binary("config").code, 2);

  const auto dir = cfg.parent_path() / "init";
  std::filesystem::create_directories(dir);
  r = test::run_binary("init " + dir.string());
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "cmlint: wrote " + (dir / "cmlint.toml").string() + "\n");
  std::ifstream in(dir / "cmlint.toml");
  std::stringstream written;
  written << in.rdbuf();
  EXPECT_EQ(written.str(), starter_config());
  EXPECT_NO_THROW(load_config(dir / "cmlint.toml"));  // everything is commented out: the defaults
  EXPECT_NE(written.str().find("# date-invalid = \"error\"                # CM101 Ngày tháng không tồn tại"),
            std::string::npos);
  r = test::run_binary("init " + dir.string());
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "cmlint: " + (dir / "cmlint.toml").string() + " already exists; not overwritten\n");
}

// docs/cmlint.schema.json (checked for freshness in fixtures_test.cpp) accepts what the loader
// accepts and rejects what it rejects; configurations are converted to JSON with toml++.
TEST(ConfigLayers, JsonSchemaAgreesWithTheLoader) {
  namespace fs = std::filesystem;
  const fs::path node_dir = fs::path(CMLINT_SOURCE_DIR) / "tests/node";
  ASSERT_TRUE(fs::is_directory(node_dir / "node_modules")) << "run scripts/deps.sh (npm ci in tests/node)";
  const auto schema = test::temp_file("schema.json", config_json_schema());
  const auto as_json = [](const std::string& name, const std::string& toml_text) {
    std::ostringstream j;
    j << toml::json_formatter{toml::parse(toml_text)};
    return test::temp_file(name, j.str()).string();
  };
  const auto validate = [&](const std::string& files) {
    return std::system(("node " + (node_dir / "validate-json.js").string() + " " + schema.string() + " " + files +
                        " >/dev/null 2>&1").c_str());
  };
  std::ifstream def(fs::path(CMLINT_SOURCE_DIR) / "rules/default.toml");
  std::stringstream def_text;
  def_text << def.rdbuf();
  const std::string good =
      "extends = \"../base.toml\"\nlang = \"en\"\nas-of = \"2024-03-05\"\n[rules]\ndate-invalid = \"warning\"\n"
      "CM201 = \"off\"\n[rules.percent-ratio]\nseverity = \"info\"\nmax-gap = 20\n"
      "[[overrides]]\nfiles = [\"*.md\"]\nrules = { number-format = \"off\" }\n"
      "[[doc-types]]\nword = \"Kế hoạch liên tịch\"\ntokens = [\"KHLT\"]\n";
  EXPECT_NO_THROW(parse_config("lang = \"en\"\n" + good.substr(good.find("as-of")), "cmlint.toml"));
  EXPECT_EQ(validate(as_json("default.json", def_text.str()) + " " + as_json("good.json", good)), 0);
  for (const char* bad : {"[rules]\nno-such-rule = \"off\"\n", "[rules.percent-ratio]\nmax-gap = \"x\"\n",
                          "[rules]\ndate-invalid = \"loud\"\n", "colour = true\n", "[[overrides]]\nlang = \"en\"\n"}) {
    EXPECT_NE(config_error(bad), "no error") << bad;
    EXPECT_NE(validate(as_json("bad.json", bad)), 0) << bad;
  }
}

TEST(Suppressions, DisableFileAndUsage) {
  // disable-file anywhere covers the whole file; used directives are not reported.
  EXPECT_EQ(test::lint_text("ngày 31/4/2023\nCó 45/52 xã, đạt 85,5%\ncmlint: disable-file date-invalid -- bản nháp\n"),
            V{"2:4 error percent-ratio Tỷ lệ 45/52 = 86,54%, không khớp với 85,5% đã ghi"});
  // A bare directive still works, and is reported.
  EXPECT_EQ(test::lint_text("cmlint: disable-next-line\nngày 31/4/2023\n"),
            V{"1:1 warning unused-suppression “cmlint: disable-next-line” không nêu quy tắc nào nên bỏ qua mọi quy tắc: "
              "hãy ghi mã hoặc tên quy tắc cần bỏ qua"});
  // Codes and names close each other's ranges; the range was used.
  EXPECT_EQ(test::lint_text("cmlint: disable CM101\nngày 31/4/2023\ncmlint: enable date-invalid\nngày 31/4/2023\n"),
            V{"4:6 error date-invalid Ngày tháng không tồn tại: “31/4/2023” (tháng 4 có 30 ngày)"});
  // A directive for a rule turned off suppresses nothing; CM002 can be switched off.
  Config c = default_config();
  apply_setting(c, "rules.date-invalid=off");
  EXPECT_EQ(test::lint_text("ngày 31/4/2023 cmlint: disable-line date-invalid\n", Lang::en, c),
            V{"1:16 warning unused-suppression Suppression of “date-invalid” suppresses nothing"});
  apply_setting(c, "rules.unused-suppression=off");
  EXPECT_EQ(test::lint_text("ngày 31/4/2023 cmlint: disable-line date-invalid\n", Lang::en, c), V{});
}

// The data tables compiled in at build time (cmake/gen_tables.cpp) are what cmlint's readers read
// from rules/*.toml: the TOML files stay the source.
namespace cmlint::embedded {
toml::table hygiene_table();
toml::table legacy_encodings_table();
}  // namespace cmlint::embedded

namespace {
toml::table rules_file(const std::string& name) {
  return toml::parse_file(std::string(CMLINT_SOURCE_DIR) + "/rules/" + name);
}
}  // namespace

TEST(BuiltinTables, DocTypesAndIssuersAreTheRulesFiles) {
  DocTypeTable d;
  d.add(*rules_file("doc_types.toml")["doc-types"].as_array(), "doc_types.toml");
  const auto& built_d = DocTypeTable::builtin().entries();
  ASSERT_EQ(built_d.size(), d.entries().size());
  for (std::size_t i = 0; i < built_d.size(); ++i) {
    EXPECT_EQ(built_d[i].word, d.entries()[i].word);
    EXPECT_EQ(built_d[i].tokens, d.entries()[i].tokens) << built_d[i].word;
    EXPECT_EQ(built_d[i].no_token, d.entries()[i].no_token) << built_d[i].word;
    EXPECT_EQ(built_d[i].any, d.entries()[i].any) << built_d[i].word;
  }
  EXPECT_NE(DocTypeTable::builtin().find("kế hoạch"), nullptr);

  IssuerTable t;
  t.add(*rules_file("issuers.toml")["issuers"].as_array(), "issuers.toml");
  const auto& built_t = IssuerTable::builtin().entries();
  ASSERT_EQ(built_t.size(), t.entries().size());
  for (std::size_t i = 0; i < built_t.size(); ++i) {
    EXPECT_EQ(built_t[i].code, t.entries()[i].code);
    EXPECT_EQ(built_t[i].name, t.entries()[i].name);
    EXPECT_EQ(built_t[i].family, t.entries()[i].family);
    EXPECT_EQ(built_t[i].unique, t.entries()[i].unique) << built_t[i].code;
  }
  ASSERT_NE(IssuerTable::builtin().find("QH15"), nullptr);
  EXPECT_EQ(IssuerTable::builtin().find("QH15")->code, "QH");
}

TEST(BuiltinTables, CongressesAndVocabularyAreTheRulesFiles) {
  const CongressTable c = CongressTable::read(rules_file("congresses.toml"), "congresses.toml");
  const CongressTable& b = CongressTable::builtin();
  ASSERT_EQ(b.congresses().size(), c.congresses().size());
  for (std::size_t i = 0; i < c.congresses().size(); ++i) {
    EXPECT_EQ(b.congresses()[i].ordinal, c.congresses()[i].ordinal);
    EXPECT_EQ(b.congresses()[i].opened, c.congresses()[i].opened);
    EXPECT_EQ(b.congresses()[i].closed, c.congresses()[i].closed);
  }
  ASSERT_EQ(b.assemblies().size(), c.assemblies().size());
  for (std::size_t i = 0; i < c.assemblies().size(); ++i) {
    EXPECT_EQ(b.assemblies()[i].ordinal, c.assemblies()[i].ordinal);
    EXPECT_EQ(b.assemblies()[i].first_year, c.assemblies()[i].first_year);
    EXPECT_EQ(b.assemblies()[i].last_year, c.assemblies()[i].last_year);
  }

  const toml::table numbers = rules_file("numbers.toml");
  const auto src = numbers::Vocabulary::read(numbers, "numbers.toml");
  const numbers::Vocabulary& v = numbers::Vocabulary::builtin();
  ASSERT_FALSE(src.words.empty());
  for (const auto& w : src.words) {
    int payload = -1;
    const std::string text(w.text);
    ASSERT_EQ(v.match(w.role, text.data(), text.data() + text.size(), &payload), text.size()) << text;
    if (w.role == numbers::vocab::scale) EXPECT_EQ(payload, w.payload) << text;
    if (w.role == numbers::vocab::unit) EXPECT_EQ(v.kind_name(v.unit_kind(payload)), src.kinds[w.payload].name) << text;
  }
}

TEST(BuiltinTables, HygieneTablesAreTheRulesFiles) {
  EXPECT_EQ(embedded::hygiene_table(), rules_file("hygiene.toml"));
  EXPECT_EQ(embedded::legacy_encodings_table(), rules_file("legacy_encodings.toml"));
}
