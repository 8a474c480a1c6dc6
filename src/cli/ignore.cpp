#include "ignore.hpp"

#include <fstream>

namespace cmlint {

void IgnoreRules::add_file(const std::filesystem::path& file) {
  std::ifstream f(file, std::ios::binary);
  if (!f) return;
  const auto base = file.parent_path();
  std::string line;
  while (std::getline(f, line)) add_pattern(line, base);
}

void IgnoreRules::add_pattern(std::string_view line, const std::filesystem::path& base) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  // Trailing spaces are dropped unless escaped.
  while (!line.empty() && line.back() == ' ' && !(line.size() >= 2 && line[line.size() - 2] == '\\'))
    line.remove_suffix(1);
  if (line.empty() || line.front() == '#') return;
  Pattern p;
  if (line.front() == '!') {
    p.negate = true;
    line.remove_prefix(1);
  } else if (line.front() == '\\' && line.size() > 1 && (line[1] == '!' || line[1] == '#')) {
    line.remove_prefix(1);
  }
  if (!line.empty() && line.back() == '/') {
    p.dir_only = true;
    line.remove_suffix(1);
  }
  if (line.empty()) return;
  p.anchored = line.find('/') != std::string_view::npos;
  if (line.front() == '/') line.remove_prefix(1);
  p.glob = std::string(line);
  p.base = base.lexically_normal().generic_string();
  while (p.base.size() > 1 && p.base.back() == '/') p.base.pop_back();
  patterns_.push_back(std::move(p));
}

int IgnoreRules::match(const std::filesystem::path& path, bool is_dir) const {
  const std::string s = path.generic_string();
  for (auto it = patterns_.rbegin(); it != patterns_.rend(); ++it) {
    const Pattern& p = *it;
    if (p.dir_only && !is_dir) continue;
    const std::string prefix = p.base == "/" ? "/" : p.base + "/";
    if (s.size() <= prefix.size() || s.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string_view rel = std::string_view(s).substr(prefix.size());
    const std::string_view name = rel.substr(rel.rfind('/') == std::string_view::npos ? 0 : rel.rfind('/') + 1);
    if (p.anchored ? glob_match(p.glob, rel) : glob_match(p.glob, name)) return p.negate ? -1 : 1;
  }
  return 0;
}

bool IgnoreRules::ignored_with_parents(const std::filesystem::path& path, bool is_dir) const {
  // As git does: a file inside an ignored directory stays ignored whatever its own patterns say.
  std::vector<std::filesystem::path> chain;
  for (auto p = path; p.has_relative_path(); p = p.parent_path()) chain.push_back(p);
  for (std::size_t i = chain.size(); i-- > 0;)
    if (match(chain[i], i == 0 ? is_dir : true) > 0) return true;
  return false;
}

}  // namespace cmlint
