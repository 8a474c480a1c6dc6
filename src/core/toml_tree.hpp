// A TOML document written out at build time as a flat list of steps (cmake/gen_tables.cpp), and
// the function that rebuilds the toml::table from them: the hygiene tables reach their loader as
// a toml::table, as before, without parsing text at start-up (issue 8).
#pragma once
#include <toml++/toml.h>

#include <cstdint>
#include <span>
#include <string_view>

namespace cmlint {

struct TomlStep {
  enum Kind : std::uint8_t { table, array, end, string, integer, floating, boolean };
  Kind kind;
  std::string_view key;  // in a table: the key; in an array: unused
  std::string_view text = {};
  std::int64_t integer_value = 0;  // also a boolean's value
  double float_value = 0;
};

// table/array open a child of the current table (under `key`) or array, end closes it.
toml::table build_toml(std::span<const TomlStep> steps);

}  // namespace cmlint
