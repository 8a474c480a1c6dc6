#include "quantities.hpp"

#include <algorithm>
#include <type_traits>

#include "rules/rule.hpp"

namespace cmlint::numbers {

namespace g = cmlint::grammar;

bool rescale(i128& v, int from, int to) {
  for (int k = from; k > to; --k) {
    if (v > (static_cast<i128>(1) << 120) / 10 || v < -((static_cast<i128>(1) << 120) / 10)) return false;
    v *= 10;
  }
  return true;
}

std::string format_vi(i128 mantissa, int decimals) {
  const bool neg = mantissa < 0;
  if (neg) mantissa = -mantissa;
  std::string digits;
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(mantissa % 10)));
    mantissa /= 10;
  } while (mantissa > 0);
  if (decimals > 0 && digits.size() <= static_cast<std::size_t>(decimals))
    digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
  std::string ip = digits.substr(0, digits.size() - static_cast<std::size_t>(std::max(decimals, 0)));
  std::string fp = digits.substr(ip.size());
  while (!fp.empty() && fp.back() == '0') fp.pop_back();
  std::string out;
  for (std::size_t i = 0; i < ip.size(); ++i) {
    if (i > 0 && (ip.size() - i) % 3 == 0) out += '.';
    out += ip[i];
  }
  if (!fp.empty()) out += ',' + fp;
  return neg ? "-" + out : out;
}

namespace {

template <typename Rule>
struct capture : tao::pegtl::nothing<Rule> {};

struct SuffixState : VocabState {
  int scale = 0, unit = -1;
  Span scale_span, unit_noun;
  const char* base = nullptr;
  Span span_of(const char* b, const char* e) const {
    return {static_cast<std::uint32_t>(b - base), static_cast<std::uint32_t>(e - base)};
  }
};

template <>
struct capture<g::scale_word> {
  template <typename I> static void apply(const I& in, SuffixState& s) {
    s.scale = s.payload;
    s.scale_span = s.span_of(in.begin(), in.end());
  }
};
template <>
struct capture<g::unit_noun> {
  template <typename I> static void apply(const I& in, SuffixState& s) {
    s.unit = s.payload;
    s.unit_noun = s.span_of(in.begin(), in.end());
  }
};

bool digit(char c) { return c >= '0' && c <= '9'; }

// The shortcuts of hedge_and_label and extract_items read the shape of these rules of
// grammar/quantities.hpp; a change there must be made here too.
namespace pegtl = tao::pegtl;
static_assert(std::is_base_of_v<pegtl::seq<g::hedge_word, g::sp>, g::hedge_before>);
static_assert(std::is_base_of_v<pegtl::seq<g::label_word, pegtl::opt<pegtl::one<':'>>, g::sp>, g::label_before>);
static_assert(std::is_base_of_v<pegtl::seq<pegtl::opt<g::scale_part>, pegtl::opt<g::unit_part>, g::unit_tail>,
                                g::quantity_suffix>);
static_assert(std::is_base_of_v<pegtl::seq<g::sp, g::scale_word, pegtl::not_at<g::sp, g::kw_le>>, g::scale_part>);
static_assert(std::is_base_of_v<pegtl::seq<g::sp, g::unit_noun>, g::unit_part>);
static_assert(std::is_base_of_v<pegtl::rep_opt<4, g::unit_tail_word>, g::unit_tail>);
static_assert(std::is_base_of_v<pegtl::seq<g::sp, pegtl::not_at<g::stop_word>, pegtl::not_at<g::digit>, g::word>,
                                g::unit_tail_word>);

// Sets *hedged when hedge_before, and *label (unless null) when label_before, matches text[s, b) from
// one of the 3 word starts s before b (match_ending_at<…>(text, b, vocab) != npos); never clears them.
void hedge_and_label(std::string_view text, std::size_t b, const Vocabulary& vocab, bool* hedged, bool* label) {
  // Both rules end with blanks (sp) right before b: without one there (last == b) neither matches, and
  // the words before need not be found.
  const std::size_t last = skip_blanks_back(text, b);
  if (last == b) return;
  if (!vocab.unblanked(vocab::hedge) || !vocab.unblanked(vocab::label)) {  // the parses themselves
    std::size_t starts[3];
    const int count = word_starts_before(text, b, starts, 3);
    if (match_ending_at<g::hedge_before>(text, b, vocab, starts, count) != std::string_view::npos) *hedged = true;
    if (label != nullptr && match_ending_at<g::label_before>(text, b, vocab, starts, count) != std::string_view::npos)
      *label = true;
    return;
  }
  // hedge_before is "hedge, blanks" and label_before "label, ':'?, blanks". As no form ends with a blank
  // (Vocabulary::unblanked), they match from a word start s exactly when text[s, last) is a form, `last`
  // where the blanks before b begin (for a label, also text[s, last − 1) before a ':').
  const bool colon = last > 0 && text[last - 1] == ':';
  // Known, not wanted, or impossible: no form of the role ends where a candidate would.
  bool h = *hedged || !vocab.may_end_at(vocab::hedge, text, last);
  bool l = label == nullptr || *label ||
           !(vocab.may_end_at(vocab::label, text, last) || (colon && vocab.may_end_at(vocab::label, text, last - 1)));
  std::size_t s = last;  // prev_word_start skips the blanks before b again: start after them
  for (int k = 0; k < 3 && !(h && l); ++k) {
    s = prev_word_start(text, s);
    if (s == std::string_view::npos) break;
    const std::string_view w = text.substr(s, last - s);
    if (!h && vocab.is_form(vocab::hedge, w)) h = *hedged = true;
    if (!l && (vocab.is_form(vocab::label, w) || (colon && vocab.is_form(vocab::label, w.substr(0, w.size() - 1)))))
      l = *label = true;
  }
}

}  // namespace

