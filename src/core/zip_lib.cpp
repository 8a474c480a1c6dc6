#include "zip_lib.hpp"

#if defined(CMLINT_LIBZIP_SONAME)
#include <dlfcn.h>
#endif

namespace cmlint {

namespace {

struct Loaded {
  ZipLib lib;
  std::string error;  // empty: loaded
};

Loaded load() {
  Loaded l;
#if defined(CMLINT_LIBZIP_SONAME)
  void* handle = dlopen(CMLINT_LIBZIP_SONAME, RTLD_LAZY | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* e = dlerror();
    l.error = e != nullptr ? e : "cannot load " CMLINT_LIBZIP_SONAME;
    return l;
  }
#define CMLINT_ZIP_RESOLVE(name)                                                          \
  l.lib.name = reinterpret_cast<decltype(&::name)>(dlsym(handle, #name));                 \
  if (l.lib.name == nullptr) {                                                            \
    l.error = CMLINT_LIBZIP_SONAME ": no " #name;                                         \
    return l;                                                                             \
  }
  CMLINT_ZIP_FUNCTIONS(CMLINT_ZIP_RESOLVE)
#undef CMLINT_ZIP_RESOLVE
#else
#define CMLINT_ZIP_DIRECT(name) l.lib.name = &::name;
  CMLINT_ZIP_FUNCTIONS(CMLINT_ZIP_DIRECT)
#undef CMLINT_ZIP_DIRECT
#endif
  return l;
}

}  // namespace

const ZipLib* zip_lib(std::string& why) {
  static const Loaded loaded = load();  // never closed: the functions stay valid to exit
  if (!loaded.error.empty()) {
    why = loaded.error;
    return nullptr;
  }
  return &loaded.lib;
}

}  // namespace cmlint
