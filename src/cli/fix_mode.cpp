#include "fix_mode.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>

#include "../core/config_error.hpp"
#include "../core/lint.hpp"
#include "../report/report.hpp"
#include "app.hpp"

namespace cmlint {

namespace {

std::string digits_of(std::string_view s) {
  std::string d;
  for (char c : s)
    if (c >= '0' && c <= '9') d += c;
  return d;
}

bool read_all(const std::string& path, std::string& out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  out.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  return !f.bad();
}

std::vector<std::string_view> lines_of(std::string_view s) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    const auto nl = s.find('\n');
    const auto n = nl == std::string_view::npos ? s.size() : nl + 1;
    out.push_back(s.substr(0, n));
    s.remove_prefix(n);
  }
  return out;
}

}  // namespace

FixOutcome fix_text(const std::string& bytes, const std::string& name, const Config& config, Lang lang, bool unsafe) {
  FixOutcome r;
  r.text = bytes;
  for (int pass = 0; pass < 4; ++pass) {
    FileResult res = lint_loaded(load_bytes(r.text, name), config, lang);
    if (!res.source || res.source->from_utf16) break;
    struct Candidate {
      std::uint32_t begin, end;
      const Fix* fix;
    };
    std::vector<Candidate> cands;
    for (const Diagnostic& d : res.diagnostics) {
      if (!d.fix || d.fix->edits.empty()) continue;
      if (d.fix->applicability == Applicability::unsafe && !unsafe) continue;
      std::uint32_t b = UINT32_MAX, e = 0;
      for (const Edit& ed : d.fix->edits) b = std::min(b, ed.offset), e = std::max(e, ed.end_offset);
      cands.push_back({b, e, &*d.fix});
    }
    std::stable_sort(cands.begin(), cands.end(),
                     [](const Candidate& a, const Candidate& b) { return a.begin != b.begin ? a.begin < b.begin : a.end < b.end; });
    std::map<std::uint32_t, std::uint32_t> taken;  // accepted edits: begin -> end
    const auto overlaps = [&](std::uint32_t b, std::uint32_t e) {
      auto it = taken.upper_bound(b);
      if (it != taken.end() && (it->first < e || (b == e && it->first == b))) return true;
      if (it != taken.begin()) {
        --it;
        if (it->second > b || it->first == b) return true;
      }
      return false;
    };
    std::vector<const Edit*> edits;
    for (const Candidate& c : cands) {
      bool ok = true;
      for (const Edit& ed : c.fix->edits) {
        if (ed.end_offset < ed.offset || ed.end_offset > r.text.size() || overlaps(ed.offset, ed.end_offset)) ok = false;
        // A fix never changes a digit.
        else if (digits_of(std::string_view(r.text).substr(ed.offset, ed.end_offset - ed.offset)) != digits_of(ed.replacement))
          ok = false;
      }
      if (!ok) continue;
      for (const Edit& ed : c.fix->edits) {
        taken[ed.offset] = ed.end_offset;
        edits.push_back(&ed);
      }
    }
    if (edits.empty()) break;
    std::sort(edits.begin(), edits.end(), [](const Edit* a, const Edit* b) { return a->offset > b->offset; });
    std::string next = r.text;
    for (const Edit* ed : edits) next.replace(ed->offset, ed->end_offset - ed->offset, ed->replacement);
    r.passes = pass + 1;
    if (next == r.text) break;
    r.applied += edits.size();
    r.text = std::move(next);
  }
  return r;
}

