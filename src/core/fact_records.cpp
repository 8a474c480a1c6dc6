#include "fact_records.hpp"

#include <cstdio>

#include "../rules/rule.hpp"
#include "../structure/records.hpp"
#include "civil_date.hpp"
#include "identifier_parts.hpp"

namespace cmlint {

namespace {

std::string date_value(const DateFact& d) {
  char buf[32];
  switch (d.form) {
    case DateForm::numeric:
    case DateForm::words:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
      break;
    case DateForm::day_month:
      std::snprintf(buf, sizeof buf, "--%02d-%02d", d.month, d.day);
      break;
    case DateForm::month_year:
      std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
      break;
    case DateForm::year_only:
      std::snprintf(buf, sizeof buf, "%04d", d.year);
      break;
    case DateForm::quarter:
      std::snprintf(buf, sizeof buf, "%04d-Q%d", d.year, d.quarter);
      break;
    case DateForm::months:
      std::snprintf(buf, sizeof buf, "%04d (%d tháng)", d.year, d.months);
      break;
  }
  return buf;
}

const char* form_name(DateForm f) {
  switch (f) {
    case DateForm::numeric: return "numeric";
    case DateForm::words: return "words";
    case DateForm::month_year: return "month-year";
    case DateForm::day_month: return "day-month";
    case DateForm::year_only: return "year";
    case DateForm::quarter: return "quarter";
    case DateForm::months: return "months";
  }
  return "";
}

const char* ordinal_name(OrdinalKind k) {
  switch (k) {
    case OrdinalKind::khoa: return "khóa";
    case OrdinalKind::dai_hoi: return "Đại hội";
    case OrdinalKind::lan_thu: return "lần thứ";
    case OrdinalKind::chuong: return "Chương";
    case OrdinalKind::phan: return "Phần";
    case OrdinalKind::quy: return "quý";
    case OrdinalKind::other: return "other";
  }
  return "";
}

void add_id_fields(FactRecord& r, const Document& doc, const IdentifierFact& id) {
  const IdParts p = id_parts(doc.text.view(), id, doc.doc_types);
  r.fields.emplace_back("id", std::string(doc.slice(id.span)));
  r.fields.emplace_back("style", std::string(id.style == IdStyle::party ? "party" : "state"));
  r.fields.emplace_back("number", static_cast<std::int64_t>(p.number));
  if (p.year) r.fields.emplace_back("year", static_cast<std::int64_t>(*p.year));
  if (!p.type.empty()) r.fields.emplace_back("type", std::string(p.type));
  if (!p.issuer.empty()) r.fields.emplace_back("issuer", std::string(p.issuer));
}

}  // namespace

std::vector<FactRecord> fact_records(const Document& doc, const std::vector<CheckRecord>& checks) {
  const Facts& f = doc.facts;
  std::vector<FactRecord> out;
  const auto add = [&](const char* kind, Span span) -> FactRecord& {
    out.push_back({kind, std::string(doc.slice(span)), span, 0, 0, 0, {}});
    return out.back();
  };
  std::vector<bool> in_citation(f.identifiers.size(), false), date_in_citation(f.dates.size(), false);
  for (const CitationFact& c : f.citations) {
    FactRecord& r = add("citation", c.span);
    r.fields.emplace_back("type_word", DocTypeTable::canonical(doc.slice(c.type_word)));
    add_id_fields(r, doc, f.identifiers[c.identifier]);
    in_citation[c.identifier] = true;
    if (c.date) {
      r.fields.emplace_back("date", date_value(f.dates[*c.date]));
      date_in_citation[*c.date] = true;
    }
    if (c.issuer.end > c.issuer.begin) r.fields.emplace_back("issuer_phrase", std::string(doc.slice(c.issuer)));
  }
  for (std::size_t i = 0; i < f.identifiers.size(); ++i) {
    if (in_citation[i]) continue;
    add_id_fields(add("identifier", f.identifiers[i].span), doc, f.identifiers[i]);
  }
  for (std::size_t i = 0; i < f.dates.size(); ++i) {
    if (date_in_citation[i]) continue;
    const DateFact& d = f.dates[i];
    FactRecord& r = add("date", d.span);
    r.fields.emplace_back("form", std::string(form_name(d.form)));
    r.fields.emplace_back("value", date_value(d));
    if (d.form == DateForm::numeric || d.form == DateForm::words) r.fields.emplace_back("valid", civil(d).has_value());
    if (doc.header.date && *doc.header.date == i) r.fields.emplace_back("header", true);
  }
  for (const RangeFact& g : f.ranges) {
    FactRecord& r = add("range", g.span);
    r.fields.emplace_back("range_kind",
                          std::string(g.kind == RangeKind::term ? "nhiệm kỳ" : g.kind == RangeKind::phase ? "giai đoạn" : "years"));
    r.fields.emplace_back("start", static_cast<std::int64_t>(g.start));
    r.fields.emplace_back("end", static_cast<std::int64_t>(g.end));
  }
  for (const OrdinalFact& o : f.ordinals) {
    FactRecord& r = add("ordinal", o.span);
    r.fields.emplace_back("word", std::string(ordinal_name(o.kind)));
    r.fields.emplace_back("roman", std::string(doc.slice(o.roman)));
    if (o.value) r.fields.emplace_back("value", static_cast<std::int64_t>(*o.value));
  }
  for (const WeekdayFact& w : f.weekdays) {
    FactRecord& r = add("weekday", w.span);
    r.fields.emplace_back("weekday", static_cast<std::int64_t>(w.weekday));
    r.fields.emplace_back("date", date_value(f.dates[w.date]));
  }
  for (const HeaderNumberFact& h : f.header_numbers) {
    FactRecord& r = add("header", h.span);
    r.fields.emplace_back("id", std::string(doc.slice(f.identifiers[h.identifier].span)));
    r.fields.emplace_back("colon", h.colon);
  }
  for (const RatioFact& x : f.ratios) add("ratio", x.span);
  for (const PercentFact& x : f.percents) add("percent", x.span);
  structure_records(doc, out);
  for (const CheckRecord& c : checks) {
    FactRecord& r = add("check", c.span);
    r.fields.emplace_back("rule", std::string(c.name));
    r.fields.emplace_back("verdict", std::string(c.ok ? "ok" : "failed"));
    r.fields.emplace_back("detail", c.detail);
  }
  return out;
}

}  // namespace cmlint
