// CM505 title-type-mismatch: the title's type word (QUYẾT ĐỊNH, KẾ HOẠCH …) and
// the type token of the document's own identifier disagree.
#include "../../core/identifier_parts.hpp"
#include "../../structure/structure.hpp"
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM505",
    "title-type-mismatch",
    Severity::warning,
    "Tên loại văn bản (QUYẾT ĐỊNH, KẾ HOẠCH …) không khớp với ký hiệu trong số của chính văn bản",
    "The title's type word (QUYẾT ĐỊNH, KẾ HOẠCH …) does not match the type token of the document's own number",
    R"(## Quy tắc phát hiện gì
Tên loại văn bản ở tiêu đề (`QUYẾT ĐỊNH`, `KẾ HOẠCH`, `NGHỊ QUYẾT`, `BÁO CÁO` …) không khớp với chữ viết tắt
tên loại trong số, ký hiệu của chính văn bản: `Số: 25/KH-UBND` nhưng tiêu đề là `QUYẾT ĐỊNH`. Bảng tên loại
và chữ viết tắt là `rules/doc_types.toml` (mở rộng bằng `[[doc-types]]` trong `cmlint.toml`). Công văn và
luật (số, ký hiệu không có chữ viết tắt tên loại) không bị kiểm tra.

## Vì sao
Văn bản soạn từ mẫu của loại khác thường giữ lại ký hiệu cũ; số, ký hiệu sai loại làm văn bản được vào sổ
và tra cứu nhầm.

## Ví dụ sai
    Số: 25/KH-UBND
    QUYẾT ĐỊNH
    Về việc thành lập Đoàn kiểm tra

## Ví dụ đúng
    Số: 25/QĐ-UBND
    QUYẾT ĐỊNH
    Về việc thành lập Đoàn kiểm tra
)",
    R"(## What it flags
The type word of the title (`QUYẾT ĐỊNH`, `KẾ HOẠCH`, `NGHỊ QUYẾT`, `BÁO CÁO` …) does not match the type
token in the document's own number: `Số: 25/KH-UBND` under the title `QUYẾT ĐỊNH`. Type words and tokens
come from `rules/doc_types.toml` (extended with `[[doc-types]]` in `cmlint.toml`). Official letters and
laws (numbers without a type token) are not checked.

## Why
A document drafted from another type's template often keeps the old token; a number of the wrong type
gets the document registered and looked up under the wrong series.

## Bad
    Số: 25/KH-UBND
    QUYẾT ĐỊNH
    Về việc thành lập Đoàn kiểm tra

## Good
    Số: 25/QĐ-UBND
    QUYẾT ĐỊNH
    Về việc thành lập Đoàn kiểm tra
)",
};

class TitleTypeMismatch final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    if (doc.structure == nullptr || !doc.header.number) return;
    const DocumentStructure& ds = *doc.structure;
    if (ds.type.empty()) return;
    const DocType* type = doc.doc_types.find(ds.type);
    if (type == nullptr || type->any) return;
    const IdentifierFact& id = doc.facts.identifiers[doc.facts.header_numbers[*doc.header.number].identifier];
    const IdParts p = id_parts(doc.text.view(), id, doc.doc_types);
    if (p.type.empty() || !doc.doc_types.is_type_token(p.type)) return;
    for (const auto& t : type->tokens)
      if (t == p.type) {
        out.pass(ds.title, "{} ↔ {}", doc.slice(ds.title), p.type);
        return;
      }
    std::string owners;
    for (const auto& e : doc.doc_types.entries())
      for (const auto& t : e.tokens)
        if (t == p.type) owners += (owners.empty() ? "" : ", ") + e.word;
    out.report(ds.title, "Tên loại “{}” không khớp với số, ký hiệu {} của văn bản: ký hiệu {} là của {}",
               "The title \"{}\" does not match the document's number {}: the token {} stands for {}", doc.slice(ds.title),
               doc.slice(id.span), p.type, owners);
  }
};

}  // namespace

const Rule& title_type_mismatch_rule() {
  static const TitleTypeMismatch rule;
  return rule;
}

}  // namespace cmlint
