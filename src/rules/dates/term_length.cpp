// CM209 term-length: "nhiệm kỳ 2020-2024" (a term of the wrong length) and
// ranges that end before they start.
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM209",
    "term-length",
    Severity::warning,
    "Nhiệm kỳ có độ dài bất thường (nhiệm kỳ 2020-2024) hoặc giai đoạn kết thúc trước khi bắt đầu",
    "Term of unusual length (nhiệm kỳ 2020-2024) or a period that ends before it starts",
    R"(## Quy tắc phát hiện gì
`nhiệm kỳ A-B` mà B − A khác độ dài nhiệm kỳ (mặc định 5 năm: Đại hội Đảng, Quốc hội, Hội đồng nhân dân
các cấp), và `nhiệm kỳ`/`giai đoạn` có năm kết thúc không sau năm bắt đầu (`giai đoạn 2025-2021`).
Chỉ kiểm tra nhiệm kỳ của các cơ quan, tổ chức trong nước: trong cùng dòng, phía trước phải có một từ như
`Đại hội`, `Đảng bộ`, `Quốc hội`, `HĐND`, `cấp ủy`, `khóa` (tùy chọn `bodies`), hoặc nhiệm kỳ đứng đầu dòng
(tiêu đề). Chỉ là cảnh báo: một số tổ chức (chi bộ trực thuộc đảng ủy cơ sở) có nhiệm kỳ ngắn hơn, ví dụ
`2022-2025`; khi `chi bộ` đứng trước trong cùng dòng (tùy chọn `exempt`), quy tắc không báo.

## Vì sao
Nhiệm kỳ sai thường do gõ nhầm năm, làm người đọc hiểu sai thời hạn của cấp ủy, cơ quan.

## Ví dụ sai
    Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2024

## Ví dụ đúng
    Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025
)",
    R"(## What it flags
`nhiệm kỳ A-B` where B − A is not the term length (5 years by default: Party congresses, the National
Assembly, People's Councils), and `nhiệm kỳ`/`giai đoạn` ranges whose end is not after their start
(`giai đoạn 2025-2021`). Only terms of Vietnamese bodies are checked: a word such as `Đại hội`, `Đảng bộ`,
`Quốc hội`, `HĐND`, `cấp ủy`, `khóa` (option `bodies`) must come before it on its line, or the term opens
its line (a title). A warning only: some bodies (chi bộ under a grassroots Party committee) have shorter
terms such as `2022-2025`; when `chi bộ` comes before it on the line (option `exempt`), nothing is said.

## Why
A wrong term is usually a mistyped year and misleads the reader about a body's mandate.

## Bad
    Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2024

## Good
    Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025
)",
    {{"years", OptionValue{std::int64_t{5}}, "Expected length of a term (nhiệm kỳ) in years."},
     {"bodies",
      OptionValue{std::string("Đại hội, ĐẠI HỘI, Đảng bộ, đảng bộ, Quốc hội, Hội đồng nhân dân, HĐND, cấp ủy, cấp uỷ, "
                              "Ban Chấp hành, BCH, Ban Thường vụ, khóa, khoá, Ủy ban nhân dân, UBND, Mặt trận")},
      "Words naming the Vietnamese bodies whose terms are checked; one must precede the term on its line, "
      "or the term must open its line (a title). Comma-separated."},
     {"exempt", OptionValue{std::string("chi bộ, Chi bộ")},
      "Words that exempt a term on the same line (bodies with shorter terms). Comma-separated."}},
};

// The text of the same line before `at`, at most 160 bytes.
std::string_view line_before(std::string_view text, std::uint32_t at) {
  const std::size_t from = at > 160 ? at - 160 : 0;
  auto before = text.substr(from, at - from);
  if (auto nl = before.rfind('\n'); nl != std::string_view::npos) before.remove_prefix(nl + 1);
  return before;
}

class TermLength final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const std::int64_t years = out.option_int("years");
    for (const RangeFact& r : doc.facts.ranges) {
      if (r.kind == RangeKind::plain) continue;
      if (r.end <= r.start) {
        out.report(r.span, "“{}” kết thúc không sau năm bắt đầu", "\"{}\" does not end after it starts",
                   doc.slice(r.span));
        continue;
      }
      if (r.kind != RangeKind::term) continue;
      if (r.end - r.start == years) {
        out.pass(r.span, "{} năm", years);
        continue;
      }
      const auto before = line_before(doc.text.view(), r.span.begin);
      bool exempt = false, body = before.find_first_not_of(" \t") == std::string_view::npos;
      for (auto w : out.option_list("exempt")) exempt = exempt || before.find(w) != std::string_view::npos;
      for (auto w : out.option_list("bodies")) body = body || before.find(w) != std::string_view::npos;
      if (exempt || !body) continue;
      out.report(r.span, "“{}” dài {} năm, trong khi một nhiệm kỳ là {} năm",
                 "\"{}\" lasts {} years, but a term is {} years", doc.slice(r.span), r.end - r.start, years);
    }
  }
};

}  // namespace

const Rule& term_length_rule() {
  static const TermLength rule;
  return rule;
}

}  // namespace cmlint
