#include "position.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace cmlint {

namespace {

// Graphemes of a text whose code points are all below U+0300 or in U+1E00–1EFF (Vietnamese in NFC):
// none of those is Extend, SpacingMark, Prepend or ZWJ (UAX #29), so every code point is its own
// cluster except LF after CR (GB3). nullopt for anything else: ICU decides then.
std::optional<std::uint32_t> simple_grapheme_count(std::string_view s) {
  const auto cont = [&](std::size_t k) { return k < s.size() && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80; };
  std::uint32_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      n += !(c == '\n' && i > 0 && s[i - 1] == '\r');
    } else if (c >= 0xC2 && c <= 0xCB && cont(i + 1)) {  // U+0080–02FF
      ++n;
      ++i;
    } else if (c == 0xE1 && cont(i + 1) && cont(i + 2) && static_cast<unsigned char>(s[i + 1]) >= 0xB8 &&
               static_cast<unsigned char>(s[i + 1]) <= 0xBB) {  // U+1E00–1EFF
      ++n;
      i += 2;
    } else {  // anything else, ill-formed bytes too
      return std::nullopt;
    }
  }
  return n;
}

}  // namespace

std::uint32_t grapheme_count(std::string_view s) {
  if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return static_cast<std::uint32_t>(s.size());
  if (const auto n = simple_grapheme_count(s)) return *n;
  UErrorCode ec = U_ZERO_ERROR;
  thread_local std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), ec));
  if (!it) return static_cast<std::uint32_t>(s.size());
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, s.data(), static_cast<int64_t>(s.size()), &ec);
  it->setText(&ut, ec);
  std::uint32_t n = 0;
  if (U_SUCCESS(ec)) {
    it->first();
    while (it->next() != icu::BreakIterator::DONE) ++n;
  } else {
    n = static_cast<std::uint32_t>(s.size());
  }
  utext_close(&ut);
  return n;
}

namespace {

// Where the text of `line` starts (after a BOM on line 1).
std::uint32_t text_start(const Source& src, std::uint32_t line) {
  const std::uint32_t start = src.line_start(line);
  return line == 1 ? std::max<std::uint32_t>(start, src.content_begin) : start;
}

}  // namespace

Position position_of(const Source& src, std::uint32_t offset) {
  const std::uint32_t line = src.line_of(offset);
  const std::uint32_t start = text_start(src, line);
  offset = std::max(offset, start);
  return {line, 1 + grapheme_count(std::string_view(src.bytes.data() + start, offset - start))};
}

Position PositionCursor::at(std::uint32_t offset) {
  const std::uint32_t line = src_.line_of(offset);
  if (line == line_ && offset >= offset_) {
    column_ += grapheme_count(std::string_view(src_.bytes.data() + offset_, offset - offset_));
  } else {
    const std::uint32_t start = text_start(src_, line);
    offset = std::max(offset, start);
    column_ = 1 + grapheme_count(std::string_view(src_.bytes.data() + start, offset - start));
  }
  line_ = line;
  offset_ = offset;
  return {line, column_};
}

std::string_view line_text_at(const Source& src, std::uint32_t begin) {
  std::string_view s = std::string_view(src.bytes).substr(begin);
  if (const auto nl = s.find('\n'); nl != std::string_view::npos) s = s.substr(0, nl);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

std::string_view line_text(const Source& src, std::uint32_t line) {
  if (line == 0 || line > src.line_count()) return {};
  return line_text_at(src, text_start(src, line));
}

}  // namespace cmlint
