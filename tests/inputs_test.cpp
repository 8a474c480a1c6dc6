// Inputs: directories walked in a stable order, .gitignore/.cmlintignore/--exclude,
// --force-exclude, standard input, and parallel linting that keeps input order.
#include <gtest/gtest.h>

#include <thread>

#include "cli/ignore.hpp"
#include "cli/parallel.hpp"
#include "test_util.hpp"

using cmlint::glob_match;
using cmlint::IgnoreRules;
using cmlint::test::run_binary;
using cmlint::test::temp_file;
namespace fs = std::filesystem;

TEST(Ignore, GlobMatch) {
  EXPECT_TRUE(glob_match("*.txt", "a.txt"));
  EXPECT_FALSE(glob_match("*.txt", "d/a.txt"));  // '*' stops at '/'
  EXPECT_TRUE(glob_match("**/a.txt", "a.txt"));
  EXPECT_TRUE(glob_match("**/a.txt", "x/y/a.txt"));
  EXPECT_TRUE(glob_match("x/**", "x/y/z"));
  EXPECT_TRUE(glob_match("x/**/z", "x/z"));
  EXPECT_TRUE(glob_match("x/**/z", "x/a/b/z"));
  EXPECT_FALSE(glob_match("x/**/z", "xz"));
  EXPECT_TRUE(glob_match("d?.md", "d1.md"));
  EXPECT_TRUE(glob_match("?.md", "ệ.md"));  // one character, three bytes
  EXPECT_TRUE(glob_match("[a-c]*.txt", "bao-cao.txt"));
  EXPECT_FALSE(glob_match("[!a-c]*.txt", "bao-cao.txt"));
  EXPECT_TRUE(glob_match("\\*.txt", "*.txt"));
  EXPECT_FALSE(glob_match("\\*.txt", "a.txt"));
  EXPECT_TRUE(glob_match("dự thảo *.txt", "dự thảo 1.txt"));
}

TEST(Ignore, GitignoreSemantics) {
  IgnoreRules r;
  const fs::path base = "/p";
  for (const char* line : {"# comment", "*.bak", "build/", "/only-top.txt", "docs/*.tmp", "nhap*", "!nhap-giu.txt", ""})
    r.add_pattern(line, base);
  EXPECT_EQ(r.match("/p/a.bak", false), 1);
  EXPECT_EQ(r.match("/p/x/y/a.bak", false), 1);          // no slash: any depth
  EXPECT_EQ(r.match("/p/build", true), 1);
  EXPECT_EQ(r.match("/p/build", false), 0);               // trailing '/': directories only
  EXPECT_EQ(r.match("/p/only-top.txt", false), 1);
  EXPECT_EQ(r.match("/p/sub/only-top.txt", false), 0);    // leading '/': anchored
  EXPECT_EQ(r.match("/p/docs/a.tmp", false), 1);
  EXPECT_EQ(r.match("/p/x/docs/a.tmp", false), 0);        // inner '/': anchored
  EXPECT_EQ(r.match("/p/nhap-1.txt", false), 1);
  EXPECT_EQ(r.match("/p/nhap-giu.txt", false), -1);       // re-included: last match wins
  EXPECT_EQ(r.match("/q/a.bak", false), 0);               // outside the file's directory
  EXPECT_TRUE(r.ignored_with_parents("/p/build/x/a.txt", false));
  EXPECT_FALSE(r.ignored_with_parents("/p/x/a.txt", false));
}

