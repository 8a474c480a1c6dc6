// When findings fail the run: --fail-on, --max-warnings, --exit-zero.
#pragma once
#include <cstdint>
#include <optional>

#include "../core/severity.hpp"
#include "../report/report.hpp"
#include "app.hpp"

namespace cmlint {

struct ExitPolicy {
  Severity fail_on = Severity::error;         // a finding at this severity or above fails the run
  std::optional<std::int64_t> max_warnings;  // more warnings than this fail the run too
  bool exit_zero = false;                    // findings never fail the run (I/O errors still do)
};

inline bool too_many_warnings(const Counts& c, const ExitPolicy& p) {
  return p.max_warnings && static_cast<std::int64_t>(c.warning) > *p.max_warnings;
}

inline int exit_code(const Counts& c, bool io_failed, const ExitPolicy& p) {
  if (io_failed) return kExitUsage;
  if (p.exit_zero) return kExitClean;
  std::size_t failing = c.error;
  if (p.fail_on <= Severity::warning) failing += c.warning;
  if (p.fail_on <= Severity::info) failing += c.info;
  return failing > 0 || too_many_warnings(c, p) ? kExitFindings : kExitClean;
}

}  // namespace cmlint
