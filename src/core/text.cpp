#include "text.hpp"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <algorithm>
#include <stdexcept>

namespace cmlint {

namespace {

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

Text::Text(std::string_view content, bool known_nfc, const std::vector<LineRange>* doubtful_lines)
    : view_(content) {
  if (known_nfc || is_ascii(content) || (doubtful_lines && doubtful_lines->empty())) return;
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  if (U_FAILURE(ec)) throw std::runtime_error("ICU NFC data unavailable");
  const auto piece = [](std::string_view s) { return icu::StringPiece(s.data(), static_cast<int32_t>(s.size())); };
  // Line by line: a line break is a normalisation boundary (a starter that composes with
  // nothing), so each line normalises on its own to the same bytes and the same changes as the
  // whole text would. Lines the loader proved NFC (all but a few pasted paragraphs, even when
  // many documents are concatenated) are copied, not run through ICU.
  std::vector<LineRange> lines;
  if (!doubtful_lines) {
    lines.push_back({0, static_cast<std::uint32_t>(content.size())});
    doubtful_lines = &lines;
  }
  // Most doubtful lines are NFC after all (a combining mark with no precomposed form): no copy then.
  const auto nfc_range = [&](const LineRange& r) {
    ec = U_ZERO_ERROR;
    return nfc->isNormalizedUTF8(piece(content.substr(r.begin, r.end - r.begin)), ec) && U_SUCCESS(ec);
  };
  if (std::all_of(doubtful_lines->begin(), doubtful_lines->end(), nfc_range)) return;
  storage_.reserve(content.size());
  icu::StringByteSink<std::string> sink(&storage_);
  icu::Edits edits;
  std::size_t copied = 0;  // content before this is in storage_
  const auto normalize_line = [&](std::size_t b, std::size_t e) {
    const std::string_view line = content.substr(b, e - b);
    ec = U_ZERO_ERROR;
    if (is_ascii(line) || (nfc->isNormalizedUTF8(piece(line), ec) && U_SUCCESS(ec))) {
      storage_.append(line);
      return;
    }
    ec = U_ZERO_ERROR;
    const auto dst = static_cast<std::uint32_t>(storage_.size());
    edits.reset();
    nfc->normalizeUTF8(0, piece(line), sink, &edits, ec);
    if (U_FAILURE(ec)) throw std::runtime_error(std::string("NFC normalisation failed: ") + u_errorName(ec));
    for (auto it = edits.getCoarseChangesIterator(); it.next(ec);)
      changes_.push_back({dst + static_cast<std::uint32_t>(it.destinationIndex()),
                          dst + static_cast<std::uint32_t>(it.destinationIndex() + it.newLength()),
                          static_cast<std::uint32_t>(b + it.sourceIndex()),
                          static_cast<std::uint32_t>(b + it.sourceIndex() + it.oldLength())});
  };
  for (const LineRange& r : *doubtful_lines) {
    storage_.append(content.substr(copied, r.begin - copied));
    for (std::size_t b = r.begin; b < r.end;) {
      const std::size_t nl = content.find('\n', b);
      const std::size_t e = nl == std::string_view::npos || nl >= r.end ? r.end : nl + 1;
      normalize_line(b, e);
      b = e;
    }
    copied = r.end;
  }
  storage_.append(content.substr(copied));
  view_ = storage_;
}

std::uint32_t Text::to_content(std::uint32_t x, bool is_end) const {
  if (changes_.empty()) return x;
  // Last change starting at or before x (for an end offset: strictly before).
  auto it = std::upper_bound(changes_.begin(), changes_.end(), x, [is_end](std::uint32_t v, const Change& c) {
    return is_end ? v <= c.dst_begin : v < c.dst_begin;
  });
  if (it == changes_.begin()) return x;
  const Change& c = *std::prev(it);
  if (x < c.dst_end || (is_end && x == c.dst_end)) return is_end ? c.src_end : c.src_begin;
  return c.src_end + (x - c.dst_end);
}

}  // namespace cmlint
