// CM403 homoglyph: a Cyrillic or Greek letter inside an otherwise Latin word
// ("NĐ-СР" with Cyrillic С Р), eth or African D for Đ, Roman-numeral code
// points for Latin letters. Look-alikes are listed in rules/hygiene.toml.
#include <unicode/uscript.h>

#include <array>


#include "../rule.hpp"
#include "hygiene.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM403",
    "homoglyph",
    Severity::error,
    "Chữ trông giống chữ Latin nhưng thuộc bảng chữ khác (Kirin, Hy Lạp, Ð thay Đ, số La Mã Unicode)",
    "Look-alike letter from another script (Cyrillic, Greek, Ð for Đ, Roman-numeral code points)",
    R"(## Quy tắc phát hiện gì
- Chữ Kirin hoặc Hy Lạp nằm trong một từ còn lại là chữ Latin/tiếng Việt: `NĐ-СР` (С, Р là chữ Kirin),
  `BТС`. Lỗi (error) khi chữ đó có chữ Latin giống hệt (bảng trong `rules/hygiene.toml`), với cách sửa an toàn;
  cảnh báo khi không có chữ Latin tương ứng.
- `Ð` (U+00D0, eth), `Ɖ` (U+0189) thay cho `Đ` (U+0110); `ð` (U+00F0) thay cho `đ`: `NÐ-CP`, `Ðiều`.
- Ký tự số La Mã Unicode (U+2160…): `khóa Ⅹ`, `quý Ⅱ`; sửa thành chữ I, V, X thường dùng.

Từ viết hoàn toàn bằng chữ Kirin hoặc Hy Lạp (tên riêng nước ngoài) không bị báo. Tùy chọn `allow` liệt kê
các ký hiệu kỹ thuật được phép (`µl`, `Ф550mm`).

## Vì sao
Chữ giống nhau về hình nhưng khác mã: tìm kiếm “NĐ-CP” không thấy “NĐ-СР”, số, ký hiệu không tra cứu được,
kiểm tra chính tả bỏ sót. Thường do sao chép từ PDF hoặc bộ gõ sai.

## Ví dụ sai
    Căn cứ Nghị định số 30/2020/NĐ-СР ngày 05/3/2020 của Chính phủ (С, Р là chữ Kirin)

## Ví dụ đúng
    Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ
)",
    R"(## What it flags
- A Cyrillic or Greek letter inside a word that is otherwise Latin/Vietnamese: `NĐ-СР` (С and Р are Cyrillic),
  `BТС`. An error when the letter has an identical Latin twin (table in `rules/hygiene.toml`), with a safe fix;
  a warning when it has none.
- `Ð` (U+00D0, eth) or `Ɖ` (U+0189) for `Đ` (U+0110); `ð` (U+00F0) for `đ`: `NÐ-CP`, `Ðiều`.
- Roman-numeral code points (U+2160…): `khóa Ⅹ`, `quý Ⅱ`; fixed to the ordinary letters I, V, X.

Words written wholly in Cyrillic or Greek (foreign names) are not reported. Option `allow` lists technical
symbols that are allowed (`µl`, `Ф550mm`).

## Why
The letters look the same but are different characters: a search for "NĐ-CP" misses "NĐ-СР", identifiers
cannot be looked up and spell checking misses the word. They come from PDF copies or a wrong keyboard.

## Bad
    Căn cứ Nghị định số 30/2020/NĐ-СР ngày 05/3/2020 của Chính phủ (С and Р are Cyrillic)

## Good
    Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ
)",
    {{"allow", OptionValue{std::string("µ, μ, Δ, Ω, Ф")},
      "Technical symbols in which a Cyrillic or Greek letter is allowed (a token containing one is not "
      "checked there). Comma-separated."}},
};

enum class Verdict { ok, certain, uncertain };

