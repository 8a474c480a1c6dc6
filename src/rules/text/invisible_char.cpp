// CM402 invisible-char: zero-width characters, soft hyphens, a BOM inside the
// text, control characters, and no-break spaces inside identifiers or numbers.
#include <array>

#include "../rule.hpp"
#include "hygiene.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM402",
    "invisible-char",
    Severity::warning,
    "Ký tự vô hình (khoảng trắng độ rộng 0, gạch nối mềm, BOM, ký tự điều khiển, khoảng trắng không ngắt trong số, ký hiệu)",
    "Invisible character (zero-width, soft hyphen, BOM, control character, no-break space in a number or identifier)",
    R"(## Quy tắc phát hiện gì
- Ký tự độ rộng 0: U+200B, U+200C, U+200D, U+2060; BOM U+FEFF giữa văn bản (BOM ở đầu tệp thì bỏ qua).
- Gạch nối mềm U+00AD (nếu đứng cạnh chữ của bảng mã TCVN3 thì có thể là chữ “ư” bị lỗi mã: xem legacy-encoding).
- Ký tự điều khiển C0/C1 (trừ tab, CR, LF, ngắt trang).
- Khoảng trắng không ngắt (U+00A0, U+202F) giữa một số, ký hiệu văn bản (`45/QĐ-UBND`) hoặc giữa các chữ số.

Mỗi cụm ký tự liền nhau được báo một lần. Cách sửa (an toàn): xóa ký tự; khoảng trắng không ngắt giữa
các nhóm ba chữ số được xóa, ở chỗ khác được thay bằng dấu cách thường.

## Vì sao
Các ký tự này không nhìn thấy nhưng làm hỏng tìm kiếm, so khớp số, ký hiệu, đếm ký tự và ngắt dòng; thường
do sao chép từ trang web, Word hoặc PDF.

## Ví dụ sai
    Quyết định số 45/QĐ-​UBND (có U+200B sau dấu gạch nối)

## Ví dụ đúng
    Quyết định số 45/QĐ-UBND
)",
    R"(## What it flags
- Zero-width characters U+200B, U+200C, U+200D, U+2060; a BOM U+FEFF inside the text (one at the file start is ignored).
- Soft hyphen U+00AD (next to TCVN3 letters it may be a broken "ư": see legacy-encoding).
- C0/C1 control characters (other than tab, CR, LF, form feed).
- No-break spaces (U+00A0, U+202F) inside a document identifier (`45/QĐ-UBND`) or between digits.

A run of adjacent characters is reported once. The (safe) fix removes them; a no-break space between
groups of three digits is removed, elsewhere it becomes an ordinary space.

## Why
They cannot be seen but break search, identifier matching, character counts and line breaking; they come
from copying web pages, Word or PDF files.

## Bad
    Quyết định số 45/QĐ-​UBND (U+200B after the hyphen)

## Good
    Quyết định số 45/QĐ-UBND
)",
};

enum class Kind { none, zero_width, soft_hyphen, bom, control, nbsp };

Kind kind_of(char32_t c) {
  switch (c) {
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: return Kind::zero_width;
    case 0x00AD: return Kind::soft_hyphen;
    case 0xFEFF: return Kind::bom;
    case 0x00A0: case 0x202F: return Kind::nbsp;
    default: break;
  }
  if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F || (c >= 0x80 && c <= 0x9F))
    return Kind::control;
  return Kind::none;
}

bool id_char(char32_t c) { return hygiene::is_digit(c) || hygiene::is_upper(c) || c == '/' || c == '-'; }

