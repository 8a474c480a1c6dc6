// The JSON report, written as it goes: one file's diagnostics at a time, never the whole
// document as a tree (a 200 MB input with its findings would need hundreds of MB for it).
// The layout is nlohmann::json's dump(2): the format users and tests already rely on.
#include <nlohmann/json.hpp>

#include <cstdio>

#include "../core/source.hpp"
#include "report.hpp"

namespace cmlint {

namespace {

class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}
  ~JsonWriter() { flush(); }

  void flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }
  void flush_if_large() {
    if (buf_.size() > (1u << 16)) flush();
  }

  void raw(std::string_view s) { buf_ += s; }
  void newline(int depth) {
    buf_ += '\n';
    buf_.append(static_cast<std::size_t>(2 * depth), ' ');
  }
  // `"key": ` at `depth`, after a comma unless it is the first member.
  void key(std::string_view k, int depth, bool first) {
    if (!first) buf_ += ',';
    newline(depth);
    buf_ += '"';
    buf_ += k;
    buf_ += "\": ";
  }
  void string(std::string_view s) {
    if (find_invalid_utf8(s)) {  // rare (a file name): nlohmann's replacement of ill-formed bytes
      buf_ += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      return;
    }
    buf_ += '"';
    for (const char c : s) {
      switch (c) {
        case '"': buf_ += "\\\""; break;
        case '\\': buf_ += "\\\\"; break;
        case '\b': buf_ += "\\b"; break;
        case '\f': buf_ += "\\f"; break;
        case '\n': buf_ += "\\n"; break;
        case '\r': buf_ += "\\r"; break;
        case '\t': buf_ += "\\t"; break;
        default:
          if (static_cast<unsigned char>(c) < 0x20) {
            char u[8];
            std::snprintf(u, sizeof u, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
            buf_ += u;
          } else {
            buf_ += c;
          }
      }
    }
    buf_ += '"';
  }
  // `[]`, or one element per line at `depth + 1` (each written by `each`), then `]` at `depth`.
  template <typename Range, typename Each>
  void array(const Range& items, int depth, Each each) {
    if (items.empty()) return raw("[]");
    raw("[");
    bool first = true;
    for (const auto& item : items) {
      if (!first) raw(",");
      first = false;
      newline(depth + 1);
      each(item);
      flush_if_large();
    }
    newline(depth);
    raw("]");
  }
  void number(std::uint64_t v) {
    char d[24];
    const int n = std::snprintf(d, sizeof d, "%llu", static_cast<unsigned long long>(v));
    buf_.append(d, static_cast<std::size_t>(n));
  }

 private:
  std::ostream& out_;
  std::string buf_;
};

void write_fix(JsonWriter& w, const Fix& fix, int depth) {
  w.raw("{");
  w.key("applicability", depth + 1, true);
  w.string(fix.applicability == Applicability::safe ? "safe" : "unsafe");
  w.key("message", depth + 1, false);
  w.string(fix.message);
  w.key("edits", depth + 1, false);
  w.array(fix.edits, depth + 1, [&](const Edit& e) {
    w.raw("{");
    w.key("offset", depth + 3, true);
    w.number(e.offset);
    w.key("end_offset", depth + 3, false);
    w.number(e.end_offset);
    w.key("replacement", depth + 3, false);
    w.string(e.replacement);
    w.newline(depth + 2);
    w.raw("}");
  });
  w.newline(depth);
  w.raw("}");
}

void write_diagnostic(JsonWriter& w, const FileResult& f, const Diagnostic& d, int depth) {
  w.raw("{");
  const int m = depth + 1;
  w.key("rule", m, true);
  w.string(d.name);
  w.key("code", m, false);
  w.string(d.code);
  w.key("severity", m, false);
  w.string(to_string(d.severity));
  w.key("message", m, false);
  w.string(d.message);
  w.key("line", m, false);
  w.number(d.line);
  w.key("column", m, false);
  w.number(d.column);
  w.key("end_line", m, false);
  w.number(d.end_line);
  w.key("end_column", m, false);
  w.number(d.end_column);
  w.key("offset", m, false);
  w.number(d.offset);
  w.key("end_offset", m, false);
  w.number(d.end_offset);
  if (d.line >= 1 && d.line <= f.where.size()) {  // .docx only
    w.key("location", m, false);
    w.string(f.where[d.line - 1]);
  }
  w.key("fix", m, false);
  if (d.fix) write_fix(w, *d.fix, m);
  else w.raw("null");
  w.newline(depth);
  w.raw("}");
}

}  // namespace

void write_json(std::ostream& out, const std::vector<FileResult>& files) {
  JsonWriter w(out);
  w.raw("{");
  w.key("tool", 1, true);
  w.string("cmlint");
  w.key("version", 1, false);
  w.string(version());
  w.key("files", 1, false);
  w.array(files, 1, [&](const FileResult& f) {
    w.raw("{");
    w.key("path", 3, true);
    w.string(f.path);
    if (!f.io_error.empty()) {
      w.key("error", 3, false);
      w.string(f.io_error);
    }
    w.key("diagnostics", 3, false);
    w.array(f.diagnostics, 3, [&](const Diagnostic& d) { write_diagnostic(w, f, d, 4); });
    w.newline(2);
    w.raw("}");
  });
  const Counts c = count(files);
  w.key("summary", 1, false);
  w.raw("{");
  w.key("files", 2, true);
  w.number(files.size());
  w.key("error", 2, false);
  w.number(c.error);
  w.key("warning", 2, false);
  w.number(c.warning);
  w.key("info", 2, false);
  w.number(c.info);
  w.newline(1);
  w.raw("}");
  w.newline(0);
  w.raw("}\n");
}

}  // namespace cmlint
