// CM210 congress-year: the ordinal of a national Party Congress, Central
// Committee or National Assembly that contradicts a date or term beside it.
#include <algorithm>

#include "../../core/civil_date.hpp"
#include "../../core/congresses.hpp"
#include "../../core/roman.hpp"
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM210",
    "congress-year",
    Severity::warning,
    "Số thứ tự Đại hội Đảng toàn quốc, khóa Ban Chấp hành Trung ương hoặc khóa Quốc hội không khớp với năm, nhiệm kỳ bên cạnh",
    "Ordinal of a national Party Congress, Central Committee or National Assembly contradicts the date or term beside it",
    R"(## Quy tắc phát hiện gì
- `Đại hội … lần thứ XIII của Đảng`, `Đại hội XIII của Đảng`, `Đại hội Đảng toàn quốc lần thứ XIII` đi kèm
  `nhiệm kỳ A-B` khác nhiệm kỳ của khóa đó (XIII: 2021-2026).
- `Ban Chấp hành Trung ương (Đảng) khóa XII`, `Bộ Chính trị khóa XII`, `Ban Bí thư khóa XII` đi sau một ngày
  (`Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII`) nằm ngoài nhiệm kỳ của
  khóa (từ ngày bế mạc Đại hội XII đến ngày bế mạc Đại hội XIII, cho phép lệch 3 tháng), hoặc đi kèm nhiệm kỳ sai.
- `Quốc hội khóa XV` đi kèm `nhiệm kỳ` khác 2021-2026, hoặc đi sau một ngày ngoài các năm của khóa.

Bảng Đại hội và khóa Quốc hội nằm trong `rules/congresses.toml`. Đại hội, khóa của địa phương (Đảng bộ tỉnh,
HĐND) không được kiểm tra vì số thứ tự khác nhau giữa các địa phương.

## Vì sao
Gán một văn bản cho nhầm khóa là lỗi dễ xảy ra khi chép lại trích dẫn từ văn bản cũ sang văn bản mới.

## Ví dụ sai
    Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XI

## Ví dụ đúng
    Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII
)",
    R"(## What it flags
- `Đại hội … lần thứ XIII của Đảng`, `Đại hội XIII của Đảng`, `Đại hội Đảng toàn quốc lần thứ XIII` with a
  `nhiệm kỳ A-B` other than that congress's term (XIII: 2021-2026).
- `Ban Chấp hành Trung ương (Đảng) khóa XII`, `Bộ Chính trị khóa XII`, `Ban Bí thư khóa XII` after a date
  (`Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII`) outside that term
  (closing day of Congress XII to closing day of Congress XIII, with three months of slack), or with a
  wrong term.
- `Quốc hội khóa XV` with a `nhiệm kỳ` other than 2021-2026, or after a date outside the term's years.

The congresses and National Assembly terms are in `rules/congresses.toml`. Local congresses and terms
(provincial Party organisations, People's Councils) are not checked: their ordinals differ by locality.

## Why
Attributing a document to the wrong term happens when citations are copied from old documents.

## Bad
    Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XI

## Good
    Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII
)",
    {{"slack-days", OptionValue{std::int64_t{92}},
      "Days a dated document may fall outside its Central Committee term (documents signed around a congress)."}},
};

enum class Body { none, congress, committee, assembly };

bool clause_gap(std::string_view gap) {
  return gap.find_first_of(".;\n") == std::string_view::npos;
}

