#include "scanner.hpp"

#include "../../grammar/scan.hpp"
#include "scan_state.hpp"

namespace cmlint {
namespace scan_detail {

namespace g = cmlint::grammar;
namespace pegtl = tao::pegtl;

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

// Scratch: inner rules record where their digits are.
template <>
struct action<g::day> {
  template <typename I> static void apply(const I& in, ScanState& s) { s.day = s.span(in); }
};
template <>
struct action<g::month> {
  template <typename I> static void apply(const I& in, ScanState& s) { s.month = s.span(in); }
};
template <>
struct action<g::year> {
  template <typename I> static void apply(const I& in, ScanState& s) { s.year = s.span(in); }
};
template <>
struct action<g::number> {
  template <typename I> static void apply(const I& in, ScanState& s) { s.number = s.span(in); }
};
template <>
struct action<g::ratio_num> {
  template <typename I> static void apply(const I& in, ScanState& s) { s.ratio_num = s.span(in); }
};
template <>
struct action<g::ratio_den> {
  template <typename I> static void apply(const I& in, ScanState& s) { s.ratio_den = s.span(in); }
};
template <>
struct action<g::id_number> {
  template <typename I> static void apply(const I& in, ScanState& s) {
    s.id_number = s.span(in);
    s.id_has_year = false;
    s.tokens.clear();
  }
};
template <>
struct action<g::state_year> {
  template <typename I> static void apply(const I& in, ScanState& s) {
    s.id_year = s.span(in);
    s.id_year.end -= 1;  // without the '/'
    s.id_has_year = true;
  }
};
template <>
struct action<g::token> {
  template <typename I> static void apply(const I& in, ScanState& s) { s.tokens.push_back(s.span(in)); }
};
template <>
struct action<g::type_word> {
  template <typename I> static void apply(const I& in, ScanState& s) { s.type_word = s.span(in); }
};

// Committing rules: each appends one fact.
void push_date(ScanState& s, Span span, DateForm form) {
  DateFact d;
  d.span = span;
  d.form = form;
  d.day_span = s.day;
  d.month_span = s.month;
  d.month = s.int_of(s.month);
  if (form != DateForm::month_year) d.day = s.int_of(s.day);
  if (form != DateForm::day_month) d.year = s.int_of(s.year);
  s.facts.dates.push_back(d);
}

template <>
struct action<g::date_fact> {
  template <typename I> static void apply(const I& in, ScanState& s) { push_date(s, s.span(in), DateForm::numeric); }
};
template <>
struct action<g::word_date> {
  template <typename I> static void apply(const I& in, ScanState& s) { push_date(s, s.span(in), DateForm::words); }
};
template <>
struct action<g::month_year> {
  template <typename I> static void apply(const I& in, ScanState& s) { push_date(s, s.span(in), DateForm::month_year); }
};
template <>
struct action<g::day_month> {
  template <typename I> static void apply(const I& in, ScanState& s) { push_date(s, s.span(in), DateForm::day_month); }
};
template <>
struct action<g::citation_date> {
  template <typename I> static void apply(const I& in, ScanState& s) {
    // The date itself starts after ", ngày ": at the day digits.
    const auto whole = s.span(in);
    const bool words = s.text(whole).find("tháng") != std::string_view::npos;
    push_date(s, Span{s.day.begin, whole.end}, words ? DateForm::words : DateForm::numeric);
  }
};

template <>
struct action<g::identifier> {
  template <typename I> static void apply(const I& in, ScanState& s) {
    IdentifierFact id;
    id.span = s.span(in);
    id.number = s.id_number;
    const bool party = s.base[s.id_number.end] == '-';
    id.style = party ? IdStyle::party : IdStyle::state;
    std::size_t first = 0;
    if (party && !s.tokens.empty()) {
      id.party_type = s.tokens.front();
      first = 1;
    }
    if (!party && s.id_has_year) id.year = s.int_of(s.id_year);
    id.symbol.assign(s.tokens.begin() + static_cast<std::ptrdiff_t>(first), s.tokens.end());
    s.facts.identifiers.push_back(std::move(id));
  }
};
template <>
struct action<g::citation> {
  template <typename I> static void apply(const I& in, ScanState& s) {
    CitationFact c;
    c.span = s.span(in);
    c.type_word = s.type_word;
    c.identifier = static_cast<std::uint32_t>(s.facts.identifiers.size() - 1);
    const auto& id = s.facts.identifiers.back();
    if (!s.facts.dates.empty() && s.facts.dates.back().span.begin >= id.span.end &&
        s.facts.dates.back().span.end <= c.span.end)
      c.date = static_cast<std::uint32_t>(s.facts.dates.size() - 1);
    s.facts.citations.push_back(c);
  }
};
template <>
struct action<g::ratio_fact> {
  template <typename I> static void apply(const I& in, ScanState& s) {
    s.facts.ratios.push_back({s.span(in), Decimal::parse(s.text(s.ratio_num)), Decimal::parse(s.text(s.ratio_den))});
  }
};
template <>
struct action<g::percent> {
  template <typename I> static void apply(const I& in, ScanState& s) {
    s.facts.percents.push_back({s.span(in), Decimal::parse(s.text(s.number))});
  }
};
template <>
struct action<g::number_fact> {
  template <typename I> static void apply(const I& in, ScanState& s) {
    s.facts.numbers.push_back({s.span(in), Decimal::parse(s.text(s.number))});
  }
};

}  // namespace scan_detail

Facts scan(std::string_view text, const DocTypeTable& doc_types) {
  Facts facts;
  scan_detail::ScanState state{text.data(), doc_types, facts};
  tao::pegtl::memory_input<tao::pegtl::tracking_mode::lazy, tao::pegtl::eol::lf_crlf> in(text.data(), text.size(),
                                                                                        "text");
  tao::pegtl::parse<grammar::document, scan_detail::action>(in, state);
  return facts;
}

}  // namespace cmlint
