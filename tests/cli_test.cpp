// The command line as users and CI see it: bad inputs, exit codes, formats.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "rules/rule.hpp"
#include "test_util.hpp"

using cmlint::test::run_binary;
using cmlint::test::temp_file;

TEST(Cli, MissingFileIsAnIoErrorAndOtherFilesAreStillLinted) {
  const auto bad = temp_file("bad-date.txt", "ngày 31/4/2023\n");
  const auto r = run_binary("--color never /nonexistent/draft.txt " + bad.string());
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "cmlint: không đọc được '/nonexistent/draft.txt': No such file or directory\n");
  EXPECT_NE(r.out.find(bad.string() + ":1:6: error[date-invalid]"), std::string::npos) << r.out;
}

TEST(Cli, DirectoryIsWalked) {
  const auto f = temp_file("walked/sub/a.txt", "ngày 31/4/2023\n");
  const auto r = run_binary("--lang en --format concise " + f.parent_path().parent_path().string());
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, f.string() + ":1:6: error CM101 date-invalid Date does not exist: \"31/4/2023\" (month 4 has 30 days)\n");
}

TEST(Cli, EmptyFileIsClean) {
  const auto empty = temp_file("empty.txt", "");
  const auto r = run_binary("--color never " + empty.string());
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "Không phát hiện vấn đề nào.\n");
  EXPECT_EQ(r.err, "");
}

TEST(Cli, InvalidUtf8IsADiagnosticAndOtherFilesAreStillLinted) {
  const auto bad = temp_file("cp1258.txt", "Dòng một\nNgh\xEC quy\xEAt\n");
  const auto good = temp_file("good.txt", "ngày 31/4/2023\n");
  const auto r = run_binary("--format json " + bad.string() + " " + good.string());
  EXPECT_EQ(r.code, 1);
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["files"].size(), 2u);
  const auto& d = j["files"][0]["diagnostics"][0];
  EXPECT_EQ(d["rule"], "encoding");
  EXPECT_EQ(d["code"], "CM001");
  EXPECT_EQ(d["line"], 2);
  EXPECT_EQ(d["column"], 4);
  EXPECT_EQ(d["offset"], 15);  // "Dòng một\n" is 12 bytes, "Ngh" 3
  EXPECT_EQ(d["message"],
            "Tệp không phải UTF-8 hợp lệ: byte 0xEC không hợp lệ trong UTF-8 tại byte 15 (dòng 2, cột 4); phần còn "
            "lại của tệp không được kiểm tra");
  EXPECT_EQ(j["files"][1]["diagnostics"][0]["rule"], "date-invalid");
}

TEST(Cli, Utf16FileIsDecoded) {
  // "ngày 31/4/2023\n" in UTF-16LE with a byte-order mark.
  std::string bytes = "\xFF\xFE";
  for (char16_t c : std::u16string(u"ngày 31/4/2023\n")) {
    bytes += static_cast<char>(c & 0xFF);
    bytes += static_cast<char>(c >> 8);
  }
  const auto f = temp_file("utf16.txt", bytes);
  const auto r = run_binary("--color never --lang en " + f.string());
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find(":1:6: error[date-invalid] Date does not exist: \"31/4/2023\" (month 4 has 30 days)"),
            std::string::npos)
      << r.out;
}

TEST(Cli, BadConfigIsExitTwoWithPosition) {
  const auto cfg = temp_file("bad.toml", "[rules]\nno-such-rule = \"off\"\n");
  const auto f = temp_file("ok.txt", "ok\n");
  const auto r = run_binary("--config " + cfg.string() + " " + f.string());
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "cmlint: configuration error: " + cfg.string() +
                       ":2:16: unknown rule 'no-such-rule' (see cmlint --list-rules)\n");
}

TEST(Cli, ConfigIsFoundByWalkingUp) {
  const auto cfg = temp_file("cmlint.toml", "[rules]\ndate-invalid = \"warning\"\n");
  const auto sub = cfg.parent_path() / "sub";
  std::filesystem::create_directories(sub);
  const auto f = temp_file("sub/draft.txt", "ngày 31/4/2023\n");
  const auto r = run_binary("--format json " + f.string());
  EXPECT_EQ(r.code, 0);  // a warning does not fail the run
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["files"][0]["diagnostics"][0]["severity"], "warning");
  std::filesystem::remove(cfg);
}

