// CM208 citation-after-document: a cited document dated after the document
// that cites it.
#include <cstring>

#include "../../core/civil_date.hpp"
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM208",
    "citation-after-document",
    Severity::warning,
    "Văn bản được trích dẫn hoặc làm căn cứ có ngày sau ngày của chính văn bản",
    "A cited or basis document is dated after the document itself",
    R"(## Quy tắc phát hiện gì
Văn bản được trích dẫn (`Kế hoạch số 12-KH/TU, ngày 15-6-2024`) hoặc nêu trong dòng `Căn cứ …`
(`Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2025;`) có ngày ban hành sau ngày của
chính văn bản. Ngày của văn bản lấy từ dòng địa danh, ngày tháng ở phần đầu (`Hà Nội, ngày 05 tháng 3 năm
2024`); nếu không có, từ `--as-of` hoặc khóa `as-of` trong `cmlint.toml`; nếu vẫn không có thì không kiểm
tra.

## Vì sao
Một văn bản không thể căn cứ vào văn bản chưa ra đời: hoặc ngày của văn bản, hoặc ngày trích dẫn đã bị
viết sai (thường là sai năm khi sửa lại bản cũ).

## Ví dụ sai
    Hà Nội, ngày 05 tháng 3 năm 2024
    …
    Căn cứ Kế hoạch số 12-KH/TU, ngày 15-6-2024 của Ban Thường vụ Tỉnh ủy;

## Ví dụ đúng
    Căn cứ Kế hoạch số 12-KH/TU, ngày 15-6-2023 của Ban Thường vụ Tỉnh ủy;
)",
    R"(## What it flags
A cited document (`Kế hoạch số 12-KH/TU, ngày 15-6-2024`) or a document named in a `Căn cứ …` line
(`Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2025;`) dated after the document
itself. The document's date is its header place-date line (`Hà Nội, ngày 05 tháng 3 năm 2024`); without
one, `--as-of` or `as-of` in `cmlint.toml`; without those, nothing is checked.

## Why
A document cannot rest on one that did not exist yet: either its own date or the cited date is wrong
(often the year, when an old draft was reused).

## Bad
    Hà Nội, ngày 05 tháng 3 năm 2024
    …
    Căn cứ Kế hoạch số 12-KH/TU, ngày 15-6-2024 của Ban Thường vụ Tỉnh ủy;

## Good
    Căn cứ Kế hoạch số 12-KH/TU, ngày 15-6-2023 của Ban Thường vụ Tỉnh ủy;
)",
};

// Byte ranges of the lines that start with "Căn cứ" (a basis line), in order.
std::vector<Span> basis_lines(std::string_view text) {
  std::vector<Span> out;
  constexpr std::string_view kTag = "Căn cứ";
  std::size_t pos = 0;
  while ((pos = text.find(kTag, pos)) != std::string_view::npos) {
    std::size_t b = pos;
    while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
    std::size_t e = text.find('\n', pos);
    if (e == std::string_view::npos) e = text.size();
    if (b == 0 || text[b - 1] == '\n') out.push_back({static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(e)});
    pos = e;
  }
  return out;
}

class CitationAfterDocument final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    if (!doc.header.own_date) return;
    const CivilDate own = *doc.header.own_date;
    const auto& f = doc.facts;
    const auto check_date = [&](const DateFact& d) {
      const auto date = civil(d);
      if (!date) return;
      if (*date <= own) {
        out.pass(d.span, "{} ≤ {}", date->iso(), own.iso());
        return;
      }
      const bool vi = out.lang() == Lang::vi;
      out.report(d.span, "Văn bản được dẫn ban hành ngày {}, sau ngày của chính văn bản này ({})",
                 "The cited document is dated {}, after this document's own date ({})", vi ? date->vi() : date->iso(),
                 vi ? own.vi() : own.iso());
    };
    std::vector<bool> checked(f.dates.size(), false);
    for (const CitationFact& c : f.citations)
      if (c.date) {
        checked[*c.date] = true;
        check_date(f.dates[*c.date]);
      }
    // Dates on "Căn cứ" lines (laws are cited by name and date, without a number).
    const auto lines = basis_lines(doc.text.view());
    std::size_t li = 0;
    for (std::uint32_t i = 0; i < f.dates.size(); ++i) {
      const DateFact& d = f.dates[i];
      while (li < lines.size() && lines[li].end <= d.span.begin) ++li;
      if (li == lines.size()) break;
      if (d.span.begin < lines[li].begin || checked[i] || (doc.header.date && *doc.header.date == i)) continue;
      check_date(d);
    }
  }
};

}  // namespace

const Rule& citation_after_document_rule() {
  static const CitationAfterDocument rule;
  return rule;
}

}  // namespace cmlint
