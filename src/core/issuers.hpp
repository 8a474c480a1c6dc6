// Issuer codes (rules/issuers.toml, embedded) plus any user entries.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace toml {
inline namespace v3 {
class array;
}
}  // namespace toml

namespace cmlint {

struct Issuer {
  std::string code, name, family;
  bool unique = false;
};

class IssuerTable {
 public:
  // The table shipped in rules/issuers.toml, compiled in (src/core/builtin_tables.cpp).
  static const IssuerTable& builtin();
  void add(const toml::array& entries, const std::string& origin);  // throws ConfigError

  // The entry for a code; a term suffix is ignored ("QH15" -> "QH", "ĐĐQH15" -> "ĐĐ" is not).
  const Issuer* find(std::string_view code) const;

  const std::vector<Issuer>& entries() const { return entries_; }

 private:
  std::vector<Issuer> entries_;  // sorted by code
};

}  // namespace cmlint
