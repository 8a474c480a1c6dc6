// The built-in tables, made from the rows generated from rules/*.toml (builtin_data.hpp), each
// once, on first use.
#include "builtin_data.hpp"
#include "congresses.hpp"
#include "doc_types.hpp"
#include "issuers.hpp"
#include "numbers/vocabulary.hpp"

namespace cmlint {

const DocTypeTable& DocTypeTable::builtin() {
  static const DocTypeTable table = [] {
    DocTypeTable t;
    for (const auto& r : builtin_data::doc_types())
      t.entries_.push_back({std::string(r.word), {r.tokens.begin(), r.tokens.end()}, r.no_token, r.any});
    t.reindex();
    return t;
  }();
  return table;
}

const IssuerTable& IssuerTable::builtin() {
  static const IssuerTable table = [] {
    IssuerTable t;
    for (const auto& r : builtin_data::issuers())
      t.entries_.push_back({std::string(r.code), std::string(r.name), std::string(r.family), r.unique});
    return t;
  }();
  return table;
}

const CongressTable& CongressTable::builtin() {
  static const CongressTable table = [] {
    CongressTable t;
    const auto c = builtin_data::party_congresses();
    const auto a = builtin_data::national_assemblies();
    t.congresses_.assign(c.begin(), c.end());
    t.assemblies_.assign(a.begin(), a.end());
    return t;
  }();
  return table;
}

const numbers::Vocabulary& numbers::Vocabulary::builtin() {
  static const Vocabulary v(builtin_data::vocabulary_words(), builtin_data::vocabulary_unit_kinds());
  return v;
}

}  // namespace cmlint
