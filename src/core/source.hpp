// One input as read: its bytes, a line index over them, and where its text
// begins (after a BOM). Nothing downstream reads the file again.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cmlint {

// Bytes [begin, end) of whole lines (each range ends after a '\n' or at the end of the text).
struct LineRange {
  std::uint32_t begin = 0, end = 0;
};

// Where the lines of a text start, kept sparse: a full index costs 4 bytes a line (30 MB for a
// 200 MB draft). A sample (offset, line) is kept every kLines lines and every kBytes bytes, so
// that finding a line from a sample counts at most kLines line breaks in at most kBytes bytes,
// even inside a 50 MB line.
class LineIndex {
 public:
  static constexpr std::uint32_t kLines = 16, kBytes = 1024;
  void build(std::string_view bytes);
  std::uint32_t count() const { return count_; }  // lines: line breaks + 1
  // 1-based line of a byte offset.
  std::uint32_t line_of(std::string_view bytes, std::uint32_t offset) const;
  // Byte offset where a line (1-based, <= count()) starts.
  std::uint32_t start(std::string_view bytes, std::uint32_t line) const;

 private:
  struct Sample {
    std::uint32_t offset, line;
  };
  std::vector<Sample> samples_;  // increasing in both; the first is (0, 1)
  std::uint32_t count_ = 1;
};

struct Source {
  std::string path;                 // as shown in reports
  std::string bytes;                // original bytes (UTF-16 input: its UTF-8 transcoding)
  std::uint32_t content_begin = 0;  // 3 after a UTF-8 BOM
  bool from_utf16 = false;
  bool known_nfc = false;  // every character is NFC-inert: the text is NFC without asking ICU again
  // Otherwise the only lines of content() that may not be NFC (see Utf8Check::doubtful_lines).
  std::vector<LineRange> nfc_doubtful_lines;
  LineIndex lines;  // over `bytes`

  std::uint32_t line_count() const { return lines.count(); }
  std::uint32_t line_of(std::uint32_t offset) const { return lines.line_of(bytes, offset); }
  std::uint32_t line_start(std::uint32_t line) const { return lines.start(bytes, line); }

  std::string_view content() const { return std::string_view(bytes).substr(content_begin); }
};

// First invalid UTF-8 sequence: byte offset into Source::bytes and the reason.
struct EncodingProblem {
  std::uint32_t offset = 0;
  std::string reason_vi, reason_en;
};

struct LoadResult {
  std::optional<Source> source;
  std::optional<EncodingProblem> encoding;  // set: the text cannot be linted
  std::string error;                        // set: I/O failure, source is empty
};

// Reads a path ("-" reads standard input). Never throws.
LoadResult load_file(const std::string& path, const std::string& display_name);
// Builds a source from bytes already in memory (stdin, tests).
LoadResult load_bytes(std::string bytes, std::string display_name);

// One pass over the bytes: the first invalid UTF-8 sequence, and whether the text is
// certainly NFC (every code point has NFC_QC=Yes and combining class 0). `nfc` false
// means "maybe not": ICU decides then.
struct Utf8Check {
  std::optional<std::uint32_t> invalid;
  bool nfc = true;
  // The lines holding a code point that is not NFC-inert, sorted and merged when adjacent: every
  // other line is certainly NFC, so normalisation need only look at these. Empty when `nfc`.
  std::vector<LineRange> doubtful_lines;
};
// `want_nfc` false: validation only (`nfc` false, no doubtful lines), for callers that need no NFC proof.
Utf8Check check_utf8(std::string_view s, bool want_nfc = true);

// Offset of the first invalid UTF-8 sequence, or nullopt when valid.
std::optional<std::uint32_t> find_invalid_utf8(std::string_view s);

}  // namespace cmlint
