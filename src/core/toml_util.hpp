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

}  // namespace cmlint
