#pragma once
#include <optional>
#include <string_view>

namespace cmlint {

enum class Severity { info = 0, warning = 1, error = 2 };

inline std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "error";
}

inline std::optional<Severity> severity_from_string(std::string_view s) {
  if (s == "error") return Severity::error;
  if (s == "warning") return Severity::warning;
  if (s == "info") return Severity::info;
  return std::nullopt;
}

enum class Lang { vi, en };

}  // namespace cmlint
