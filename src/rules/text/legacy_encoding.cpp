// CM404 legacy-encoding: text typed in TCVN3 (ABC) or VNI, or UTF-8 decoded
// twice (mojibake), detected per paragraph by words that are not Vietnamese
// syllables but become valid ones once decoded. Tables: rules/legacy_encodings.toml.
#include <algorithm>
#include <array>


#include "../../core/source.hpp"
#include "../rule.hpp"
#include "hygiene.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM404",
    "legacy-encoding",
    Severity::warning,
    "Văn bản bị lỗi mã hóa (TCVN3/ABC, VNI hoặc UTF-8 bị giải mã hai lần)",
    "Text in a legacy encoding (TCVN3/ABC, VNI) or double-encoded UTF-8",
    R"(## Quy tắc phát hiện gì
Đoạn văn có các từ không phải âm tiết tiếng Việt nhưng trở thành âm tiết đúng khi giải mã theo:
- TCVN3 (ABC, phông .VnTime): `§¶ng`, `nh©n d©n`, `ViÖt Nam`;
- VNI (phông VNI-Times): `Ñaûng`, `nhaân daân`, `Vieät Nam`;
- UTF-8 bị đọc nhầm thành Windows-1252 (giải mã hai lần): `Ä‘áº£ng`, `Viá»‡t Nam`.

Mỗi đoạn được báo một lần, kèm đoạn đã giải mã. Cần ít nhất hai từ như vậy trong đoạn (một từ là đủ với
UTF-8 giải mã hai lần, vì dấu hiệu rất đặc trưng). Cách sửa chuyển các từ đó sang Unicode; cách sửa chỉ an toàn
khi mọi từ lạ trong đoạn đều giải mã được.

## Vì sao
Nghị định 30/2020/NĐ-CP yêu cầu bộ mã Unicode (TCVN 6909:2001). Văn bản dán từ tệp cũ hoặc lưu sai bảng mã
không đọc được, không tìm kiếm được.

## Ví dụ sai
    Thùc hiÖn NghÞ quyÕt cña Ban Th­êng vô HuyÖn ñy

## Ví dụ đúng
    Thực hiện Nghị quyết của Ban Thường vụ Huyện ủy
)",
    R"(## What it flags
A paragraph with words that are not Vietnamese syllables but become valid ones when decoded as:
- TCVN3 (ABC, .VnTime fonts): `§¶ng`, `nh©n d©n`, `ViÖt Nam`;
- VNI (VNI-Times fonts): `Ñaûng`, `nhaân daân`, `Vieät Nam`;
- UTF-8 read as Windows-1252 (double encoding): `Ä‘áº£ng`, `Viá»‡t Nam`.

Each paragraph is reported once, with the decoded text. At least two such words are needed in the paragraph
(one is enough for double-encoded UTF-8, whose signature is distinctive). The fix converts those words to
Unicode; it is safe only when every odd word of the paragraph decodes.

## Why
Decree 30/2020/NĐ-CP requires Unicode (TCVN 6909:2001). Text pasted from old files or saved in the wrong
encoding cannot be read or searched.

## Bad
    Thùc hiÖn NghÞ quyÕt cña Ban Th­êng vô HuyÖn ñy

## Good
    Thực hiện Nghị quyết của Ban Thường vụ Huyện ủy
)",
};

// A paragraph worth decoding has a character that Vietnamese text does not use and the legacy encodings
// produce: Latin-1 symbols (§ ¶ © ® ¬ º » …, soft hyphen), Latin-1 letters that are not Vietnamese
// (Ä Æ Ö Ñ ä ë ï ñ ö ø û ü …), Œ œ Š š Ž ž Ÿ (not Ũ ũ) ƒ ˆ ˜ ™.
// s[k] starts one (k + 1 < s.size()).
bool signature_at(std::string_view s, std::size_t k) {
  const auto b = static_cast<unsigned char>(s[k]);
  const auto m = static_cast<unsigned char>(s[k + 1]);
  return (b == 0xC2 && m >= 0xA1 && m != 0xB0) || (b == 0xC3 && !hygiene::viet_c3(m)) || (b == 0xC5 && m != 0xA8 && m != 0xA9) ||
         (b == 0xC6 && m == 0x92) || (b == 0xCB && (m == 0x86 || m == 0x9C)) ||
         (b == 0xE2 && m == 0x84 && k + 2 < s.size() && static_cast<unsigned char>(s[k + 2]) == 0xA2);
}

