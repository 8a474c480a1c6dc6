// CM506 header-missing: a document with its own number line but without the
// national title and motto (state) or the Party title, or without a place-date line.
#include "../../structure/structure.hpp"
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM506",
    "header-missing",
    Severity::info,
    "Văn bản có số, ký hiệu nhưng thiếu Quốc hiệu và Tiêu ngữ (hoặc tiêu đề của Đảng) hay dòng địa danh, ngày tháng",
    "The document has a number line but no national title and motto (or Party title), or no place-date line",
    R"(## Quy tắc phát hiện gì
Văn bản có dòng số, ký hiệu của chính nó (`Số: 512/QĐ-UBND`, `Số 45-KH/HU`) nhưng thiếu một thành phần khác
của phần đầu:
- văn bản nhà nước: Quốc hiệu `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` hoặc Tiêu ngữ `Độc lập - Tự do - Hạnh phúc`;
- văn bản của Đảng: tiêu đề `ĐẢNG CỘNG SẢN VIỆT NAM`;
- dòng địa danh, ngày tháng (`Tân Phong, ngày 15 tháng 02 năm 2024`).

Dự thảo và trích đoạn không có số thì không bị kiểm tra.

## Vì sao
Một văn bản đã có số là văn bản sắp ban hành; thiếu Quốc hiệu, tiêu đề hay ngày tháng thì văn bản không
đúng thể thức và không xác định được ngày có hiệu lực.

## Ví dụ sai
    ỦY BAN NHÂN DÂN HUYỆN TÂN PHONG
    Số: 512/QĐ-UBND
    QUYẾT ĐỊNH

## Ví dụ đúng
    ỦY BAN NHÂN DÂN HUYỆN TÂN PHONG
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    Số: 512/QĐ-UBND
    Tân Phong, ngày 15 tháng 02 năm 2024
    QUYẾT ĐỊNH
)",
    R"(## What it flags
A document with its own number line (`Số: 512/QĐ-UBND`, `Số 45-KH/HU`) that lacks another header part:
- state documents: the national title `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` or the motto
  `Độc lập - Tự do - Hạnh phúc`;
- Party documents: the title `ĐẢNG CỘNG SẢN VIỆT NAM`;
- the place-date line (`Tân Phong, ngày 15 tháng 02 năm 2024`).

Drafts and excerpts without a number are not checked.

## Why
A numbered document is about to be issued; without the national or Party title or the date it is not in
the prescribed form and its date of effect cannot be told.

## Bad
    ỦY BAN NHÂN DÂN HUYỆN TÂN PHONG
    Số: 512/QĐ-UBND
    QUYẾT ĐỊNH

## Good
    ỦY BAN NHÂN DÂN HUYỆN TÂN PHONG
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    Số: 512/QĐ-UBND
    Tân Phong, ngày 15 tháng 02 năm 2024
    QUYẾT ĐỊNH
)",
    {{"check-date-line", true, "Also report a missing place-date line"}},
};

class HeaderMissing final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    if (doc.structure == nullptr || !doc.header.number) return;
    const DocumentStructure& ds = *doc.structure;
    const HeaderNumberFact& h = doc.facts.header_numbers[*doc.header.number];
    const bool party = doc.facts.identifiers[h.identifier].style == IdStyle::party;
    if (party) {
      if (!ds.has_party_header() && !ds.has_state_header())
        out.report(h.span, "Văn bản của Đảng có số, ký hiệu nhưng thiếu tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”",
                   "A Party document with a number but no title \"ĐẢNG CỘNG SẢN VIỆT NAM\"");
      else out.pass(h.span, "{}", ds.has_party_header() ? "ĐẢNG CỘNG SẢN VIỆT NAM" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    } else if (!ds.has_state_header() && !ds.has_party_header()) {
      out.report(h.span, "Văn bản có số, ký hiệu nhưng thiếu Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”",
                 "A document with a number but no national title \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\"");
    } else if (ds.has_state_header() && ds.motto.end == 0) {
      out.report(h.span, "Văn bản có Quốc hiệu nhưng thiếu Tiêu ngữ “Độc lập - Tự do - Hạnh phúc”",
                 "A document with the national title but no motto \"Độc lập - Tự do - Hạnh phúc\"");
    } else {
      out.pass(h.span, "{}", ds.has_state_header() ? "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" : "ĐẢNG CỘNG SẢN VIỆT NAM");
    }
    if (out.option_bool("check-date-line") && !doc.header.date)
      out.report(h.span, "Văn bản có số, ký hiệu nhưng thiếu dòng địa danh, ngày tháng (“…, ngày … tháng … năm …”)",
                 "A document with a number but no place-date line (\"…, ngày … tháng … năm …\")");
  }
};

}  // namespace

const Rule& header_missing_rule() {
  static const HeaderMissing rule;
  return rule;
}

}  // namespace cmlint
