// gitignore-style patterns (.gitignore, .cmlintignore, --exclude): `*`, `?`, `[a-z]`, `**`,
// `\` escapes, `!` negation, a leading or inner `/` anchors to the file's directory, a trailing
// `/` matches directories only; the last matching pattern wins.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "../core/glob.hpp"

namespace cmlint {


class IgnoreRules {
 public:
  // Reads an ignore file; its patterns are relative to its directory. Missing file: nothing added.
  void add_file(const std::filesystem::path& file);
  // One pattern line relative to `base` (an absolute directory).
  void add_pattern(std::string_view line, const std::filesystem::path& base);

  // Whether an absolute, lexically normal path is ignored (not looking at its parents).
  // Returns +1 ignored, -1 re-included by a `!` pattern, 0 no pattern matched.
  int match(const std::filesystem::path& path, bool is_dir) const;
  // The path or one of its parent directories is ignored.
  bool ignored_with_parents(const std::filesystem::path& path, bool is_dir) const;
  bool empty() const { return patterns_.empty(); }

 private:
  struct Pattern {
    std::string base;  // absolute directory, generic form, no trailing '/'
    std::string glob;
    bool negate = false, dir_only = false, anchored = false;
  };
  std::vector<Pattern> patterns_;
};

}  // namespace cmlint