// Whether [begin, end) of t has two, one being noise (², «, ×) and legacy text having many. The lead
// bytes that can start one are among the document's marks (TextModel::marks), walked by `marks`.
bool signature(std::string_view t, std::size_t begin, std::size_t end, hygiene::MarkCursor& marks) {
  const auto lead = [](unsigned char b) { return b == 0xC2 || b == 0xC3 || b == 0xC5 || b == 0xC6 || b == 0xCB || b == 0xE2; };
  const auto s = t.substr(0, end);
  int hits = 0;
  for (std::size_t k = marks.next(begin, end, lead); k < end; k = marks.next(k + 1, end, lead))
    if (k + 1 < end && signature_at(s, k) && ++hits == 2) return true;
  return false;
}

enum Enc { utf8 = 0, tcvn3 = 1, vni = 2 };
constexpr std::string_view kEncName[] = {"UTF-8 (giải mã hai lần)", "TCVN3 (ABC)", "VNI"};
constexpr std::string_view kEncNameEn[] = {"UTF-8 decoded twice", "TCVN3 (ABC)", "VNI"};

bool odd_char(char32_t c) {
  if (c < 0x80) return false;
  if (c <= 0xFF) return true;
  return hygiene::data().cp1252.contains(c);
}

// Each letter run of `s` is a Vietnamese syllable (ASCII-only runs pass), and no odd character sits inside.
bool clean(std::string_view s) {
  bool any = false;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = hygiene::decode(s, i);
    if (!hygiene::is_letter(c.c)) {
      if (odd_char(c.c)) return false;
      i += c.len;
      continue;
    }
    std::size_t j = i;
    bool ascii = true;
    while (j < s.size()) {
      const auto d = hygiene::decode(s, j);
      if (!hygiene::is_letter(d.c)) break;
      ascii = ascii && d.c < 0x80;
      j += d.len;
    }
    if (!ascii && !hygiene::vietnamese_syllable(s.substr(i, j - i))) return false;
    any = true;
    i = j;
  }
  return any;
}

bool edge_punct(char32_t c) {
  return c == U'“' || c == U'”' || c == U'‘' || c == U'’' || c == U'«' || c == U'»' || c == U'…' || c == U'–' ||
         c == U'—' || c == U'•' || c == U'„' || c == U'‚' || c == U'·';
}

// The pieces of a token between ASCII punctuation and digits, without quotes and dashes at their ends.
std::vector<std::pair<std::size_t, std::size_t>> pieces(std::string_view tok) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t i = 0; i < tok.size();) {
    const auto b = static_cast<unsigned char>(tok[i]);
    if (b < 0x80 && !hygiene::is_letter(b)) { ++i; continue; }
    std::size_t j = i;
    while (j < tok.size() && !(static_cast<unsigned char>(tok[j]) < 0x80 && !hygiene::is_letter(static_cast<unsigned char>(tok[j])))) ++j;
    std::size_t a = i, z = j;
    while (a < z && edge_punct(hygiene::decode(tok, a).c)) a += hygiene::decode(tok, a).len;
    while (z > a && edge_punct(hygiene::decode_before(tok, z).c)) z -= hygiene::decode_before(tok, z).len;
    bool letter = false;  // a lone symbol (×, ÷, ±) is not a word
    for (std::size_t k = a; k < z && !letter;) {
      const auto c = hygiene::decode(tok, k);
      letter = hygiene::is_letter(c.c);
      k += c.len;
    }
    if (z > a && letter) out.emplace_back(a, z);
    i = j;
  }
  return out;
}

