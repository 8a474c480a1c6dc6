// CM211 roman-invalid: a Roman numeral that is not in canonical form.
#include "../../core/roman.hpp"
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM211",
    "roman-invalid",
    Severity::error,
    "Số La Mã viết sai (XXIIII, IIV)",
    "Malformed Roman numeral (XXIIII, IIV)",
    R"(## Quy tắc phát hiện gì
Số La Mã sau `khóa`, `Đại hội`, `lần thứ`, `quý`, `Chương`, `Phần` không ở dạng chuẩn: `XXIIII` (phải là
`XXIV`), `IIV`, `VX`, `IIII`. Chỉ kiểm tra trong các ngữ cảnh trên, nơi chắc chắn là số La Mã.

## Vì sao
Số khóa, số thứ tự đại hội, chương, phần viết sai làm người đọc không xác định được nhiệm kỳ hay phần
văn bản được nói tới.

## Ví dụ sai
    Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIIII của Đảng

## Ví dụ đúng
    Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng
)",
    R"(## What it flags
A Roman numeral after `khóa`, `Đại hội`, `lần thứ`, `quý`, `Chương` or `Phần` that is not in canonical
form: `XXIIII` (should be `XXIV`), `IIV`, `VX`, `IIII`. Only these contexts are checked, where the letters
are certainly a Roman numeral.

## Why
A wrong term, congress, chapter or part number leaves the reader unsure which one is meant.

## Bad
    Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIIII của Đảng

## Good
    Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng
)",
};

// The value of a numeral written with letters in non-increasing order ("XXIIII" = 24),
// the one kind of slip whose intended value is certain; 0 otherwise.
int additive_value(std::string_view s) {
  int total = 0, prev = 10000;
  for (char c : s) {
    const int v = c == 'M' ? 1000 : c == 'D' ? 500 : c == 'C' ? 100 : c == 'L' ? 50 : c == 'X' ? 10 : c == 'V' ? 5 : 1;
    if (v > prev) return 0;
    prev = v;
    total += v;
  }
  return total <= 3999 ? total : 0;
}

class RomanInvalid final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    for (const OrdinalFact& o : doc.facts.ordinals) {
      if (o.value) {
        out.pass(o.roman, "{} = {}", doc.slice(o.roman), *o.value);
        continue;
      }
      const auto text = doc.slice(o.roman);
      // "Phụ lục IIC", "Mục IVA": a numeral with a letter suffix labels a sub-part.
      if (text.size() >= 2 && roman_value(text.substr(0, text.size() - 1)) &&
          std::string_view("ABCD").find(text.back()) != std::string_view::npos)
        continue;
      if (const int v = additive_value(text); v > 0)
        out.report(o.roman, "Số La Mã viết sai: “{}” (có phải {}?)", "Malformed Roman numeral: \"{}\" (did you mean {}?)",
                   text, to_roman(v));
      else
        out.report(o.roman, "Số La Mã viết sai: “{}”", "Malformed Roman numeral: \"{}\"", text);
    }
  }
};

}  // namespace

const Rule& roman_invalid_rule() {
  static const RomanInvalid rule;
  return rule;
}

}  // namespace cmlint
