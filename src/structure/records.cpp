#include "records.hpp"

#include "../rules/rule.hpp"
#include "structure.hpp"

namespace cmlint {

void structure_records(const Document& doc, std::vector<FactRecord>& out) {
  if (doc.structure == nullptr) return;
  const DocumentStructure& ds = *doc.structure;
  const auto add = [&](const char* kind, Span span) -> FactRecord& {
    out.push_back({kind, std::string(doc.slice(span)), span, 0, 0, 0, {}});
    return out.back();
  };
  const auto part = [&](const char* name, Span span) -> FactRecord& {
    FactRecord& r = add("part", span);
    r.fields.emplace_back("part", std::string(name));
    return r;
  };
  if (ds.national_title.end > 0) part("national-title", ds.national_title);
  if (ds.motto.end > 0) part("motto", ds.motto);
  if (ds.party_title.end > 0) part("party-title", ds.party_title);
  if (ds.title.end > 0) {
    FactRecord& r = part("title", ds.title);
    r.fields.emplace_back("type", ds.type);
    if (ds.subject.end > 0) r.fields.emplace_back("subject", std::string(doc.slice(ds.subject)));
  }
  for (const Span& b : ds.basis) part("basis", b);
  if (ds.enacting.end > 0) part("enacting", ds.enacting);
  for (const Unit& u : ds.units) {
    FactRecord& r = add("unit", u.marker);
    r.fields.emplace_back("level", std::string(ds.level_name(u)));
    r.fields.emplace_back("number", std::string(doc.slice(u.number)));
    r.fields.emplace_back("value", static_cast<std::int64_t>(u.value));
    if (u.parent) {
      const Unit& p = ds.units[*u.parent];
      r.fields.emplace_back("parent", ds.label(p, doc.text.view()));
    }
    r.fields.emplace_back("lines", static_cast<std::int64_t>(doc.line_of(u.span.end > u.span.begin ? u.span.end - 1 : u.span.end) -
                                                             doc.line_of(u.span.begin) + 1));
    if (u.context > 0) r.fields.emplace_back("context", static_cast<std::int64_t>(u.context));
  }
  if (ds.recipients.end > 0) part("recipients", ds.recipients);
  for (const SignatureLine& s : ds.signature) {
    FactRecord& r = part("signature", s.line);
    r.fields.emplace_back("prefix", std::string(doc.slice(s.prefix)));
    if (s.next.end > s.next.begin) r.fields.emplace_back("signer", std::string(doc.slice(s.next)));
    if (!s.known) r.fields.emplace_back("known", false);
  }
}

}  // namespace cmlint
