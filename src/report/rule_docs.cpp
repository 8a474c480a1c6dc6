#include <fmt/format.h>

#include "report.hpp"

namespace cmlint {

std::string rule_documentation(const Rule& r, Lang lang) {
  const auto& i = r.info();
  const bool vi = lang == Lang::vi;
  std::string out = fmt::format("# {} {}\n\n{}\n\n{}: {}\n\n", i.code, i.name, vi ? i.summary_vi : i.summary_en,
                                vi ? "Mức mặc định" : "Default severity", to_string(i.default_severity));
  out += vi ? i.doc_vi : i.doc_en;
  out += vi ? "\n## Tùy chọn\n" : "\n## Options\n";
  if (i.options.empty()) out += vi ? "Không có.\n" : "None.\n";
  for (const auto& o : i.options) {
    std::string def;
    if (auto* b = std::get_if<bool>(&o.default_value)) def = *b ? "true" : "false";
    else if (auto* n = std::get_if<std::int64_t>(&o.default_value)) def = std::to_string(*n);
    else def = "\"" + std::get<std::string>(o.default_value) + "\"";
    out += fmt::format("- `{}` (default `{}`): {}\n", o.name, def, o.doc_en);
  }
  return out;
}

std::string rule_index_page() {
  std::string out =
      "<!-- Generated from src/rules by the test suite (CMLINT_UPDATE_GOLDEN=1); do not edit. -->\n"
      "# cmlint rules\n\n| Code | Name | Default | What it flags |\n|---|---|---|---|\n";
  for (const Rule* r : all_rules()) {
    const auto& i = r->info();
    out += fmt::format("| {} | [`{}`]({}.md) | {} | {} |\n", i.code, i.name, i.name, to_string(i.default_severity),
                       i.summary_en);
  }
  return out;
}

std::string rule_reference_page(const Rule& r) {
  return "<!-- Generated from src/rules by the test suite (CMLINT_UPDATE_GOLDEN=1); do not edit. -->\n" +
         rule_documentation(r, Lang::vi) + "\n---\n\n" + rule_documentation(r, Lang::en);
}

}  // namespace cmlint
