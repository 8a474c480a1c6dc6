// The type words of cited documents and the type tokens each allows,
// loaded from rules/doc_types.toml (embedded) plus any user entries.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "word_set.hpp"

namespace toml {
inline namespace v3 {
class array;
}
}  // namespace toml

namespace cmlint {

struct DocType {
  std::string word;
  std::vector<std::string> tokens;
  bool no_token = false;  // an identifier with no type token is normal
  bool any = false;       // fits every identifier
};

class DocTypeTable {
 public:
  // The table shipped in rules/doc_types.toml, compiled in (src/core/builtin_tables.cpp).
  static const DocTypeTable& builtin();

  // Appends entries from a TOML array of tables; throws ConfigError naming
  // `origin` and the position of a bad entry.
  void add(const toml::array& entries, const std::string& origin);

  // Length in bytes of the longest type word at `b` followed by a blank, or 0.
  // The first letter may be lower case ("theo kế hoạch số …").
  std::size_t match_type_word(const char* b, const char* e) const;
  // The same, where the word at `b` (WordSet::word_length) is first_words()'s member of index
  // `first_word` (WordSet::find): the scan has looked it up already.
  std::size_t match_type_word(const char* b, const char* e, std::size_t first_word) const;

  // The entry for a matched type word (first letter either case, any blanks between words).
  const DocType* find(std::string_view word) const;

  // A type word as matched, with each run of blanks or line breaks made one space.
  static std::string canonical(std::string_view written);

  // True when `token` is the type token of some document type.
  bool is_type_token(std::string_view token) const;

  const std::vector<DocType>& entries() const { return entries_; }

  // Whether some type word begins with the word `w` (the scan's gate).
  bool starts_type_word(std::string_view w) const { return first_words_.contains(w); }
  const WordSet& first_words() const { return first_words_; }

 private:
  void reindex();
  std::size_t match_forms(const std::vector<std::uint32_t>& forms, const char* b, const char* e) const;
  std::vector<DocType> entries_;
  struct Form {
    std::string text;
    std::uint32_t entry;
    std::uint32_t first_word = 0;  // bytes of its leading word characters
  };
  std::vector<Form> forms_;  // every spelling, longest first
  // Indices into forms_, in its order, by the index in first_words_ of the form's first word (its
  // leading word characters: the text's word must be the same there, as after it comes a blank or
  // a character that is no word character); and the forms that start with no word character. The
  // forms of one first word are compared after it (match_forms is given only a group whose first
  // word is the word at the position).
  std::vector<std::vector<std::uint32_t>> by_first_word_;
  std::vector<std::uint32_t> no_first_word_;
  std::vector<std::string> tokens_;  // sorted
  WordSet first_words_;
};

}  // namespace cmlint
