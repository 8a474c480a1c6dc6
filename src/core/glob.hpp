// Glob matching with gitignore rules for '/': `*` and `?` stop at '/', `**` crosses it,
// `[a-z]` and `[!a-z]` classes, `\\` escapes. Used by ignore files and [[overrides]].
#pragma once
#include <string_view>

namespace cmlint {

bool glob_match(std::string_view glob, std::string_view path);

}  // namespace cmlint