Body classify(std::string_view text, const OrdinalFact& o) {
  const std::size_t from = o.span.begin > 120 ? o.span.begin - 120 : 0;
  std::string_view before = text.substr(from, o.span.begin - from);
  if (auto nl = before.rfind('\n'); nl != std::string_view::npos) before.remove_prefix(nl + 1);
  const std::string_view after = text.substr(o.span.end, 40);
  const bool of_party = after.starts_with(" của Đảng") || after.starts_with(" Đảng Cộng sản");
  switch (o.kind) {
    case OrdinalKind::dai_hoi:
      return of_party ? Body::congress : Body::none;
    case OrdinalKind::lan_thu:
      if (!before.ends_with("Đại hội ") && !before.ends_with("toàn quốc ")) return Body::none;
      if (of_party || before.ends_with("Đại hội Đảng toàn quốc ") || before.ends_with("Đại hội đại biểu toàn quốc ")) {
        // "Đại hội đại biểu toàn quốc lần thứ X của Hội …" is another organisation's congress.
        if (after.starts_with(" của") && !of_party) return Body::none;
        return Body::congress;
      }
      return Body::none;
    case OrdinalKind::khoa: {
      if (before.ends_with("Quốc hội ")) return Body::assembly;
      const std::string_view head = before.size() > 60 ? before.substr(before.size() - 60) : before;
      for (std::string_view w : {"Trung ương ", "Trung ương Đảng ", "Bộ Chính trị ", "Ban Bí thư ", "BCH TW ",
                                 "BCHTW ", "TW Đảng ", "TW "})
        if (head.ends_with(w)) return Body::committee;
      return Body::none;
    }
    default:
      return Body::none;
  }
}

class CongressYear final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const auto& f = doc.facts;
    const auto text = doc.text.view();
    const auto& table = CongressTable::builtin();
    const std::int64_t slack = out.option_int("slack-days");
    for (const OrdinalFact& o : f.ordinals) {
      if (!o.value) continue;
      const Body body = classify(text, o);
      if (body == Body::none) continue;
      const std::string roman(doc.slice(o.roman));
      // Expected term years and, for the Central Committee, exact dates.
      int first = 0, last = 0;
      std::optional<std::pair<CivilDate, CivilDate>> dates;
      if (body == Body::assembly) {
        const AssemblyTerm* a = table.assembly(*o.value);
        if (a == nullptr) continue;
        first = a->first_year;
        last = a->last_year;
      } else {
        dates = table.committee_term(*o.value);
        if (!dates) continue;
        first = dates->first.year;
        last = dates->second.year;
      }
      // A term right after it: "khóa XV, nhiệm kỳ 2021-2026".
      auto r = std::lower_bound(f.ranges.begin(), f.ranges.end(), o.span.end,
                                [](const RangeFact& x, std::uint32_t at) { return x.span.begin < at; });
      if (r != f.ranges.end() && r->span.begin - o.span.end <= 60 &&
          clause_gap(text.substr(o.span.end, r->span.begin - o.span.end))) {
        const Span span{o.span.begin, r->span.end};
        if (r->start == first && r->end == last)
          out.pass(span, "{} {}: {}-{}", doc.slice(o.span), roman, first, last);
        else
          out.report(span, "“{}” đi với nhiệm kỳ {}-{}, nhưng nhiệm kỳ này là {}-{}",
                     "\"{}\" comes with the term {}-{}, but that term is {}-{}", doc.slice(o.span), r->start, r->end,
                     first, last);
      }
      if (body == Body::congress) continue;
      // A date right before it: "ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII".
      auto d = std::lower_bound(f.dates.begin(), f.dates.end(), o.span.begin,
                                [](const DateFact& x, std::uint32_t at) { return x.span.begin < at; });
      if (d == f.dates.begin()) continue;
      --d;
      const auto date = civil(*d);
      if (!date || o.span.begin - d->span.end > 200 || !clause_gap(text.substr(d->span.end, o.span.begin - d->span.end)))
        continue;
      const Span span{d->span.begin, o.span.end};
      bool inside;
      if (dates)
        inside = date->days() >= dates->first.days() - slack && date->days() <= dates->second.days() + slack;
      else
        inside = date->year >= first && date->year <= last;
      if (inside) {
        out.pass(span, "{} trong nhiệm kỳ {}-{}", date->iso(), first, last);
        continue;
      }
      out.report(span, "Ngày {} nằm ngoài nhiệm kỳ của {} ({}-{})", "The date {} lies outside the term of {} ({}-{})",
                 doc.slice(d->span), doc.slice(o.span), first, last);
    }
  }
};

}  // namespace

const Rule& congress_year_rule() {
  static const CongressYear rule;
  return rule;
}

}  // namespace cmlint