TEST(Cli, UnknownOptionIsUsageError) {
  const auto r = run_binary("--frobnicate");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "cmlint: The following argument was not expected: --frobnicate\nRun 'cmlint --help' for usage.\n");
}

TEST(Cli, NoInputIsUsageError) {
  const auto r = run_binary("");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "cmlint: no input files (give paths, or - for standard input)\nRun 'cmlint --help' for usage.\n");
}

TEST(Cli, StdinWithFilename) {
  const auto f = temp_file("stdin.txt", "Kế hoạch số 27-NQ/HU\n");
  const auto r = run_binary("--color never --stdin-filename du-thao.txt -", "", f.string());
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out,
            "du-thao.txt:1:1: warning[id-type-mismatch] “Kế hoạch” không khớp với số, ký hiệu 27-NQ/HU: ký hiệu NQ là "
            "của Nghị quyết\n"
            "1 | Kế hoạch số 27-NQ/HU\n"
            "  | ^^^^^^^^^^^^^^^^^^^^\n"
            "Tìm thấy 0 lỗi, 1 cảnh báo, 0 thông tin.\n");
}

TEST(Cli, LanguageFromEnvironment) {
  const auto f = temp_file("en.txt", "ngày 31/4/2023\n");
  const auto r = run_binary("--color never " + f.string(), "CMLINT_LANG=en");
  EXPECT_NE(r.out.find("Date does not exist"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Found 1 error, 0 warnings, 0 info."), std::string::npos) << r.out;
}

TEST(Cli, ColourOnlyWhenAsked) {
  const auto f = temp_file("c.txt", "ngày 31/4/2023\n");
  EXPECT_EQ(run_binary(f.string()).out.find('\x1b'), std::string::npos);  // not a terminal
  EXPECT_NE(run_binary("--color always " + f.string()).out.find("\x1b[1;31merror"), std::string::npos);
}

TEST(Cli, JsonShape) {
  const auto f = temp_file("j.txt", "Có 45/52 xã, đạt 85,5%\n");
  const auto r = run_binary("--format json " + f.string());
  const auto j = nlohmann::ordered_json::parse(r.out);  // keeps field order
  EXPECT_EQ(j["tool"], "cmlint");
  EXPECT_EQ(j["version"], CMLINT_VERSION);
  const auto& d = j["files"][0]["diagnostics"][0];
  EXPECT_EQ(d.dump(),
            "{\"rule\":\"percent-ratio\",\"code\":\"CM301\",\"severity\":\"error\",\"message\":\"Tỷ lệ 45/52 = "
            "86,54%, không khớp với 85,5% đã ghi\",\"line\":1,\"column\":4,\"end_line\":1,\"end_column\":23,"
            "\"offset\":4,\"end_offset\":27,\"fix\":null}");
  EXPECT_EQ(j["summary"].dump(), "{\"files\":1,\"error\":1,\"warning\":0,\"info\":0}");
}

TEST(Cli, ListExplainVersionHelp) {
  const auto list = run_binary("--list-rules --lang en");
  EXPECT_EQ(list.code, 0);
  EXPECT_NE(list.out.find("CM301  percent-ratio        error    Percentage does not match"), std::string::npos)
      << list.out;
  const auto ex = run_binary("--explain CM101");
  EXPECT_EQ(ex.code, 0);
  EXPECT_EQ(ex.out.rfind("# CM101 date-invalid\n", 0), 0u);
  EXPECT_NE(ex.out.find("## Ví dụ sai"), std::string::npos);
  EXPECT_EQ(run_binary("--explain no-such-rule").code, 2);
  EXPECT_EQ(run_binary("--version").out, std::string("cmlint ") + CMLINT_VERSION + "\n");
  const auto help = run_binary("--help");
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("Exit codes: 0"), std::string::npos);
}

TEST(Cli, FactsListsCitationsDatesAndChecks) {
  const auto f = temp_file("facts.txt",
                           "Số 45-KH/HU\n"
                           "Tân Phong, ngày 05 tháng 3 năm 2024\n"
                           "Thực hiện Kế hoạch số 01-KH/HU, ngày 17-8-2020 của Ban Thường vụ Huyện ủy; kết nạp 202/200 "
                           "đảng viên, đạt 101%.\n");
  const auto r = run_binary("facts --format json " + f.string());
  EXPECT_EQ(r.code, 0);
  const auto j = nlohmann::ordered_json::parse(r.out);
  const auto& facts = j["files"][0]["facts"];
  const auto find = [&](const std::string& kind, const std::string& rule = "") {
    for (const auto& x : facts)
      if (x["kind"] == kind && (rule.empty() || x["rule"] == rule)) return x;
    return nlohmann::ordered_json();
  };
  EXPECT_EQ(find("citation").dump(),
            "{\"kind\":\"citation\",\"text\":\"Kế hoạch số 01-KH/HU, ngày 17-8-2020 của Ban Thường vụ Huyện ủy\","
            "\"line\":3,\"column\":11,\"type_word\":\"Kế hoạch\",\"id\":\"01-KH/HU\",\"style\":\"party\",\"number\":1,"
            "\"type\":\"KH\",\"issuer\":\"HU\",\"date\":\"2020-08-17\",\"issuer_phrase\":\"Ban Thường vụ Huyện ủy\"}");
  EXPECT_EQ(find("check", "percent-ratio").dump(),
            "{\"kind\":\"check\",\"text\":\"202/200 đảng viên, đạt 101%\",\"line\":3,\"column\":84,\"rule\":"
            "\"percent-ratio\",\"verdict\":\"ok\",\"detail\":\"202/200 = 101% ≈ 101%\"}");
  EXPECT_EQ(find("check", "citation-after-document")["detail"], "2020-08-17 ≤ 2024-03-05");
  // Structure rules check the header too: it has no "ĐẢNG CỘNG SẢN VIỆT NAM" (header-missing).
  EXPECT_EQ(j["summary"].dump(), "{\"files\":1,\"checks\":7,\"ok\":6,\"failed\":1}");
  const auto text = run_binary("facts --lang en " + f.string());
  EXPECT_NE(text.out.find("Checked 7 relations: 6 consistent, 1 inconsistent."), std::string::npos) << text.out;
}

// --fail-on, --max-warnings, --exit-zero: which findings fail the run.
TEST(Cli, ExitControl) {
  // One error (date-invalid) and one warning (id-type-mismatch) or just the warning.
  const auto both = temp_file("exit-both.txt", "ngày 31/4/2023\nKế hoạch số 27-NQ/HU\n");
  const auto warn = temp_file("exit-warn.txt", "Kế hoạch số 27-NQ/HU\n");
  const auto code = [](const std::string& args) { return run_binary("--format concise " + args).code; };
  EXPECT_EQ(code(both.string()), 1);
  EXPECT_EQ(code(warn.string()), 0);  // warnings do not fail by default
  EXPECT_EQ(code("--fail-on warning " + warn.string()), 1);
  EXPECT_EQ(code("--fail-on info " + warn.string()), 1);
  EXPECT_EQ(code("--exit-zero " + both.string()), 0);
  EXPECT_EQ(code("--exit-zero --fail-on info " + warn.string()), 0);
  EXPECT_EQ(code("--exit-zero /nonexistent.txt"), 2);  // I/O errors still fail
  EXPECT_EQ(code("--max-warnings 1 " + warn.string()), 0);
  const auto r = run_binary("--format concise --max-warnings 0 --lang en " + warn.string());
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "cmlint: 1 warnings, more than --max-warnings 0\n");
  EXPECT_EQ(code("--max-warnings -1 " + warn.string()), 2);
  EXPECT_EQ(code("--fail-on fatal " + warn.string()), 2);
}

