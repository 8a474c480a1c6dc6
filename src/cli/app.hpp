#pragma once
#include <ostream>
#include <string>
#include <vector>

namespace cmlint {

// Exit codes (documented in README.md and --help).
enum ExitCode : int {
  kExitClean = 0,     // nothing at or above the failing level
  kExitFindings = 1,  // findings at or above the failing level
  kExitUsage = 2,     // usage, configuration or I/O error
};

// The whole command line; `args` excludes the program name.
int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace cmlint
