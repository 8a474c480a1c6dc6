// CM206 citation-conflict: one identifier cited with two different dates or
// two different type words in the same document.
#include <string>
#include <unordered_map>

#include "../../core/civil_date.hpp"
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM206",
    "citation-conflict",
    Severity::warning,
    "Cùng một số, ký hiệu được trích dẫn với hai ngày hoặc hai tên loại khác nhau",
    "The same identifier is cited with two different dates or type words",
    R"(## Quy tắc phát hiện gì
Một số, ký hiệu văn bản xuất hiện nhiều lần trong văn bản nhưng với ngày ban hành khác nhau
(`Nghị định số 17/2013/NĐ-CP ngày 19/02/2013` rồi `… ngày 19/12/2013`) hoặc với tên loại khác nhau
(`Quy định số 66-QĐ/TW` rồi `Quyết định số 66-QĐ/TW`; chỉ so tên loại viết hoa, vì tên loại viết thường hay là
lời văn thường như “theo hợp đồng số …”). Lần trích dẫn sau được báo, kèm dòng của lần đầu.
Ngày chỉ được so khi cùng năm: số văn bản hành chính đánh lại từ đầu mỗi năm (văn bản Đảng: mỗi nhiệm
kỳ), nên cùng số ở hai năm khác nhau có thể là hai văn bản.
Hai cách viết cùng một ngày (`05/3/2020` và `ngày 05 tháng 3 năm 2020`) là một ngày.

## Vì sao
Một văn bản chỉ có một ngày ban hành và một tên loại. Nhầm tháng 02 với 12, 01 với 11 là lỗi hay gặp
mà việc viết số 0 ở đầu (02, 01) nhằm ngăn ngừa.

## Ví dụ sai
    Căn cứ Nghị định số 17/2013/NĐ-CP ngày 19/02/2013 …; thực hiện Nghị định số 17/2013/NĐ-CP ngày 19/12/2013

## Ví dụ đúng
    Căn cứ Nghị định số 17/2013/NĐ-CP ngày 19/02/2013 …; thực hiện Nghị định số 17/2013/NĐ-CP ngày 19/02/2013
)",
    R"(## What it flags
An identifier cited more than once in a document with different dates
(`Nghị định số 17/2013/NĐ-CP ngày 19/02/2013`, later `… ngày 19/12/2013`) or with different type words
(`Quy định số 66-QĐ/TW`, later `Quyết định số 66-QĐ/TW`; only capitalised type words are compared, since a
lower-case one is often plain prose such as "theo hợp đồng số …"). The later citation is reported, with the line
of the first. Two spellings of the same day (`05/3/2020`, `ngày 05 tháng 3 năm 2020`) are one date.
Dates are compared only within one year: administrative numbers restart every year (Party numbers
every term), so the same number in two years may be two documents.

## Why
A document has one date and one type. Confusing month 02 with 12 or 01 with 11 is common, which is what
zero-padding is meant to prevent.

## Bad
    Căn cứ Nghị định số 17/2013/NĐ-CP ngày 19/02/2013 …; thực hiện Nghị định số 17/2013/NĐ-CP ngày 19/12/2013

## Good
    Căn cứ Nghị định số 17/2013/NĐ-CP ngày 19/02/2013 …; thực hiện Nghị định số 17/2013/NĐ-CP ngày 19/02/2013
)",
};

// A type word in lower case is often ordinary prose ("theo hợp đồng số …" inside a law's
// title), so only capitalised type words are compared.
bool capitalised(std::string_view w) {
  return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || w.starts_with("\xC4\x90"));
}

class CitationConflict final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const auto& f = doc.facts;
    struct First {
      std::uint32_t dated = UINT32_MAX;  // first citation with a valid date
      std::uint32_t typed = UINT32_MAX;  // first citation (type word)
    };
    std::unordered_map<std::string_view, First> seen;
    seen.reserve(f.citations.size());
    for (std::uint32_t i = 0; i < f.citations.size(); ++i) {
      const CitationFact& c = f.citations[i];
      const auto id = doc.slice(f.identifiers[c.identifier].span);
      First& first = seen[id];
      const auto word = doc.slice(c.type_word);
      if (!capitalised(word)) {
      } else if (first.typed == UINT32_MAX) {
        first.typed = i;
      } else {
        const CitationFact& t = f.citations[first.typed];
        const auto a = DocTypeTable::canonical(doc.slice(t.type_word)), b = DocTypeTable::canonical(word);
        if (a != b)
          out.report(Span{c.type_word.begin, f.identifiers[c.identifier].span.end},
                     "{} được gọi là “{}” ở đây nhưng là “{}” ở dòng {}",
                     "{} is called \"{}\" here but \"{}\" on line {}", id, b, a, doc.line_of(t.span.begin));
      }
      const auto date = c.date ? civil(f.dates[*c.date]) : std::nullopt;
      if (!date) continue;
      if (first.dated == UINT32_MAX) {
        first.dated = i;
        continue;
      }
      const CitationFact& d0 = f.citations[first.dated];
      const DateFact& fd = f.dates[*d0.date];
      const DateFact& cd = f.dates[*c.date];
      if (civil(fd) == date) {
        out.pass(cd.span, "{}: cùng ngày với dòng {}", id, doc.line_of(d0.span.begin));
        continue;
      }
      // Numbers restart every year (state) or term (Party): the same number in another
      // year may be another document. Within one year it cannot be.
      if (civil(fd)->year != date->year) continue;
      out.report(cd.span, "{} đã được trích dẫn với ngày {} (dòng {}), ở đây lại ghi {}",
                 "{} was cited with the date {} (line {}), here it is {}", id, doc.slice(fd.span),
                 doc.line_of(d0.span.begin), doc.slice(cd.span));
    }
  }
};

}  // namespace

const Rule& citation_conflict_rule() {
  static const CitationConflict rule;
  return rule;
}

}  // namespace cmlint