std::vector<Quantity> extract_items(const Document& doc, const Vocabulary& vocab) {
  namespace pegtl = tao::pegtl;
  std::vector<Quantity> items;
  const auto text = doc.text.view();
  items.reserve(doc.facts.numbers.size());
  for (const NumberFact& n : doc.facts.numbers) {
    if (!n.value) continue;
    Quantity q;
    q.span = n.span;
    q.value = *n.value;
    const std::size_t b = n.span.begin, e = n.span.end;
    // Neighbours that make it part of something else: a range "3-5", "1,5-2", a code "12.5", "40.1".
    const char before = b > 0 ? text[b - 1] : ' ';
    const char after = e < text.size() ? text[e] : ' ';
    const bool glued_before = before == '-' || before == '/' || before == '.' || before == ',' || before == '+';
    const bool glued_after = ((after == '-' || after == '/' || after == '.' || after == ',') && e + 1 < text.size() &&
                              digit(text[e + 1]));
    if (glued_before || glued_after || (b >= 3 && text.substr(b - 3, 3) == "\xE2\x80\x93")) q.hedged = true;
    // A range written with spaces: "20 - 25", "5 đến 10".
    {
      const std::size_t k = skip_blanks(text, e);
      if (k < text.size() && (text[k] == '-' || text.substr(k, 3) == "\xE2\x80\x93")) q.hedged = true;
    }
    // A hedge or a label before it.
    hedge_and_label(text, b, vocab, &q.hedged, &q.label);
    // After: scale word, unit noun, the rest of the unit phrase. Each part of quantity_suffix starts with
    // blanks (sp): without a blank after the digits it matches nothing and captures nothing.
    if (blank_at(text, e) == 0) {
      q.phrase = {n.span.begin, n.span.end};
      q.unit = {n.span.end, n.span.end};
    } else {
      Input in(text.data() + e, text.data() + text.size(), "");
      SuffixState st{{vocab}, 0, -1, {}, {}, nullptr};
      st.base = text.data();
      pegtl::parse<g::quantity_suffix, capture>(in, st);
      q.scale = static_cast<std::int8_t>(st.scale_span.end > 0 ? st.scale : 0);
      q.scale_span = st.scale_span;
      q.unit_id = static_cast<std::int16_t>(st.unit_noun.end > 0 ? st.unit : -1);
      q.kind = static_cast<std::int8_t>(q.unit_id >= 0 ? vocab.unit_kind(q.unit_id) : -1);
      const auto end = static_cast<std::uint32_t>(in.current() - text.data());
      q.phrase = {n.span.begin, end};
      q.unit = st.unit_noun.end > 0 ? Span{st.unit_noun.begin, end} : Span{end, end};
    }
    q.exact = !q.hedged && q.value.is_integer() && q.scale == 0 && !(q.kind >= 0 && vocab.kind_is_measure(q.kind));
    items.push_back(q);
  }
  return items;
}

std::vector<Percent> extract_percents(const Document& doc, const Vocabulary& vocab) {
  std::vector<Percent> percents;
  const auto text = doc.text.view();
  percents.reserve(doc.facts.percents.size());
  for (const PercentFact& p : doc.facts.percents) {
    if (!p.value) continue;
    Percent pc;
    pc.span = p.span;
    pc.value = *p.value;
    const std::size_t b = p.span.begin;
    pc.broken = b >= 2 && (text[b - 1] == '.' || text[b - 1] == ',') && digit(text[b - 2]);
    const char before = b > 0 ? text[b - 1] : ' ';
    if (before == '-' || before == '/' || before == '+' || (b >= 3 && text.substr(b - 3, 3) == "\xE2\x80\x93"))
      pc.hedged = true;
    hedge_and_label(text, b, vocab, &pc.hedged, nullptr);
    percents.push_back(pc);
  }
  return percents;
}

Quantities extract_quantities(const Document& doc, const Vocabulary& vocab, bool with_items) {
  Quantities out;
  if (with_items) out.items = extract_items(doc, vocab);
  out.percents = extract_percents(doc, vocab);
  return out;
}

}  // namespace cmlint::numbers
