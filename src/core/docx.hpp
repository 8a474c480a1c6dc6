// Word documents (.docx): the text of body paragraphs (table cells included, in document
// order) and footnotes, one paragraph per line, so a finding's line is its paragraph number.
// Each line also gets a label saying where it is ("bảng 1, hàng 2, ô 3", "chú thích 4").
// A damaged file or a password-protected (encrypted) one is an I/O error with a clear reason.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "severity.hpp"

namespace cmlint {

bool is_docx_path(std::string_view path);

struct DocxText {
  std::string text;                 // paragraphs joined by '\n'
  std::vector<std::string> where;   // one per paragraph: "" for a body paragraph, else its place
  std::string error;                // set: the file could not be read
};

// From the bytes of the file.
DocxText read_docx_bytes(const std::string& bytes, Lang lang);

}  // namespace cmlint
