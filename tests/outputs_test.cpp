// Output formats (`--format FMT[:PATH]`, repeatable): exact output for small inputs,
// escaping of Vietnamese text and control characters, SARIF against the official schema.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "report/report.hpp"
#include "test_util.hpp"

using cmlint::test::run_binary;
using cmlint::test::slurp;
using cmlint::test::temp_file;
namespace fs = std::filesystem;

namespace {

const std::string kRatio = "Có 45/52 xã, đạt 85,5%\n";  // CM301 at 1:4-1:23, bytes 4-27


// A result built by hand: a path with a comma and Vietnamese letters, a message with every
// character the formats must escape, and a fix.
std::vector<cmlint::FileResult> tricky() {
  cmlint::FileResult f;
  f.path = "hồ sơ/a,b:c.txt";
  f.source = cmlint::load_bytes("Có 45/52 xã, đạt 85,5%\n", f.path).source;
  cmlint::Diagnostic d;
  d.code = "CM301";
  d.name = "percent-ratio";
  d.severity = cmlint::Severity::warning;
  d.message = "Tỷ lệ <45> & \"52\" 'x' 100% a:b,c\nhai\rba\x01\x1f\tend";
  d.line = d.end_line = 1;
  d.column = 4;
  d.end_column = 23;
  d.offset = 4;
  d.end_offset = 27;
  cmlint::Fix fix;
  fix.message = "Sửa thành 86,5%";
  fix.edits.push_back({{}, "86,5%", 21, 27});
  d.fix = fix;
  f.diagnostics.push_back(d);
  return {f};
}

bool xml_well_formed(const std::string& xml) {
  const auto p = temp_file("check.xml", xml);
  return std::system(("xmllint --noout " + p.string() + " 2>/dev/null").c_str()) == 0;
}

}  // namespace

TEST(Outputs, Concise) {
  const auto f = temp_file("concise.txt", kRatio);
  const auto r = run_binary("--format concise " + f.string());
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, f.string() + ":1:4: error CM301 percent-ratio Tỷ lệ 45/52 = 86,54%, không khớp với 85,5% đã ghi\n");
}

TEST(Outputs, Github) {
  const auto f = temp_file("gh.txt", kRatio);
  const auto r = run_binary("--format github --lang en " + f.string());
  EXPECT_EQ(r.out, "::error file=" + f.string() +
                       ",line=1,col=4,endLine=1,endColumn=23,title=CM301 percent-ratio::45/52 is 86,54%25, not the 85,5%25 "
                       "written\n")
      << r.out;
  std::ostringstream out;
  cmlint::write_github(out, tricky());
  EXPECT_EQ(out.str(),
            "::warning file=hồ sơ/a%2Cb%3Ac.txt,line=1,col=4,endLine=1,endColumn=23,title=CM301 percent-ratio::Tỷ lệ "
            "<45> & \"52\" 'x' 100%25 a:b,c%0Ahai%0Dba\x01\x1f\tend\n");
}

TEST(Outputs, Checkstyle) {
  const auto f = temp_file("cs.txt", kRatio);
  const auto r = run_binary("--format checkstyle " + f.string());
  EXPECT_EQ(r.out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n  <file name=\"" +
                       f.string() +
                       "\">\n    <error line=\"1\" column=\"4\" severity=\"error\" message=\"Tỷ lệ 45/52 = 86,54%, "
                       "không khớp với 85,5% đã ghi\" source=\"cmlint.CM301.percent-ratio\"/>\n  </file>\n"
                       "</checkstyle>\n");
  std::ostringstream out;
  cmlint::write_checkstyle(out, tricky());
  EXPECT_NE(out.str().find("message=\"Tỷ lệ &lt;45&gt; &amp; &quot;52&quot; &apos;x&apos; 100% "
                           "a:b,c&#10;hai&#13;ba\xEF\xBF\xBD\xEF\xBF\xBD&#9;end\""),
            std::string::npos)
      << out.str();
  EXPECT_TRUE(xml_well_formed(out.str()));
}

