// --fix, --unsafe-fixes and --diff: apply the fixes rules attach to their
// findings, re-lint and repeat (at most 4 passes), then write atomically or
// print a unified diff.
#pragma once
#include <sys/types.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "../core/config.hpp"

namespace cmlint {

struct FixOptions {
  bool write = false;   // --fix (or --unsafe-fixes): write the fixed files
  bool unsafe = false;  // --unsafe-fixes: apply unsafe fixes too
  bool diff = false;    // --diff: print a unified diff, write nothing
};

struct FixOutcome {
  std::string text;         // the fixed bytes
  std::size_t applied = 0;  // edits applied over all passes
  int passes = 0;
};

// Applies the allowed fixes to `bytes` until nothing changes (at most 4 passes). Overlapping fixes: the one
// starting first wins, the later one is dropped for this pass. A fix whose edit would change a digit is dropped.
FixOutcome fix_text(const std::string& bytes, const std::string& name, const Config& config, Lang lang, bool unsafe);

// A unified diff (3 lines of context) from `before` to `after`; empty when they are equal.
std::string unified_diff(const std::string& before, const std::string& after, const std::string& path);

// What was read: to detect a file changed on disk before it is replaced.
struct FileStamp {
  std::int64_t size = 0, mtime_ns = 0;
  mode_t mode = 0644;
};
std::optional<FileStamp> stamp_of(const std::string& path);

// Replaces `path` with `fixed`: a temporary file in the same directory, flushed, with the original mode, renamed
// over the original. Refuses when the file on disk is no longer what was read. Returns an error message or "".
std::string write_atomically(const std::string& path, const FileStamp& read_stamp, const std::string& read_bytes,
                             const std::string& fixed, Lang lang);

int run_fix_mode(const std::vector<std::string>& paths, const std::string& stdin_name, FixOptions options,
                 const std::function<Config(const std::string&)>& config_for, std::optional<Lang> lang_flag, Lang ui_lang,
                 bool json, bool color, std::ostream& out, std::ostream& err);

}  // namespace cmlint
