// The document model: the skeleton of a decision, resolution, plan or report
// (header, title, basis, numbered units, recipients, signature), built once per
// document in one pass over its lines and read by the structure rules.
#pragma once
#include <string.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../core/doc_types.hpp"
#include "../core/facts.hpp"
#include "../core/header.hpp"

namespace cmlint {

// What a numbered heading numbers. Legal style: Phần > Chương > Mục > Điều > khoản
// (1.) > điểm (a)); report style: I. > 1. > 1.1. > a). Arabic items under an Điều
// are its khoản, letters under a khoản or an Điều its điểm.
enum class UnitLevel { phan, chuong, muc, dieu, roman, arabic, decimal, letter };

struct Unit {
  UnitLevel level = UnitLevel::arabic;
  Span marker;          // "Điều 4.", "1.", "1.1.", "a)", "II."
  Span number;          // "4", "1", "1.1", "a", "II", "thứ nhất"
  Span span;            // from the marker to the start of the next unit of the same or a higher rank
  int value = 0;        // 4; 1; the last component of 1.2 (2); a = 1, b = 2, c, d, đ = 5, e = 6 …; II = 2; 0 if unknown
  int depth = 0;        // decimal: number of components (1.1 = 2, 1.1.1 = 3)
  bool dash = false;    // Party style "I-", "1-"
  bool inserted = false;  // "Điều 7a.": inserted by an amendment, outside the sequence
  std::optional<std::uint32_t> parent;        // index into DocumentStructure::units
  std::optional<std::uint32_t> prev_sibling;  // the previous unit of the same level under the same parent
  std::uint32_t context = 0;  // 0: the document's body; 1, 2 …: an annex ("Phụ lục") or a text after the signature
};

struct SignatureLine {
  Span line;      // the whole line, trimmed
  Span prefix;    // "TM.", "KT.", "T/M" …; for an unknown prefix, the abbreviation
  Span authority; // what follows the prefix on the same line
  Span next;      // the next non-empty line (the signer's title), trimmed; empty if none
  bool known = true;
};

struct DocumentStructure {
  // Header.
  Span national_title, motto, party_title;  // empty when absent
  bool has_state_header() const { return national_title.end > national_title.begin; }
  bool has_party_header() const { return party_title.end > party_title.begin; }
  std::optional<std::uint32_t> own_number;  // index into Facts::header_numbers (DocumentHeader::number)
  std::optional<std::uint32_t> own_date;    // index into Facts::dates: DocumentHeader::date when its line is a place-date line
  // Title: "QUYẾT ĐỊNH" + subject; type is the doc_types word ("Quyết định"), empty when there is no title.
  Span title, subject;
  std::string type;
  Span enacting;             // "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"
  std::vector<Span> basis;   // "Căn cứ …;" items, each possibly wrapped over several lines
  std::vector<Unit> units;   // in document order
  Span recipients;           // from "Nơi nhận:" to the end of its list
  std::vector<SignatureLine> signature;
  // Quotations that run over more than one line (amended text, quoted provisions), in order.
  // Units are not looked for inside them; rules skip references there.
  std::vector<Span> quotations;
  bool quoted(std::uint32_t offset) const;  // inside one of `quotations` (binary search)
  std::uint32_t body_begin = 0;  // where the header ends (after the title, or 0)
  std::uint32_t body_end = 0;    // where the body ends: the first annex, form, signature or embedded document (or the end)
  bool amending = false;     // the subject amends another document ("sửa đổi", "bổ sung", "bãi bỏ")
  bool consolidated = false; // a consolidated text (văn bản hợp nhất): footnotes, repealed and inserted units

  bool legal_style() const;  // the body has Điều units
  // The innermost unit of `level` in the body (context 0) containing `offset`.
  std::optional<std::uint32_t> enclosing(std::uint32_t offset, UnitLevel level) const;
  // Label of a unit's level: "Phần", "Chương", "Mục", "Điều", "khoản", "điểm", "I.", "1.", "1.1.", "a)".
  std::string_view level_name(const Unit& u) const;
  // How the text names a unit: "Điều 4", "khoản 2", "điểm b", "II.", "1.2.", "b)", "Phần I".
  std::string label(const Unit& u, std::string_view text) const;
  // The same with another number written in place of the unit's own ("khoản 4" for an expected value).
  std::string label_with(const Unit& u, std::string_view number) const;
};

// std::string_view::find through memmem (a hashing search, much faster for words that begin with a
// common letter).
inline std::size_t find_word(std::string_view text, std::string_view needle, std::size_t from) {
  if (from >= text.size()) return std::string_view::npos;
  const void* p = ::memmem(text.data() + from, text.size() - from, needle.data(), needle.size());
  return p ? static_cast<std::size_t>(static_cast<const char*>(p) - text.data()) : std::string_view::npos;
}

// Whether `pos` is inside a quotation opened earlier on its own line (“…”, "…"); quotations over
// several lines are DocumentStructure::quotations.
inline bool inside_inline_quote(std::string_view text, std::size_t pos) {
  const std::size_t nl = text.rfind('\n', pos == 0 ? 0 : pos - 1);
  std::size_t i = (nl == std::string_view::npos || nl >= pos) ? 0 : nl + 1;
  int curly = 0;
  bool straight = false;
  for (; i < pos; ++i) {
    const char c = text[i];
    if (c == '"') straight = !straight;
    else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80') {
      if (text[i + 2] == '\x9C' || text[i + 2] == '\x9E' || text[i + 2] == '\x9F') ++curly;  // “ „ ‟ open, ” closes
      else if (text[i + 2] == '\x9D' && curly > 0) --curly;
    }
  }
  return curly > 0 || straight;
}

DocumentStructure build_structure(std::string_view text, const Facts& facts, const DocumentHeader& header,
                                  const DocTypeTable& types);

// The Vietnamese alphabet order of a điểm letter (a = 1 … đ = 5, e = 6, g = 7 …; f, j, w, z = 0).
int letter_value(std::string_view letter);
std::string_view letter_of(int value);
// The type word of doc_types written in capitals ("QUYẾT ĐỊNH") if `line` is one, else nullptr;
// `upper` holds each entry's word in capitals (upper_vi), in the table's order.
const DocType* title_type(std::string_view line, const DocTypeTable& types, const std::vector<std::string>& upper);
// Upper-case a Vietnamese string (NFC).
std::string upper_vi(std::string_view s);

}  // namespace cmlint
