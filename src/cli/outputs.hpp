// Output selection: `--format FMT[:PATH]`, repeatable. Without PATH the report goes to
// standard output (at most one such); with PATH it is written to that file.
#pragma once
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "../core/lint.hpp"

namespace cmlint {

struct OutputSpec {
  std::string format;  // text, concise, json, sarif, github, gitlab, junit, checkstyle
  std::string path;    // empty: standard output
};

// Every format name, for --help and error messages.
const std::vector<std::string>& output_formats();

// Parses the --format values (none: text to standard output). Returns an error message.
std::optional<std::string> parse_outputs(const std::vector<std::string>& values, std::vector<OutputSpec>& specs);

struct OutputContext {
  std::string color = "auto";  // auto | always | never (auto: only on a terminal, and NO_COLOR unset)
  Lang lang = Lang::vi;
};

// Writes every report. A file that cannot be written is reported on `err`; returns false then.
bool write_outputs(const std::vector<OutputSpec>& specs, const std::vector<FileResult>& results, std::ostream& out,
                   std::ostream& err, const OutputContext& ctx);

}  // namespace cmlint
