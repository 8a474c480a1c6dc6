#include "scanner.hpp"

#include "../../grammar/keywords.hpp"
#include "../../grammar/scan.hpp"
#include "../core/roman.hpp"
#include "scan_state.hpp"

namespace cmlint {
namespace scan_detail {

namespace g = cmlint::grammar;
namespace pegtl = tao::pegtl;

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

// Scratch: inner rules record where their parts are.
#define CMLINT_SCRATCH(rule, field)                                                 \
  template <>                                                                       \
  struct action<g::rule> {                                                          \
    template <typename I>                                                           \
    static void apply(const I& in, ScanState& s) {                                  \
      s.field = s.span(in);                                                         \
    }                                                                               \
  };
CMLINT_SCRATCH(range_start, range_start)
CMLINT_SCRATCH(range_end, range_end)
CMLINT_SCRATCH(range_kind, range_kind)
CMLINT_SCRATCH(ordinal_word, ordinal_word)
CMLINT_SCRATCH(roman, roman)
CMLINT_SCRATCH(quarter_number, quarter_number)
CMLINT_SCRATCH(months_count, months_count)
CMLINT_SCRATCH(weekday, weekday)
CMLINT_SCRATCH(issuer_phrase, issuer_phrase)
#undef CMLINT_SCRATCH
template <>
struct action<g::header_so> {
  template <typename I> static void apply(const I&, ScanState& s) { s.header_colon = false; }
};
template <>
struct action<g::header_colon> {
  template <typename I> static void apply(const I&, ScanState& s) { s.header_colon = true; }
};

template <>
struct action<g::day> {
  template <typename I> static void apply(const I& in, ScanState& s) { s.day = s.span(in); }
};
template <>
struct action<g::month> {
  template <typename I> static void apply(const I& in, ScanState& s) { s.month = s.span(in); }
};
template <>
struct action<g::word_month> {
  template <typename I> static void apply(const I& in, ScanState& s) { s.month = s.span(in); }
};
template <>
struct action<g::word_year> {
  template <typename I> static void apply(const I& in, ScanState& s) { s.year = s.span(in); }
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
  template <typename I> static void apply(const I& in, ScanState& s) {
    s.type_word = s.span(in);
    s.issuer_phrase = {};
  }
};

// Committing rules: each appends one fact.
int month_of(std::string_view m);

void push_date(ScanState& s, Span span, DateForm form) {
  DateFact d;
  d.span = span;
  d.form = form;
  const bool has_day = form == DateForm::numeric || form == DateForm::words || form == DateForm::day_month;
  const bool has_month = has_day || form == DateForm::month_year;
  if (has_day) {
    d.day_span = s.day;
    d.day = s.int_of(s.day);
  }
  if (has_month) {
    d.month_span = s.month;
    d.month = month_of(s.text(s.month));
  }
  if (form != DateForm::day_month) d.year = s.int_of(s.year);
  s.facts.dates.push_back(d);
}

OrdinalKind ordinal_kind(std::string_view w) {
  if (w == "khóa" || w == "khoá" || w == "Khóa" || w == "Khoá" || w == "KHÓA" || w == "KHOÁ") return OrdinalKind::khoa;
  if (w == "lần thứ" || w == "Lần thứ" || w == "LẦN THỨ") return OrdinalKind::lan_thu;
  if (w == "Chương" || w == "CHƯƠNG" || w == "chương") return OrdinalKind::chuong;
  if (w == "Phần" || w == "PHẦN" || w == "phần") return OrdinalKind::phan;
  if (w == "Đại hội" || w == "đại hội" || w == "ĐẠI HỘI") return OrdinalKind::dai_hoi;
  return OrdinalKind::other;
}

// "3", "12", "Tám", "mười hai", "Giêng" -> 1–12; 0 otherwise.
int month_of(std::string_view m) {
  if (!m.empty() && m[0] >= '0' && m[0] <= '9') {
    int v = 0;
    for (char c : m) v = v * 10 + (c - '0');
    return v;
  }
  static constexpr std::pair<std::string_view, int> kWords[] = {
      {"Giêng", 1}, {"giêng", 1}, {"Hai", 2}, {"Ba", 3}, {"Tư", 4}, {"Năm", 5}, {"Sáu", 6}, {"Bảy", 7},
      {"Tám", 8}, {"Chín", 9}, {"Mười", 10}, {"mười", 10}, {"Mười Một", 11}, {"Mười một", 11}, {"mười một", 11},
      {"Mười Hai", 12}, {"Mười hai", 12}, {"mười hai", 12}, {"Chạp", 12}, {"chạp", 12}};
  for (const auto& [w, v] : kWords)
    if (m == w) return v;
  return 0;
}

// "lần thứ Hai", "Kỳ họp thứ Năm", "Hội nghị thứ Ba": an ordinal, not a weekday.
bool ordinal_context(const ScanState& s, std::uint32_t at) {
  std::uint32_t e = at;
  while (e > 0 && s.base[e - 1] == ' ') --e;
  std::uint32_t b = e;
  while (b > 0 && s.base[b - 1] != ' ' && s.base[b - 1] != '\n' && e - b < 16) --b;
  const std::string_view prev(s.base + b, e - b);
  for (std::string_view w : {"lần", "Lần", "họp", "nghị", "phiên", "đợt", "khóa", "khoá", "kỳ", "Kỳ", "lượt", "vòng",
                             "hạng", "giải", "Đại hội", "hội"})
    if (prev == w) return true;
  return false;
}

int weekday_of(std::string_view w) {
  // "thứ Hai" … "thứ Bảy", "thứ 2" … "thứ 7", "Chủ nhật"; ISO numbering.
  if (w.starts_with("Ch") || w.starts_with("ch")) return 7;
  const auto name = w.substr(w.rfind(' ') + 1);
  static constexpr std::pair<std::string_view, int> kNames[] = {
      {"Hai", 1}, {"hai", 1}, {"2", 1}, {"Ba", 2}, {"ba", 2}, {"3", 2}, {"Tư", 3}, {"tư", 3}, {"4", 3},
      {"Năm", 4}, {"năm", 4}, {"5", 4}, {"Sáu", 5}, {"sáu", 5}, {"6", 5}, {"Bảy", 6}, {"bảy", 6}, {"7", 6}};
  for (const auto& [n, v] : kNames)
    if (name == n) return v;
  return 0;
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
struct action<g::bare_word_date> {
  template <typename I> static void apply(const I& in, ScanState& s) { push_date(s, s.span(in), DateForm::words); }
};
template <>
struct action<g::word_day_month_only> {
  template <typename I> static void apply(const I& in, ScanState& s) { push_date(s, s.span(in), DateForm::day_month); }
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
struct action<g::year_only> {
  template <typename I> static void apply(const I& in, ScanState& s) { push_date(s, s.span(in), DateForm::year_only); }
};
template <>
struct action<g::quarter> {
  template <typename I> static void apply(const I& in, ScanState& s) {
    push_date(s, s.span(in), DateForm::quarter);
    const auto q = s.text(s.quarter_number);
    if (q[0] >= '0' && q[0] <= '9') {
      s.facts.dates.back().quarter = s.int_of(s.quarter_number);
    } else {
      const auto v = roman_value(q);
      s.facts.dates.back().quarter = v.value_or(0);
      s.facts.ordinals.push_back({s.quarter_number, OrdinalKind::quy, s.quarter_number, v});
    }
  }
};
template <>
struct action<g::months_of_year> {
  template <typename I> static void apply(const I& in, ScanState& s) {
    push_date(s, s.span(in), DateForm::months);
    s.facts.dates.back().months = s.int_of(s.months_count);
  }
};
template <>
struct action<g::weekday_date> {
  template <typename I> static void apply(const I& in, ScanState& s) {
    const auto whole = s.span(in);
    const bool words = s.text(Span{s.day.begin, whole.end}).find("tháng") != std::string_view::npos;
    push_date(s, Span{s.day.begin, whole.end}, words ? DateForm::words : DateForm::numeric);
    if (ordinal_context(s, s.weekday.begin)) return;  // "Kỳ họp thứ Năm, ngày …" is the fifth session
    s.facts.weekdays.push_back({s.weekday, weekday_of(s.text(s.weekday)),
                                static_cast<std::uint32_t>(s.facts.dates.size() - 1)});
  }
};
void push_range(ScanState& s, Span span, RangeKind kind) {
  s.facts.ranges.push_back({span, kind, s.int_of(s.range_start), s.int_of(s.range_end), Span{s.range_start.begin, span.end}});
}
template <>
struct action<g::range_fact> {
  template <typename I> static void apply(const I& in, ScanState& s) { push_range(s, s.span(in), RangeKind::plain); }
};
template <>
struct action<g::named_range> {
  template <typename I> static void apply(const I& in, ScanState& s) {
    const auto w = s.text(s.range_kind);
    const bool term = w.starts_with("n") || w.starts_with("N");
    push_range(s, s.span(in), term ? RangeKind::term : RangeKind::phase);
  }
};
template <>
struct action<g::ordinal> {
  template <typename I> static void apply(const I& in, ScanState& s) {
    s.facts.ordinals.push_back(
        {s.span(in), ordinal_kind(s.text(s.ordinal_word)), s.roman, roman_value(s.text(s.roman))});
  }
};
template <>
struct action<g::header_number> {
  template <typename I> static void apply(const I& in, ScanState& s) {
    const auto span = s.span(in);
    if (!s.last_identifier_within(span)) return;  // "Số:372/…" reads as a standard code
    s.facts.header_numbers.push_back({span, static_cast<std::uint32_t>(s.facts.identifiers.size() - 1),
                                      s.header_colon, s.at_line_start(span.begin)});
  }
};

// "QCVN 126:2021/BTTTT", "TCVN 5574:2018": a standard's code, not a document number.
bool in_standard_code(const ScanState& s, Span span) {
  return span.begin > 0 && s.base[span.begin - 1] == ':';
}

template <>
struct action<g::loose_identifier> {
  template <typename I> static void apply(const I& in, ScanState& s) {
    const auto span = s.span(in);
    if (in_standard_code(s, span)) return;
    const auto t = s.text(span);
    if (t.find(' ') != std::string_view::npos || t.find('\t') != std::string_view::npos ||
        t.find("\xC2\xA0") != std::string_view::npos || t.find("\xE2\x80\xAF") != std::string_view::npos)
      s.facts.malformed_ids.push_back({span, MalformedReason::blanks});
    else if (t.find('\xE2') != std::string_view::npos)
      s.facts.malformed_ids.push_back({span, MalformedReason::dash});
  }
};
template <>
struct action<g::cited_id_body> {
  template <typename I> static void apply(const I& in, ScanState& s) {
    const auto span = s.span(in);
    const auto t = s.text(span);
    s.facts.malformed_ids.push_back({span, t.back() == '/' ? MalformedReason::incomplete : MalformedReason::letter_case});
  }
};

template <>
struct action<g::identifier> {
  template <typename I> static void apply(const I& in, ScanState& s) {
    if (in_standard_code(s, s.span(in))) return;
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
    if (!s.last_identifier_within(c.span)) return;
    c.type_word = s.type_word;
    c.identifier = static_cast<std::uint32_t>(s.facts.identifiers.size() - 1);
    const auto& id = s.facts.identifiers.back();
    if (!s.facts.dates.empty() && s.facts.dates.back().span.begin >= id.span.end &&
        s.facts.dates.back().span.end <= c.span.end)
      c.date = static_cast<std::uint32_t>(s.facts.dates.size() - 1);
    if (s.issuer_phrase.begin >= id.span.end && s.issuer_phrase.end <= c.span.end) c.issuer = s.issuer_phrase;
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

WordStarts::WordStarts() {
  for (auto k : g::kFactKeywords) keywords.add(k.substr(0, WordSet::word_length(k.data(), k.data() + k.size())));
  const auto leads = g::word_fact_leads();
  for (std::size_t i = 0; i < leads.size(); ++i) {
    const std::uint32_t bit = std::uint32_t{1} << i;
    if (leads[i].type_word) type_word_starts |= bit;
    // leads[i].digit: never at a word of letters (the scan tries digit-led words whole).
    for (std::string_view s : leads[i].strings) {
      const std::size_t first = WordSet::word_length(s.data(), s.data() + s.size());
      if (first == 0) always_ |= bit;
      else by_first_byte_[static_cast<unsigned char>(s[0])].push_back({s, first == s.size(), bit});
    }
  }
  for (const auto& w : keywords.words()) keyword_starts.push_back(string_starts(w));
}

std::uint32_t WordStarts::string_starts(std::string_view w) const {
  std::uint32_t m = always_;
  if (w.empty()) return m;
  for (const Lead& l : by_first_byte_[static_cast<unsigned char>(w[0])]) {
    const bool may = l.one_word ? w.starts_with(l.text)
                                : w == l.text.substr(0, WordSet::word_length(l.text.data(), l.text.data() + l.text.size()));
    if (may) m |= l.bit;
  }
  return m;
}

const WordStarts& word_starts() {
  static const WordStarts starts;
  return starts;
}

}  // namespace scan_detail

namespace {
Facts scan_facts(std::string_view text, const DocTypeTable& doc_types, bool every_fact) {
  Facts facts;
  // A large text: reserve more than real documents need (one number per ~75 bytes in the corpus)
  // so that the vectors never grow by copying; untouched capacity costs address space, not memory.
  if (text.size() > (1u << 20)) {
    facts.numbers.reserve(text.size() / 32);
    facts.dates.reserve(text.size() / 512);
    facts.identifiers.reserve(text.size() / 512);
  }
  scan_detail::ScanState state{text.data(), doc_types, facts, every_fact};
  tao::pegtl::memory_input<tao::pegtl::tracking_mode::lazy, tao::pegtl::eol::lf_crlf> in(text.data(), text.size(),
                                                                                        "text");
  tao::pegtl::parse<grammar::document, scan_detail::action>(in, state);
  return facts;
}
}  // namespace

Facts scan(std::string_view text, const DocTypeTable& doc_types) { return scan_facts(text, doc_types, false); }
Facts scan_every_fact(std::string_view text, const DocTypeTable& doc_types) { return scan_facts(text, doc_types, true); }

}  // namespace cmlint
