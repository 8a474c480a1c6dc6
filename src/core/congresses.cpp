#include "congresses.hpp"

#include <algorithm>

#include "toml_util.hpp"

namespace cmlint {

namespace {

int int_field(const toml::table& t, std::string_view key, const std::string& origin) {
  auto v = t[key].value<std::int64_t>();
  if (!v) throw ConfigError(where(t, origin) + ": missing integer '" + std::string(key) + "'");
  return static_cast<int>(*v);
}

CivilDate date_field(const toml::table& t, std::string_view key, const std::string& origin) {
  auto s = t[key].value<std::string>();
  auto d = s ? parse_iso_date(*s) : std::nullopt;
  if (!d) throw ConfigError(where(t, origin) + ": '" + std::string(key) + "' must be a date YYYY-MM-DD");
  return *d;
}

}  // namespace

CongressTable CongressTable::read(const toml::table& root, const std::string& origin) {
  CongressTable t;
  if (auto* arr = root["party-congress"].as_array())
    for (const auto& n : *arr)
      if (auto* e = n.as_table())
        t.congresses_.push_back(
            {int_field(*e, "ordinal", origin), date_field(*e, "opened", origin), date_field(*e, "closed", origin)});
  if (auto* arr = root["national-assembly"].as_array())
    for (const auto& n : *arr)
      if (auto* e = n.as_table())
        t.assemblies_.push_back(
            {int_field(*e, "ordinal", origin), int_field(*e, "first-year", origin), int_field(*e, "last-year", origin)});
  std::sort(t.congresses_.begin(), t.congresses_.end(),
            [](const PartyCongress& a, const PartyCongress& b) { return a.ordinal < b.ordinal; });
  return t;
}

const PartyCongress* CongressTable::congress(int ordinal) const {
  for (const auto& c : congresses_)
    if (c.ordinal == ordinal) return &c;
  return nullptr;
}

std::optional<std::pair<CivilDate, CivilDate>> CongressTable::committee_term(int ordinal) const {
  const PartyCongress* c = congress(ordinal);
  if (c == nullptr) return std::nullopt;
  if (const PartyCongress* next = congress(ordinal + 1)) return std::make_pair(c->closed, next->closed);
  CivilDate end = c->closed;
  end.year += 5;
  return std::make_pair(c->closed, end);
}

const AssemblyTerm* CongressTable::assembly(int ordinal) const {
  for (const auto& a : assemblies_)
    if (a.ordinal == ordinal) return &a;
  return nullptr;
}

}  // namespace cmlint
