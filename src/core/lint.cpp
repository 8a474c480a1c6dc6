#include "lint.hpp"

#include <algorithm>

#include "../scan/scanner.hpp"
#include "docx.hpp"
#include "../numbers/model.hpp"
#include "../structure/structure.hpp"
#include "header.hpp"
#include "markdown.hpp"
#include "position.hpp"
#include "suppress.hpp"
#include "text.hpp"

namespace cmlint {

namespace {

// `begins` and `ends` see offsets in increasing order when diagnostics are sorted by span.
void resolve(Diagnostic& d, const Source& src, const Text& text, PositionCursor& begins, PositionCursor& ends) {
  const std::uint32_t base = src.content_begin;
  d.offset = base + text.to_content(d.span.begin, false);
  d.end_offset = base + text.to_content(d.span.end, true);
  const Position b = begins.at(d.offset);
  const Position e = ends.at(d.end_offset);
  d.line = b.line;
  d.column = b.column;
  d.end_line = e.line;
  d.end_column = e.column;
  if (d.fix)
    for (Edit& ed : d.fix->edits) {
      ed.offset = base + text.to_content(ed.span.begin, false);
      ed.end_offset = base + text.to_content(ed.span.end, true);
    }
}

// A .docx: its paragraphs become the lines of a text, each labelled with where it is.
FileResult lint_docx(const std::string& path, const std::string& display_name, const Config& config, Lang lang,
                     LintOptions options) {
  Stopwatch clock(options.timings);
  LoadResult raw = load_file(path, display_name);
  FileResult r;
  if (!raw.source) {
    r.path = display_name;
    r.io_error = raw.error;
    return r;
  }
  DocxText doc = read_docx_bytes(raw.source->bytes, lang);
  if (!doc.error.empty()) {
    r.path = display_name;
    r.io_error = doc.error;
    return r;
  }
  LoadResult loaded = load_bytes(std::move(doc.text), display_name);
  clock.phase(Timings::load);  // reading the ZIP and its XML counts as loading
  r = lint_loaded(std::move(loaded), config, lang, options);
  r.path = display_name;
  for (std::size_t i = 0; i < doc.where.size(); ++i) {
    std::string label = (lang == Lang::vi ? "đoạn " : "paragraph ") + std::to_string(i + 1);
    if (!doc.where[i].empty()) label += ", " + doc.where[i];
    r.where.push_back(std::move(label));
  }
  return r;
}

}  // namespace

FileResult lint_loaded(LoadResult loaded, const Config& config, Lang lang, LintOptions options) {
  FileResult result;
  if (!loaded.source) {
    result.io_error = loaded.error;
    return result;
  }
  result.source = std::move(loaded.source);
  const Source& src = *result.source;
  result.path = src.path;
  const auto& rules = all_rules();

  if (loaded.encoding) {
    const std::size_t idx = 0;  // encoding is CM001, first in the registry
    if (config.settings(idx).enabled) {
      Diagnostic d;
      d.code = rules[idx]->info().code;
      d.name = rules[idx]->info().name;
      d.severity = config.settings(idx).severity;
      d.offset = loaded.encoding->offset;
      d.end_offset = d.offset + 1;
      const Position p = position_of(src, d.offset);
      d.line = d.end_line = p.line;
      d.column = p.column;
      d.end_column = p.column + 1;
      d.message = lang == Lang::vi
                      ? "Tệp không phải UTF-8 hợp lệ: " + loaded.encoding->reason_vi + " tại byte " +
                            std::to_string(d.offset) + " (dòng " + std::to_string(d.line) + ", cột " +
                            std::to_string(d.column) + "); phần còn lại của tệp không được kiểm tra"
                      : "File is not valid UTF-8: " + loaded.encoding->reason_en + " at byte " +
                            std::to_string(d.offset) + " (line " + std::to_string(d.line) + ", column " +
                            std::to_string(d.column) + "); the rest of the file was not checked";
      result.diagnostics.push_back(std::move(d));
    }
    return result;
  }

  // Markdown: code, comments and link targets blanked byte for byte (positions unchanged).
  Stopwatch clock(options.timings);
  if (options.timings) options.timings->add_file(src.content().size());
  const bool markdown = is_markdown_path(src.path);
  const std::string masked = markdown ? mask_markdown(src.content()) : std::string();
  const Text text(markdown ? std::string_view(masked) : src.content(), !markdown && src.known_nfc,
                  markdown ? nullptr : &src.nfc_doubtful_lines);
  clock.phase(Timings::normalize);
  const Facts facts = scan(text.view(), *config.doc_types);
  clock.phase(Timings::scan);
  const DocumentHeader header = find_header(text.view(), facts, config.as_of);
  clock.phase(Timings::header);
  const DocumentStructure structure = build_structure(text.view(), facts, header, *config.doc_types);
  clock.phase(Timings::structure);
  Document doc{src, text, facts, *config.doc_types, *config.issuers, header, &structure};
  numbers::NumericModel numeric(doc);
  doc.numeric = &numeric;
  std::vector<Diagnostic> found;
  std::vector<CheckRecord> checks;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const RuleSettings& rs = config.settings(i);
    if (!rs.enabled) continue;
    Reporter rep(rules[i]->info(), rs.severity, rs.options, lang, found);
    if (options.facts) rep.record_checks(&checks);
    rules[i]->check(doc, rep);
    if (const std::size_t n = rep.dropped(); n > 0) {
      Diagnostic d;
      d.code = rules[i]->info().code;
      d.name = rules[i]->info().name;
      d.severity = rep.severity();
      d.span = found.back().span;
      d.message = lang == Lang::vi
                      ? "Còn " + std::to_string(n) + " chỗ khác vi phạm quy tắc này trong tệp; chỉ " +
                            std::to_string(Reporter::kMaxFindings) + " chỗ đầu được liệt kê"
                      : std::to_string(n) + " more findings of this rule in the file; only the first " +
                            std::to_string(Reporter::kMaxFindings) + " are listed";
      found.push_back(std::move(d));
    }
    clock.rule(i);
  }
  if (options.facts) {
    result.facts = fact_records(doc, checks);
    std::stable_sort(result.facts.begin(), result.facts.end(),
                     [](const FactRecord& a, const FactRecord& b) { return a.span.begin < b.span.begin; });
    PositionCursor cursor(src);
    for (FactRecord& r : result.facts) {
      r.offset = src.content_begin + text.to_content(r.span.begin, false);
      const Position p = cursor.at(r.offset);
      r.line = p.line;
      r.column = p.column;
    }
  }
  Suppressions sup = Suppressions::parse(text.view());
  std::stable_sort(found.begin(), found.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.span.begin < b.span.begin; });
  PositionCursor begins(src), ends(src);
  for (auto& d : found) {
    resolve(d, src, text, begins, ends);
    if (!sup.empty() && sup.suppress(d.code, d.name, d.line)) continue;
    result.diagnostics.push_back(std::move(d));
  }
  // CM002: directives that suppressed nothing, name no rule or an unknown one.
  const std::size_t unused = 1;  // unused-suppression is CM002, second in the registry
  if (!sup.empty() && config.settings(unused).enabled)
    for (auto& p : sup.problems(lang)) {
      Diagnostic d;
      d.code = rules[unused]->info().code;
      d.name = rules[unused]->info().name;
      d.severity = config.settings(unused).severity;
      d.message = std::move(p.message);
      d.span = p.span;
      PositionCursor b(src), e(src);  // few of these: a fresh cursor each is fine
      resolve(d, src, text, b, e);
      if (sup.suppressed(d.code, d.name, d.line, true)) continue;
      result.diagnostics.push_back(std::move(d));
    }
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.code < b.code;
  });
  clock.phase(Timings::report);
  return result;
}

FileResult lint_path(const std::string& path, const std::string& display_name, const Config& config, Lang lang,
                     LintOptions options) {
  if (is_docx_path(display_name)) return lint_docx(path, display_name, config, lang, options);
  Stopwatch clock(options.timings);
  LoadResult loaded = load_file(path, display_name);
  clock.phase(Timings::load);
  FileResult r = lint_loaded(std::move(loaded), config, lang, options);
  r.path = display_name;
  return r;
}

}  // namespace cmlint
