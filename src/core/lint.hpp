// Lints one loaded source: normalise, scan, run the enabled rules, map
// positions back to the original bytes, apply suppressions.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "config.hpp"
#include "diagnostic.hpp"
#include "fact_records.hpp"
#include "source.hpp"
#include "timings.hpp"

namespace cmlint {

struct FileResult {
  std::string path;
  std::optional<Source> source;  // kept for the text reporter's source frame
  std::vector<Diagnostic> diagnostics;
  std::string io_error;  // non-empty: the file could not be read (exit code 2)
  std::vector<FactRecord> facts;  // with LintOptions::facts: facts and checks, by position
  // .docx: one label per line of the extracted text (a line is a paragraph), e.g.
  // "đoạn 12, bảng 1, hàng 2, ô 3"; empty for other inputs.
  std::vector<std::string> where;
};

struct LintOptions {
  bool facts = false;  // also record every fact and every check (`cmlint facts`)
  Timings* timings = nullptr;  // --timings: where the time goes, per phase and rule
};

FileResult lint_loaded(LoadResult loaded, const Config& config, Lang lang, LintOptions options = {});
FileResult lint_path(const std::string& path, const std::string& display_name, const Config& config, Lang lang,
                     LintOptions options = {});

}  // namespace cmlint
