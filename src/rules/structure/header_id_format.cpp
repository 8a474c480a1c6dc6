// CM503 header-id-format: the document's own number line: "Số: 512/QĐ-UBND"
// (state, with a colon), "Số 45-KH/HU" (Party, without); numbers below 10
// with a leading zero.
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM503",
    "header-id-format",
    Severity::warning,
    "Dòng số, ký hiệu của văn bản viết sai thể thức (dấu hai chấm, số 0 đứng trước)",
    "The document's number line is not in the prescribed form (colon, leading zero)",
    R"(## Quy tắc phát hiện gì
Dòng số, ký hiệu ở phần đầu của chính văn bản (không phải số của văn bản được trích dẫn):
- văn bản của cơ quan nhà nước viết `Số:` có dấu hai chấm (`Số: 512/QĐ-UBND`);
- văn bản của Đảng viết `Số` không có dấu hai chấm (`Số 45-KH/HU`);
- số nhỏ hơn 10 có số 0 đứng trước (`Số: 05/QĐ-UBND`), số từ 10 trở lên không thêm số 0 (`012` là sai).

## Vì sao
Nghị định 30/2020/NĐ-CP (văn bản hành chính) và Hướng dẫn 36-HD/VPTW (văn bản của Đảng) quy định cách
trình bày số, ký hiệu; viết lẫn hai kiểu là dấu hiệu văn bản được sao chép từ mẫu của hệ thống khác.

## Ví dụ sai
    Số 512/QĐ-UBND
    Số: 5-KH/HU

## Ví dụ đúng
    Số: 512/QĐ-UBND
    Số 05-KH/HU
)",
    R"(## What it flags
The number line in the document's own header (not the numbers of cited documents):
- a state document writes `Số:` with a colon (`Số: 512/QĐ-UBND`);
- a Party document writes `Số` without one (`Số 45-KH/HU`);
- numbers below 10 get a leading zero (`Số: 05/QĐ-UBND`); larger ones get none (`012` is wrong).

## Why
Decree 30/2020/NĐ-CP (state administrative documents) and Guidance 36-HD/VPTW (Party documents) prescribe
how the number is written; mixing the two styles shows a document copied from the other system's template.

## Bad
    Số 512/QĐ-UBND
    Số: 5-KH/HU

## Good
    Số: 512/QĐ-UBND
    Số 05-KH/HU
)",
    {{"party-colon", true, "Flag a colon after \"Số\" in a Party document (legal portals often add one)"}},
};

class HeaderIdFormat final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    if (!doc.header.number) return;
    const HeaderNumberFact& h = doc.facts.header_numbers[*doc.header.number];
    const IdentifierFact& id = doc.facts.identifiers[h.identifier];
    const Span lead{h.span.begin, id.span.begin};  // "Số: " / "Số "
    const bool party = id.style == IdStyle::party;
    const bool vi = out.lang() == Lang::vi;
    if (!party && !h.colon) {
      out.report_fix(lead, Fix{Applicability::safe, vi ? "Viết “Số: ”" : "Write \"Số: \"", {{lead, "Số: "}}},
                     "Văn bản của cơ quan nhà nước viết “Số:” có dấu hai chấm: “Số: {}”",
                     "A state document writes \"Số:\" with a colon: \"Số: {}\"", doc.slice(id.span));
    } else if (party && h.colon && out.option_bool("party-colon")) {
      out.report_fix(lead, Fix{Applicability::safe, vi ? "Viết “Số ”" : "Write \"Số \"", {{lead, "Số "}}},
                     "Văn bản của Đảng viết “Số” không có dấu hai chấm: “Số {}”",
                     "A Party document writes \"Số\" without a colon: \"Số {}\"", doc.slice(id.span));
    } else {
      out.pass(lead, "{}", doc.slice(h.span));
    }
    const std::string_view num = doc.slice(id.number);
    if (num.size() == 1 && num[0] != '0') {
      const std::string fixed = "0" + std::string(num);
      out.report_fix(id.number, Fix{Applicability::safe, vi ? "Viết " + fixed : "Write " + fixed, {{id.number, fixed}}},
                     "Số nhỏ hơn 10 viết có số 0 đứng trước: “{}”", "A number below 10 gets a leading zero: \"{}\"", fixed);
    } else if (num.size() > 2 && num[0] == '0') {
      const std::string fixed(num.substr(std::min(num.find_first_not_of('0'), num.size() - 1)));
      const std::string shown = fixed.size() == 1 ? "0" + fixed : fixed;
      out.report_fix(id.number, Fix{Applicability::safe, vi ? "Viết " + shown : "Write " + shown, {{id.number, shown}}},
                     "Số có thừa số 0 đứng trước: “{}” (viết “{}”)", "Extra leading zeros: \"{}\" (write \"{}\")", num, shown);
    } else {
      out.pass(id.number, "{}", num);
    }
  }
};

}  // namespace

const Rule& header_id_format_rule() {
  static const HeaderIdFormat rule;
  return rule;
}

}  // namespace cmlint