class Homoglyph final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    using namespace hygiene;
    const std::string_view t = doc.text.view();
    const auto& table = data().confusables;
    const auto allow = out.option_list("allow");
    const bool vi = out.lang() == Lang::vi;
    const auto token_char = [](char32_t c) { return is_letter(c) || is_mark(c) || is_digit(c) || c == '-' || c == '/'; };
    // Only tokens around a suspicious code point are examined: Ð ð (C3 90, C3 B0), Ɖ (C6 89),
    // Greek and Cyrillic (lead bytes CD–D4), Roman numerals (E2 85 xx).
    std::size_t done = 0;  // tokens before this offset were checked
    static const auto lead = [] {
      std::array<bool, 256> a{};
      a[0xC3] = a[0xC6] = a[0xE2] = true;
      for (int b = 0xCD; b <= 0xD4; ++b) a[b] = true;
      return a;
    }();
    // Those lead bytes are among the document's marks where they may start such a character.
    hygiene::MarkCursor marks(t, hygiene::model(doc).marks());
    for (std::size_t i = 0; i < t.size(); ++i) {
      i = marks.next(i, t.size(), [&](unsigned char b) { return lead[b]; });
      if (i >= t.size()) break;
      const unsigned char b = static_cast<unsigned char>(t[i]);
      const unsigned char n = i + 1 < t.size() ? static_cast<unsigned char>(t[i + 1]) : 0;
      const bool hit = (b == 0xC3 && (n == 0x90 || n == 0xB0)) || (b == 0xC6 && n == 0x89) || (b >= 0xCD && b <= 0xD4) ||
                       (b == 0xE2 && n == 0x85);
      if (!hit || i < done) continue;
      std::size_t a = i, j = i;
      while (a > 0) {
        const auto c = decode_before(t, a);
        if (!token_char(c.c) && !(c.c >= 0x2160 && c.c <= 0x217F)) break;
        a -= c.len;
      }
      bool latin = false;
      while (j < t.size()) {
        const auto c = decode(t, j);
        if (!token_char(c.c) && !(c.c >= 0x2160 && c.c <= 0x217F)) break;
        j += c.len;
      }
      for (std::size_t k = a; k < j;) {
        const auto c = decode(t, k);
        if (c.c < 0x80 ? is_letter(c.c) : (is_latin(c.c) && !table.contains(c.c))) latin = true;
        k += c.len;
      }
      if (j > a) check_token(t.substr(a, j - a), static_cast<std::uint32_t>(a), latin, allow, out, vi);
      done = std::max(j, i + 1);
    }
  }

 private:
  static Verdict verdict(char32_t c, bool latin_word) {
    const auto& table = hygiene::data().confusables;
    if (c == 0xD0 || c == 0x189 || c == 0xF0 || (c >= 0x2160 && c <= 0x217F)) return Verdict::certain;
    if (c < 0x370 || !latin_word || !hygiene::is_letter(c)) return Verdict::ok;
    UErrorCode ec = U_ZERO_ERROR;
    const UScriptCode sc = uscript_getScript(static_cast<UChar32>(c), &ec);
    if (sc != USCRIPT_CYRILLIC && sc != USCRIPT_GREEK) return Verdict::ok;
    return table.contains(c) ? Verdict::certain : Verdict::uncertain;
  }

  static void check_token(std::string_view tok, std::uint32_t base, bool latin, const std::vector<std::string_view>& allow,
                          Reporter& out, bool vi) {
    const auto& table = hygiene::data().confusables;
    for (std::size_t k = 0; k < tok.size();) {
      const auto c = hygiene::decode(tok, k);
      const Verdict v = verdict(c.c, latin);
      if (v == Verdict::ok) { k += c.len; continue; }
      // Allowed symbol covering this letter?
      bool allowed = false;
      for (auto a : allow)
        for (std::size_t at = tok.find(a); at != std::string_view::npos && !allowed; at = tok.find(a, at + 1))
          allowed = at <= k && k < at + a.size();
      if (allowed) { k += c.len; continue; }
      // A run of letters with the same verdict.
      std::size_t e = k;
      std::string repl;
      while (e < tok.size()) {
        const auto d = hygiene::decode(tok, e);
        if (verdict(d.c, latin) != v) break;
        if (v == Verdict::certain) repl += table.at(d.c);
        e += d.len;
      }
      const Span s{base + static_cast<std::uint32_t>(k), base + static_cast<std::uint32_t>(e)};
      const auto run = tok.substr(k, e - k);
      std::string codes;
      for (std::size_t x = 0; x < run.size();) {
        const auto d = hygiene::decode(run, x);
        codes += fmt::format("{}U+{:04X}", codes.empty() ? "" : " ", static_cast<unsigned>(d.c));
        x += d.len;
      }
      if (v == Verdict::certain)
        out.report_fix(s, Fix{Applicability::safe, vi ? "Thay bằng chữ Latin" : "Replace with the Latin letters", {{s, repl}}},
                       "“{}” trong “{}” là ký tự giống chữ Latin ({}); viết là “{}”",
                       "\"{}\" in \"{}\" is a look-alike character ({}); write \"{}\"", run, tok, codes, repl);
      else
        out.report_as(Severity::warning, s, "“{}” trong “{}” là chữ thuộc bảng chữ khác ({})",
                      "\"{}\" in \"{}\" is a letter of another script ({})", run, tok, codes);
      k = e;
    }
  }
};

}  // namespace

const Rule& homoglyph_rule() {
  static const Homoglyph rule;
  return rule;
}

}  // namespace cmlint
