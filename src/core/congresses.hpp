// National Party Congresses and National Assembly terms (rules/congresses.toml).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "civil_date.hpp"

namespace toml {
inline namespace v3 {
class table;
}
}  // namespace toml

namespace cmlint {

struct PartyCongress {
  int ordinal = 0;
  CivilDate opened, closed;
};

struct AssemblyTerm {
  int ordinal = 0, first_year = 0, last_year = 0;
};

class CongressTable {
 public:
  // The table shipped in rules/congresses.toml, compiled in (src/core/builtin_tables.cpp).
  static const CongressTable& builtin();
  // Reads a table in the congresses.toml shape; throws ConfigError naming `origin`.
  static CongressTable read(const toml::table& root, const std::string& origin);

  const PartyCongress* congress(int ordinal) const;
  // The Central Committee of khóa `ordinal` serves [closed(N), closed(N+1)].
  std::optional<std::pair<CivilDate, CivilDate>> committee_term(int ordinal) const;
  const AssemblyTerm* assembly(int ordinal) const;

  const std::vector<PartyCongress>& congresses() const { return congresses_; }
  const std::vector<AssemblyTerm>& assemblies() const { return assemblies_; }

 private:
  std::vector<PartyCongress> congresses_;  // by ordinal
  std::vector<AssemblyTerm> assemblies_;
};

}  // namespace cmlint