// --write-baseline records today's findings; --baseline reports only new ones, matched by rule and
// the text of the finding, whatever line it moved to.
TEST(Cli, Baseline) {
  const auto f = temp_file("baseline/draft.txt", "Có 45/52 xã, đạt 85,5%\nngày 31/4/2023\n");
  const auto base = f.parent_path() / "cmlint-baseline.json";
  auto r = run_binary("--format concise --lang en --write-baseline " + base.string() + " " + f.string());
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "cmlint: wrote 2 findings to " + base.string() + "\n");
  const auto j = nlohmann::ordered_json::parse(std::ifstream(base));
  EXPECT_EQ(j["findings"][0].dump(),
            "{\"path\":\"" + f.string() +
                "\",\"rule\":\"CM301\",\"name\":\"percent-ratio\",\"text\":\"45/52 xã, đạt 85,5%\",\"line\":1,"
                "\"message\":\"45/52 is 86,54%, not the 85,5% written\"}");
  // Lines added above, the same date error written twice: one is new.
  temp_file("baseline/draft.txt", "Mở đầu.\n\nCó 45/52 xã, đạt 85,5%\nngày 31/4/2023\nngày 31/4/2023\n");
  r = run_binary("--format concise --baseline " + base.string() + " " + f.string());
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, f.string() + ":5:6: error CM101 date-invalid Ngày tháng không tồn tại: “31/4/2023” (tháng 4 có 30 ngày)\n");
  EXPECT_EQ(run_binary("--baseline /nonexistent.json " + f.string()).code, 2);
  const auto bad = temp_file("baseline/bad.json", "[1, 2]");
  r = run_binary("--baseline " + bad.string() + " " + f.string());
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "cmlint: '" + bad.string() +
                       "' is not a cmlint baseline (expected {\"tool\": \"cmlint\", \"findings\": [...]})\n");
}

