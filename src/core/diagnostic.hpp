#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "facts.hpp"
#include "severity.hpp"

namespace cmlint {

// One replacement. While rules run, `span` is in NFC offsets; when the diagnostic is
// resolved, `offset`/`end_offset` are set in bytes of the original file.
struct Edit {
  Span span;
  std::string replacement;
  std::uint32_t offset = 0, end_offset = 0;
};

enum class Applicability { safe, unsafe };  // --fix applies safe fixes; --unsafe-fixes adds the others

struct Fix {
  Applicability applicability = Applicability::safe;
  std::string message;  // what the fix does, in the run's language
  std::vector<Edit> edits;
};

struct Diagnostic {
  std::string_view code;  // "CM301"
  std::string_view name;  // "percent-ratio"
  Severity severity = Severity::error;
  std::string message;
  Span span;  // NFC offsets while rules run
  // Filled when resolved against the original source:
  std::uint32_t offset = 0, end_offset = 0;  // bytes of the original file
  std::uint32_t line = 0, column = 0, end_line = 0, end_column = 0;
  std::optional<Fix> fix;
};

// One consistency check a rule made, passed or failed, for `cmlint facts`:
// users see what was verified, not only what failed.
struct CheckRecord {
  std::string_view name;  // rule name
  bool ok = true;
  std::string detail;     // e.g. "45/52 = 86,54% ≈ 86,5%"; the message when it failed
  Span span;              // NFC offsets
};

}  // namespace cmlint
