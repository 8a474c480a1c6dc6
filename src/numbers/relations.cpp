#include "relations.hpp"

#include <algorithm>

namespace cmlint::numbers {
namespace {

namespace g = cmlint::grammar;
constexpr auto npos = std::string_view::npos;
constexpr std::size_t kMaxInlineScope = 600;
constexpr std::size_t kMaxListScope = 3000;
constexpr std::size_t kMaxColumns = 4;

std::string_view trim(std::string_view s) {
  const std::size_t b = skip_blanks(s, 0), e = skip_blanks_back(s, s.size());
  return b < e ? s.substr(b, e - b) : std::string_view{};
}

// The closing parenthesis matching the one before `from`, on the same line; npos if none.
std::size_t close_paren(std::string_view text, std::size_t from) {
  int depth = 1;
  for (std::size_t i = from; i < text.size() && i < from + kMaxInlineScope; ++i) {
    const char c = text[i];
    if (c == '\n' && !soft_break_at(text, i)) return npos;
    if (c == '(') ++depth;
    if (c == ')' && --depth == 0) return i;
  }
  return npos;
}

// End of an inline scope: the sentence end, ';' unless `semicolons`, or an unbalanced ')'.
std::size_t inline_end(std::string_view text, std::size_t from, bool semicolons) {
  int depth = 0;
  std::size_t i = from;
  for (; i < text.size() && i < from + kMaxInlineScope; ++i) {
    const char c = text[i];
    if (ends_sentence_at(text, i) || (c == ';' && !semicolons)) return i;
    if (c == '(') ++depth;
    if (c == ')' && --depth < 0) return i;
  }
  return i;
}

bool list_item_at(std::string_view text, std::size_t i) {
  i = skip_blanks(text, i);
  if (i >= text.size()) return false;
  const char c = text[i];
  if (c == '-' || c == '+' || c == '*') return true;
  if (text.substr(i, 3) == "\xE2\x80\x93" || text.substr(i, 3) == "\xE2\x80\xA2") return true;  // – •
  return ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) && i + 1 < text.size() && text[i + 1] == ')';
}

bool empty_line_at(std::string_view text, std::size_t i) {
  i = skip_blanks(text, i);
  return i < text.size() && (text[i] == '\n' || text[i] == '\r');
}

// A list under "gồm:" ending its line: the following bulleted lines (empty lines between them are skipped).
std::size_t list_end(std::string_view text, std::size_t line_start) {
  std::size_t i = line_start, end = line_start;
  while (i < text.size() && i < line_start + kMaxListScope) {
    const bool item = list_item_at(text, i);
    if (!item && !empty_line_at(text, i)) break;
    const auto nl = text.find('\n', i);
    if (item) end = nl == npos ? text.size() : nl + 1;
    if (nl == npos) break;
    i = nl + 1;
  }
  return end;
}

bool joins_columns(std::string_view gap) {
  const auto t = trim(gap);
  return t == "với" || t == "và" || t == "," || t == ", với" || t == ", và";
}

struct Marker {
  bool complete = false;
  Span marker;
  std::size_t scope_begin = 0, scope_end = 0;
  bool paren = false;
};

// The breakdown marker right after a quantity's unit phrase, if any.
bool marker_after(std::string_view text, const Quantity& t, const Vocabulary& v, Marker& m) {
  const std::size_t pe = t.phrase.end;
  if (pe >= text.size()) return false;
  if (const auto n = match_at<g::open_paren>(text, pe, v); n != npos) {
    const std::size_t open = pe + n - 1;
    const std::size_t close = close_paren(text, open + 1);
    if (close == npos) return false;
    m.paren = true;
    m.marker = {static_cast<std::uint32_t>(open), static_cast<std::uint32_t>(open + 1)};
    m.scope_begin = open + 1;
    m.scope_end = close;
    m.complete = match_at<g::seq<g::opt<g::sp>, g::partial_marker>>(text, open + 1, v) == npos;
    return true;
  }
  std::size_t n = match_at<g::complete_lead>(text, pe, v);
  m.complete = n != npos;
  if (n == npos) n = match_at<g::partial_lead>(text, pe, v);
  if (n == npos) return false;
  const std::size_t word = skip_blanks(text, pe + (text[pe] == ',' || text[pe] == '.' || text[pe] == ':' || text[pe] == ';' ? 1 : 0));
  m.marker = {static_cast<std::uint32_t>(word), static_cast<std::uint32_t>(pe + n)};
  std::size_t s = pe + n;
  const bool colon = text[skip_blanks_back(text, s) - 1] == ':';
  s = skip_blanks(text, s);
  m.scope_begin = s;
  if (colon && s < text.size() && (text[s] == '\n' || text[s] == '\r')) {
    const auto nl = text.find('\n', s);
    m.scope_end = nl == npos ? text.size() : list_end(text, nl + 1);
  } else {
    m.scope_end = inline_end(text, s, colon);
    // A list cut by a hard line break (not after punctuation) may go on: do not sum it.
    if (m.complete && m.scope_end < text.size() && (text[m.scope_end] == '\n' || text[m.scope_end] == '\r')) {
      const std::size_t b = skip_blanks_back(text, m.scope_end);
      const char last = b > 0 ? text[b - 1] : '.';
      if (last != '.' && last != ';' && last != ')' && last != '!' && last != '?') return false;
    }
  }
  return m.scope_end > m.scope_begin;
}

}  // namespace

