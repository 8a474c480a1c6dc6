// CM507 basis-format: each "Căn cứ" line cites a document and ends with ";"
// (the last one with ";", "." or ",").
#include "../../structure/structure.hpp"
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM507",
    "basis-format",
    Severity::warning,
    "Dòng căn cứ không dẫn văn bản nào hoặc không kết thúc bằng dấu chấm phẩy",
    "A basis line cites no document or does not end with a semicolon",
    R"(## Quy tắc phát hiện gì
Các dòng `Căn cứ …` ở phần mở đầu (trước Điều, mục đầu tiên):
- mỗi dòng dẫn một văn bản: tên loại văn bản (`Luật`, `Nghị định`, `Quyết định`, `Kế hoạch` …), `Hiến pháp`,
  `Điều lệ Đảng` hoặc số, ký hiệu;
- mỗi dòng kết thúc bằng dấu chấm phẩy `;`, dòng căn cứ cuối cùng có thể kết thúc bằng `;`, `.` hoặc `,`.
Dòng căn cứ bị ngắt thành nhiều dòng được đọc như một.

## Vì sao
Căn cứ ban hành là các văn bản quy phạm, văn bản của cấp trên; “căn cứ” vào chức năng, tình hình không
phải là căn cứ pháp lý. Dấu `;` cho thấy các căn cứ là một danh sách liền nhau.

## Ví dụ sai
    Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015
    Căn cứ tình hình thực tế của địa phương;

## Ví dụ đúng
    Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
    Căn cứ Quyết định số 25/QĐ-UBND ngày 18 tháng 01 năm 2024 của Ủy ban nhân dân huyện;
)",
    R"(## What it flags
The `Căn cứ …` (legal basis) lines of the preamble (before the first article or section):
- each cites a document: a type word (`Luật`, `Nghị định`, `Quyết định`, `Kế hoạch` …), `Hiến pháp`,
  `Điều lệ Đảng` or an identifier;
- each ends with a semicolon `;`; the last may end with `;`, `.` or `,`.
A basis wrapped over several lines is read as one.

## Why
The basis of a document is the legal and superior documents it rests on; "functions" or "the local
situation" are not a legal basis. The semicolons show the bases as one list.

## Bad
    Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015
    Căn cứ tình hình thực tế của địa phương;

## Good
    Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
    Căn cứ Quyết định số 25/QĐ-UBND ngày 18 tháng 01 năm 2024 của Ủy ban nhân dân huyện;
)",
    {{"require-document", true, "Report a basis line that cites no document"}},
};

bool cites_document(const Document& doc, Span s) {
  const std::string_view t = doc.text.view();
  for (const IdentifierFact& id : doc.facts.identifiers)  // identifiers are few; a linear look is enough
    if (id.span.begin >= s.begin && id.span.end <= s.end) return true;
  for (std::uint32_t i = s.begin + 1; i < s.end; ++i) {
    if (t[i - 1] != ' ' && t[i - 1] != '\n') continue;
    const unsigned char c = static_cast<unsigned char>(t[i]);
    if (!((c >= 'A' && c <= 'z') || c == 0xC4)) continue;  // "Luật", "Nghị định", "Điều lệ", "quy chế hoạt động"
    for (std::string_view w : {"Hiến pháp", "Điều lệ"})
      if (t.substr(i, w.size()) == w) return true;
    const std::size_t len = doc.doc_types.match_type_word(t.data() + i, t.data() + s.end);
    if (len > 0 && t[i] != 'V') return true;  // not the vague "Văn bản"
  }
  return false;
}

class BasisFormat final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    if (doc.structure == nullptr) return;
    const auto& basis = doc.structure->basis;
    const bool require_doc = out.option_bool("require-document");
    const bool vi = out.lang() == Lang::vi;
    for (std::size_t i = 0; i < basis.size(); ++i) {
      const Span s = basis[i];
      const std::string_view line = doc.slice(s);
      bool ok = true;
      if (require_doc && !cites_document(doc, s)) {
        out.report(Span{s.begin, s.begin + static_cast<std::uint32_t>(std::string_view("Căn cứ").size())},
                   "Dòng căn cứ không dẫn văn bản nào (luật, nghị định, quyết định … hoặc số, ký hiệu)",
                   "The basis line cites no document (a law, decree, decision … or an identifier)");
        ok = false;
      }
      // A footnote number glued after the final punctuation ("… Chính phủ.1") does not count.
      std::size_t lp = line.size() - 1;
      while (lp > 0 && line[lp] >= '0' && line[lp] <= '9' && (line[lp - 1] == '.' || line[lp - 1] == ';' || (line[lp - 1] >= '0' && line[lp - 1] <= '9'))) --lp;
      if (lp < line.size() - 1 && !(line[lp] == '.' || line[lp] == ';')) lp = line.size() - 1;
      const char last = line[lp];
      const bool is_last = i + 1 == basis.size();
      const bool end_ok = last == ';' || (is_last && (last == '.' || last == ','));
      if (!end_ok) {
        const Span end{s.end - 1, s.end};
        const bool punct = last == '.' || last == ',' || last == ':';
        Fix fix{Applicability::safe, vi ? "Kết thúc bằng “;”" : "End with \";\"",
                {{punct ? end : Span{s.end, s.end}, ";"}}};
        if (is_last)
          out.report_fix(end, std::move(fix), "Dòng căn cứ cuối cùng kết thúc bằng “;”, “.” hoặc “,”",
                         "The last basis line ends with \";\", \".\" or \",\"");
        else
          out.report_fix(end, std::move(fix), "Dòng căn cứ kết thúc bằng dấu chấm phẩy “;”", "A basis line ends with a semicolon \";\"");
        ok = false;
      }
      if (ok) out.pass(s, "{}", line.substr(0, std::min<std::size_t>(line.size(), 60)));
    }
  }
};

}  // namespace

const Rule& basis_format_rule() {
  static const BasisFormat rule;
  return rule;
}

}  // namespace cmlint