std::optional<std::string> decode_utf8(std::string_view tok) {
  const auto& cp = hygiene::data().cp1252;
  std::string bytes;
  for (std::size_t i = 0; i < tok.size();) {
    const auto c = hygiene::decode(tok, i);
    i += c.len;
    if (c.c < 0x100) bytes += static_cast<char>(c.c);
    else if (auto it = cp.find(c.c); it != cp.end()) bytes += static_cast<char>(it->second);
    else if (c.c == 0xFFFD || c.c == '?') bytes += '?';
    else return std::nullopt;
  }
  // Bytes 0x90 and 0x9D have no Windows-1252 character and are often lost: "Ä" + "áº£ng" for "Đảng".
  std::string fixed;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    fixed += bytes[i];
    const auto next = i + 1 < bytes.size() ? static_cast<unsigned char>(bytes[i + 1]) : 0;
    const bool cont = (next & 0xC0) == 0x80;
    if (b == 0xC4 && !cont) fixed += '\x90';
    if (b == 0xBB && i > 0 && static_cast<unsigned char>(bytes[i - 1]) == 0xE1 && !cont) fixed += '\x9D';
  }
  for (char& ch : fixed)
    if (ch == '?') return std::nullopt;
  if (fixed == tok || find_invalid_utf8(fixed)) return std::nullopt;
  return fixed;
}

std::string decode_table(std::string_view tok, const std::map<std::string, std::string, std::less<>>& table, bool pairs) {
  std::string out;
  for (std::size_t i = 0; i < tok.size();) {
    const auto c = hygiene::decode(tok, i);
    if (pairs && i + c.len < tok.size()) {
      const auto d = hygiene::decode(tok, i + c.len);
      if (auto it = table.find(tok.substr(i, c.len + d.len)); it != table.end()) {
        out += it->second;
        i += c.len + d.len;
        continue;
      }
    }
    if (auto it = table.find(tok.substr(i, c.len)); it != table.end()) out += it->second;
    else out += tok.substr(i, c.len);
    i += c.len;
  }
  return out;
}

std::optional<std::string> decode(Enc e, std::string_view tok) {
  if (e == utf8) return decode_utf8(tok);
  std::string d = decode_table(tok, e == tcvn3 ? hygiene::data().tcvn3 : hygiene::data().vni, e == vni);
  if (d == tok) return std::nullopt;
  return d;
}

struct Word {
  Span span;
  std::optional<std::string> decoded[3];
  bool odd = true;  // false: a word that reads as Vietnamese both ways (TCVN3 "bé" for "bộ")
};

