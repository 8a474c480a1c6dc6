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

struct Source {
  std::string path;                 // as shown in reports
  std::string bytes;                // original bytes (UTF-16 input: its UTF-8 transcoding)
  std::uint32_t content_begin = 0;  // 3 after a UTF-8 BOM
  bool from_utf16 = false;
  bool known_nfc = false;  // every character is NFC-inert: the text is NFC without asking ICU again
  // Otherwise the only lines of content() that may not be NFC (see Utf8Check::doubtful_lines).
  std::vector<LineRange> nfc_doubtful_lines;
  std::vector<std::uint32_t> line_starts;  // byte offsets of each line start

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
Utf8Check check_utf8(std::string_view s);

// Offset of the first invalid UTF-8 sequence, or nullopt when valid.
std::optional<std::uint32_t> find_invalid_utf8(std::string_view s);

}  // namespace cmlint
