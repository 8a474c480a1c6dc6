#include "source.hpp"

#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sys/stat.h>

namespace cmlint {

std::optional<std::uint32_t> find_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const std::int32_t n = static_cast<std::int32_t>(s.size());
  std::int32_t i = 0;
  while (i < n) {
    // Runs of ASCII are the common case: skip them eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    // Well-formed sequences per Unicode Table 3-7, without decoding the code point.
    const std::uint8_t c = p[i];
    const auto cont = [&](std::int32_t k) { return i + k < n && (p[i + k] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF) {
      if (!cont(1)) return static_cast<std::uint32_t>(i);
      i += 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      if (!cont(1) || !cont(2) || (c == 0xE0 && p[i + 1] < 0xA0) || (c == 0xED && p[i + 1] > 0x9F))
        return static_cast<std::uint32_t>(i);
      i += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      if (!cont(1) || !cont(2) || !cont(3) || (c == 0xF0 && p[i + 1] < 0x90) || (c == 0xF4 && p[i + 1] > 0x8F))
        return static_cast<std::uint32_t>(i);
      i += 4;
    } else {
      return static_cast<std::uint32_t>(i);
    }
  }
  return std::nullopt;
}

namespace {

void index_lines(Source& src) {
  src.line_starts.clear();
  src.line_starts.push_back(0);
  const char* b = src.bytes.data();
  const char* e = b + src.bytes.size();
  for (const char* p = b; (p = static_cast<const char*>(std::memchr(p, '\n', e - p))) != nullptr; ++p)
    src.line_starts.push_back(static_cast<std::uint32_t>(p - b + 1));
}

std::optional<std::string> decode_utf16(const std::string& bytes, bool little_endian) {
  const char* codepage = little_endian ? "UTF-16LE" : "UTF-16BE";
  icu::UnicodeString u(bytes.data() + 2, static_cast<int32_t>(bytes.size() - 2), codepage);
  if (u.isBogus()) return std::nullopt;
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace

LoadResult load_bytes(std::string bytes, std::string display_name) {
  LoadResult r;
  Source src;
  src.path = std::move(display_name);
  const auto b0 = bytes.size() > 0 ? static_cast<unsigned char>(bytes[0]) : 0;
  const auto b1 = bytes.size() > 1 ? static_cast<unsigned char>(bytes[1]) : 0;
  if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
    auto decoded = decode_utf16(bytes, b0 == 0xFF);
    if (!decoded) {
      r.error = "cannot decode UTF-16 input";
      return r;
    }
    bytes = std::move(*decoded);
    src.from_utf16 = true;
  }
  src.bytes = std::move(bytes);
  if (src.bytes.size() >= 3 && std::memcmp(src.bytes.data(), "\xEF\xBB\xBF", 3) == 0)
    src.content_begin = 3;
  if (src.bytes.size() > UINT32_MAX / 2) {
    r.error = "file too large (limit 2 GiB)";
    return r;
  }
  index_lines(src);
  if (auto bad = find_invalid_utf8(src.content())) {
    EncodingProblem p;
    p.offset = *bad + src.content_begin;
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(src.bytes[p.offset]));
    p.reason_vi = std::string("byte ") + hex + " không hợp lệ trong UTF-8";
    p.reason_en = std::string("byte ") + hex + " is not valid UTF-8";
    r.encoding = std::move(p);
  }
  r.source = std::move(src);
  return r;
}

LoadResult load_file(const std::string& path, const std::string& display_name) {
  LoadResult r;
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return load_bytes(std::move(bytes), display_name);
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    r.error = std::strerror(errno);
    return r;
  }
  if (S_ISDIR(st.st_mode)) {
    r.error = "is a directory";
    return r;
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    r.error = std::strerror(errno);
    return r;
  }
  if (st.st_size > 0) bytes.reserve(static_cast<std::size_t>(st.st_size));
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
  const bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) {
    r.error = "read error";
    return r;
  }
  return load_bytes(std::move(bytes), display_name);
}

}  // namespace cmlint
