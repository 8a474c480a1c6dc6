// The NFC text the grammars run on, with a monotone map from NFC byte
// offsets back to offsets in the source content. When the input is already
// NFC (the common case) the map is the identity and nothing is copied.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "source.hpp"

namespace cmlint {

class Text {
 public:
  // `content` must outlive the Text when it is already NFC. `known_nfc`: the loader's
  // quick check (check_utf8) already proved it, so ICU is not asked again. `doubtful_lines`:
  // the loader's list of the only lines that may not be NFC (Utf8Check::doubtful_lines); without
  // it every line is asked of ICU.
  explicit Text(std::string_view content, bool known_nfc = false,
                const std::vector<LineRange>* doubtful_lines = nullptr);

  std::string_view view() const { return view_; }
  bool normalized() const { return !changes_.empty(); }

  // Maps an NFC offset to a content offset. Inside a changed run a start
  // maps to the run's start and an end to the run's end, so a span always
  // covers the original characters it was made from.
  std::uint32_t to_content(std::uint32_t nfc_offset, bool is_end) const;

  // One run that NFC changed: [dst_begin, dst_end) of view() replaced
  // [src_begin, src_end) of the content. Sorted, disjoint; empty when normalized() is false.
  struct Change {
    std::uint32_t dst_begin, dst_end, src_begin, src_end;
  };
  const std::vector<Change>& changes() const { return changes_; }

 private:
  std::string storage_;
  std::string_view view_;
  std::vector<Change> changes_;
};

}  // namespace cmlint