bool names_overlap(std::string_view text, Span s, const Vocabulary& v) {
  for (std::size_t i = s.begin; i < s.end && i < text.size(); ++i) {
    if (!word_char_at(text, i) || word_char_before(text, i)) continue;
    if (v.match(vocab::overlap, text.data() + i, text.data() + s.end) > 0) return true;
  }
  return false;
}

bool compares_periods(std::string_view text, const Percent& p, const Vocabulary& v) {
  return match_at<g::compare_after>(text, p.span.end, v) != npos;
}

std::vector<Breakdown> find_breakdowns(std::string_view text, const Quantities& q, const Vocabulary& v) {
  std::vector<Breakdown> out;
  const auto& items = q.items;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Quantity& t = items[i];
    if (!t.comparable()) continue;
    Marker m;
    if (!marker_after(text, t, v, m)) continue;
    Breakdown b;
    b.complete = m.complete;
    b.marker = m.marker;
    b.scope = {static_cast<std::uint32_t>(m.scope_begin), static_cast<std::uint32_t>(m.scope_end)};
    // Columns: "100 lớp với 12.898 học viên, trong đó …" (not for a parenthesis, which follows one total).
    std::vector<std::uint32_t> cols = {static_cast<std::uint32_t>(i)};
    if (!m.paren) {
      for (std::size_t k = i; k > 0 && cols.size() < kMaxColumns; --k) {
        const Quantity& prev = items[k - 1];
        if (!prev.comparable() || prev.phrase.end > items[k].span.begin) break;
        if (!joins_columns(text.substr(prev.phrase.end, items[k].span.begin - prev.phrase.end))) break;
        cols.insert(cols.begin(), static_cast<std::uint32_t>(k - 1));
      }
      for (std::size_t a = 0; a < cols.size(); ++a)
        for (std::size_t c = a + 1; c < cols.size(); ++c)
          if (items[cols[a]].unit_id == items[cols[c]].unit_id) cols = {static_cast<std::uint32_t>(i)};
    }
    for (auto c : cols) b.columns.push_back({c, {}});
    bool abort = false;
    for (std::size_t j = i + 1; j < items.size() && items[j].span.begin < m.scope_end && !abort; ++j) {
      const Quantity& p = items[j];
      if (p.span.begin < m.scope_begin || p.label) continue;
      Marker nested;
      const bool nests = p.comparable() && marker_after(text, p, v, nested) && !nested.paren;
      // The column: the same unit noun, else the one column of the same kind.
      int col = -1;
      for (std::size_t c = 0; c < b.columns.size() && col < 0; ++c)
        if (p.unit_id >= 0 && items[b.columns[c].total].unit_id == p.unit_id) col = static_cast<int>(c);
      if (col < 0 && p.kind >= 0) {
        for (std::size_t c = 0; c < b.columns.size(); ++c) {
          if (items[b.columns[c].total].kind != p.kind) continue;
          col = col < 0 ? static_cast<int>(c) : -2;
        }
        if (col == -2) col = -1;
      }
      if (nests || !p.comparable() || col < 0) {
        if (b.complete) abort = true;  // a number we cannot place: the parts are not what we think
        continue;
      }
      b.columns[static_cast<std::size_t>(col)].parts.push_back(static_cast<std::uint32_t>(j));
    }
    if (abort) continue;
    b.overlapping = names_overlap(text, b.scope, v);
    const bool any = std::any_of(b.columns.begin(), b.columns.end(), [](const auto& c) { return !c.parts.empty(); });
    if (any) out.push_back(std::move(b));
  }
  return out;
}

