// The shape every rule shares: metadata (code, name, severity, options,
// documentation) and a check that reads facts and reports.
#pragma once
#include <fmt/format.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "../core/diagnostic.hpp"
#include "../core/doc_types.hpp"
#include "../core/facts.hpp"
#include "../core/header.hpp"
#include "../core/issuers.hpp"
#include "../core/position.hpp"
#include "../core/severity.hpp"
#include "../core/source.hpp"
#include "../core/text.hpp"

namespace cmlint {

struct DocumentStructure;  // src/structure/structure.hpp
namespace numbers {
class NumericModel;  // src/numbers/model.hpp
}
namespace hygiene {
class TextModel;  // src/rules/text/hygiene.hpp
}

using OptionValue = std::variant<bool, std::int64_t, std::string>;

struct OptionSpec {
  std::string_view name;
  OptionValue default_value;
  std::string_view doc_en;
  std::vector<std::string_view> choices = {};  // for strings: the allowed values
};

struct RuleInfo {
  std::string_view code;  // CM + family digit + number; never reused
  std::string_view name;  // kebab-case name of the defect
  Severity default_severity;
  std::string_view summary_vi, summary_en;  // one line each
  // Documentation in fixed sections (Markdown): what it flags, why, a bad and a good
  // example; in Vietnamese and English.
  std::string_view doc_vi, doc_en;
  std::vector<OptionSpec> options = {};
};

// What a rule sees of one document.
struct Document {
  const Source& source;
  const Text& text;
  const Facts& facts;
  const DocTypeTable& doc_types;
  const IssuerTable& issuers;
  const DocumentHeader& header;
  const DocumentStructure* structure = nullptr;  // the skeleton: header, title, basis, units, signature
  numbers::NumericModel* numeric = nullptr;       // figures, extracted on first use by the figure rules
  // Paragraphs shared by the text-hygiene rules, built on first use (hygiene::model).
  mutable std::shared_ptr<hygiene::TextModel> hygiene_model = nullptr;

  std::string_view slice(Span s) const { return text.view().substr(s.begin, s.end - s.begin); }
  // Line (1-based, of the original file) of an NFC offset, for messages that point elsewhere.
  std::uint32_t line_of(std::uint32_t nfc_offset) const {
    return source.line_of(source.content_begin + text.to_content(nfc_offset, false));
  }
};

// Collects one rule's findings, with that rule's effective severity and options.
class Reporter {
 public:
  Reporter(const RuleInfo& info, Severity severity, const std::map<std::string, OptionValue, std::less<>>& options,
           Lang lang, std::vector<Diagnostic>& out)
      : info_(info), severity_(severity), options_(options), lang_(lang), out_(out) {}

  // Formats the message in the run's language ({} placeholders, fmt syntax).
  template <typename... Args>
  bool report(Span span, std::string_view vi, std::string_view en, Args&&... args) {
    return report_as(severity_, span, vi, en, std::forward<Args>(args)...);
  }
  // A finding with a fix (edits in NFC spans; the engine maps them to original bytes).
  template <typename... Args>
  void report_fix(Span span, Fix fix, std::string_view vi, std::string_view en, Args&&... args) {
    if (report(span, vi, en, std::forward<Args>(args)...)) out_.back().fix = std::move(fix);
  }
  // The same with a severity chosen by the rule (e.g. a weaker finding).
  template <typename... Args>
  bool report_as(Severity s, Span span, std::string_view vi, std::string_view en, Args&&... args) {
    // Past kMaxFindings a rule's findings in one file are only counted: an input made of a
    // million stray quotes must not cost gigabytes of messages (the engine reports the count).
    if (++found_ > kMaxFindings) return false;
    if (severity_ != info_.default_severity) s = severity_;  // a severity set in the config applies to every finding
    Diagnostic d;
    d.code = info_.code;
    d.name = info_.name;
    d.severity = s;
    d.message = fmt::format(fmt::runtime(lang_ == Lang::vi ? vi : en), std::forward<Args>(args)...);
    d.span = span;
    if (checks_ != nullptr) checks_->push_back({info_.name, false, d.message, span});
    out_.push_back(std::move(d));
    return true;
  }

  static constexpr std::size_t kMaxFindings = 2000;  // per rule and file
  std::size_t dropped() const { return found_ > kMaxFindings ? found_ - kMaxFindings : 0; }
  Severity severity() const { return severity_; }

  // Records a check that passed (shown by `cmlint facts`); cheap when nobody listens.
  template <typename... Args>
  void pass(Span span, std::string_view detail_fmt, Args&&... args) {
    if (checks_ == nullptr) return;
    checks_->push_back({info_.name, true, fmt::format(fmt::runtime(detail_fmt), std::forward<Args>(args)...), span});
  }
  bool recording() const { return checks_ != nullptr; }
  void record_checks(std::vector<CheckRecord>* checks) { checks_ = checks; }

  bool option_bool(std::string_view name) const { return std::get<bool>(option(name)); }
  std::int64_t option_int(std::string_view name) const { return std::get<std::int64_t>(option(name)); }
  const std::string& option_string(std::string_view name) const { return std::get<std::string>(option(name)); }
  // A string option holding a comma-separated list ("UBND, HĐND"), items trimmed, empty ones dropped.
  std::vector<std::string_view> option_list(std::string_view name) const;
  Lang lang() const { return lang_; }

 private:
  const OptionValue& option(std::string_view name) const;
  const RuleInfo& info_;
  Severity severity_;
  const std::map<std::string, OptionValue, std::less<>>& options_;
  Lang lang_;
  std::vector<Diagnostic>& out_;
  std::vector<CheckRecord>* checks_ = nullptr;
  std::size_t found_ = 0;
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleInfo& info() const = 0;
  // Reads the document's facts and reports; no I/O, no global state.
  virtual void check(const Document& doc, Reporter& out) const = 0;
};

// Every rule, sorted by code. The first entry is the built-in `encoding`
// rule, which the loader reports and whose check does nothing.
const std::vector<const Rule*>& all_rules();
const Rule* find_rule(std::string_view code_or_name);

}  // namespace cmlint
