// Inline suppressions written in the text itself, so they work in plain
// .txt drafts:
//   cmlint: disable-next-line CM301 percent-ratio -- lý do
//   cmlint: disable-line date-invalid
//   cmlint: disable id-type-mismatch        … cmlint: enable id-type-mismatch
//   cmlint: disable-file number-format
// Rules are named by code or name. With no rule named, every rule is meant (this still works,
// but is reported by CM002 unused-suppression, as are unknown rules, an enable with no open
// disable, and suppressions that suppress nothing). Text after "--" is the reason.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "facts.hpp"
#include "severity.hpp"

namespace cmlint {

// A directive that has no effect or is not written as it should be (CM002).
struct SuppressionProblem {
  Span span;  // the directive, "cmlint: …" to the end of its line (offsets in the parsed text)
  std::uint32_t line = 0;
  std::string message;
};

class Suppressions {
 public:
  static Suppressions parse(std::string_view text);

  // `named_only`: only directives that name the rule count (CM002 findings: a bare directive
  // cannot hide the report about itself).
  bool suppressed(std::string_view code, std::string_view name, std::uint32_t line, bool named_only = false) const;
  // The same, and remembers which directives were used.
  bool suppress(std::string_view code, std::string_view name, std::uint32_t line);
  bool empty() const { return ranges_.empty() && directives_.empty(); }

  // Bare directives, unknown rules, unmatched enables and suppressions that suppressed nothing.
  std::vector<SuppressionProblem> problems(Lang lang) const;

 private:
  struct Directive {
    Span span;
    std::uint32_t line = 0;
    std::string verb;
  };
  struct Range {
    std::string rule;  // empty: every rule
    std::uint32_t first, last;  // lines, inclusive
    std::size_t directive;
    bool used = false;
  };
  struct Note {  // a problem found while parsing
    std::size_t directive;
    std::string rule;
    enum Kind { bare, unknown, unmatched_enable } kind;
  };
  std::vector<Directive> directives_;
  std::vector<Range> ranges_;
  std::vector<Note> notes_;
};

}  // namespace cmlint
