// CM501 numbering-sequence: numbered units that skip, repeat or go back, and
// sub-items whose number does not continue their parent's (2.1. under 1.).
#include "../../core/roman.hpp"
#include "../../structure/structure.hpp"
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM501",
    "numbering-sequence",
    Severity::warning,
    "Đánh số Phần, Chương, Mục, Điều, khoản, điểm hoặc I., 1., 1.1., a) bị nhảy, lặp hoặc bỏ cấp",
    "Numbering of parts, chapters, articles, clauses, points or I., 1., 1.1., a) skips, repeats or skips a level",
    R"(## Quy tắc phát hiện gì
Các đơn vị cùng cấp trong cùng một đơn vị cha không được đánh số liên tiếp từ số đầu tiên của chúng:
`Điều 3` ngay sau `Điều 1`, khoản `2.` lặp lại, điểm `d)` sau `b)`, `III.` sau `I.`; hoặc mục con không khớp
với mục cha (`2.1.` nằm dưới `1.`, `1.1.` ngay dưới `I.` mà không có `1.`). Điểm theo thứ tự bảng chữ cái
tiếng Việt: a, b, c, d, đ, e, g, h, i, k … (`đ` đứng sau `d`; không dùng f, j, w, z).

Với văn bản có Điều (văn bản quy phạm, quyết định), lỗi đánh số Điều và khoản là `error`; các trường hợp
khác là `warning`. Số bắt đầu lại từ 1 (danh sách mới, phụ lục, quy chế ban hành kèm theo) không bị báo;
các dòng trong ngoặc kép (nội dung được sửa đổi, trích dẫn) không được tính.

## Vì sao
Điều, khoản bị nhảy số hoặc trùng số làm sai mọi tham chiếu tới chúng (`khoản 3 Điều 5`) và thường là dấu
vết của việc xóa, chèn khi sửa dự thảo.

## Ví dụ sai
    Điều 1. Phạm vi điều chỉnh
    Điều 3. Đối tượng áp dụng
    …
    1. Kiểm tra hồ sơ:
    a) Hồ sơ đi;
    b) Hồ sơ đến;
    d) Hồ sơ lưu trữ.

## Ví dụ đúng
    Điều 1. Phạm vi điều chỉnh
    Điều 2. Đối tượng áp dụng
    …
    a) Hồ sơ đi;
    b) Hồ sơ đến;
    c) Hồ sơ lưu trữ.
)",
    R"(## What it flags
Units of one level under one parent that are not numbered consecutively from their first number:
`Điều 3` right after `Điều 1`, a clause `2.` twice, point `d)` after `b)`, `III.` after `I.`; or a sub-item
that does not continue its parent (`2.1.` under `1.`, `1.1.` directly under `I.` with no `1.`). Points
follow the Vietnamese alphabet: a, b, c, d, đ, e, g, h, i, k … (`đ` comes after `d`; f, j, w, z are not used).

In documents with articles (Điều), gaps and repeats of articles and their clauses are errors; everything
else is a warning. Numbering that starts again from 1 (a new list, an annex, a regulation issued with the
document) is not reported; lines inside quotation marks (amended text, quotations) are not counted.

## Why
A skipped or repeated article or clause number breaks every reference to it (`khoản 3 Điều 5`) and is
usually what is left after deleting or inserting while editing a draft.

## Bad
    Điều 1. Phạm vi điều chỉnh
    Điều 3. Đối tượng áp dụng
    …
    1. Kiểm tra hồ sơ:
    a) Hồ sơ đi;
    b) Hồ sơ đến;
    d) Hồ sơ lưu trữ.

## Good
    Điều 1. Phạm vi điều chỉnh
    Điều 2. Đối tượng áp dụng
    …
    a) Hồ sơ đi;
    b) Hồ sơ đến;
    c) Hồ sơ lưu trữ.
)",
    {{"check-sublevels", true, "Check that 1.1.-style numbers continue their parent's number"}},
};

std::string value_label(const DocumentStructure& ds, const Unit& like, int value, std::string_view text) {
  const Unit& u = like;
  std::string number;
  if (u.level == UnitLevel::letter) number = std::string(letter_of(value));
  else if (u.level == UnitLevel::roman || ((u.level == UnitLevel::phan || u.level == UnitLevel::chuong) &&
                                           !text.empty() && text[u.number.begin] >= 'A' && text[u.number.begin] <= 'Z'))
    number = to_roman(value);
  else if (u.level == UnitLevel::decimal) {
    const auto s = text.substr(u.number.begin, u.number.end - u.number.begin);
    number = std::string(s.substr(0, s.rfind('.') + 1)) + std::to_string(value);
  } else number = std::to_string(value);
  return ds.label_with(u, number);
}