TEST(Outputs, Junit) {
  const auto clean = temp_file("clean.txt", "Không có gì.\n");
  const auto f = temp_file("ju.txt", kRatio);
  const auto r = run_binary("--format junit " + clean.string() + " " + f.string());
  const std::string c = clean.string(), p = f.string();
  EXPECT_EQ(r.out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<testsuites name=\"cmlint\" tests=\"2\" failures=\"1\" errors=\"0\">\n"
            "  <testsuite name=\"" + c + "\" tests=\"1\" failures=\"0\" errors=\"0\">\n"
            "    <testcase name=\"" + c + "\" classname=\"" + c + "\"/>\n"
            "  </testsuite>\n"
            "  <testsuite name=\"" + p + "\" tests=\"1\" failures=\"1\" errors=\"0\">\n"
            "    <testcase name=\"CM301 percent-ratio 1:4\" classname=\"" + p + "\">\n"
            "      <failure message=\"Tỷ lệ 45/52 = 86,54%, không khớp với 85,5% đã ghi\" type=\"error\">" + p +
            ":1:4: error CM301 percent-ratio Tỷ lệ 45/52 = 86,54%, không khớp với 85,5% đã ghi</failure>\n"
            "    </testcase>\n"
            "  </testsuite>\n"
            "</testsuites>\n");
  std::ostringstream out;
  cmlint::write_junit(out, tricky());
  EXPECT_TRUE(xml_well_formed(out.str())) << out.str();
  EXPECT_NE(out.str().find(">hồ sơ/a,b:c.txt:1:4: warning CM301 percent-ratio Tỷ lệ &lt;45&gt; &amp;"), std::string::npos);
}

TEST(Outputs, GitlabFingerprintsSurviveLineShifts) {
  const auto a = temp_file("gl-a.txt", kRatio);
  const auto r1 = run_binary("--format gitlab " + a.string());
  const auto j1 = nlohmann::ordered_json::parse(r1.out);
  ASSERT_EQ(j1.size(), 1u);
  EXPECT_EQ(j1[0]["description"], "Tỷ lệ 45/52 = 86,54%, không khớp với 85,5% đã ghi");
  EXPECT_EQ(j1[0]["check_name"], "percent-ratio");
  EXPECT_EQ(j1[0]["severity"], "major");
  EXPECT_EQ(j1[0]["location"].dump(),
            "{\"path\":\"" + a.string() +
                "\",\"positions\":{\"begin\":{\"line\":1,\"column\":4},\"end\":{\"line\":1,\"column\":23}}}");
  EXPECT_EQ(j1[0]["fingerprint"].get<std::string>().size(), 32u);
  // Lines added above: the same finding keeps its fingerprint; a second equal one gets another.
  temp_file("gl-a.txt", "Dòng mới.\n\n" + kRatio + kRatio);
  const auto j2 = nlohmann::ordered_json::parse(run_binary("--format gitlab " + a.string()).out);
  ASSERT_EQ(j2.size(), 2u);
  EXPECT_EQ(j2[0]["fingerprint"], j1[0]["fingerprint"]);
  EXPECT_NE(j2[1]["fingerprint"], j1[0]["fingerprint"]);
  EXPECT_EQ(j2[0]["location"]["positions"]["begin"]["line"], 3);
}

TEST(Outputs, SeveralAtOnce) {
  const auto f = temp_file("multi.txt", kRatio);
  const auto dir = f.parent_path();
  const auto r = run_binary("--format concise --format sarif:" + (dir / "o.sarif").string() + " --format json:" +
                            (dir / "o.json").string() + " --format junit:" + (dir / "o.xml").string() + " " + f.string());
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, f.string() + ":1:4: error CM301 percent-ratio Tỷ lệ 45/52 = 86,54%, không khớp với 85,5% đã ghi\n");
  EXPECT_EQ(nlohmann::json::parse(slurp(dir / "o.json"))["summary"]["error"], 1);
  EXPECT_EQ(nlohmann::json::parse(slurp(dir / "o.sarif"))["version"], "2.1.0");
  EXPECT_TRUE(xml_well_formed(slurp(dir / "o.xml")));
}

TEST(Outputs, BadFormatSpecs) {
  const auto f = temp_file("bad-spec.txt", kRatio);
  auto r = run_binary("--format yaml " + f.string());
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "cmlint: --format: unknown format 'yaml' (one of: text, concise, json, sarif, github, gitlab, junit, "
            "checkstyle, html)\n");
  r = run_binary("--format text --format json " + f.string());
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "cmlint: --format: only one format can go to standard output; give the others a file (FMT:PATH)\n");
  r = run_binary("--format sarif:/nonexistent/dir/o.sarif " + f.string());
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "cmlint: không ghi được '/nonexistent/dir/o.sarif'\n");
  EXPECT_EQ(r.out, "");  // nothing went to standard output: the only report went to a file
}

