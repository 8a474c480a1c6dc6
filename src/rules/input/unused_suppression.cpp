// CM002 unused-suppression: suppression directives that do nothing or are written loosely.
// The engine (src/core/lint.cpp) reports them from src/core/suppress.cpp once every rule has
// run; this entry gives the findings their code, name, severity and documentation.
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM002",
    "unused-suppression",
    Severity::warning,
    "Chỉ thị bỏ qua (cmlint: disable…) không có tác dụng hoặc không nêu quy tắc",
    "Suppression directive (cmlint: disable…) that has no effect or names no rule",
    R"(## Quy tắc phát hiện gì
- Chỉ thị `cmlint: disable…` không bỏ qua phát hiện nào (lỗi đã được sửa, hoặc chỉ thị đặt sai dòng).
- Chỉ thị không nêu quy tắc (`cmlint: disable`): vẫn có tác dụng với mọi quy tắc nhưng bị báo.
- Quy tắc không tồn tại trong chỉ thị (`cmlint: disable percent-ratoi`).
- `cmlint: enable …` không khớp với `cmlint: disable` nào đang mở.

## Vì sao
Chỉ thị thừa che mất lỗi mới xuất hiện sau này ở cùng chỗ; chỉ thị không nêu quy tắc bỏ qua cả những
lỗi mà người viết không định bỏ qua; tên quy tắc viết sai thì chỉ thị không có tác dụng.

## Ví dụ sai
    cmlint: disable-next-line percent-ratio
    Có 45/52 xã, đạt 86,5%

## Ví dụ đúng
    Có 45/52 xã, đạt 86,5%
)",
    R"(## What it flags
- A `cmlint: disable…` directive that suppresses no finding (the problem was fixed, or the directive
  is on the wrong line).
- A directive that names no rule (`cmlint: disable`): it still applies to every rule, but is reported.
- An unknown rule in a directive (`cmlint: disable percent-ratoi`).
- `cmlint: enable …` with no open `cmlint: disable` to close.

## Why
A stale directive hides the next real problem on that line; a directive without rules hides findings
its author did not mean to hide; a misspelt rule makes the directive do nothing.

## Bad
    cmlint: disable-next-line percent-ratio
    Có 45/52 xã, đạt 86,5%

## Good
    Có 45/52 xã, đạt 86,5%
)",
};

class UnusedSuppression final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void check(const Document& /*doc*/, Reporter& /*out*/) const override {}
};

}  // namespace

const Rule& unused_suppression_rule() {
  static const UnusedSuppression rule;
  return rule;
}

}  // namespace cmlint