class InvisibleChar final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    using hygiene::decode;
    const std::string_view t = doc.text.view();
    const bool vi = out.lang() == Lang::vi;
    static const auto interesting = [] {
      std::array<bool, 256> a{};
      for (int b = 0; b < 0x20; ++b) a[b] = b != '\n' && b != '\t' && b != '\r' && b != '\f';
      a[0x7F] = a[0xC2] = a[0xE2] = a[0xEF] = true;
      return a;
    }();
    // Controls other than tab, LF, CR, FF; DEL; lead bytes C2, E2, EF: all among the document's marks.
    hygiene::MarkCursor marks(t, hygiene::model(doc).marks());
    for (std::size_t i = 0; i < t.size();) {
      i = marks.next(i, t.size(), [&](unsigned char b) { return interesting[b]; });
      if (i >= t.size()) break;
      const auto cp = decode(t, i);
      const Kind k = kind_of(cp.c);
      if (k == Kind::none) { i += cp.len; continue; }
      if (k == Kind::nbsp) {
        check_nbsp(doc, out, i, cp.len, vi);
        i += cp.len;
        continue;
      }
      // A run of invisible characters (no-break spaces excluded).
      std::size_t j = i;
      Kind first = k;
      while (j < t.size()) {
        const auto c = decode(t, j);
        const Kind kj = kind_of(c.c);
        if (kj == Kind::none || kj == Kind::nbsp) break;
        j += c.len;
      }
      const Span s{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)};
      Fix fix{Applicability::safe, vi ? "Xóa ký tự vô hình" : "Remove the invisible character", {{s, ""}}};
      // A soft hyphen inside a word may stand for TCVN3 "ư" (Th\u00ADêng): removing it is not enough.
      if (first == Kind::soft_hyphen) {
        const char32_t before = hygiene::decode_before(t, i).c, after = j < t.size() ? decode(t, j).c : 0;
        if (hygiene::is_letter(before) && (after == 0xAC || (after >= 0xE0 && after <= 0xFF)))
          fix.applicability = Applicability::unsafe;
      }
      // A C1 control often stands for a lost symbol-font glyph (a check box): removing it is a guess.
      if (first == Kind::control && cp.c >= 0x80) fix.applicability = Applicability::unsafe;
      const auto name = [&](Kind kk, char32_t c) {
        switch (kk) {
          case Kind::zero_width: return fmt::format("U+{:04X} ({})", static_cast<unsigned>(c), vi ? "độ rộng 0" : "zero width");
          case Kind::soft_hyphen: return std::string(vi ? "U+00AD (gạch nối mềm)" : "U+00AD (soft hyphen)");
          case Kind::bom: return std::string(vi ? "U+FEFF (BOM giữa văn bản)" : "U+FEFF (BOM inside the text)");
          default: return fmt::format("U+{:04X} ({})", static_cast<unsigned>(c), vi ? "ký tự điều khiển" : "control character");
        }
      };
      out.report_fix(s, std::move(fix), "Ký tự vô hình {}", "Invisible character {}", name(first, cp.c));
      i = j;
    }
  }

 private:
  static void check_nbsp(const Document& doc, Reporter& out, std::size_t i, std::uint32_t len, bool vi) {
    const std::string_view t = doc.text.view();
    const char32_t before = hygiene::decode_before(t, i).c;
    const char32_t after = i + len < t.size() ? hygiene::decode(t, i + len).c : 0;
    const Span s{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + len)};
    if (hygiene::is_digit(before) && hygiene::is_digit(after)) {
      // Thousands grouping "1 234": the space goes; elsewhere an ordinary space.
      std::size_t k = i + len, digits = 0;
      while (k < t.size() && hygiene::is_digit(static_cast<unsigned char>(t[k]))) ++k, ++digits;
      const bool grouping = digits == 3;
      out.report_fix(s, Fix{Applicability::safe, grouping ? (vi ? "Xóa khoảng trắng không ngắt" : "Remove the no-break space")
                                                          : (vi ? "Thay bằng dấu cách" : "Replace with a space"),
                            {{s, grouping ? "" : " "}}},
                     "Khoảng trắng không ngắt giữa các chữ số", "No-break space between digits");
      return;
    }
    // Inside an identifier: "45/QĐ-\u00A0UBND", "45\u00A0/QĐ-UBND".
    if ((before == '/' || before == '-') && id_char(after) && after != '-' && after != '/') {
    } else if ((after == '/' || after == '-') && id_char(before) && before != '-' && before != '/') {
      const char32_t after2 = i + len + 1 < t.size() ? hygiene::decode(t, i + len + 1).c : 0;
      if (!hygiene::is_upper(after2) && !hygiene::is_digit(after2)) return;
    } else {
      return;
    }
    // Only when the token around it looks like an identifier (has a slash and a digit).
    std::size_t a = i, z = i + len;
    while (a > 0 && t[a - 1] != ' ' && t[a - 1] != '\n' && i - a < 40) --a;
    while (z < t.size() && t[z] != ' ' && t[z] != '\n' && z - i < 40) ++z;
    const auto tok = t.substr(a, z - a);
    if (tok.find('/') == std::string_view::npos || tok.find_first_of("0123456789") == std::string_view::npos) return;
    out.report_fix(s, Fix{Applicability::safe, vi ? "Xóa khoảng trắng không ngắt" : "Remove the no-break space", {{s, ""}}},
                   "Khoảng trắng không ngắt trong số, ký hiệu văn bản", "No-break space inside a document identifier");
  }
};

}  // namespace

const Rule& invisible_char_rule() {
  static const InvisibleChar rule;
  return rule;
}

}  // namespace cmlint
