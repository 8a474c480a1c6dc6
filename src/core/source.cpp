#include "source.hpp"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <algorithm>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sys/stat.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cmlint {

namespace {

// Code points from U+0300 on may change under NFC or reorder with their neighbours; ICU
// says which cannot: NFC_QC=Yes and combining class 0. Such a text is NFC (UAX #15 quick check).
bool nfc_yes(std::uint32_t cp) {
  const auto c = static_cast<UChar32>(cp);
  return u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0;
}

// The few characters above U+0300 of a text repeat (quotes, dashes, bullets): remember them.
class NfcCache {
 public:
  bool yes(std::uint32_t cp) {
    Slot& s = slots_[cp & 255];
    if (s.cp != cp + 1) s = {cp + 1, nfc_yes(cp)};
    return s.yes;
  }

 private:
  struct Slot {
    std::uint32_t cp = 0;
    bool yes = false;
  };
  std::array<Slot, 256> slots_{};
};

#if defined(__SSE2__)
// Offset of the first byte >= 0x80 in [p+i, p+n), or n.
inline std::int32_t skip_ascii(const std::uint8_t* p, std::int32_t i, std::int32_t n) {
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(v));
    if (mask != 0) return i + __builtin_ctz(mask);
    i += 16;
  }
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

// The bytes > b for b >= 0x80 (signed compare: every ASCII byte is in too).
inline unsigned bytes_above(__m128i v, std::uint8_t b) {
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(b)))));
}
inline unsigned bytes_equal(__m128i v, std::uint8_t b) {
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(b)))));
}

// Vietnamese text is ASCII with a 2- or 3-byte letter every few bytes: skipping ASCII runs alone
// leaves a branchy step per letter. This proves 16 bytes at q (a character boundary) well-formed
// at once when they hold only ASCII, 2-byte sequences and 3-byte sequences led by E1–EC, EE or EF
// (whose second byte may be any continuation byte, Table 3-7): then the continuation bytes are
// exactly the one after each lead and the second one after each 3-byte lead. Returns how many
// bytes are proved (a sequence cut by the window's end is left for the next window, so at least
// 13); `judge` gets the leads of the code points ICU must be asked about (from U+0300 on, except
// U+1E00–1EFF). 0: the window holds something else, ill-formed or not; the scalar loop decides.
inline std::int32_t well_formed_window(const std::uint8_t* q, bool want_nfc, unsigned& judge) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
  const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v));
  judge = 0;
  if (high == 0) return 16;
  // Signed byte compares: the bytes >= 0x80 are the negative ones, in their unsigned order.
  const unsigned cont = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(0xC0)))));
  const unsigned lead = bytes_above(v, 0xC1) & high;  // C2–FF
  const unsigned lead3 = bytes_above(v, 0xDF) & high;
  const unsigned other = (bytes_above(v, 0xEF) | bytes_equal(v, 0xE0) | bytes_equal(v, 0xED)) & high;
  if (other != 0 || (cont | lead) != high) return 0;  // 4-byte or narrow-second-byte leads, C0, C1, F5–FF
  const unsigned expected = lead << 1 | lead3 << 2;
  if ((expected & 0xFFFF) != cont) return 0;
  const std::int32_t len = expected >> 16 ? 31 - __builtin_clz(lead) : 16;
  if (want_nfc) {
    const unsigned e1 = bytes_equal(v, 0xE1);
    const __m128i b8 = _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(static_cast<char>(0xFC))), _mm_set1_epi8(static_cast<char>(0xB8)));
    const unsigned b8_bb = static_cast<unsigned>(_mm_movemask_epi8(b8));  // B8–BB: after E1, U+1E00–1EFF
    judge = (bytes_above(v, 0xCB) & high & ~(e1 & b8_bb >> 1)) & ((1u << len) - 1);
  }
  return len;
}
#else
inline std::int32_t skip_ascii(const std::uint8_t* p, std::int32_t i, std::int32_t n) {
  while (i + 8 <= n) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ULL) break;
    i += 8;
  }
  while (i < n && p[i] < 0x80) ++i;
  return i;
}
#endif

}  // namespace

