#include "header.hpp"

#include <algorithm>

namespace cmlint {

namespace {

// The header occupies the first lines; plain-text extractions may merge its two columns.
constexpr std::uint32_t kHeaderLines = 40;

std::uint32_t header_end(std::string_view text) {
  std::size_t pos = 0;
  for (std::uint32_t i = 0; i < kHeaderLines; ++i) {
    pos = text.find('\n', pos);
    if (pos == std::string_view::npos) return static_cast<std::uint32_t>(text.size());
    ++pos;
  }
  return static_cast<std::uint32_t>(pos);
}

}  // namespace

DocumentHeader find_header(std::string_view text, const Facts& facts, std::optional<CivilDate> as_of) {
  DocumentHeader h;
  const std::uint32_t end = header_end(text);
  for (std::uint32_t i = 0; i < facts.header_numbers.size(); ++i) {
    const auto& n = facts.header_numbers[i];
    if (n.span.begin >= end) break;
    h.number = i;
    break;
  }
  // "<Place>, ngày 05 tháng 3 năm 2024": a date in words right after a comma.
  for (std::uint32_t i = 0; i < facts.dates.size(); ++i) {
    const auto& d = facts.dates[i];
    if (d.span.begin >= end) break;
    if (d.form != DateForm::words) continue;
    const auto before = text.substr(0, d.span.begin);
    const auto trimmed = before.substr(0, before.find_last_not_of(" \t") + 1);
    if (trimmed.empty() || trimmed.back() != ',') continue;
    h.date = i;
    break;
  }
  if (h.date) h.own_date = civil(facts.dates[*h.date]);
  if (!h.own_date) h.own_date = as_of;
  return h;
}

}  // namespace cmlint
