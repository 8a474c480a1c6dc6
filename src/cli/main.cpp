#include <iostream>

#include "app.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  return cmlint::run_cli(args, std::cout, std::cerr);
}
