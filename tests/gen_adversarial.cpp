// Writes one adversarial input to stdout: gen_adversarial KIND BYTES
// (used by tests/complexity_check.sh and bench/run.sh).
#include <cstdio>
#include <cstdlib>
#include <string>

#include "adversarial.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: gen_adversarial KIND BYTES\n");
    return 2;
  }
  const std::string s = cmlint::test::adversarial(argv[1], std::strtoull(argv[2], nullptr, 10));
  std::fwrite(s.data(), 1, s.size(), stdout);
  return 0;
}
