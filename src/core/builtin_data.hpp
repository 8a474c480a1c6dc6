// The data tables of rules/doc_types.toml, issuers.toml, congresses.toml and numbers.toml as
// C++ rows. They are generated at build time (build/generated/builtin_data.cpp, by
// cmake/gen_tables.cpp) through the same readers that load user entries from cmlint.toml, so a
// run parses no TOML at start-up (issue 8). The TOML files stay the source: edit them, not the
// generated file. builtin_tables.cpp turns the rows into the tables.
#pragma once
#include <span>
#include <string_view>

#include "congresses.hpp"
#include "numbers/vocabulary.hpp"

namespace cmlint::builtin_data {

struct DocTypeRow {  // a DocType
  std::string_view word;
  std::span<const std::string_view> tokens;
  bool no_token = false;
  bool any = false;
};

struct IssuerRow {  // an Issuer
  std::string_view code, name, family;
  bool unique = false;
};

std::span<const DocTypeRow> doc_types();                      // as DocTypeTable::add leaves them
std::span<const IssuerRow> issuers();                         // sorted by code, as IssuerTable keeps them
std::span<const PartyCongress> party_congresses();            // by ordinal
std::span<const AssemblyTerm> national_assemblies();
std::span<const numbers::Vocabulary::Word> vocabulary_words();  // Vocabulary::read of numbers.toml
std::span<const numbers::Vocabulary::UnitKind> vocabulary_unit_kinds();

}  // namespace cmlint::builtin_data