// The structure field by field, then the whole log against the official SARIF 2.1.0 schema
// (sarif-2.1.0-rtm.5.json from @microsoft/jest-sarif, checked with ajv: scripts/deps.sh installs both).
TEST(Outputs, SarifMatchesTheOfficialSchema) {
  const fs::path validator = fs::path(CMLINT_SOURCE_DIR) / "tests/node/validate-sarif.js";
  ASSERT_TRUE(fs::is_directory(validator.parent_path() / "node_modules")) << "run scripts/deps.sh (npm ci in tests/node)";
  const auto f = temp_file("Báo cáo.txt", kRatio);
  const auto io = f.parent_path() / "missing.txt";
  const auto out = f.parent_path() / "run.sarif";
  fs::remove(io);
  const auto r = run_binary("--format sarif:" + out.string() + " '" + f.string() + "' " + io.string());
  EXPECT_EQ(r.code, 2);
  const auto j = nlohmann::json::parse(slurp(out));
  EXPECT_EQ(j["version"], "2.1.0");
  const auto& run = j["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "cmlint");
  EXPECT_EQ(run["tool"]["driver"]["rules"].size(), cmlint::all_rules().size());
  const auto& rule = run["tool"]["driver"]["rules"][run["results"][0]["ruleIndex"].get<int>()];
  EXPECT_EQ(rule["id"], "CM301");
  EXPECT_EQ(rule["name"], "percent-ratio");
  EXPECT_EQ(rule["help"]["text"].get<std::string>().rfind("# CM301 percent-ratio\n", 0), 0u);
  EXPECT_EQ(rule["defaultConfiguration"]["level"], "error");
  const auto& res = run["results"][0];
  EXPECT_EQ(res["ruleId"], "CM301");
  EXPECT_EQ(res["level"], "error");
  EXPECT_EQ(res["message"]["text"], "Tỷ lệ 45/52 = 86,54%, không khớp với 85,5% đã ghi");
  const auto& loc = res["locations"][0]["physicalLocation"];
  EXPECT_EQ(loc["artifactLocation"]["uri"].get<std::string>().find("B%C3%A1o%20c%C3%A1o.txt") != std::string::npos, true);
  EXPECT_EQ(loc["region"].dump(),
            "{\"byteLength\":23,\"byteOffset\":4,\"endColumn\":23,\"endLine\":1,\"startColumn\":4,\"startLine\":1}");
  EXPECT_EQ(run["invocations"][0]["executionSuccessful"], false);
  EXPECT_EQ(run["invocations"][0]["toolExecutionNotifications"].size(), 1u);

  // Fixes and escaping, from a result built by hand.
  const auto fixed = f.parent_path() / "fix.sarif";
  {
    std::ofstream o(fixed, std::ios::binary);
    cmlint::write_sarif(o, tricky(), cmlint::Lang::en);
  }
  const auto jf = nlohmann::json::parse(slurp(fixed));
  EXPECT_EQ(jf["runs"][0]["results"][0]["level"], "warning");
  EXPECT_EQ(jf["runs"][0]["results"][0]["fixes"][0].dump(),
            "{\"artifactChanges\":[{\"artifactLocation\":{\"index\":0,\"uri\":\"h%E1%BB%93%20s%C6%A1/a%2Cb%3Ac.txt\"},"
            "\"replacements\":[{\"deletedRegion\":{\"byteLength\":6,\"byteOffset\":21},\"insertedContent\":{\"text\":"
            "\"86,5%\"}}]}],\"description\":{\"text\":\"Sửa thành 86,5%\"}}");

  const std::string cmd = "node " + validator.string() + " " + out.string() + " " + fixed.string() + " 2>&1";
  FILE* p = ::popen(cmd.c_str(), "r");
  std::string log;
  char buf[4096];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, p)) log.append(buf, n);
  EXPECT_EQ(::pclose(p), 0) << log;
}

