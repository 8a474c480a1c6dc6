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

// One line per finding: path:line:col: severity code name message (no source frame, no summary).
void write_concise(std::ostream& out, const std::vector<FileResult>& files);
// SARIF 2.1.0: one run, every rule with its help text, results with regions and fixes.
void write_sarif(std::ostream& out, const std::vector<FileResult>& files, Lang lang);
// GitHub Actions workflow commands (::error file=…,line=…::message), one per finding.
void write_github(std::ostream& out, const std::vector<FileResult>& files);
// GitLab Code Quality report: a JSON array of issues with fingerprints.
void write_gitlab(std::ostream& out, const std::vector<FileResult>& files);
// JUnit XML: one test suite per file, one failing test case per finding.
void write_junit(std::ostream& out, const std::vector<FileResult>& files);
// One self-contained HTML page: findings highlighted in the text, filters by severity and rule.
void write_html(std::ostream& out, const std::vector<FileResult>& files);
// Checkstyle XML: <file> elements with <error> children.
void write_checkstyle(std::ostream& out, const std::vector<FileResult>& files);

// The original text a finding covers (empty when the source is gone).
std::string_view finding_text(const FileResult& file, const Diagnostic& d);
// One fingerprint per diagnostic of the file, parallel to file.diagnostics: a hash of the path,
// the rule code, the covered text and its occurrence number among equal (rule, text) pairs,
// so it survives lines added or removed elsewhere in the file.
std::vector<std::string> fingerprints(const FileResult& file);

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
