// The parts of an identifier as rules compare them: number, year, type token
// and issuer, decided with the type-token table.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "doc_types.hpp"
#include "facts.hpp"

namespace cmlint {

struct IdParts {
  IdStyle style = IdStyle::state;
  long long number = 0;
  std::optional<int> year;
  std::string_view type;    // "" when the identifier has no known type token (công văn, laws)
  std::string_view issuer;  // everything after the type: "UBND", "BTCTU-BDVTU", "BNV-VP", "QH15"
};

inline IdParts id_parts(std::string_view text, const IdentifierFact& id, const DocTypeTable& types) {
  const auto slice = [&](Span s) { return text.substr(s.begin, s.end - s.begin); };
  IdParts p;
  p.style = id.style;
  p.year = id.year;
  for (char c : slice(id.number)) p.number = p.number * 10 + (c - '0');
  if (id.symbol.empty()) return p;
  const Span all{id.symbol.front().begin, id.symbol.back().end};
  if (id.style == IdStyle::party) {
    p.type = slice(id.party_type);
    p.issuer = slice(all);
  } else if (types.is_type_token(slice(id.symbol.front()))) {
    p.type = slice(id.symbol.front());
    p.issuer = id.symbol.size() > 1 ? slice(Span{id.symbol[1].begin, all.end}) : std::string_view();
  } else {
    p.issuer = slice(all);
  }
  return p;
}

}  // namespace cmlint
