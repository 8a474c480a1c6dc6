// CM203 id-unknown-type and CM204 id-unknown-issuer: identifier tokens that
// are in neither table (rules/doc_types.toml, rules/issuers.toml). The lists are
// open, so both only warn, and users extend the tables in cmlint.toml.
#include "../../core/identifier_parts.hpp"
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kTypeInfo{
    "CM203",
    "id-unknown-type",
    Severity::warning,
    "Ký hiệu loại văn bản không có trong bảng (rules/doc_types.toml)",
    "Type token not in the table (rules/doc_types.toml)",
    R"(## Quy tắc phát hiện gì
Số, ký hiệu mà ký hiệu loại văn bản không có trong bảng `rules/doc_types.toml`: văn bản Đảng luôn có ký
hiệu loại giữa dấu gạch nối và dấu gạch chéo (`09-NQ/TU`), văn bản quy phạm pháp luật có năm luôn có ký hiệu
loại sau năm (`30/2020/NĐ-CP`; riêng luật, nghị quyết của Quốc hội viết `…/QH15`). Ví dụ `09-NQT/TU`,
`12/2021/NDD-CP`. Công văn hành chính không có ký hiệu loại nên không được kiểm tra.

Bổ sung ký hiệu mới bằng mục `[[doc-types]]` trong `cmlint.toml`.

## Vì sao
Ký hiệu loại lạ thường là lỗi gõ, hoặc văn bản bị trích sai loại.

## Ví dụ sai
    Thực hiện Nghị quyết số 09-NQT/TU ngày 27-2-2012

## Ví dụ đúng
    Thực hiện Nghị quyết số 09-NQ/TU ngày 27-2-2012
)",
    R"(## What it flags
An identifier whose type token is not in `rules/doc_types.toml`: Party identifiers always carry one
between the hyphen and the slash (`09-NQ/TU`), legal normative identifiers with a year carry one after the
year (`30/2020/NĐ-CP`; laws and resolutions of the National Assembly are written `…/QH15`). Examples:
`09-NQT/TU`, `12/2021/NDD-CP`. Administrative công văn have no type token and are not checked.

Add new tokens with `[[doc-types]]` entries in `cmlint.toml`.

## Why
An unknown type token is usually a typing slip, or the document is cited with the wrong type.

## Bad
    Thực hiện Nghị quyết số 09-NQT/TU ngày 27-2-2012

## Good
    Thực hiện Nghị quyết số 09-NQ/TU ngày 27-2-2012
)",
};

const RuleInfo kIssuerInfo{
    "CM204",
    "id-unknown-issuer",
    Severity::info,
    "Mã cơ quan ban hành không có trong bảng (rules/issuers.toml)",
    "Issuer code not in the table (rules/issuers.toml)",
    R"(## Quy tắc phát hiện gì
Số, ký hiệu mà mã cơ quan ban hành (nhóm chữ đầu tiên sau ký hiệu loại: `UBND` trong `123/QĐ-UBND`, `TU`
trong `09-NQ/TU`) không có trong bảng `rules/issuers.toml`. Mỗi cơ quan tự đặt chữ viết tắt của mình nên
danh sách là mở: mặc định quy tắc chỉ ở mức thông tin; thêm mã của đơn vị mình bằng mục `[[issuers]]` trong
`cmlint.toml` rồi nâng mức lên `warning` để bắt lỗi gõ.

## Vì sao
Mã cơ quan gõ sai (`UBNN`, `HDND`) làm sai lệch số, ký hiệu và không tra cứu được.

## Ví dụ sai
    Quyết định số 123/QĐ-UBNN ngày 05/3/2024

## Ví dụ đúng
    Quyết định số 123/QĐ-UBND ngày 05/3/2024
)",
    R"(## What it flags
An identifier whose issuer code (the first group after the type token: `UBND` in `123/QĐ-UBND`, `TU` in
`09-NQ/TU`) is not in `rules/issuers.toml`. Each agency chooses its own abbreviations, so the list is
open: by default the rule only informs; add your units' codes with `[[issuers]]` entries in `cmlint.toml`
and raise it to `warning` to catch typing slips.

## Why
A mistyped issuer code (`UBNN`, `HDND`) corrupts the identifier and defeats look-ups.

## Bad
    Quyết định số 123/QĐ-UBNN ngày 05/3/2024

## Good
    Quyết định số 123/QĐ-UBND ngày 05/3/2024
)",
};

class IdUnknownType final : public Rule {
 public:
  const RuleInfo& info() const override { return kTypeInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const auto text = doc.text.view();
    for (const IdentifierFact& id : doc.facts.identifiers) {
      std::string_view token;
      if (id.style == IdStyle::party) {
        token = doc.slice(id.party_type);
      } else if (id.year && !id.symbol.empty()) {
        token = doc.slice(id.symbol.front());
        if (const Issuer* i = doc.issuers.find(token); i != nullptr && (i->code == "QH" || i->code == "UBTVQH"))
          continue;  // 64/2025/QH15: laws carry no type token
      } else {
        continue;
      }
      if (doc.doc_types.is_type_token(token)) continue;
      (void)text;
      out.report(id.span, "Ký hiệu loại “{}” của {} không có trong bảng loại văn bản",
                 "The type token \"{}\" of {} is not in the table of document types", token, doc.slice(id.span));
    }
  }
};

class IdUnknownIssuer final : public Rule {
 public:
  const RuleInfo& info() const override { return kIssuerInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const auto text = doc.text.view();
    for (const IdentifierFact& id : doc.facts.identifiers) {
      const IdParts p = id_parts(text, id, doc.doc_types);
      const auto code = p.issuer.substr(0, p.issuer.find('-'));
      if (code.empty() || doc.issuers.find(code) != nullptr) continue;
      out.report(id.span, "Mã cơ quan ban hành “{}” của {} không có trong bảng cơ quan",
                 "The issuer code \"{}\" of {} is not in the table of issuers", code, doc.slice(id.span));
    }
  }
};

}  // namespace

const Rule& id_unknown_type_rule() {
  static const IdUnknownType rule;
  return rule;
}

const Rule& id_unknown_issuer_rule() {
  static const IdUnknownIssuer rule;
  return rule;
}

}  // namespace cmlint
