// CM207 citation-sequence: two documents of one numbering series whose
// number order contradicts their date order.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "../../core/civil_date.hpp"
#include "../../core/identifier_parts.hpp"
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM207",
    "citation-sequence",
    Severity::warning,
    "Thứ tự số văn bản ngược với thứ tự ngày ban hành trong cùng một sổ đăng ký (cùng loại, cùng cơ quan)",
    "Number order contradicts date order within one numbering series (same type and issuer)",
    R"(## Quy tắc phát hiện gì
Hai văn bản được trích dẫn cùng loại, cùng cơ quan ban hành (cùng một sổ đăng ký) mà văn bản số nhỏ hơn
lại có ngày muộn hơn: `12-KH/HU, ngày 23-11-2021` và `27-KH/HU, ngày 24-3-2021`. Văn bản hành chính nhà
nước đánh số lại từ 01 mỗi năm nên chỉ so trong cùng năm; văn bản quy phạm pháp luật (có năm trong số hiệu:
`18/2020/QĐ-TTg`) và văn bản cá biệt (`439/QĐ-TTg`) là hai sổ riêng; mã cơ quan dùng chung ở nhiều địa phương (`UBND`, `HU`, `ĐU` …) chỉ được so khi cụm `của …` sau
trích dẫn giống nhau; văn bản Đảng đánh số theo nhiệm kỳ cấp ủy nên chỉ so hai văn bản cùng nằm giữa hai năm đại hội
(tùy chọn `party-congress-years`), và bỏ qua chính các năm đại hội.

Số được cấp khi đăng ký còn ngày là ngày ký, nên chênh vài ngày là bình thường (tùy chọn `slack-days`).
Khoảng trống trong dãy số không bao giờ bị báo.

## Vì sao
Số hoặc ngày bị chép nhầm là lỗi trích dẫn hay gặp nhất; thứ tự ngược là dấu hiệu dễ thấy của nó.

## Ví dụ sai
    Kế hoạch số 12-KH/HU, ngày 23-11-2021 và Kế hoạch số 27-KH/HU, ngày 24-3-2021 của Ban Thường vụ Huyện ủy

## Ví dụ đúng
    Kế hoạch số 12-KH/HU, ngày 23-3-2021 và Kế hoạch số 27-KH/HU, ngày 24-11-2021 của Ban Thường vụ Huyện ủy
)",
    R"(## What it flags
Two cited documents of the same type and issuer (one numbering series) where the smaller number has
the later date: `12-KH/HU, ngày 23-11-2021` beside `27-KH/HU, ngày 24-3-2021`. State administrative
numbers restart every year, so only dates of one year are compared; legal normative identifiers
(with a year: `18/2020/QĐ-TTg`) and individual ones (`439/QĐ-TTg`) are separate series; codes that many localities share (`UBND`, `HU`, `ĐU` …) are compared
only when the `của …` phrases after the citations are the same; Party numbers run per committee term, so two Party documents are
compared only when both fall between the same two congress years (option `party-congress-years`), and
never in a congress year itself.

Numbers are given at registration and dates are signing dates, so a few days of inversion are normal
(option `slack-days`). Gaps in a sequence are never reported.

## Why
A number or date copied wrongly is the most common citation slip; an inverted order is its visible trace.

## Bad
    Kế hoạch số 12-KH/HU, ngày 23-11-2021 và Kế hoạch số 27-KH/HU, ngày 24-3-2021 của Ban Thường vụ Huyện ủy

## Good
    Kế hoạch số 12-KH/HU, ngày 23-3-2021 và Kế hoạch số 27-KH/HU, ngày 24-11-2021 của Ban Thường vụ Huyện ủy
)",
    {{"slack-days", OptionValue{std::int64_t{3}}, "Inversions of at most this many days are not reported."},
     {"party-congress-years", OptionValue{std::string("2005,2010,2015,2020,2025,2030")},
      "Years in which Party committees hold congresses and restart their numbering (comma-separated)."}},
};

