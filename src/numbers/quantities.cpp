#include "quantities.hpp"

#include <toml++/toml.h>

#include <algorithm>

#include "core/config_error.hpp"
#include "rules/rule.hpp"

namespace cmlint {
namespace embedded {
std::string_view numbers_toml();
}

namespace numbers {
namespace {

namespace g = cmlint::grammar;

std::string capitalised(const std::string& w) {
  std::string s = w;
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  else if (s.size() >= 2 && s[0] == '\xC4' && s[1] == '\x91') s[1] = '\x90';  // đ -> Đ
  return s;
}

std::vector<std::string> strings(const toml::node* n, std::string_view key, std::string_view origin) {
  std::vector<std::string> out;
  if (n == nullptr) return out;
  const auto* arr = n->as_array();
  if (arr == nullptr) throw ConfigError(std::string(origin) + ": '" + std::string(key) + "' must be an array of strings");
  for (const auto& e : *arr) {
    auto s = e.value<std::string>();
    if (!s || s->empty()) throw ConfigError(std::string(origin) + ": '" + std::string(key) + "' must hold non-empty strings");
    out.push_back(*s);
  }
  return out;
}

}  // namespace

void Vocabulary::add(vocab role, const std::string& word, int payload) {
  auto& f = forms_[static_cast<std::size_t>(role)];
  f.push_back({word, payload});
  const auto cap = capitalised(word);
  if (cap != word) f.push_back({cap, payload});
}

void Vocabulary::index() {
  for (std::size_t r = 0; r < kRoles; ++r) {
    auto& f = forms_[r];
    std::stable_sort(f.begin(), f.end(), [](const Form& a, const Form& b) { return a.text.size() > b.text.size(); });
    for (auto& v : by_byte_[r]) v.clear();
    for (std::uint32_t i = 0; i < f.size(); ++i) by_byte_[r][static_cast<unsigned char>(f[i].text[0])].push_back(i);
  }
}

Vocabulary Vocabulary::parse(std::string_view text, std::string_view origin) {
  Vocabulary v;
  toml::table root;
  try {
    root = toml::parse(text, origin);
  } catch (const toml::parse_error& e) {
    throw ConfigError(std::string(origin) + ": " + std::string(e.description()));
  }
  const std::pair<std::string_view, vocab> lists[] = {
      {"hedges", vocab::hedge},           {"labels", vocab::label},       {"stop-words", vocab::stop},
      {"complete-markers", vocab::complete}, {"negations", vocab::negation}, {"partial-markers", vocab::partial},
      {"targets", vocab::target},         {"overlaps", vocab::overlap},
  };
  for (const auto& [key, role] : lists)
    for (const auto& w : strings(root.get(key), key, origin)) v.add(role, w, 0);
  if (const auto* arr = root["scales"].as_array()) {
    for (const auto& e : *arr) {
      const auto* t = e.as_table();
      auto w = t ? (*t)["word"].value<std::string>() : std::nullopt;
      auto x = t ? (*t)["exponent"].value<std::int64_t>() : std::nullopt;
      if (!w || !x) throw ConfigError(std::string(origin) + ": 'scales' entries need word and exponent");
      v.add(vocab::scale, *w, static_cast<int>(*x));
    }
  }
  if (const auto* arr = root["units"].as_array()) {
    for (const auto& e : *arr) {
      const auto* t = e.as_table();
      auto kind = t ? (*t)["kind"].value<std::string>() : std::nullopt;
      if (!kind) throw ConfigError(std::string(origin) + ": 'units' entries need a kind");
      const int k = static_cast<int>(v.kind_names_.size());
      v.kind_names_.push_back(*kind);
      v.measure_.push_back((*t)["measure"].value_or(false));
      for (const auto& w : strings(t->get("words"), "words", origin)) {
        const int id = static_cast<int>(v.unit_kind_.size());
        v.unit_kind_.push_back(k);
        v.add(vocab::unit, w, id);
      }
    }
  }
  v.index();
  return v;
}

const Vocabulary& Vocabulary::builtin() {
  static const Vocabulary v = parse(embedded::numbers_toml(), "rules/numbers.toml");
  return v;
}

std::size_t Vocabulary::match(vocab role, const char* b, const char* e, int* payload) const {
  if (b >= e) return 0;
  const auto r = static_cast<std::size_t>(role);
  const std::size_t avail = static_cast<std::size_t>(e - b);
  const std::string_view rest(b, avail);
  for (auto i : by_byte_[r][static_cast<unsigned char>(*b)]) {
    const auto& f = forms_[r][i].text;
    if (f.size() > avail || rest.compare(0, f.size(), f) != 0) continue;
    if (word_char_at(rest, f.size())) continue;  // a whole word only
    if (payload != nullptr) *payload = forms_[r][i].payload;
    return f.size();
  }
  return 0;
}

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

}  // namespace

Quantities extract_quantities(const Document& doc, const Vocabulary& vocab, bool with_items) {
  namespace pegtl = tao::pegtl;
  Quantities out;
  const auto text = doc.text.view();
  if (with_items) out.items.reserve(doc.facts.numbers.size());
  for (const NumberFact& n : with_items ? doc.facts.numbers : std::vector<NumberFact>{}) {
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
    if (match_ending_at<g::hedge_before>(text, b, vocab) != std::string_view::npos) q.hedged = true;
    if (match_ending_at<g::label_before>(text, b, vocab) != std::string_view::npos) q.label = true;
    // After: scale word, unit noun, the rest of the unit phrase.
    {
      pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf> in(text.data() + e, text.data() + text.size(), "");
      SuffixState st{{vocab}, 0, -1, {}, {}, nullptr};
      st.base = text.data();
      pegtl::parse<g::quantity_suffix, capture>(in, st);
      q.scale = st.scale_span.end > 0 ? st.scale : 0;
      q.scale_span = st.scale_span;
      q.unit_id = st.unit_noun.end > 0 ? st.unit : -1;
      q.kind = q.unit_id >= 0 ? vocab.unit_kind(q.unit_id) : -1;
      const auto end = static_cast<std::uint32_t>(in.current() - text.data());
      q.phrase = {n.span.begin, end};
      q.unit = st.unit_noun.end > 0 ? Span{st.unit_noun.begin, end} : Span{end, end};
    }
    q.exact = !q.hedged && q.value.is_integer() && q.scale == 0 && !(q.kind >= 0 && vocab.kind_is_measure(q.kind));
    out.items.push_back(q);
  }
  out.percents.reserve(doc.facts.percents.size());
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
    if (match_ending_at<g::hedge_before>(text, b, vocab) != std::string_view::npos) pc.hedged = true;
    out.percents.push_back(pc);
  }
  return out;
}

}  // namespace numbers
}  // namespace cmlint