TEST(Inputs, DirectoryWithIgnoreFiles) {
  const std::string bad = "ngày 31/4/2023\n";
  const auto root = temp_file("walk/.gitignore", "build/\n*.bak.txt\n").parent_path();
  temp_file("walk/.cmlintignore", "nhap/\n!nhap/giu.txt\n");
  for (const char* f : {"b.txt", "a.md", "c.doc", "build/x.txt", "sub/z.txt", "sub/y.TXT", "nhap/giu.txt",
                        "nhap/bo.txt", "sub/old.bak.txt", "sub/deep/k.txt"})
    temp_file(std::string("walk/") + f, bad);
  temp_file("walk/sub/.gitignore", "deep/\n");
  fs::create_directories(root / ".git");
  const auto r = run_binary("--format concise --lang en walk", "cd " + root.parent_path().string() + " &&");
  EXPECT_EQ(r.code, 1);
  const std::string tail = ":1:6: error CM101 date-invalid Date does not exist: \"31/4/2023\" (month 4 has 30 days)\n";
  // Sorted by name at each level; build/ (.gitignore), nhap/ (.cmlintignore: a file in an ignored
  // directory cannot be re-included, as in git), *.bak.txt, sub/deep/ (nested .gitignore) skipped.
  EXPECT_EQ(r.out, "walk/a.md" + tail + "walk/b.txt" + tail + "walk/sub/y.TXT" + tail + "walk/sub/z.txt" + tail);

  // Named explicitly, an ignored file is linted, unless --force-exclude.
  const std::string cd = "cd " + root.string() + " &&";
  EXPECT_EQ(run_binary("--format concise --lang en build/x.txt", cd).out, "build/x.txt" + tail);
  EXPECT_EQ(run_binary("--format concise --force-exclude build/x.txt b.txt", cd).out.find("build/x.txt"),
            std::string::npos);
  // --exclude, relative to the working directory.
  const auto ex = run_binary("--format concise --lang en --exclude '*.md' --exclude sub .", cd);
  EXPECT_EQ(ex.out, "./b.txt" + tail);
  // Standard input named as an ignored file is skipped with --force-exclude.
  const auto in = temp_file("stdin-ignored.txt", bad);
  EXPECT_EQ(run_binary("--format concise --stdin-filename build/x.txt -", cd, in.string()).code, 1);
  const auto skipped = run_binary("--format concise --force-exclude --stdin-filename build/x.txt -", cd, in.string());
  EXPECT_EQ(skipped.code, 0);
  EXPECT_EQ(skipped.out, "");
}

TEST(Inputs, ParallelOutputKeepsInputOrder) {
  // Files that differ, with decomposed letters (ICU grapheme counting in every thread).
  std::string args;
  for (int i = 0; i < 24; ++i) {
    std::string text = std::string(i, ' ') + "nga\xCC\x80y 31/4/20" + std::to_string(10 + i) + "\nCo\xCC\x81 45/52 xã, đạt 85,5%\n";
    args += " " + temp_file("par/f" + std::to_string(100 + i) + ".txt", text).string();
  }
  const auto serial = run_binary("--format json -j 1" + args);
  ASSERT_EQ(serial.code, 1);
  for (const char* j : {"-j 2", "-j 8", ""}) {
    const auto par = run_binary(std::string("--format json ") + j + args);
    EXPECT_EQ(par.out, serial.out) << j;
    EXPECT_EQ(par.code, 1);
  }
}

TEST(Inputs, LintingIsThreadSafe) {
  // The library itself, many threads at once: same results as one thread.
  std::vector<std::string> texts;
  for (int i = 0; i < 64; ++i)
    texts.push_back(std::string(i % 7, ' ') + "Tân Phong, nga\xCC\x80y 05 tháng 3 năm 2024\nKế hoạch số 27-NQ/HU, ngày " +
                    std::to_string(1 + i % 28) + "/4/2023; 45/52 xã, đạt 85,5%; ngày 31/4/2023\n");
  const auto show_all = [&](std::size_t i) {
    std::string s;
    for (const auto& d : cmlint::test::lint_text(texts[i])) s += d + "\n";
    return s;
  };
  std::vector<std::string> serial(texts.size()), parallel(texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) serial[i] = show_all(i);
  cmlint::parallel_for(texts.size(), 8, [&](std::size_t i) { parallel[i] = show_all(i); });
  EXPECT_EQ(parallel, serial);
  EXPECT_NE(serial[0].find("date-invalid"), std::string::npos);
}
