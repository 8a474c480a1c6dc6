// Line and column of a byte offset in the original source. Columns count
// user-perceived characters (grapheme clusters), so a decomposed "ệ" is one.
#pragma once
#include <cstdint>

#include "source.hpp"

namespace cmlint {

struct Position {
  std::uint32_t line = 1;    // 1-based
  std::uint32_t column = 1;  // 1-based, in grapheme clusters
};

Position position_of(const Source& src, std::uint32_t offset);

// Positions of many offsets: when they come in increasing order on one line, each
// column is counted from the previous one, so a long line with many findings
// stays linear (position_of would recount from the line start every time).
class PositionCursor {
 public:
  explicit PositionCursor(const Source& src) : src_(src) {}
  Position at(std::uint32_t offset);

 private:
  const Source& src_;
  std::uint32_t line_ = 0, offset_ = 0, column_ = 1;
};

// Line text without its line break ("\n" or "\r\n"); line is 1-based.
std::string_view line_text(const Source& src, std::uint32_t line);
// The same for the line that starts at byte `begin` (walking the lines in order needs no look-up).
std::string_view line_text_at(const Source& src, std::uint32_t begin);

// Grapheme clusters in a UTF-8 string (invalid bytes count one each).
std::uint32_t grapheme_count(std::string_view s);

}  // namespace cmlint