// The HTML report in a real browser (Debian chromium, headless, fresh profile): the page's script
// runs without console errors and counts the findings; a screenshot is kept in the build folder.
TEST(Outputs, HtmlReportInHeadlessChromium) {
  const auto f = temp_file("html-report.txt",
                           "Có 45/52 xã, đạt 85,5%\nngày 31/4/2023 <b>&amp; \"x\"\nKế hoạch số 27-NQ/HU\n");
  const auto clean = temp_file("html-clean.txt", "Không có gì.\n");
  const auto page = f.parent_path() / "report.html";
  const auto r = run_binary("--format html:" + page.string() + " " + f.string() + " " + clean.string());
  EXPECT_EQ(r.code, 1);
  const std::string html = slurp(page);
  EXPECT_NE(html.find("<html lang=\"vi\">"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);  // self-contained
  EXPECT_EQ(html.find("src=\""), std::string::npos);
  EXPECT_NE(html.find("<td class=\"t\">ngày <mark class=\"error\" data-finding data-severity=\"error\" data-rule=\"date-invalid\" "
                      "title=\"Ngày tháng không tồn tại: “31/4/2023” (tháng 4 có 30 ngày)\">31/4/2023</mark> "
                      "&lt;b&gt;&amp;amp; &quot;x&quot;</td>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<p class=\"clean\">Không phát hiện vấn đề nào.</p>"), std::string::npos);

  std::string browser;
  for (const char* b : {"chromium", "chromium-browser"})
    if (std::system((std::string("command -v ") + b + " >/dev/null 2>&1").c_str()) == 0) browser = b;
  ASSERT_FALSE(browser.empty()) << "install Debian's chromium (scripts/deps.sh)";
  const auto profile = f.parent_path() / "chromium-profile";
  fs::remove_all(profile);
  const std::string flags = " --headless --no-sandbox --disable-gpu --disable-background-networking "
                            "--disable-component-update --disable-sync --no-first-run --user-data-dir=" +
                            profile.string() + " --enable-logging=stderr --v=0 ";
  const auto dom = f.parent_path() / "dom.html", log = f.parent_path() / "chromium.log";
  const std::string url = "file://" + page.string();
  ASSERT_EQ(std::system(("timeout 120 " + browser + flags + "--dump-dom " + url + " >" + dom.string() + " 2>" +
                         log.string()).c_str()),
            0)
      << slurp(log);
  EXPECT_NE(slurp(dom).find("<b id=\"shown\">3</b> / <b id=\"total\">3</b>"), std::string::npos) << slurp(dom);
  EXPECT_EQ(slurp(log).find("CONSOLE"), std::string::npos) << slurp(log);
  // Filters preset from the address (#sev=…&rule=…): only warnings, then one rule.
  for (const auto& [hash, shown] : std::vector<std::pair<std::string, std::string>>{{"#sev=warning", "1"},
                                                                                     {"#rule=date-invalid", "1"},
                                                                                     {"#sev=info", "0"}}) {
    ASSERT_EQ(std::system(("timeout 120 " + browser + flags + "--dump-dom '" + url + hash + "' >" + dom.string() +
                           " 2>" + log.string()).c_str()),
              0);
    EXPECT_NE(slurp(dom).find("<b id=\"shown\">" + shown + "</b>"), std::string::npos) << hash;
    EXPECT_EQ(slurp(log).find("CONSOLE"), std::string::npos) << slurp(log);
  }
  const fs::path shot = fs::path(CMLINT_BINARY_DIR) / "html_report.png";
  fs::remove(shot);
  EXPECT_EQ(std::system(("timeout 120 " + browser + flags + "--window-size=1200,800 --screenshot=" + shot.string() +
                         " " + url + " >/dev/null 2>&1").c_str()),
            0);
  EXPECT_GT(fs::exists(shot) ? fs::file_size(shot) : 0, 1000u);
}

// The JSON formats carry control characters and Vietnamese text through escaping unchanged, and
// ill-formed UTF-8 as U+FFFD; the XML and HTML ones stay well-formed.
TEST(Outputs, EscapingRoundTrips) {
  auto files = tricky();
  const std::string message = files[0].diagnostics[0].message;
  std::ostringstream json, sarif, gitlab;
  cmlint::write_json(json, files);
  cmlint::write_sarif(sarif, files, cmlint::Lang::vi);
  cmlint::write_gitlab(gitlab, files);
  EXPECT_EQ(nlohmann::json::parse(json.str())["files"][0]["diagnostics"][0]["message"], message);
  EXPECT_EQ(nlohmann::json::parse(sarif.str())["runs"][0]["results"][0]["message"]["text"], message);
  EXPECT_EQ(nlohmann::json::parse(gitlab.str())[0]["description"], message);
  EXPECT_NE(json.str().find("\\u0001\\u001f\\tend"), std::string::npos);

  files[0].diagnostics[0].message = "bad \xC3 byte \xE1\xBB";
  std::ostringstream j2, x2;
  cmlint::write_json(j2, files);
  cmlint::write_checkstyle(x2, files);
  EXPECT_EQ(nlohmann::json::parse(j2.str())["files"][0]["diagnostics"][0]["message"], "bad \xEF\xBF\xBD byte \xEF\xBF\xBD");
  EXPECT_NE(x2.str().find("message=\"bad \xEF\xBF\xBD byte \xEF\xBF\xBD\""), std::string::npos) << x2.str();
  EXPECT_TRUE(xml_well_formed(x2.str()));
  std::ostringstream h;
  cmlint::write_html(h, tricky());
  EXPECT_NE(h.str().find("Tỷ lệ &lt;45&gt; &amp; &quot;52&quot; &#39;x&#39;"), std::string::npos);
  EXPECT_EQ(h.str().find('\x01'), std::string::npos);
}
