// Input expansion: files as given, directories walked recursively (sorted, so output order is
// stable) for the default extensions, with .gitignore and .cmlintignore honoured, `--exclude`
// patterns, and `-` for standard input.
#pragma once
#include <string>
#include <vector>

namespace cmlint {

struct Input {
  std::string path;   // what to read; "-" is standard input
  std::string shown;  // the name in reports
};

struct InputOptions {
  std::vector<std::string> exclude;  // gitignore-style, relative to the working directory
  bool force_exclude = false;        // apply ignore files and --exclude to paths named explicitly too
  std::string stdin_name = "-";      // --stdin-filename: checked against excludes with --force-exclude
  std::vector<std::string> extensions = {".txt", ".md", ".markdown", ".docx"};  // picked up when walking a directory
};

std::vector<Input> expand_inputs(const std::vector<std::string>& paths, const InputOptions& options);

}  // namespace cmlint
