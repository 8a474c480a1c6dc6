// toml++'s implementation, compiled once into cmlint when it is not linked as Debian's shared
// libtomlplusplus (CMLINT_STATIC_DEPS, cmake/link_deps.cmake): every other unit sees
// TOML_HEADER_ONLY=0 and only declarations.
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