class LegacyEncoding final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const std::string_view t = doc.text.view();
    // A paragraph is looked at only with two signature characters; most documents do not have two in all
    // (the characters of a paragraph are characters of the text: in valid UTF-8 none spans a line end).
    hygiene::TextModel& text_model = hygiene::model(doc);
    hygiene::MarkCursor whole(t, text_model.marks());
    if (!signature(t, 0, t.size(), whole)) return;
    std::vector<Word> words;
    std::vector<Span> clean_words;
    hygiene::MarkCursor marks(t, text_model.marks());
    for (const Span p : text_model.paragraphs()) {
      if (!signature(t, p.begin, p.end, marks)) continue;
      words.clear();
      clean_words.clear();
      std::size_t clean_count = 0;  // words with letters beyond ASCII that read as Vietnamese
      int score[3] = {0, 0, 0};
      for (std::size_t i = p.begin; i < p.end;) {
        if (t[i] == ' ' || t[i] == '\n' || t[i] == '\t' || t[i] == '\r') { ++i; continue; }
        std::size_t j = i;
        bool odd = false;
        while (j < p.end && t[j] != ' ' && t[j] != '\n' && t[j] != '\t' && t[j] != '\r') {
          const auto c = hygiene::decode(t, j);
          odd = odd || odd_char(c.c);
          j += c.len;
        }
        // Trim ASCII punctuation around the word.
        std::size_t a = i, z = j;
        while (a < z && std::string_view(".,;:!?()[]\"'").find(t[a]) != std::string_view::npos) ++a;
        while (z > a && std::string_view(".,;:!?()[]\"'").find(t[z - 1]) != std::string_view::npos) --z;
        i = j;
        if (!odd || a == z) continue;
        const auto tok = t.substr(a, z - a);
        const auto ps = pieces(tok);
        bool odd_piece = false;
        for (auto [pa, pz] : ps) odd_piece = odd_piece || !clean(tok.substr(pa, pz - pa));
        if (!odd_piece) {
          // Kept aside: decoded too when most of the paragraph turns out to be in the legacy encoding
          // (then, and only then: below).
          clean_words.push_back({static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(z)});
          ++clean_count;
          continue;
        }
        Word w{{static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(z)}, {}};
        for (Enc e : {utf8, tcvn3, vni}) {
          // Every odd piece decodes to clean Vietnamese, and no clean piece is changed by the decoding.
          std::string out;
          std::size_t at = 0;
          bool ok = true;
          for (auto [pa, pz] : ps) {
            const auto piece = tok.substr(pa, pz - pa);
            auto d = decode(e, piece);
            const bool was_clean = clean(piece);
            if (was_clean ? d.has_value() : !(d && clean(*d))) { ok = false; break; }
            out += tok.substr(at, pa - at);
            out += d ? *d : std::string(piece);
            at = pz;
          }
          if (!ok) continue;
          out += tok.substr(at);
          w.decoded[e] = std::move(out);
          ++score[e];
        }
        words.push_back(std::move(w));
      }
      if (words.empty()) continue;
      Enc best = utf8;
      for (Enc e : {tcvn3, vni})
        if (score[e] > score[best]) best = e;
      if (score[best] < (best == utf8 ? 1 : 2) || score[best] * 2 < static_cast<int>(words.size())) continue;
      // Mostly legacy: the words that read as Vietnamese both ways are legacy too ("vÒ" for "về").
      const bool whole = static_cast<std::size_t>(score[best]) >= clean_count;
      if (whole && best != utf8)
        for (const Span c : clean_words) {
          Word w{c, {}, false};
          for (Enc e : {tcvn3, vni})
            if (auto d = decode(e, doc.slice(c)); d && clean(*d)) w.decoded[e] = std::move(d);
          if (w.decoded[tcvn3] || w.decoded[vni]) words.push_back(std::move(w));
        }
      std::sort(words.begin(), words.end(), [](const Word& x, const Word& y) { return x.span.begin < y.span.begin; });
      report(doc, out, p, best, score[best], words);
    }
  }

 private:
  static void report(const Document& doc, Reporter& out, Span p, Enc e, int score, const std::vector<Word>& words) {
    const std::string_view t = doc.text.view();
    const bool vi = out.lang() == Lang::vi;
    Fix fix;
    std::size_t odd = 0;
    for (const Word& w : words) odd += w.odd;
    fix.applicability = score == static_cast<int>(odd) ? Applicability::safe : Applicability::unsafe;
    fix.message = vi ? fmt::format("Chuyển từ {} sang Unicode", kEncName[e]) : fmt::format("Convert from {} to Unicode", kEncNameEn[e]);
    // The suggestion: the paragraph's first line with the decodable words decoded.
    std::string suggestion;
    std::size_t at = p.begin;
    const std::size_t line_end = std::min<std::size_t>(t.find('\n', p.begin), p.end);
    Span first{0, 0};
    for (const Word& w : words) {
      if (!w.decoded[e]) continue;
      if (first.end == 0) first = w.span;
      fix.edits.push_back({w.span, *w.decoded[e]});
      if (w.span.begin < line_end) {
        suggestion += t.substr(at, w.span.begin - at);
        suggestion += *w.decoded[e];
        at = w.span.end;
      }
    }
    if (at < line_end) suggestion += t.substr(at, line_end - at);
    while (!suggestion.empty() && (suggestion.back() == ' ' || suggestion.back() == '\r')) suggestion.pop_back();
    if (suggestion.size() > 160) {
      std::size_t cut = 160;
      while (cut > 0 && (static_cast<unsigned char>(suggestion[cut]) & 0xC0) == 0x80) --cut;
      suggestion = suggestion.substr(0, cut) + "…";
    }
    out.report_fix(first, std::move(fix), "Đoạn văn bị lỗi mã hóa {} ({} từ); đọc đúng là: “{}”",
                   "Paragraph in {} ({} words); it reads: \"{}\"", vi ? kEncName[e] : kEncNameEn[e], score, suggestion);
  }
};

}  // namespace

const Rule& legacy_encoding_rule() {
  static const LegacyEncoding rule;
  return rule;
}

}  // namespace cmlint
