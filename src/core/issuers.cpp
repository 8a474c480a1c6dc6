#include "issuers.hpp"

#include <toml++/toml.h>

#include <algorithm>

#include "config_error.hpp"
#include "toml_util.hpp"

namespace cmlint {

void IssuerTable::add(const toml::array& entries, const std::string& origin) {
  for (const auto& node : entries) {
    const auto* tbl = node.as_table();
    if (tbl == nullptr) throw ConfigError(where(node, origin) + ": issuers entries must be tables");
    Issuer e;
    for (const auto& [key, value] : *tbl) {
      if (key == "code" || key == "name" || key == "family" || key == "until") {
        auto s = value.value_exact<std::string>();
        if (!s) throw ConfigError(where(value, origin) + ": '" + std::string(key.str()) + "' must be a string");
        if (key == "code") e.code = *s;
        else if (key == "name") e.name = *s;
        else if (key == "family") {
          if (*s != "state" && *s != "party")
            throw ConfigError(where(value, origin) + ": 'family' must be \"state\" or \"party\"");
          e.family = *s;
        }
      } else if (key == "unique") {
        auto b = value.value_exact<bool>();
        if (!b) throw ConfigError(where(value, origin) + ": 'unique' must be a boolean");
        e.unique = *b;
      } else {
        throw ConfigError(where(value, origin) + ": unknown key '" + std::string(key.str()) +
                          "' in issuers (expected code, name, family, unique, until)");
      }
    }
    if (e.code.empty()) throw ConfigError(where(node, origin) + ": issuers entry without 'code'");
    auto it = std::lower_bound(entries_.begin(), entries_.end(), e.code,
                               [](const Issuer& a, const std::string& c) { return a.code < c; });
    if (it != entries_.end() && it->code == e.code) *it = std::move(e);
    else entries_.insert(it, std::move(e));
  }
}

const Issuer* IssuerTable::find(std::string_view code) const {
  auto lookup = [&](std::string_view c) -> const Issuer* {
    auto it = std::lower_bound(entries_.begin(), entries_.end(), c,
                               [](const Issuer& a, std::string_view k) { return a.code < k; });
    return it != entries_.end() && it->code == c ? &*it : nullptr;
  };
  if (const Issuer* i = lookup(code)) return i;
  std::size_t n = code.size();
  while (n > 0 && code[n - 1] >= '0' && code[n - 1] <= '9') --n;
  return n < code.size() && n > 0 ? lookup(code.substr(0, n)) : nullptr;
}

}  // namespace cmlint
