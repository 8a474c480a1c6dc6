// State threaded through the scan: the output facts and scratch values that
// inner rules fill and the committing rule turns into a fact. Inner rules may
// match inside an alternative that later fails; they only write scratch, and
// only rules that cannot be undone by their parent append facts.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "../../grammar/scan.hpp"
#include "../core/doc_types.hpp"
#include "../core/facts.hpp"
#include "../core/word_set.hpp"

namespace cmlint::scan_detail {

// Which of grammar::word_fact's alternatives may match at a word of letters, worked out from the
// leads the grammar declares (grammar::word_fact_leads): bit i for alternative i.
struct WordStarts {
  WordStarts();
  // Alternatives one of whose strings can match where the word of letters is `w`: a string that
  // is one word (all word characters) matches only if it is a prefix of the word; a string whose
  // first word ends before a character that is no word character (a space: "Đại hội") only if
  // its first word is the word (the text's word ends there too). A string that starts with no word
  // character cannot match at a word, but counts as always possible (none does today).
  std::uint32_t string_starts(std::string_view w) const;

  WordSet keywords;                           // first words of grammar/keywords.hpp: the gate's keyword half
  std::vector<std::uint32_t> keyword_starts;  // string_starts of each, by WordSet index
  std::uint32_t type_word_starts = 0;         // alternatives led by a type word

 private:
  struct Lead {
    std::string_view text;
    bool one_word;
    std::uint32_t bit;
  };
  std::array<std::vector<Lead>, 256> by_first_byte_;  // a string matches only a word with its first byte
  std::uint32_t always_ = 0;
};
const WordStarts& word_starts();

struct ScanState {
  ScanState(const char* b, const DocTypeTable& t, Facts& f, bool every_fact = false)
      : base(b), doc_types(t), facts(f), starts(word_starts()), keywords(starts.keywords),
        type_words(t.first_words()), every_fact(every_fact) {
    for (std::size_t i = 0; i < gate.size(); ++i) gate[i] = keywords.filter()[i] | type_words.filter()[i];
    // A type word's first word that is no keyword may still begin with a one-word keyword (none
    // of the shipped ones does); those few are looked up apart.
    for (const auto& w : type_words.words())
      if (keywords.find(w) < 0)
        if (const std::uint32_t m = starts.string_starts(w); m != 0) type_word_extra.push_back({w, m});
  }

  const char* base;
  const DocTypeTable& doc_types;
  Facts& facts;
  const WordStarts& starts;
  const WordSet& keywords;
  const WordSet& type_words;
  WordSet::Filter gate;  // both sets' filters
  bool every_fact;       // the reference scan: try all of word_fact wherever the gate opens
  struct ExtraStarts {
    std::string_view word;
    std::uint32_t starts;
  };
  std::vector<ExtraStarts> type_word_extra;  // type words' first words, not keywords, with string_starts

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

  // Where word_at last found the first word of a type word, and its index in type_words: the
  // citation tried right after at that word finds the type word's forms without a look-up.
  const char* type_word_at = nullptr;
  std::size_t type_word_index = 0;
  std::size_t match_type_word(const char* b, const char* e) const {
    return b == type_word_at ? doc_types.match_type_word(b, e, type_word_index) : doc_types.match_type_word(b, e);
  }
  // The word at `b` (see grammar::scan_step): its length, and which facts may start there: a digit
  // any (kEveryFact), the first word of a keyword or type word those of word_fact's alternatives
  // one of whose leads can match at that word (WordStarts; a type word can match only where the
  // word is the first word of one, see DocTypeTable::match_type_word), any other word none. One
  // pass over its bytes, one bit test for most words.
  std::size_t word_at(const char* b, const char* e, std::uint32_t& out) {
    std::uint32_t h;
    const std::size_t n = WordSet::word_length(b, e, h);
    out = 0;
    if (n == 0) return 0;
    if (*b >= '0' && *b <= '9') {
      out = grammar::kEveryFact;
      return n;
    }
    if (!WordSet::in(gate, h)) return n;
    const std::string_view w(b, n);
    const int k = keywords.find(w, h);
    const int t = type_words.find(w, h);
    const bool type = t >= 0;
    if (k >= 0) out = starts.keyword_starts[static_cast<std::size_t>(k)];
    if (type) {
      type_word_at = b;
      type_word_index = static_cast<std::size_t>(t);
      out |= starts.type_word_starts;
      if (k < 0)
        for (const auto& x : type_word_extra)
          if (x.word == w) out |= x.starts;
    }
    if (every_fact && (k >= 0 || type)) out = grammar::kEveryFact;
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
