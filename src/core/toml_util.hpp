// Shared by the loaders of rules/*.toml and cmlint.toml.
#pragma once
#include <toml++/toml.h>

#include <string>
#include <string_view>

#include "config_error.hpp"

namespace cmlint {

inline std::string where(const toml::node& n, const std::string& origin) {
  return origin + ":" + std::to_string(n.source().begin.line) + ":" + std::to_string(n.source().begin.column);
}

// Parses a table shipped inside the binary; a syntax error there is a build defect.
inline toml::table parse_embedded(std::string_view text, std::string_view name) {
  try {
    return toml::parse(text, name);
  } catch (const toml::parse_error& e) {
    throw ConfigError(std::string(name) + ": " + std::string(e.description()));
  }
}

}  // namespace cmlint
