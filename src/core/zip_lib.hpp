// The libzip functions the .docx reader uses. With CMLINT_LIBZIP_SONAME (cmake/link_deps.cmake)
// libzip is opened with dlopen the first time a .docx is read, so a run on text files never
// loads it nor what it links (libcrypto, libbz2, libz): that loading was most of the start-up
// of a small run (issue 8). Without it, they are the functions linked in.
#pragma once
#include <zip.h>

#include <string>

namespace cmlint {

#define CMLINT_ZIP_FUNCTIONS(X)                                                                                  \
  X(zip_stat_init) X(zip_stat) X(zip_fopen) X(zip_fread) X(zip_fclose) X(zip_file_strerror) X(zip_get_error)    \
  X(zip_error_code_zip) X(zip_strerror) X(zip_error_init) X(zip_error_fini) X(zip_error_strerror)               \
  X(zip_source_buffer_create) X(zip_source_free) X(zip_open_from_source) X(zip_discard)

struct ZipLib {
#define CMLINT_ZIP_MEMBER(name) decltype(&::name) name = nullptr;
  CMLINT_ZIP_FUNCTIONS(CMLINT_ZIP_MEMBER)
#undef CMLINT_ZIP_MEMBER
};

// libzip, loaded once (thread-safe); nullptr when it cannot be loaded, with the reason in `why`.
const ZipLib* zip_lib(std::string& why);

}  // namespace cmlint