Utf8Check check_utf8(std::string_view s, bool want_nfc) {
  Utf8Check r;
  r.nfc = want_nfc;
  NfcCache cache;
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const std::int32_t n = static_cast<std::int32_t>(s.size());
  std::int32_t i = 0;
  const auto cont = [&](std::int32_t k) { return i + k < n && (p[i + k] & 0xC0) == 0x80; };
  const auto bad = [&] {
    r.invalid = static_cast<std::uint32_t>(i);
    r.nfc = false;
    r.doubtful_lines.clear();
    return r;
  };
  // The lines already known doubtful end at `covered`: a code point before it need not be asked about.
  std::int32_t covered = want_nfc ? 0 : n;  // validation alone: every code point counts as judged
  const auto doubt = [&](std::int32_t at) {
    r.nfc = false;
    std::int32_t b = at;
    while (b > covered && p[b - 1] != '\n') --b;
    const void* nl = std::memchr(p + at, '\n', static_cast<std::size_t>(n - at));
    const std::int32_t e = nl ? static_cast<std::int32_t>(static_cast<const std::uint8_t*>(nl) - p) + 1 : n;
    if (!r.doubtful_lines.empty() && b == covered) r.doubtful_lines.back().end = static_cast<std::uint32_t>(e);
    else r.doubtful_lines.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
    covered = e;
  };
  // One character at i; false when ill-formed.
  const auto step = [&] {
    // Well-formed sequences per Unicode Table 3-7. Only code points from U+0300 on are
    // decoded, and only to ask ICU about them: the Vietnamese letters (U+00C0–02FF and
    // U+1E00–1EFF) are NFC-inert and decided on their bytes.
    const std::uint8_t c = p[i];
    if (c < 0x80) {
      ++i;
    } else if (c >= 0xC2 && c <= 0xDF) {
      if (!cont(1)) return false;
      if (c >= 0xCC && i >= covered && !cache.yes((c & 0x1Fu) << 6 | (p[i + 1] & 0x3Fu))) doubt(i);
      i += 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      if (!cont(1) || !cont(2) || (c == 0xE0 && p[i + 1] < 0xA0) || (c == 0xED && p[i + 1] > 0x9F)) return false;
      if (i >= covered && !(c == 0xE1 && p[i + 1] >= 0xB8 && p[i + 1] <= 0xBB) &&
          !cache.yes((c & 0x0Fu) << 12 | (p[i + 1] & 0x3Fu) << 6 | (p[i + 2] & 0x3Fu)))
        doubt(i);
      i += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      if (!cont(1) || !cont(2) || !cont(3) || (c == 0xF0 && p[i + 1] < 0x90) || (c == 0xF4 && p[i + 1] > 0x8F))
        return false;
      if (i >= covered && !cache.yes((c & 0x07u) << 18 | (p[i + 1] & 0x3Fu) << 12 | (p[i + 2] & 0x3Fu) << 6 |
                                      (p[i + 3] & 0x3Fu)))
        doubt(i);
      i += 4;
    } else {
      return false;
    }
    return true;
  };
#if defined(__SSE2__)
  while (i + 16 <= n) {
    unsigned judge;
    if (const std::int32_t len = well_formed_window(p + i, i + 16 > covered, judge); len > 0) {
      for (; judge != 0; judge &= judge - 1) {
        const std::int32_t at = i + __builtin_ctz(judge);
        if (at < covered) continue;
        const std::uint8_t* q = p + at;
        const std::uint32_t cp = q[0] < 0xE0 ? (q[0] & 0x1Fu) << 6 | (q[1] & 0x3Fu)
                                             : (q[0] & 0x0Fu) << 12 | (q[1] & 0x3Fu) << 6 | (q[2] & 0x3Fu);
        if (!cache.yes(cp)) doubt(at);
      }
      i += len;
      continue;
    }
    for (const std::int32_t end = i + 16; i < end;)
      if (!step()) return bad();
  }
#endif
  while ((i = skip_ascii(p, i, n)) < n)
    if (!step()) return bad();
  return r;
}

std::optional<std::uint32_t> find_invalid_utf8(std::string_view s) { return check_utf8(s, false).invalid; }

void LineIndex::build(std::string_view bytes) {
  samples_.assign(1, {0, 1});
  count_ = 1;
  const char* b = bytes.data();
  const auto n = static_cast<std::uint32_t>(bytes.size());
  std::uint32_t at = 0;  // start of the current line
  for (;;) {
    const void* nl = std::memchr(b + at, '\n', n - at);
    const std::uint32_t end = nl ? static_cast<std::uint32_t>(static_cast<const char*>(nl) - b) + 1 : n;
    // Inside a long line: a sample every kBytes bytes.
    for (std::uint32_t o = samples_.back().offset + kBytes; o < end; o += kBytes) samples_.push_back({o, count_});
    if (!nl) break;
    at = end;
    ++count_;
    if (count_ - samples_.back().line >= kLines || at - samples_.back().offset >= kBytes)
      samples_.push_back({at, count_});
  }
}

std::uint32_t LineIndex::line_of(std::string_view bytes, std::uint32_t offset) const {
  const auto it = std::upper_bound(samples_.begin(), samples_.end(), offset,
                                   [](std::uint32_t o, const Sample& s) { return o < s.offset; });
  const Sample& s = *std::prev(it);
  const std::uint32_t to = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(bytes.size()));
  return s.line + static_cast<std::uint32_t>(std::count(bytes.data() + s.offset, bytes.data() + to, '\n'));
}

std::uint32_t LineIndex::start(std::string_view bytes, std::uint32_t line) const {
  if (line <= 1) return 0;
  // The last sample on an earlier line: then (line - its line) breaks to pass.
  const auto it = std::lower_bound(samples_.begin(), samples_.end(), line,
                                   [](const Sample& s, std::uint32_t l) { return s.line < l; });
  const Sample& s = *std::prev(it);
  std::uint32_t at = s.offset;
  for (std::uint32_t l = s.line; l < line; ++l) {
    const void* nl = std::memchr(bytes.data() + at, '\n', bytes.size() - at);
    if (!nl) return static_cast<std::uint32_t>(bytes.size());
    at = static_cast<std::uint32_t>(static_cast<const char*>(nl) - bytes.data()) + 1;
  }
  return at;
}

namespace {

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
  src.lines.build(src.bytes);
  const Utf8Check check = check_utf8(src.content());
  src.known_nfc = check.nfc;
  src.nfc_doubtful_lines = check.doubtful_lines;
  if (check.invalid) {
    EncodingProblem p;
    p.offset = *check.invalid + src.content_begin;
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
  // Read straight into the string; a file that grows meanwhile is read to its end.
  std::size_t used = 0;
  bytes.resize(st.st_size > 0 ? static_cast<std::size_t>(st.st_size) + 1 : 1 << 16);
  for (std::size_t n; (n = std::fread(bytes.data() + used, 1, bytes.size() - used, f)) > 0;) {
    used += n;
    if (used == bytes.size()) bytes.resize(bytes.size() * 2);
  }
  bytes.resize(used);
  const bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) {
    r.error = "read error";
    return r;
  }
  return load_bytes(std::move(bytes), display_name);
}

}  // namespace cmlint
