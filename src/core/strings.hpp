// Small string helpers shared by the input readers.
#pragma once
#include <string_view>

namespace cmlint {

// `suffix` is lower-case ASCII; `s` is compared case-insensitively (".DOCX" ends with ".docx").
inline bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

}  // namespace cmlint
