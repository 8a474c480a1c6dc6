// Where users run cmlint: the pre-commit hook (Debian's pre-commit, a temporary git repository),
// `cmake --install` with the man page, and the man page against --help.
#include <gtest/gtest.h>

#include <regex>

#include "test_util.hpp"

using cmlint::test::run_binary;
using cmlint::test::slurp;
using cmlint::test::temp_file;
namespace fs = std::filesystem;

namespace {


struct Shell {
  int code;
  std::string out;
};

Shell sh(const std::string& cmd) {
  const auto out = fs::temp_directory_path() / ("cmlint_sh_" + std::to_string(::getpid()));
  const int status = std::system(("(" + cmd + ") >" + out.string() + " 2>&1").c_str());
  Shell r{WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out)};
  fs::remove(out);
  return r;
}

}  // namespace

TEST(Integrations, PreCommitHook) {
  ASSERT_EQ(sh("command -v pre-commit && command -v git").code, 0) << "install pre-commit and git (scripts/deps.sh)";
  const fs::path repo = temp_file("precommit/bad.txt", "ngày 31/4/2023\n").parent_path();
  temp_file("precommit/nhap/x.txt", "ngày 31/4/2023\n");
  temp_file("precommit/.cmlintignore", "nhap/\n");
  temp_file("precommit/notes.md", "Mã `ngày 31/4/2023`.\n");
  const std::string bin_dir = fs::path(CMLINT_BINARY).parent_path().string();
  const std::string env = "cd " + repo.string() + " && export PATH=" + bin_dir + ":$PATH PRE_COMMIT_HOME=" +
                          (repo / ".pre-commit-cache").string() + " && ";
  ASSERT_EQ(sh(env + "rm -rf .git && git init -q . && git config user.email t@example.org && git config user.name t && "
                     "echo .pre-commit-cache/ >.gitignore && git add -A")
                .code,
            0);
  // try-repo runs the hook defined in this source tree's .pre-commit-hooks.yaml.
  const std::string run = env + "timeout 300 pre-commit try-repo " + std::string(CMLINT_SOURCE_DIR) + " cmlint --all-files";
  auto r = sh(run);
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("cmlint (văn bản hành chính)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Failed"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("bad.txt:1:6: error[date-invalid]"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("nhap/x.txt"), std::string::npos) << r.out;  // --force-exclude honours .cmlintignore
  EXPECT_EQ(r.out.find("notes.md:"), std::string::npos) << r.out;   // code spans are not linted
  temp_file("precommit/bad.txt", "ngày 30/4/2023\n");
  r = sh(env + "git add -A && " + run.substr(env.size()));
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("Passed"), std::string::npos) << r.out;
}

TEST(Integrations, CmakeInstallAndManPage) {
  const fs::path prefix = fs::path(temp_file("install/.keep", "").parent_path()) / "prefix";
  fs::remove_all(prefix);
  const auto r = sh("cmake --install " + std::string(CMLINT_BINARY_DIR) + " --prefix " + prefix.string());
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(fs::exists(prefix / "share/man/man1/cmlint.1"));
  EXPECT_TRUE(fs::exists(prefix / "share/cmlint/cmlint.schema.json"));
  const auto v = sh((prefix / "bin/cmlint").string() + " --version");
  EXPECT_EQ(v.out, std::string("cmlint ") + CMLINT_VERSION + "\n");
  // Every option of --help is documented in the man page (troff writes '-' as '\-').
  const std::string man = slurp(fs::path(CMLINT_SOURCE_DIR) / "docs/cmlint.1");
  const std::string help = run_binary("--help").out;
  std::regex opt("--[a-z][a-z-]*");
  for (auto it = std::sregex_iterator(help.begin(), help.end(), opt); it != std::sregex_iterator(); ++it) {
    std::string troff;
    for (char c : it->str()) troff += c == '-' ? std::string("\\-") : std::string(1, c);
    EXPECT_NE(man.find(troff), std::string::npos) << it->str() << " is not in docs/cmlint.1";
  }
  EXPECT_NE(man.find(".SH EXIT STATUS"), std::string::npos);
}
