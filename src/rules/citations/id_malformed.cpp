// CM202 id-malformed: an identifier with wrong separators, blanks, letter
// case or a missing issuer ("09–NQ/TU", "123/QĐ - UBND", "09-nq/tu", "09-NQ/").
#include <string>

#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM202",
    "id-malformed",
    Severity::warning,
    "Số, ký hiệu văn bản viết sai (dấu gạch, khoảng trắng, chữ thường, thiếu cơ quan ban hành)",
    "Malformed document identifier (dash, blanks, letter case, missing issuer)",
    R"(## Quy tắc phát hiện gì
- Gạch ngang dài (–, —) hoặc dấu trừ thay cho dấu gạch nối: `09–NQ/TU`.
- Khoảng trắng trong số, ký hiệu: `123/QĐ - UBND`, `123 / QĐ-UBND`.
- Chữ thường trong ký hiệu: `số 09-nq/tu`, `số 123/qđ-ubnd`; viết hoa sai các ký hiệu có chữ thường cố định:
  `TTR` (đúng là `TTr`), `TTG` (`TTg`), `CTR` (`CTr`), `QĐI` (`QĐi`), `QYĐ` (`QyĐ`), `TRS` (`TrS`).
- Thiếu cơ quan ban hành sau dấu gạch chéo: `số 09-NQ/ ngày …`.

Thông báo nêu cách viết đúng khi xác định được.

## Vì sao
Nghị định 30/2020/NĐ-CP (Phụ lục I, III) và Hướng dẫn 36-HD/VPTW quy định cách viết số, ký hiệu: các nhóm
chữ viết hoa, nối bằng dấu gạch nối, không có khoảng trắng. Số, ký hiệu viết sai không tra cứu được.

## Ví dụ sai
    Thực hiện Nghị quyết số 09–NQ/TU ngày 27-2-2012 của Ban Thường vụ Thành ủy

## Ví dụ đúng
    Thực hiện Nghị quyết số 09-NQ/TU ngày 27-2-2012 của Ban Thường vụ Thành ủy
)",
    R"(## What it flags
- An en dash, em dash or minus sign where the hyphen belongs: `09–NQ/TU`.
- Blanks inside an identifier: `123/QĐ - UBND`, `123 / QĐ-UBND`.
- Lower case in the symbol: `số 09-nq/tu`, `số 123/qđ-ubnd`; wrong case in the tokens with fixed lower-case
  letters: `TTR` (write `TTr`), `TTG` (`TTg`), `CTR` (`CTr`), `QĐI` (`QĐi`), `QYĐ` (`QyĐ`), `TRS` (`TrS`).
- No issuer after the slash: `số 09-NQ/ ngày …`.

The message gives the correct spelling when it is certain.

## Why
Decree 30/2020/NĐ-CP (Annexes I and III) and Party guidance 36-HD/VPTW fix how identifiers are written:
upper-case groups joined by hyphens, no blanks. A malformed identifier cannot be looked up.

## Bad
    Thực hiện Nghị quyết số 09–NQ/TU ngày 27-2-2012 của Ban Thường vụ Thành ủy

## Good
    Thực hiện Nghị quyết số 09-NQ/TU ngày 27-2-2012 của Ban Thường vụ Thành ủy
)",
};

constexpr std::pair<std::string_view, std::string_view> kMixed[] = {
    {"TTR", "TTr"}, {"TTG", "TTg"}, {"CTR", "CTr"}, {"QĐI", "QĐi"}, {"QYĐ", "QyĐ"}, {"TRS", "TrS"}};

// Upper case, hyphens for dashes, no blanks; fixed mixed-case tokens restored.
std::string normalized(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t') { ++i; continue; }
    if (s.substr(i, 2) == "\xC2\xA0") { i += 2; continue; }
    if (s.substr(i, 3) == "\xE2\x80\xAF") { i += 3; continue; }
    if (c == 0xE2 && i + 2 < s.size()) { out += '-'; i += 3; continue; }  // – — ‐ ‑ −
    if (s.substr(i, 2) == "\xC4\x91") { out += "\xC4\x90"; i += 2; continue; }  // đ -> Đ
    out += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    ++i;
  }
  // Restore the tokens that are written with lower-case letters.
  std::string fixed;
  std::size_t start = 0;
  while (start <= out.size()) {
    std::size_t end = out.find_first_of("-/", start);
    if (end == std::string::npos) end = out.size();
    std::string tok = out.substr(start, end - start);
    for (const auto& [upper, proper] : kMixed)
      if (tok == upper) tok = proper;
    fixed += tok;
    if (end < out.size()) fixed += out[end];
    start = end + 1;
  }
  return fixed;
}

class IdMalformed final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    for (const MalformedIdFact& m : doc.facts.malformed_ids) {
      const auto text = doc.slice(m.span);
      switch (m.reason) {
        case MalformedReason::dash:
          out.report(m.span, "Số, ký hiệu “{}” dùng gạch ngang dài thay cho dấu gạch nối; viết là {}",
                     "The identifier \"{}\" uses a dash instead of a hyphen; write {}", text, normalized(text));
          break;
        case MalformedReason::blanks:
          out.report(m.span, "Số, ký hiệu “{}” có khoảng trắng; viết liền là {}",
                     "The identifier \"{}\" contains blanks; write {}", text, normalized(text));
          break;
        case MalformedReason::letter_case:
          out.report(m.span, "Ký hiệu trong “{}” phải viết hoa: {}", "The symbol in \"{}\" must be upper case: {}",
                     text, normalized(text));
          break;
        case MalformedReason::incomplete:
          out.report(m.span, "Số, ký hiệu “{}” thiếu cơ quan ban hành sau dấu gạch chéo",
                     "The identifier \"{}\" has no issuer after the slash", text);
          break;
      }
    }
    // Tokens with fixed lower-case letters written all in capitals: "12/TTR-SKHCN".
    for (const IdentifierFact& id : doc.facts.identifiers) {
      std::vector<Span> toks = id.symbol;
      if (id.style == IdStyle::party) toks.push_back(id.party_type);
      for (const Span t : toks)
        for (const auto& [upper, proper] : kMixed)
          if (doc.slice(t) == upper)
            out.report(id.span, "Ký hiệu “{}” trong {} phải viết là “{}”", "The token \"{}\" in {} is written \"{}\"",
                       upper, doc.slice(id.span), proper);
    }
  }
};

}  // namespace

const Rule& id_malformed_rule() {
  static const IdMalformed rule;
  return rule;
}

}  // namespace cmlint
