// Output formats. Reporters only format: they never filter or decide.
#pragma once
#include <ostream>
#include <string_view>
#include <vector>

#include "../core/lint.hpp"

namespace cmlint {

struct Counts {
  std::size_t error = 0, warning = 0, info = 0;
};
Counts count(const std::vector<FileResult>& files);

// path:line:col: severity[name] message, then the source line and a caret underline.
void write_text(std::ostream& out, const std::vector<FileResult>& files, bool color, Lang lang);

// Exactly one JSON object: {"tool","version","files":[…],"summary":{…}}.
void write_json(std::ostream& out, const std::vector<FileResult>& files);

std::string_view version();

// `cmlint facts`: every fact and every check, per file, then how many checks passed.
void write_facts_text(std::ostream& out, const std::vector<FileResult>& files, Lang lang);
void write_facts_json(std::ostream& out, const std::vector<FileResult>& files);

// A rule's documentation as printed by --explain.
std::string rule_documentation(const Rule& rule, Lang lang);
// docs/rules/README.md: the table of every rule.
std::string rule_index_page();
// docs/rules/<name>.md: both languages.
std::string rule_reference_page(const Rule& rule);

}  // namespace cmlint