std::vector<ShareGroup> find_share_groups(std::string_view text, const Quantities& q, const Vocabulary& v) {
  std::vector<ShareGroup> out;
  const auto& ps = q.percents;
  std::size_t k = 0;
  while (k < ps.size()) {
    auto is_share = [&](const Percent& p) {
      return !p.broken && match_ending_at<g::share_before>(text, p.span.begin, v, 5) != npos;
    };
    if (!is_share(ps[k])) {
      ++k;
      continue;
    }
    ShareGroup grp;
    bool valid = true;
    std::size_t j = k;
    std::uint32_t last_end = ps[k].span.begin;
    for (; j < ps.size(); ++j) {
      bool boundary = false;
      for (std::size_t x = last_end; x < ps[j].span.begin; ++x)
        if (ends_sentence_at(text, x)) {
          boundary = true;
          break;
        }
      if (boundary) break;
      last_end = ps[j].span.end;
      if (!is_share(ps[j])) continue;
      if (ps[j].hedged || compares_periods(text, ps[j], v)) valid = false;
      grp.shares.push_back(static_cast<std::uint32_t>(j));
    }
    k = j;
    if (!valid || grp.shares.size() < 2) continue;
    // The sentence start, then the markers before the last share.
    const std::size_t first = ps[grp.shares.front()].span.begin, last = ps[grp.shares.back()].span.end;
    std::size_t s = first;
    while (s > 0 && first - s < kMaxInlineScope && !ends_sentence_at(text, s - 1)) --s;
    int markers_inside = 0;
    bool found = false;
    for (std::size_t x = s; x < last; ++x) {
      if (!word_char_at(text, x) || word_char_before(text, x)) continue;
      const char* b = text.data() + x;
      std::size_t n = v.match(vocab::complete, b, text.data() + text.size());
      bool complete = n > 0;
      if (complete && match_ending_at<g::seq<g::negation_word, g::sp>>(text, x, v, 2) != npos) n = 0;
      if (n == 0) {
        n = v.match(vocab::partial, b, text.data() + text.size());
        complete = false;
      }
      if (n == 0) continue;
      if (x > first) ++markers_inside;
      grp.complete = complete;
      grp.marker = {static_cast<std::uint32_t>(x), static_cast<std::uint32_t>(x + n)};
      found = true;
      x += n - 1;
    }
    if (!found || markers_inside > 0) continue;
    grp.overlapping = names_overlap(text, {grp.marker.end, static_cast<std::uint32_t>(last)}, v);
    if (grp.complete) {
      // Counts beside the shares must be one per share; other numbers mean other wholes.
      std::size_t counts = 0, others = 0;
      for (const auto& it : q.items) {
        if (it.span.begin < grp.marker.end || it.span.begin >= last || it.label) continue;
        (it.comparable() ? counts : others) += 1;
      }
      if (others > 0 || (counts > 0 && counts != grp.shares.size())) continue;
    }
    out.push_back(std::move(grp));
  }
  return out;
}

std::vector<TargetClaim> find_target_claims(std::string_view text, const Facts& facts, const Quantities& q,
                                            const Vocabulary& v) {
  std::vector<TargetClaim> out;
  std::size_t qi = 0, ri = 0;
  for (std::size_t k = 0; k < q.percents.size(); ++k) {
    const Percent& p = q.percents[k];
    if (p.hedged || p.broken || p.value.mantissa == 0) continue;
    if (match_at<g::target_after>(text, p.span.end, v) == npos) continue;
    const std::size_t verb = match_ending_at<g::achieve_verb>(text, p.span.begin, v, 3);
    if (verb == npos) continue;
    // The count ends right before the verb, with at most a comma between.
    std::size_t x = skip_blanks_back(text, verb);
    if (x > 0 && text[x - 1] == ',') x = skip_blanks_back(text, x - 1);
    while (qi < q.items.size() && q.items[qi].phrase.end < x) ++qi;
    if (qi == q.items.size() || q.items[qi].phrase.end != x) continue;
    const Quantity& c = q.items[qi];
    if (!c.exact || c.label || c.unit_id < 0 || c.value.mantissa == 0) continue;
    if (v.kind_name(c.kind) == "money") continue;
    // Not when a ratio a/b precedes in the same clause: percent-ratio checks that.
    while (ri < facts.ratios.size() && facts.ratios[ri].span.end <= p.span.begin) ++ri;
    if (ri > 0 && same_clause(text, facts.ratios[ri - 1].span.end, p.span.begin)) continue;
    out.push_back({static_cast<std::uint32_t>(qi), static_cast<std::uint32_t>(k)});
  }
  return out;
}

Sum sum_parts(const Quantity& total, const std::vector<const Quantity*>& parts) {
  Sum s;
  int e = total.exponent();
  for (const auto* p : parts) e = std::min(e, p->exponent());
  s.exponent = e;
  auto at = [&](i128 v, int from, i128& out) {
    out = v;
    return rescale(out, from, e);
  };
  if (!at(total.lo(), total.exponent(), s.total_lo) || !at(total.hi(), total.exponent(), s.total_hi)) return s;
  for (const auto* p : parts) {
    i128 lo, hi, val;
    if (!at(p->lo(), p->exponent(), lo) || !at(p->hi(), p->exponent(), hi) ||
        !at(p->value.mantissa, p->exponent(), val))
      return s;
    s.lo += lo;
    s.hi += hi;
    s.value += val;
  }
  s.ok = true;
  return s;
}

}  // namespace cmlint::numbers
