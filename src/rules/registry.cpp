#include <algorithm>
#include <stdexcept>

#include "rule.hpp"

namespace cmlint {

const Rule& encoding_rule();
const Rule& unused_suppression_rule();
const Rule& date_invalid_rule();
const Rule& id_type_mismatch_rule();
const Rule& percent_ratio_rule();
const Rule& date_weekday_rule();
const Rule& id_malformed_rule();
const Rule& id_unknown_type_rule();
const Rule& id_unknown_issuer_rule();
const Rule& id_year_mismatch_rule();
const Rule& citation_conflict_rule();
const Rule& citation_sequence_rule();
const Rule& citation_after_document_rule();
const Rule& term_length_rule();
const Rule& congress_year_rule();
const Rule& roman_invalid_rule();
const Rule& implied_target_rule();
const Rule& breakdown_sum_rule();
const Rule& subtotal_exceeds_total_rule();
const Rule& percent_parts_sum_rule();
const Rule& share_over_100_rule();
const Rule& target_contradiction_rule();
const Rule& number_format_rule();
const Rule& numbering_sequence_rule();
const Rule& crossref_unresolved_rule();
const Rule& header_id_format_rule();
const Rule& header_date_format_rule();
const Rule& title_type_mismatch_rule();
const Rule& header_missing_rule();
const Rule& basis_format_rule();
const Rule& signature_block_rule();
const Rule& self_reference_type_rule();
const Rule& unicode_nfc_rule();
const Rule& invisible_char_rule();
const Rule& homoglyph_rule();
const Rule& legacy_encoding_rule();
const Rule& tone_style_rule();
const Rule& quote_balance_rule();
const Rule& bracket_balance_rule();
const Rule& duplicate_paragraph_rule();
const Rule& spacing_rule();
const Rule& abbreviation_undefined_rule();
const Rule& admin_capitalization_rule();

const std::vector<const Rule*>& all_rules() {
  static const std::vector<const Rule*> rules = [] {
    std::vector<const Rule*> v = {&encoding_rule(), &unused_suppression_rule(), &date_invalid_rule(), &id_type_mismatch_rule(),
                                  &percent_ratio_rule(),
                                  &date_weekday_rule(),
                                  &id_malformed_rule(),
                                  &id_unknown_type_rule(),
                                  &id_unknown_issuer_rule(),
                                  &id_year_mismatch_rule(),
                                  &citation_conflict_rule(),
                                  &citation_sequence_rule(),
                                  &citation_after_document_rule(),
                                  &term_length_rule(),
                                  &congress_year_rule(),
                                  &roman_invalid_rule(),
                                  &implied_target_rule(),
                                  &breakdown_sum_rule(),
                                  &subtotal_exceeds_total_rule(),
                                  &percent_parts_sum_rule(),
                                  &share_over_100_rule(),
                                  &target_contradiction_rule(),
                                  &number_format_rule(),
                                  &numbering_sequence_rule(),
                                  &crossref_unresolved_rule(),
                                  &header_id_format_rule(),
                                  &header_date_format_rule(),
                                  &title_type_mismatch_rule(),
                                  &header_missing_rule(),
                                  &basis_format_rule(),
                                  &signature_block_rule(),
                                  &self_reference_type_rule()};
    v.push_back(&unicode_nfc_rule());
    v.push_back(&invisible_char_rule());
    v.push_back(&homoglyph_rule());
    v.push_back(&legacy_encoding_rule());
    v.push_back(&tone_style_rule());
    v.push_back(&quote_balance_rule());
    v.push_back(&bracket_balance_rule());
    v.push_back(&duplicate_paragraph_rule());
    v.push_back(&spacing_rule());
    v.push_back(&abbreviation_undefined_rule());
    v.push_back(&admin_capitalization_rule());
    std::sort(v.begin(), v.end(), [](const Rule* a, const Rule* b) { return a->info().code < b->info().code; });
    return v;
  }();
  return rules;
}

const Rule* find_rule(std::string_view code_or_name) {
  for (const Rule* r : all_rules())
    if (r->info().code == code_or_name || r->info().name == code_or_name) return r;
  return nullptr;
}

std::vector<std::string_view> Reporter::option_list(std::string_view name) const {
  std::string_view s = option_string(name);
  std::vector<std::string_view> out;
  while (!s.empty()) {
    const auto comma = s.find(',');
    auto item = s.substr(0, comma);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) out.push_back(item);
    if (comma == std::string_view::npos) break;
    s.remove_prefix(comma + 1);
  }
  return out;
}

const OptionValue& Reporter::option(std::string_view name) const {
  auto it = options_.find(name);
  if (it != options_.end()) return it->second;
  for (const auto& o : info_.options)
    if (o.name == name) return o.default_value;
  throw std::logic_error("rule " + std::string(info_.name) + " has no option " + std::string(name));
}

}  // namespace cmlint
