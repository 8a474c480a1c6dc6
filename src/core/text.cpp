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

Text::Text(std::string_view content, bool known_nfc) : view_(content) {
  if (known_nfc || is_ascii(content)) return;
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  if (U_FAILURE(ec)) throw std::runtime_error("ICU NFC data unavailable");
  const icu::StringPiece piece(content.data(), static_cast<int32_t>(content.size()));
  if (nfc->isNormalizedUTF8(piece, ec) && U_SUCCESS(ec)) return;
  ec = U_ZERO_ERROR;
  icu::Edits edits;
  icu::StringByteSink<std::string> sink(&storage_, static_cast<int32_t>(content.size()));
  nfc->normalizeUTF8(0, piece, sink, &edits, ec);
  if (U_FAILURE(ec)) throw std::runtime_error(std::string("NFC normalisation failed: ") + u_errorName(ec));
  auto it = edits.getCoarseChangesIterator();
  while (it.next(ec)) {
    changes_.push_back({static_cast<std::uint32_t>(it.destinationIndex()),
                        static_cast<std::uint32_t>(it.destinationIndex() + it.newLength()),
                        static_cast<std::uint32_t>(it.sourceIndex()),
                        static_cast<std::uint32_t>(it.sourceIndex() + it.oldLength())});
  }
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
