#include "inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "ignore.hpp"

namespace fs = std::filesystem;

namespace cmlint {

namespace {

fs::path absolute_normal(const fs::path& p) {
  std::error_code ec;
  fs::path a = fs::absolute(p, ec);
  if (ec) a = p;
  a = a.lexically_normal();
  if (a.has_relative_path() && a.filename().empty()) a = a.parent_path();  // drop a trailing '/'
  return a;
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

class Walker {
 public:
  explicit Walker(const InputOptions& o) : options_(o) {
    const fs::path cwd = absolute_normal(".");
    for (const auto& e : o.exclude) excludes_.add_pattern(e, cwd);
  }

  bool excluded(const fs::path& abs, bool is_dir) {
    load_up_to(is_dir ? abs : abs.parent_path());
    return excludes_.ignored_with_parents(abs, is_dir) || ignores_.ignored_with_parents(abs, is_dir);
  }

  void walk(const fs::path& dir, const std::string& shown, std::vector<Input>& out) {
    const fs::path abs = absolute_normal(dir);
    load_up_to(abs);
    // Sorted by name (a filename is one path element, so its string order is the path order); the
    // names are taken once, not rebuilt as paths at every comparison.
    std::vector<std::pair<std::string, fs::directory_entry>> entries;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
      entries.emplace_back(it->path().filename().string(), *it);
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [name, e] : entries) {
      const fs::path child = abs / name;
      const std::string child_shown = shown.empty() || shown.back() == '/' ? shown + name : shown + "/" + name;
      std::error_code sec;
      const bool is_dir = e.is_directory(sec) && !e.is_symlink(sec);
      if (is_dir) {
        if (name == ".git") continue;
        if (excludes_.match(child, true) > 0 || ignores_.match(child, true) > 0) continue;
        walk(e.path(), child_shown, out);
      } else if (e.is_regular_file(sec)) {
        const std::string ext = lower(e.path().extension().string());
        if (std::find(options_.extensions.begin(), options_.extensions.end(), ext) == options_.extensions.end()) continue;
        if (excludes_.match(child, false) > 0 || ignores_.match(child, false) > 0) continue;
        out.push_back({e.path().string(), child_shown});
      }
    }
  }

 private:
  // Reads the ignore files of `dir` and of its parents up to the repository root (the nearest
  // directory holding .git) or the filesystem root, outermost first.
  void load_up_to(const fs::path& dir) {
    std::vector<fs::path> chain;
    for (fs::path p = dir;; p = p.parent_path()) {
      chain.push_back(p);
      std::error_code ec;
      if (fs::exists(p / ".git", ec) || !p.has_relative_path()) break;
    }
    for (std::size_t i = chain.size(); i-- > 0;) {
      if (!loaded_.insert(chain[i].string()).second) continue;
      ignores_.add_file(chain[i] / ".gitignore");
      ignores_.add_file(chain[i] / ".cmlintignore");
    }
  }

  const InputOptions& options_;
  IgnoreRules excludes_, ignores_;
  std::set<std::string> loaded_;
};

}  // namespace

std::vector<Input> expand_inputs(const std::vector<std::string>& paths, const InputOptions& options) {
  Walker walker(options);
  std::vector<Input> out;
  for (const auto& p : paths) {
    if (p == "-") {
      if (options.force_exclude && options.stdin_name != "-" &&
          walker.excluded(absolute_normal(options.stdin_name), false))
        continue;
      out.push_back({"-", options.stdin_name});
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      if (options.force_exclude && walker.excluded(absolute_normal(p), true)) continue;
      walker.walk(p, p, out);
      continue;
    }
    if (options.force_exclude && walker.excluded(absolute_normal(p), false)) continue;
    out.push_back({p, p});  // a missing file is reported when it is read
  }
  return out;
}

}  // namespace cmlint
