// The document's own number line and place-date line, found among the facts
// near the top. Drafts and excerpts often have neither.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "civil_date.hpp"
#include "facts.hpp"

namespace cmlint {

struct DocumentHeader {
  std::optional<std::uint32_t> number;  // index into Facts::header_numbers
  std::optional<std::uint32_t> date;    // index into Facts::dates: "Hà Nội, ngày 05 tháng 3 năm 2024"
  std::optional<CivilDate> own_date;    // the header date if valid, else --as-of / config `as-of`
};

DocumentHeader find_header(std::string_view text, const Facts& facts, std::optional<CivilDate> as_of);

}  // namespace cmlint
