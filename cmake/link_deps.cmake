# How cmlint links its libraries. Start-up matters (issue 8: a 5 KB draft in ≤ 5 ms, process
# start to exit): with every library shared, the dynamic loader spends most of a small run
# resolving ~6,000 symbols and applying ~30,000 relocations in ICU, libstdc++, fmt, toml++,
# pugixml and libzip (which brings libcrypto, libbz2 and libz). So, by default:
#   - ICU, pugixml and libstdc++/libgcc are linked from the static archives Debian ships
#     (libicu-dev, libpugixml-dev, libstdc++-12-dev); any that is missing stays shared;
#   - fmt and toml++ (no static archive in Debian) are compiled in: fmt header-only, toml++
#     from its single implementation unit (src/core/toml_impl.cpp);
#   - libzip is opened with dlopen when the first .docx is read (src/core/zip_lib.cpp).
# CMLINT_STATIC_DEPS=OFF and CMLINT_DLOPEN_LIBZIP=OFF link everything shared, as before.
# Measured and not used: -Wl,-O1,--as-needed (no change: nothing left to drop), -fno-plt and
# -Wl,-z,now (eager binding of the ~200 libc functions: +0.13 M instructions per run), -no-pie
# (−0.19 M instructions, not worth losing ASLR); -fvisibility=hidden and -Bsymbolic do not apply
# to an executable that exports nothing. See docs/performance.md.
#
# Defines the interface targets cmlint_icu, cmlint_fmt, cmlint_toml, cmlint_pugixml,
# cmlint_zip and cmlint_runtime (link options for the cmlint executable), and CMLINT_TOML_IMPL
# (the toml++ implementation unit to compile in, or empty).

option(CMLINT_STATIC_DEPS "Link ICU, pugixml and libstdc++ statically and compile fmt and toml++ in (fast start-up)" ON)
option(CMLINT_DLOPEN_LIBZIP "Load libzip with dlopen when the first .docx is read, not at every start" ON)

add_library(cmlint_icu INTERFACE)
add_library(cmlint_fmt INTERFACE)
add_library(cmlint_toml INTERFACE)
add_library(cmlint_pugixml INTERFACE)
add_library(cmlint_zip INTERFACE)
add_library(cmlint_runtime INTERFACE)
set(CMLINT_TOML_IMPL "")

# The static archive lib<name>.a (cached as CMLINT_ARCHIVE_<name>), or empty.
function(cmlint_static_archive out name)
  find_library(CMLINT_ARCHIVE_${name} NAMES lib${name}.a)
  if(CMLINT_ARCHIVE_${name})
    set(${out} "${CMLINT_ARCHIVE_${name}}" PARENT_SCOPE)
  else()
    set(${out} "" PARENT_SCOPE)
  endif()
endfunction()

set(cmlint_static_parts "")
set(cmlint_shared_parts "")

if(CMLINT_STATIC_DEPS)
  # ICU: i18n needs uc, uc needs data (the whole ICU data file is in libicudata.a).
  cmlint_static_archive(icui18n_a icui18n)
  cmlint_static_archive(icuuc_a icuuc)
  cmlint_static_archive(icudata_a icudata)
  if(icui18n_a AND icuuc_a AND icudata_a)
    target_include_directories(cmlint_icu INTERFACE ${ICU_INCLUDE_DIRS})
    target_link_libraries(cmlint_icu INTERFACE ${icui18n_a} ${icuuc_a} ${icudata_a} ${CMAKE_DL_LIBS})
    list(APPEND cmlint_static_parts ICU)
  else()
    target_link_libraries(cmlint_icu INTERFACE ICU::uc ICU::i18n ICU::data)
    list(APPEND cmlint_shared_parts ICU)
  endif()

  cmlint_static_archive(pugixml_a pugixml)
  if(pugixml_a)
    get_target_property(pugixml_inc pugixml::pugixml INTERFACE_INCLUDE_DIRECTORIES)
    if(pugixml_inc)
      target_include_directories(cmlint_pugixml INTERFACE ${pugixml_inc})
    endif()
    target_link_libraries(cmlint_pugixml INTERFACE ${pugixml_a})
    list(APPEND cmlint_static_parts pugixml)
  else()
    target_link_libraries(cmlint_pugixml INTERFACE pugixml::pugixml)
    list(APPEND cmlint_shared_parts pugixml)
  endif()

  # fmt: header-only (Debian ships no libfmt.a). toml++: its headers without the shared
  # library's definitions, the implementation compiled once in src/core/toml_impl.cpp.
  target_link_libraries(cmlint_fmt INTERFACE fmt::fmt-header-only)
  get_target_property(toml_inc tomlplusplus::tomlplusplus INTERFACE_INCLUDE_DIRECTORIES)
  target_include_directories(cmlint_toml INTERFACE ${toml_inc})
  target_compile_definitions(cmlint_toml INTERFACE TOML_HEADER_ONLY=0)
  set(CMLINT_TOML_IMPL ${CMAKE_SOURCE_DIR}/src/core/toml_impl.cpp)
  list(APPEND cmlint_static_parts fmt toml++)

  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libstdc++.a
                  OUTPUT_VARIABLE libstdcxx_a OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(IS_ABSOLUTE "${libstdcxx_a}" AND EXISTS "${libstdcxx_a}")
    target_link_options(cmlint_runtime INTERFACE -static-libstdc++ -static-libgcc)
    list(APPEND cmlint_static_parts libstdc++)
  else()
    list(APPEND cmlint_shared_parts libstdc++)
  endif()
else()
  target_link_libraries(cmlint_icu INTERFACE ICU::uc ICU::i18n ICU::data)
  target_link_libraries(cmlint_pugixml INTERFACE pugixml::pugixml)
  target_link_libraries(cmlint_fmt INTERFACE fmt::fmt)
  target_link_libraries(cmlint_toml INTERFACE tomlplusplus::tomlplusplus)
  list(APPEND cmlint_shared_parts ICU pugixml fmt toml++ libstdc++)
endif()

# libzip: dlopen needs the library's SONAME (libzip.so.4), read from the file the build would link.
set(libzip_soname "")
if(CMLINT_DLOPEN_LIBZIP AND CMAKE_OBJDUMP)
  foreach(lib IN LISTS LIBZIP_LINK_LIBRARIES)
    if(lib MATCHES "libzip\\.so")
      execute_process(COMMAND ${CMAKE_OBJDUMP} -p ${lib} OUTPUT_VARIABLE dump ERROR_QUIET)
      if(dump MATCHES "SONAME +([^ \n]+)")
        set(libzip_soname ${CMAKE_MATCH_1})
      endif()
    endif()
  endforeach()
endif()
if(libzip_soname)
  target_include_directories(cmlint_zip INTERFACE ${LIBZIP_INCLUDE_DIRS})
  target_compile_definitions(cmlint_zip INTERFACE CMLINT_LIBZIP_SONAME="${libzip_soname}")
  target_link_libraries(cmlint_zip INTERFACE ${CMAKE_DL_LIBS})
  message(STATUS "cmlint loads ${libzip_soname} with dlopen on the first .docx")
else()
  target_link_libraries(cmlint_zip INTERFACE PkgConfig::LIBZIP)
  list(APPEND cmlint_shared_parts libzip)
endif()

list(JOIN cmlint_static_parts ", " s)
list(JOIN cmlint_shared_parts ", " d)
message(STATUS "cmlint links statically: ${s}")
if(d)
  message(STATUS "cmlint links shared: ${d}")
endif()