std::vector<int> parse_years(const std::string& s) {
  std::vector<int> v;
  int cur = 0;
  bool any = false;
  for (char c : s + ",") {
    if (c >= '0' && c <= '9') {
      cur = cur * 10 + (c - '0');
      any = true;
    } else if (any) {
      v.push_back(cur);
      cur = 0;
      any = false;
    }
  }
  std::sort(v.begin(), v.end());
  return v;
}

class CitationSequence final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const auto& f = doc.facts;
    const std::int64_t slack = out.option_int("slack-days");
    const auto congresses = parse_years(out.option_string("party-congress-years"));
    struct Entry {
      long long number;
      CivilDate date;
      std::uint32_t citation;
    };
    std::unordered_map<std::string, std::vector<Entry>> series;
    const auto text = doc.text.view();
    for (std::uint32_t i = 0; i < f.citations.size(); ++i) {
      const CitationFact& c = f.citations[i];
      const auto date = c.date ? civil(f.dates[*c.date]) : std::nullopt;
      if (!date) continue;
      const IdParts p = id_parts(text, f.identifiers[c.identifier], doc.doc_types);
      if (p.type.empty() || p.issuer.empty()) continue;  // công văn and laws: series unknown
      std::string key = std::string(p.style == IdStyle::party ? "P|" : "S|") + std::string(p.type) + "|" +
                        std::string(p.issuer) + "|";
      // UBND, HU, ĐU …: every locality has its own series; only the "của …" phrase tells them apart.
      const auto main_code = p.issuer.substr(0, p.issuer.find('-'));
      const Issuer* issuer = doc.issuers.find(main_code);
      if (issuer == nullptr || !issuer->unique) {
        if (c.issuer.begin == c.issuer.end) continue;
        key += std::string(doc.slice(c.issuer)) + "|";
      }
      if (p.style == IdStyle::party) {
        // The term slot: between two congress years, exclusive.
        const auto it = std::lower_bound(congresses.begin(), congresses.end(), date->year);
        if (it != congresses.end() && *it == date->year) continue;
        key += std::to_string(it - congresses.begin());
      } else {
        // 18/2020/QĐ-TTg and 439/QĐ-TTg are two series (normative and individual).
        if (p.year && *p.year != date->year) continue;  // id-year-mismatch reports it
        key += (p.year ? "Y" : "N") + std::to_string(date->year);
      }
      // A citation whose type word disagrees with its token is id-type-mismatch's; its number is suspect.
      if (const DocType* t = doc.doc_types.find(doc.slice(c.type_word));
          t != nullptr && !t->any && std::find(t->tokens.begin(), t->tokens.end(), p.type) == t->tokens.end())
        continue;
      series[key].push_back({p.number, *date, i});
    }
    for (auto& [key, entries] : series) {
      if (entries.size() < 2) continue;
      std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.number != b.number ? a.number < b.number : a.citation < b.citation;
      });
      // Adjacent in number order is enough: any inversion shows between some neighbours.
      for (std::size_t k = 1; k < entries.size(); ++k) {
        const Entry& lo = entries[k - 1];
        const Entry& hi = entries[k];
        if (lo.number == hi.number) continue;  // one number, two dates: citation-conflict's
        const CitationFact& chi = f.citations[hi.citation];
        const CitationFact& clo = f.citations[lo.citation];
        if (lo.date.days() - hi.date.days() <= slack) {
          out.pass(chi.span, "{} ({}) sau {} ({})", doc.slice(f.identifiers[chi.identifier].span), hi.date.iso(),
                   doc.slice(f.identifiers[clo.identifier].span), lo.date.iso());
          continue;
        }
        out.report(chi.span, "{} có số lớn hơn {} (dòng {}) nhưng ngày {} lại sớm hơn {}",
                   "{} has a higher number than {} (line {}) but its date {} is earlier than {}",
                   doc.slice(f.identifiers[chi.identifier].span), doc.slice(f.identifiers[clo.identifier].span),
                   doc.line_of(clo.span.begin), doc.slice(f.dates[*chi.date].span),
                   doc.slice(f.dates[*clo.date].span));
      }
    }
  }
};

}  // namespace

const Rule& citation_sequence_rule() {
  static const CitationSequence rule;
  return rule;
}

}  // namespace cmlint
