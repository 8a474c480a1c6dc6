// Baselines: record today's findings (--write-baseline FILE) and report only new ones later
// (--baseline FILE). A finding matches a recorded one by path, rule code and the text it covers,
// not by line, so edits elsewhere in the file keep it matched; each recorded entry matches once.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "../core/lint.hpp"

namespace cmlint {

// Writes every finding of `results`; returns an error message on failure.
std::optional<std::string> write_baseline(const std::string& path, const std::vector<FileResult>& results);

// Removes the findings recorded in the baseline from `results`; returns an error message when
// the file cannot be read or is not a baseline. `matched` is set to how many were removed.
std::optional<std::string> apply_baseline(const std::string& path, std::vector<FileResult>& results,
                                          std::size_t& matched);

}  // namespace cmlint
