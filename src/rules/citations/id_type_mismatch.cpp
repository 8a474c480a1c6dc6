// CM201 id-type-mismatch: the type word of a citation disagrees with the
// type token of its identifier ("Kế hoạch số 27-NQ/HU").
#include <string>

#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM201",
    "id-type-mismatch",
    Severity::warning,
    "Loại văn bản trích dẫn không khớp với ký hiệu của số văn bản (Kế hoạch số 27-NQ/HU)",
    "Cited document type does not match the type token of its number (Kế hoạch số 27-NQ/HU)",
    R"(## Quy tắc phát hiện gì
Một trích dẫn gồm tên loại văn bản, `số` và số, ký hiệu (`Nghị quyết số 09-NQ/TU`,
`Quyết định số 123/QĐ-UBND`, `Thông tư số 01/2011/TT-BNV`) mà ký hiệu loại trong số văn bản
thuộc một loại khác: `Kế hoạch số 27-NQ/HU` (NQ là Nghị quyết), `Thông tư số 15/2022/QĐ-BTC`.
Bảng tên loại và ký hiệu nằm trong `rules/doc_types.toml` (Phụ lục III Nghị định 30/2020/NĐ-CP,
Hướng dẫn 36-HD/VPTW) và có thể bổ sung trong `cmlint.toml` bằng mục `[[doc-types]]`.

Không báo khi số văn bản không có ký hiệu loại đã biết (công văn `05/BNV-VP`, luật
`64/2025/QH15`) hoặc khi tên loại là từ chung (`Văn bản số …`).

## Vì sao
Tên loại và ký hiệu lệch nhau cho thấy số hoặc tên loại bị chép nhầm từ một trích dẫn khác;
người đọc không biết văn bản nào được viện dẫn.

## Ví dụ sai
    Đánh giá kết quả thực hiện Kế hoạch số 27-NQ/HU ngày 10-01-2023 của Ban Thường vụ Huyện ủy

## Ví dụ đúng
    Đánh giá kết quả thực hiện Kế hoạch số 27-KH/HU ngày 10-01-2023 của Ban Thường vụ Huyện ủy
)",
    R"(## What it flags
A citation made of a type word, `số` and an identifier (`Nghị quyết số 09-NQ/TU`,
`Quyết định số 123/QĐ-UBND`, `Thông tư số 01/2011/TT-BNV`) whose identifier carries the type
token of another type: `Kế hoạch số 27-NQ/HU` (NQ is Nghị quyết), `Thông tư số 15/2022/QĐ-BTC`.
The table of type words and tokens is `rules/doc_types.toml` (Decree 30/2020/NĐ-CP Annex III,
Party guidance 36-HD/VPTW); extend it from `cmlint.toml` with `[[doc-types]]` entries.

Silent when the identifier has no known type token (a công văn `05/BNV-VP`, a law
`64/2025/QH15`) or the type word is generic (`Văn bản số …`).

## Why
A type word that disagrees with the token means the number or the type was copied from another
citation; the reader cannot tell which document is meant.

## Bad
    Đánh giá kết quả thực hiện Kế hoạch số 27-NQ/HU ngày 10-01-2023 của Ban Thường vụ Huyện ủy

## Good
    Đánh giá kết quả thực hiện Kế hoạch số 27-KH/HU ngày 10-01-2023 của Ban Thường vụ Huyện ủy
)",
    {{"check-lowercase", OptionValue{true},
      "Also check citations whose type word starts with a lower-case letter (\"theo kế hoạch số …\")."}},
};

bool starts_lowercase(std::string_view w) {
  return !w.empty() && ((w[0] >= 'a' && w[0] <= 'z') || (w.size() >= 2 && w[0] == '\xC4' && w[1] == '\x91'));
}

class IdTypeMismatch final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const bool lowercase = out.option_bool("check-lowercase");
    for (const CitationFact& c : doc.facts.citations) {
      const auto word = doc.slice(c.type_word);
      if (!lowercase && starts_lowercase(word)) continue;
      const DocType* type = doc.doc_types.find(word);
      if (type == nullptr || type->any) continue;
      const IdentifierFact& id = doc.facts.identifiers[c.identifier];
      // Party ids always carry a type token, state ids only when the first symbol group is one.
      const std::string_view token =
          doc.slice(id.style == IdStyle::party ? id.party_type : id.symbol.empty() ? Span{} : id.symbol.front());
      // Công văn, laws, and tokens of no known type ("10-LCT/HĐNN7"): nothing certain to say.
      if (token.empty() || !doc.doc_types.is_type_token(token)) continue;
      bool allowed = false;
      for (const auto& t : type->tokens) allowed = allowed || t == token;
      if (allowed) {
        out.pass(Span{c.type_word.begin, id.span.end}, "{} ↔ {}", DocTypeTable::canonical(word), token);
        continue;
      }
      std::string owners;
      for (const auto& e : doc.doc_types.entries())
        for (const auto& t : e.tokens)
          if (t == token) owners += (owners.empty() ? "" : ", ") + e.word;
      out.report(Span{c.type_word.begin, id.span.end},
                 "“{}” không khớp với số, ký hiệu {}: ký hiệu {} là của {}",
                 "\"{}\" does not match the identifier {}: the token {} stands for {}", DocTypeTable::canonical(word),
                 doc.slice(id.span), token, owners);
    }
  }
};

}  // namespace

const Rule& id_type_mismatch_rule() {
  static const IdTypeMismatch rule;
  return rule;
}

}  // namespace cmlint
