// --fix, --unsafe-fixes and --diff: the fixed file is exactly the expected one, fixing twice changes
// nothing, diffs are exact, writes are atomic and refused when the file changed on disk.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/fix_mode.hpp"
#include "test_util.hpp"

namespace fs = std::filesystem;
using cmlint::test::run_binary;
using cmlint::test::slurp;
using cmlint::test::temp_file;

namespace {


const fs::path kFixDir = fs::path(CMLINT_SOURCE_DIR) / "tests/fix";

}  // namespace

// The sample is a party plan without the party header and date line (header-missing, an
// info of the structure rules); that finding is not what this test is about.
TEST(Fix, SampleWithEveryFixableDefectBecomesTheExpectedFile) {
  const auto f = temp_file("hygiene.txt", slurp(kFixDir / "hygiene.txt"));
  const auto r = run_binary("--fix --color never --set rules.header-missing=off " + f.string());
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_EQ(slurp(f), slurp(kFixDir / "hygiene.fixed.txt"));
  EXPECT_EQ(r.out, "Không phát hiện vấn đề nào.\n");
  EXPECT_NE(r.err.find("đã sửa"), std::string::npos) << r.err;
  // A second run changes nothing and says nothing about fixes.
  const auto again = run_binary("--fix --color never --set rules.header-missing=off " + f.string());
  EXPECT_EQ(again.code, 0);
  EXPECT_EQ(again.err, "");
  EXPECT_EQ(slurp(f), slurp(kFixDir / "hygiene.fixed.txt"));
}

TEST(Fix, DiffIsExactAndWritesNothing) {
  const std::string before = "Dòng một.\nGiao Văn phòng theo dõi , đôn đốc,kiểm tra.\nDòng ba.\n";
  const auto f = temp_file("diff.txt", before);
  const auto r = run_binary("--diff " + f.string());
  EXPECT_EQ(r.code, 1);  // there is something to fix
  EXPECT_EQ(r.out, "--- " + f.string() + "\n+++ " + f.string() +
                       "\n@@ -1,3 +1,3 @@\n Dòng một.\n-Giao Văn phòng theo dõi , đôn đốc,kiểm tra.\n"
                       "+Giao Văn phòng theo dõi, đôn đốc, kiểm tra.\n Dòng ba.\n");
  EXPECT_EQ(slurp(f), before);
  const auto clean = temp_file("clean-diff.txt", "Dòng một.\n");
  const auto c = run_binary("--diff " + clean.string());
  EXPECT_EQ(c.code, 0);
  EXPECT_EQ(c.out, "");
}

TEST(Fix, DiffMarksAMissingFinalNewline) {
  EXPECT_EQ(cmlint::unified_diff("a ,b", "a, b", "x.txt"),
            "--- x.txt\n+++ x.txt\n@@ -1 +1 @@\n-a ,b\n\\ No newline at end of file\n+a, b\n\\ No newline at end of file\n");
}

TEST(Fix, StdinWritesTheFixedTextToStdout) {
  const auto f = temp_file("stdin-fix.txt", "Căn cứ Nghị định số 30/2020/NĐ-\xD0\xA1\xD0\xA0 ngày 05/3/2020.\n");
  const auto r = run_binary("--fix -", "", f.string());
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020.\n");
}

TEST(Fix, UnsafeFixesOnlyWhenAsked) {
  // A C1 control character may stand for a lost check box: removing it is an unsafe fix.
  const std::string text = "\xC2\x85 Có \xC2\x85 Không\n";
  const auto f = temp_file("unsafe.txt", text);
  run_binary("--fix " + f.string());
  EXPECT_EQ(slurp(f), text);
  run_binary("--unsafe-fixes " + f.string());
  EXPECT_EQ(slurp(f), " Có  Không\n");
}

TEST(Fix, ReadOnlyFileKeepsItsMode) {
  const auto f = temp_file("readonly.txt", "theo dõi , kiểm tra\n");
  fs::permissions(f, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  const auto r = run_binary("--fix " + f.string());
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(slurp(f), "theo dõi, kiểm tra\n");
  EXPECT_EQ(fs::status(f).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  fs::permissions(f, fs::perms::owner_write, fs::perm_options::add);
}

TEST(Fix, ReadOnlyDirectoryIsAnIoError) {
  // Root may write anywhere: run as nobody then (setpriv), where the directory is not writable.
  std::string as;
  if (::geteuid() == 0) {
    if (std::system("command -v setpriv >/dev/null 2>&1") != 0) GTEST_SKIP() << "running as root without setpriv";
    as = "setpriv --reuid=65534 --regid=65534 --clear-groups";
  }
  fs::create_directories(temp_file("probe.txt", "").parent_path() / "rodir");
  const auto f = temp_file("rodir/draft.txt", "theo dõi , kiểm tra\n");
  const auto dir = f.parent_path();
  fs::permissions(dir.parent_path(), fs::perms::others_exec | fs::perms::others_read, fs::perm_options::add);
  fs::permissions(f, fs::perms::others_read, fs::perm_options::add);
  fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::others_read | fs::perms::others_exec);
  const auto r = run_binary("--fix " + f.string(), as);
  fs::permissions(dir, fs::perms::owner_all);
  EXPECT_EQ(r.code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("không ghi được '" + f.string() + "': Permission denied"), std::string::npos) << r.err;
  EXPECT_EQ(slurp(f), "theo dõi , kiểm tra\n");
}

TEST(Fix, FileChangedOnDiskIsNotOverwritten) {
  const auto f = temp_file("changed.txt", "theo dõi , kiểm tra\n");
  const std::string read = slurp(f);
  const auto stamp = cmlint::stamp_of(f.string());
  ASSERT_TRUE(stamp);
  std::ofstream(f, std::ios::binary) << "someone else edited this line\n";
  const std::string problem = cmlint::write_atomically(f.string(), *stamp, read, "theo dõi, kiểm tra\n", cmlint::Lang::en);
  EXPECT_EQ(problem, "'" + f.string() + "' changed on disk after it was read; not overwritten (run cmlint --fix again)");
  EXPECT_EQ(slurp(f), "someone else edited this line\n");
  // No temporary file is left behind.
  for (const auto& e : fs::directory_iterator(f.parent_path()))
    EXPECT_EQ(e.path().filename().string().find(".changed.txt.cmlint-"), std::string::npos);
}

TEST(Fix, OverlappingFixesFirstByOffsetWinsThenConverges) {
  // The NFC fix and the spacing fix touch neighbouring bytes; every pass re-lints, nothing is lost.
  const std::string nfd = "thu\xCC\x9B\xCC\xA3\x63 hie\xCC\xA3\xCC\x82n , ki\xE1\xBB\x83m tra\n";
  const auto out = cmlint::fix_text(nfd, "t.txt", cmlint::default_config(), cmlint::Lang::vi, false);
  EXPECT_EQ(out.text, "thực hiện, kiểm tra\n");
  EXPECT_LE(out.passes, 4);
  const auto again = cmlint::fix_text(out.text, "t.txt", cmlint::default_config(), cmlint::Lang::vi, false);
  EXPECT_EQ(again.applied, 0u);
  EXPECT_EQ(again.text, out.text);
}
