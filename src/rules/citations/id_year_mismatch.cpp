// CM205 id-year-mismatch: the year inside a legal normative identifier
// differs from the year of the date given with it.
#include "../../core/civil_date.hpp"
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM205",
    "id-year-mismatch",
    Severity::warning,
    "Năm trong số hiệu văn bản quy phạm pháp luật khác năm của ngày ban hành (30/2020/NĐ-CP ngày 05/3/2019)",
    "Year inside a legal normative identifier differs from the year of its date (30/2020/NĐ-CP ngày 05/3/2019)",
    R"(## Quy tắc phát hiện gì
Số, ký hiệu của văn bản quy phạm pháp luật có năm ban hành (`30/2020/NĐ-CP`, `64/2025/QH15`) mà ngày
đi kèm lại thuộc năm khác: `Nghị định số 75/2021/NĐ-CP ngày 24/7/2023`. Với số, ký hiệu ở phần đầu của
chính văn bản (`Số: 07/2024/NĐ-CP`) và dòng địa danh, ngày tháng của nó, lỗi này ở mức lỗi (Luật Ban
hành văn bản quy phạm pháp luật); với trích dẫn trong nội dung, ở mức cảnh báo.

## Vì sao
Năm trong số hiệu chính là năm ban hành; lệch năm cho thấy số hiệu hoặc ngày tháng bị chép sai.

## Ví dụ sai
    Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2019 của Chính phủ;

## Ví dụ đúng
    Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;
)",
    R"(## What it flags
A legal normative identifier that carries its year (`30/2020/NĐ-CP`, `64/2025/QH15`) given with a date
in another year: `Nghị định số 75/2021/NĐ-CP ngày 24/7/2023`. For the document's own number line
(`Số: 07/2024/NĐ-CP`) against its own place-date line the finding is an error (the Law on legal
normative documents); for citations in the text it is a warning.

## Why
The year in the identifier is the year of issue; a different year means the number or the date was
copied wrongly.

## Bad
    Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2019 của Chính phủ;

## Good
    Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;
)",
};

class IdYearMismatch final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const auto& f = doc.facts;
    for (const CitationFact& c : f.citations) {
      const IdentifierFact& id = f.identifiers[c.identifier];
      if (!id.year || !c.date) continue;
      const DateFact& d = f.dates[*c.date];
      if (d.year == 0) continue;
      const Span span{id.span.begin, d.span.end};
      if (d.year == *id.year) {
        out.pass(span, "{}: năm {} khớp ngày {}", doc.slice(id.span), *id.year, doc.slice(d.span));
        continue;
      }
      out.report(span, "Số hiệu {} mang năm {} nhưng ngày ban hành ghi {}",
                 "The identifier {} carries the year {} but its date is {}", doc.slice(id.span), *id.year,
                 doc.slice(d.span));
    }
    // The document's own number line against its own date line: a regulation, hence an error.
    if (doc.header.number && doc.header.date) {
      const IdentifierFact& id = f.identifiers[f.header_numbers[*doc.header.number].identifier];
      const DateFact& d = f.dates[*doc.header.date];
      if (id.year && d.year != 0 && d.year != *id.year)
        out.report_as(Severity::error, id.span, "Số hiệu {} mang năm {} nhưng văn bản đề {}",
                      "The identifier {} carries the year {} but the document's date line reads {}", doc.slice(id.span),
                      *id.year, doc.slice(d.span));
    }
  }
};

}  // namespace

const Rule& id_year_mismatch_rule() {
  static const IdYearMismatch rule;
  return rule;
}

}  // namespace cmlint