class NumberingSequence final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    if (doc.structure == nullptr) return;
    const DocumentStructure& ds = *doc.structure;
    const std::string_view text = doc.text.view();
    const bool legal = ds.legal_style() && !ds.amending && !ds.consolidated;  // else not sure enough for errors
    // Sub-item numbers are followed only where they mostly agree with their parents: where many do
    // not, they are table rows and form fields, not headings.
    bool sublevels = out.option_bool("check-sublevels");
    if (sublevels) {
      int total = 0, bad = 0;
      for (const Unit& u : ds.units) {
        if (u.level != UnitLevel::decimal || u.context != 0) continue;
        ++total;
        const std::string_view num = text.substr(u.number.begin, u.number.end - u.number.begin);
        const Unit* p = u.parent ? &ds.units[*u.parent] : nullptr;
        if (p == nullptr || text.substr(p->number.begin, p->number.end - p->number.begin) != num.substr(0, num.rfind('.'))) ++bad;
      }
      sublevels = bad * 5 <= total;
    }
    for (std::size_t i = 0; i < ds.units.size(); ++i) {
      const Unit& u = ds.units[i];
      if (u.value <= 0) continue;
      const std::string_view name = ds.level_name(u);
      // Annexes, forms and tables after the body number rows and fields freely: only articles and
      // their clauses (a regulation issued with the document) are followed there.
      if (u.context > 0 && u.level != UnitLevel::dieu && name != "khoản") continue;
      const bool strict = legal && u.context == 0 && (u.level == UnitLevel::dieu || name == "khoản");
      const Severity sev = strict ? Severity::error : Severity::warning;
      const std::string here = ds.label(u, text);
      if (sublevels && u.level == UnitLevel::decimal && u.context == 0) check_parent(doc, ds, u, here, out);
      if (!u.prev_sibling) continue;
      const Unit& p = ds.units[*u.prev_sibling];
      if (p.level != u.level || p.dash != u.dash || p.value <= 0 || u.inserted || p.inserted) continue;
      const std::string prev = ds.label(p, text);
      if (u.value == p.value + 1) {
        out.pass(u.marker, "{} → {}", prev, here);
        continue;
      }
      if (u.value == 1) continue;  // a new list starts
      // Far jumps and far steps back are extraction noise (a page number, a table row, a wrapped
      // reference), not a slip of numbering.
      if (u.value > p.value + 3 || u.value < p.value - 1) continue;
      // "1. 2. 3." inside clause 1, then clause "2.": a nested list read as siblings. A number that
      // continues the sequence from before a restart at 1 is that outer list going on.
      if (u.value <= p.value) {
        bool restarted = false, continues_outer = false;
        int steps = 0;
        for (auto k = u.prev_sibling; k && ++steps < 60; k = ds.units[*k].prev_sibling) {
          const Unit& q = ds.units[*k];
          if (restarted && q.value == u.value - 1) {
            continues_outer = true;
            break;
          }
          if (q.value == 1) restarted = true;
        }
        if (continues_outer) continue;
      }
      if (u.value == p.value) {
        out.report_as(sev, u.marker, "Đánh số bị lặp: “{}” đã có ở dòng {}", "Repeated number: \"{}\" already on line {}",
                      here, doc.line_of(p.marker.begin));
      } else if (u.value > p.value + 1) {
        std::string missing = value_label(ds, u, p.value + 1, text);
        if (u.value > p.value + 2) missing += " … " + value_label(ds, u, u.value - 1, text);
        out.report_as(sev, u.marker, "Đánh số bị nhảy: “{}” sau “{}” (thiếu {})",
                      "Numbering skips: \"{}\" after \"{}\" ({} is missing)", here, prev, missing);
      } else {
        out.report_as(sev, u.marker, "Đánh số không tăng dần: “{}” sau “{}”", "Numbering goes back: \"{}\" after \"{}\"",
                      here, prev);
      }
    }
  }

 private:
  // "2.1." must sit under "2." (or "2.1.3." under "2.1.").
  static void check_parent(const Document& doc, const DocumentStructure& ds, const Unit& u, const std::string& here,
                           Reporter& out) {
    const std::string_view text = doc.text.view();
    const std::string_view num = text.substr(u.number.begin, u.number.end - u.number.begin);
    const std::string_view expected_parent = num.substr(0, num.rfind('.'));
    const Unit* p = u.parent ? &ds.units[*u.parent] : nullptr;
    const bool parent_ok = p != nullptr && (p->level == UnitLevel::arabic || p->level == UnitLevel::decimal) &&
                           p->level == (u.depth == 2 ? UnitLevel::arabic : UnitLevel::decimal);
    if (!parent_ok) {
      // Only when the document numbers that level at all: some reports use 1.1. directly under I.
      bool uses_level = false;
      for (const Unit& o : ds.units)
        if (o.context == u.context && (u.depth == 2 ? o.level == UnitLevel::arabic : (o.level == UnitLevel::decimal && o.depth == u.depth - 1))) {
          uses_level = true;
          break;
        }
      if (uses_level && p != nullptr)
        out.report(u.marker, "Đánh số bỏ cấp: “{}” không nằm trong mục “{}.”", "Level skipped: \"{}\" is not inside item \"{}.\"",
                   here, expected_parent);
      return;
    }
    const std::string_view pnum = text.substr(p->number.begin, p->number.end - p->number.begin);
    if (pnum == expected_parent) return;
    out.report(u.marker, "Số “{}” không khớp với mục cha “{}” (phải là {}.{})",
               "\"{}\" does not continue its parent \"{}\" (should be {}.{})", here, doc.structure->label(*p, text), pnum,
               num.substr(num.rfind('.') + 1));
  }
};

}  // namespace

const Rule& numbering_sequence_rule() {
  static const NumberingSequence rule;
  return rule;
}

}  // namespace cmlint
