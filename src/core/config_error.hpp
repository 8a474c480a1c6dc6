#pragma once
#include <stdexcept>
#include <string>

namespace cmlint {

// A configuration problem, already formatted as "path:line:col: message".
class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace cmlint