// --timings: the findings on standard output are unchanged; standard error gets one table with every
// phase in pipeline order and one row per rule that ran (a switched-off rule has none). Times vary
// from run to run, so only the shape and the labels are checked here; bench/ measures speed.
TEST(Cli, TimingsTableOnStandardError) {
  const auto a = temp_file("timings/a.txt", "ngày 31/4/2023\n");
  const auto b = temp_file("timings/b.txt", "Kế hoạch số 27-NQ/HU\n");
  const std::string files = a.string() + " " + b.string();
  const auto plain = run_binary("--format concise -j 1 --set rules.date-weekday=off --lang en " + files);
  const auto timed = run_binary("--format concise -j 1 --set rules.date-weekday=off --timings --lang en " + files);
  EXPECT_EQ(timed.code, plain.code);
  EXPECT_EQ(timed.out, plain.out);
  ASSERT_EQ(plain.err, "");

  std::vector<std::string> lines;
  std::istringstream in(timed.err);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  ASSERT_GT(lines.size(), 3u) << timed.err;
  EXPECT_EQ(lines[0].rfind("cmlint --timings: 2 files, 0.0 MB, ", 0), 0u) << lines[0];
  EXPECT_NE(lines[0].find(" ms wall, -j 1"), std::string::npos) << lines[0];
  const auto label = [](const std::string& l) {  // the first column, without its padding
    std::string s = l.substr(0, std::min<std::size_t>(l.size(), 46));
    s.erase(0, s.find_first_not_of(' '));
    s.erase(s.find_last_not_of(' ') + 1);
    return s;
  };
  EXPECT_EQ(label(lines[1]), "phase / rule");
  const std::vector<std::string> head = {"load, UTF-8 check", "NFC normalisation", "scan for facts (grammars)",
                                         "document header", "structure", "rules"};
  for (std::size_t i = 0; i < head.size(); ++i) EXPECT_EQ(label(lines[2 + i]), head[i]);
  std::size_t rules = 0;
  bool weekday = false, invalid = false;
  std::size_t i = 2 + head.size();
  for (; i < lines.size() && lines[i].rfind("    CM", 0) == 0; ++i) {
    ++rules;
    weekday |= label(lines[i]) == "CM102 date-weekday";
    invalid |= label(lines[i]) == "CM101 date-invalid";
  }
  EXPECT_EQ(rules, cmlint::all_rules().size() - 1);  // every rule but the one switched off
  EXPECT_FALSE(weekday);
  EXPECT_TRUE(invalid);
  ASSERT_EQ(lines.size(), i + 4) << timed.err;
  EXPECT_EQ(label(lines[i]), "positions, suppressions, sorting");
  EXPECT_EQ(label(lines[i + 1]), "output");
  EXPECT_EQ(label(lines[i + 2]), "total (all threads)");
  EXPECT_EQ(lines[i + 3], "  A shared model (figures, paragraphs) is counted in the first rule that asks for it.");
}