std::string unified_diff(const std::string& before, const std::string& after, const std::string& path) {
  if (before == after) return "";
  const auto a = lines_of(before), b = lines_of(after);
  // Common prefix and suffix; in between, lines are paired one to one when both sides have as many,
  // else the block is replaced as a whole. Fixes keep line counts, so this is the minimal diff for them.
  std::size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
  std::size_t suf = 0;
  while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf]) ++suf;
  enum Kind { same, del, add };
  struct Op {
    Kind kind;
    std::size_t ai, bi;
  };
  std::vector<Op> ops;
  for (std::size_t i = 0; i < pre; ++i) ops.push_back({same, i, i});
  const std::size_t am = a.size() - pre - suf, bm = b.size() - pre - suf;
  if (am == bm) {
    // Runs of changed lines: their old lines, then their new lines (as diff -u prints them).
    for (std::size_t i = 0; i < am;) {
      if (a[pre + i] == b[pre + i]) {
        ops.push_back({same, pre + i, pre + i});
        ++i;
        continue;
      }
      std::size_t e = i;
      while (e < am && a[pre + e] != b[pre + e]) ++e;
      for (std::size_t k = i; k < e; ++k) ops.push_back({del, pre + k, pre + i});
      for (std::size_t k = i; k < e; ++k) ops.push_back({add, pre + e, pre + k});
      i = e;
    }
  } else {
    for (std::size_t i = 0; i < am; ++i) ops.push_back({del, pre + i, pre});
    for (std::size_t i = 0; i < bm; ++i) ops.push_back({add, pre + am, pre + i});
  }
  for (std::size_t i = 0; i < suf; ++i) ops.push_back({same, a.size() - suf + i, b.size() - suf + i});
  // Group changes into hunks with 3 lines of context.
  std::string out = "--- " + path + "\n+++ " + path + "\n";
  const auto line = [](char sign, std::string_view l) {
    std::string s(1, sign);
    s += l;
    if (l.empty() || l.back() != '\n') s += "\n\\ No newline at end of file\n";
    return s;
  };
  std::size_t i = 0;
  while (i < ops.size()) {
    while (i < ops.size() && ops[i].kind == same) ++i;
    if (i == ops.size()) break;
    std::size_t start = i >= 3 ? i - 3 : 0, end = i;
    // Extend while the next change is within 6 lines.
    while (true) {
      while (end < ops.size() && ops[end].kind != same) ++end;
      std::size_t k = end;
      while (k < ops.size() && ops[k].kind == same && k - end < 7) ++k;
      if (k < ops.size() && ops[k].kind != same && k - end <= 6) {
        end = k;
        continue;
      }
      end = std::min(ops.size(), end + 3);
      break;
    }
    std::size_t a_start = 0, a_len = 0, b_start = 0, b_len = 0;
    bool a_set = false, b_set = false;
    std::string body;
    for (std::size_t k = start; k < end; ++k) {
      const Op& o = ops[k];
      if (o.kind != add) {
        if (!a_set) a_start = o.ai, a_set = true;
        ++a_len;
      }
      if (o.kind != del) {
        if (!b_set) b_start = o.bi, b_set = true;
        ++b_len;
      }
      body += o.kind == same ? line(' ', a[o.ai]) : o.kind == del ? line('-', a[o.ai]) : line('+', b[o.bi]);
    }
    if (!a_set) a_start = ops[start].ai;
    if (!b_set) b_start = ops[start].bi;
    const auto range = [](std::size_t s, std::size_t n) {
      return n == 1 ? std::to_string(s + 1) : std::to_string(n == 0 ? s : s + 1) + "," + std::to_string(n);
    };
    out += "@@ -" + range(a_start, a_len) + " +" + range(b_start, b_len) + " @@\n" + body;
    i = end;
  }
  return out;
}

std::optional<FileStamp> stamp_of(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return FileStamp{static_cast<std::int64_t>(st.st_size),
                   static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec, st.st_mode};
}

std::string write_atomically(const std::string& path, const FileStamp& read_stamp, const std::string& read_bytes,
                             const std::string& fixed, Lang lang) {
  const bool vi = lang == Lang::vi;
  // Changed on disk since it was read? Size and modification time, then the bytes themselves.
  const auto now = stamp_of(path);
  std::string current;
  if (!now || now->size != read_stamp.size || now->mtime_ns != read_stamp.mtime_ns || !read_all(path, current) ||
      current != read_bytes)
    return vi ? "tệp '" + path + "' đã thay đổi trên đĩa sau khi được đọc; không ghi đè (chạy lại cmlint --fix)"
              : "'" + path + "' changed on disk after it was read; not overwritten (run cmlint --fix again)";
  const std::filesystem::path p(path);
  const std::string dir = p.has_parent_path() ? p.parent_path().string() : ".";
  std::string tmpl = dir + "/." + p.filename().string() + ".cmlint-XXXXXX";
  const int fd = ::mkstemp(tmpl.data());
  const auto fail = [&](const std::string& what) {
    return vi ? "không ghi được '" + path + "': " + what : "cannot write '" + path + "': " + what;
  };
  if (fd < 0) return fail(std::strerror(errno));
  std::size_t done = 0;
  while (done < fixed.size()) {
    const ssize_t n = ::write(fd, fixed.data() + done, fixed.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      const std::string e = std::strerror(errno);
      ::close(fd);
      ::unlink(tmpl.c_str());
      return fail(e);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, read_stamp.mode & 07777) != 0 || ::fsync(fd) != 0) {
    const std::string e = std::strerror(errno);
    ::close(fd);
    ::unlink(tmpl.c_str());
    return fail(e);
  }
  ::close(fd);
  if (::rename(tmpl.c_str(), path.c_str()) != 0) {
    const std::string e = std::strerror(errno);
    ::unlink(tmpl.c_str());
    return fail(e);
  }
  return "";
}

