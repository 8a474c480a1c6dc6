// Helpers shared by the test files: run the cmlint binary, lint a string.
#pragma once
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/app.hpp"
#include "core/config.hpp"
#include "core/lint.hpp"

namespace cmlint::test {

// A whole file's bytes ("" when it cannot be read).
inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

struct Run {
  int code = -1;
  std::string out, err;
};

// Runs the built binary through the shell; `env` is prefixed ("CMLINT_LANG=en").
inline Run run_binary(const std::string& args, const std::string& env = "", const std::string& stdin_file = "") {
  static int counter = 0;
  const auto dir = std::filesystem::temp_directory_path();
  const auto out = dir / ("cmlint_test_out_" + std::to_string(::getpid()) + "_" + std::to_string(counter));
  const auto err = dir / ("cmlint_test_err_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
  std::string cmd = env + " " + CMLINT_BINARY + " " + args + " >" + out.string() + " 2>" + err.string();
  if (!stdin_file.empty()) cmd += " <" + stdin_file;
  else cmd += " </dev/null";
  const int status = std::system(cmd.c_str());
  Run r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  std::filesystem::remove(out);
  std::filesystem::remove(err);
  return r;
}

inline std::filesystem::path temp_file(const std::string& name, const std::string& bytes) {
  const auto dir = std::filesystem::temp_directory_path() / ("cmlint_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto p = dir / name;
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

// One diagnostic as a comparable line: "line:col severity rule message".
inline std::string show(const Diagnostic& d) {
  return std::to_string(d.line) + ":" + std::to_string(d.column) + " " + std::string(to_string(d.severity)) + " " +
         std::string(d.name) + " " + d.message;
}

inline std::vector<std::string> lint_text(const std::string& text, Lang lang = Lang::vi,
                                          const Config& config = default_config()) {
  auto r = lint_loaded(load_bytes(text, "t.txt"), config, lang);
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics) out.push_back(show(d));
  return out;
}

}  // namespace cmlint::test
