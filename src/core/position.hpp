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

// Line text without its line break ("\n" or "\r\n"); line is 1-based.
std::string_view line_text(const Source& src, std::uint32_t line);

// Grapheme clusters in a UTF-8 string (invalid bytes count one each).
std::uint32_t grapheme_count(std::string_view s);

}  // namespace cmlint