int run_fix_mode(const std::vector<std::string>& paths, const std::string& stdin_name, FixOptions options,
                 const std::function<Config(const std::string&)>& config_for, std::optional<Lang> lang_flag, Lang ui_lang,
                 bool json, bool color, std::ostream& out, std::ostream& err) {
  const bool vi = ui_lang == Lang::vi;
  bool io_failed = false, changed_any = false;
  std::vector<FileResult> remaining;
  for (const auto& p : paths) {
    const bool is_stdin = p == "-";
    const std::string shown = is_stdin ? stdin_name : p;
    Config cfg;
    try {
      cfg = config_for(is_stdin ? stdin_name : p);
    } catch (const ConfigError& e) {
      err << "cmlint: configuration error: " << e.what() << "\n";
      return kExitUsage;
    }
    const Lang lang = lang_flag.value_or(cfg.lang.value_or(Lang::vi));
    std::string bytes;
    std::optional<FileStamp> stamp;
    if (is_stdin) {
      bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else if (!(stamp = stamp_of(p)) || S_ISDIR(stamp->mode) || !read_all(p, bytes)) {
      io_failed = true;
      err << "cmlint: " << (vi ? "không đọc được " : "cannot read ") << "'" << shown << "'\n";
      continue;
    }
    LoadResult probe = load_bytes(bytes, shown);
    if (probe.source && probe.source->from_utf16) {
      io_failed = true;
      err << "cmlint: " << (vi ? "không sửa tệp UTF-16 '" : "not fixing the UTF-16 file '") << shown
          << (vi ? "'; hãy chuyển sang UTF-8\n" : "'; convert it to UTF-8\n");
      if (is_stdin && options.write && !options.diff) out << bytes;
      continue;
    }
    const FixOutcome fixed = fix_text(bytes, shown, cfg, lang, options.unsafe);
    if (fixed.text != bytes) changed_any = true;
    if (options.diff) {
      out << unified_diff(bytes, fixed.text, shown);
      continue;
    }
    if (is_stdin) {
      out << fixed.text;  // the fixed text replaces the report
      if (fixed.applied > 0) err << "cmlint: " << (vi ? "đã sửa " : "fixed ") << fixed.applied << (vi ? " chỗ" : " edits") << "\n";
      continue;
    }
    if (fixed.text != bytes) {
      const std::string problem = write_atomically(p, *stamp, bytes, fixed.text, ui_lang);
      if (!problem.empty()) {
        io_failed = true;
        err << "cmlint: " << problem << "\n";
        remaining.push_back(lint_loaded(load_bytes(bytes, shown), cfg, lang));
        continue;
      }
      err << "cmlint: " << (vi ? "đã sửa " : "fixed ") << fixed.applied << (vi ? " chỗ trong '" : " edits in '") << shown
          << "'\n";
    }
    remaining.push_back(lint_loaded(load_bytes(fixed.text, shown), cfg, lang));
  }
  if (options.diff) return io_failed ? kExitUsage : changed_any ? kExitFindings : kExitClean;
  if (!remaining.empty()) {
    if (json) write_json(out, remaining);
    else write_text(out, remaining, color, ui_lang);
  }
  if (io_failed) return kExitUsage;
  return count(remaining).error > 0 ? kExitFindings : kExitClean;
}

}  // namespace cmlint
