// State threaded through the scan: the output facts and scratch values that
// inner rules fill and the committing rule turns into a fact. Inner rules may
// match inside an alternative that later fails; they only write scratch, and
// only rules that cannot be undone by their parent append facts.
#pragma once
#include <string_view>
#include <vector>

#include "../core/doc_types.hpp"
#include "../core/facts.hpp"
#include "../core/word_set.hpp"

namespace cmlint::scan_detail {

// First words of every grammar keyword (grammar/keywords.hpp).
const WordSet& keyword_first_words();

struct ScanState {
  ScanState(const char* b, const DocTypeTable& t, Facts& f)
      : base(b), doc_types(t), facts(f), keywords(keyword_first_words()), type_words(t.first_words()) {
    for (std::size_t i = 0; i < gate.size(); ++i) gate[i] = keywords.filter()[i] | type_words.filter()[i];
  }

  const char* base;
  const DocTypeTable& doc_types;
  Facts& facts;
  const WordSet& keywords;
  const WordSet& type_words;
  WordSet::Filter gate;  // both sets' filters

  Span day, month, year;
  Span number;             // last cmlint::grammar::number
  Span ratio_num, ratio_den;
  Span id_number, id_year;
  bool id_has_year = false;
  std::vector<Span> tokens;
  Span type_word, issuer_phrase;
  Span range_start, range_end, range_kind;
  Span ordinal_word, roman, quarter_number, months_count;
  Span weekday;
  bool header_colon = false;

  std::size_t match_type_word(const char* b, const char* e) const { return doc_types.match_type_word(b, e); }
  bool may_start_fact(std::string_view word) const;
  static std::size_t word_length(const char* b, const char* e) { return WordSet::word_length(b, e); }
  // The word at `b` (see grammar::scan_step): its length, and whether a fact may start there:
  // a digit or the first word of a keyword or type word; one pass over its bytes, one bit
  // test per set for most words.
  std::size_t word_at(const char* b, const char* e, bool& opens) const {
    std::uint32_t h;
    const std::size_t n = WordSet::word_length(b, e, h);
    const std::string_view w(b, n);
    opens = n > 0 && ((*b >= '0' && *b <= '9') ||
                      (WordSet::in(gate, h) && (keywords.contains(w, h) || type_words.contains(w, h))));
    return n;
  }

  template <typename ActionInput>
  Span span(const ActionInput& in) const {
    return {static_cast<std::uint32_t>(in.begin() - base), static_cast<std::uint32_t>(in.end() - base)};
  }
  std::string_view text(Span s) const { return {base + s.begin, s.end - s.begin}; }
  int int_of(Span s) const {
    int v = 0;
    for (char c : text(s)) {
      if (c < '0' || c > '9' || v > 100000000) return v;
      v = v * 10 + (c - '0');
    }
    return v;
  }
  bool last_identifier_within(Span outer) const {
    return !facts.identifiers.empty() && facts.identifiers.back().span.begin >= outer.begin &&
           facts.identifiers.back().span.end <= outer.end;
  }
  bool at_line_start(std::uint32_t offset) const {
    while (offset > 0 && (base[offset - 1] == ' ' || base[offset - 1] == '\t')) --offset;
    return offset == 0 || base[offset - 1] == '\n';
  }
};

}  // namespace cmlint::scan_detail
