// CM509 self-reference-type: "Quyết định này" in a document that is not a
// Quyết định (a Kế hoạch, a Báo cáo): residue of the template it was copied from.
#include "../../core/identifier_parts.hpp"
#include "../../structure/structure.hpp"
#include "../rule.hpp"
#include "text_scan.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM509",
    "self-reference-type",
    Severity::warning,
    "Văn bản tự gọi mình bằng tên loại khác (“Quyết định này” trong một Kế hoạch)",
    "The document calls itself by another type (\"Quyết định này\" in a Kế hoạch)",
    R"(## Quy tắc phát hiện gì
Cụm “<tên loại> này” (`Quyết định này`, `Nghị quyết này`, `Kế hoạch này` …) mà tên loại khác với tên loại
của chính văn bản (lấy từ tiêu đề, hoặc từ ký hiệu trong số của văn bản). Không báo khi văn bản ban hành
hay phê duyệt chính văn bản được gọi (trích yếu `Về việc ban hành Quy chế …` cho phép `Quy chế này`), với
phần sau chữ ký (văn bản ban hành kèm theo, phụ lục) và với nội dung trong ngoặc kép.

## Vì sao
Văn bản soạn lại từ một văn bản loại khác thường sót câu cũ: một Kế hoạch viết “Quyết định này có hiệu lực
kể từ ngày ký” hay “chịu trách nhiệm thi hành Quyết định này”.

## Ví dụ sai
    KẾ HOẠCH
    …
    Các cơ quan, đơn vị chịu trách nhiệm thi hành Quyết định này./.

## Ví dụ đúng
    Các cơ quan, đơn vị chịu trách nhiệm thực hiện Kế hoạch này./.
)",
    R"(## What it flags
"<type word> này" (`Quyết định này`, `Nghị quyết này`, `Kế hoạch này` …) whose type differs from the
document's own type (from its title, or from the type token of its own number). Not reported when the
document issues or approves the named one (the subject `Về việc ban hành Quy chế …` allows `Quy chế này`),
after the signature (documents issued with it, annexes) or inside quotation marks.

## Why
A document redrafted from one of another type keeps old sentences: a plan that says "Quyết định này có
hiệu lực kể từ ngày ký" or "chịu trách nhiệm thi hành Quyết định này".

## Bad
    KẾ HOẠCH
    …
    Các cơ quan, đơn vị chịu trách nhiệm thi hành Quyết định này./.

## Good
    Các cơ quan, đơn vị chịu trách nhiệm thực hiện Kế hoạch này./.
)",
};

bool word_byte(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80; }

class SelfReferenceType final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    if (doc.structure == nullptr) return;
    const DocumentStructure& ds = *doc.structure;
    std::string own = ds.type;
    if (own.empty() && doc.header.number) {
      const IdentifierFact& id = doc.facts.identifiers[doc.facts.header_numbers[*doc.header.number].identifier];
      const IdParts p = id_parts(doc.text.view(), id, doc.doc_types);
      for (const auto& e : doc.doc_types.entries())
        for (const auto& tk : e.tokens)
          if (own.empty() && !p.type.empty() && tk == p.type) own = e.word;
    }
    if (own.empty()) return;
    // What the document issues or approves: the title's subject, which extraction may break over
    // several lines, up to the first basis line or unit.
    std::uint32_t subject_end = ds.subject.end;
    if (ds.title.end > 0) {
      subject_end = std::min<std::uint32_t>(static_cast<std::uint32_t>(doc.text.view().size()), ds.title.end + 400);
      if (!ds.basis.empty()) subject_end = std::min(subject_end, ds.basis.front().begin);
      if (!ds.units.empty()) subject_end = std::min(subject_end, ds.units.front().marker.begin);
      subject_end = std::max(subject_end, ds.subject.end);
    }
    // In capitals, blanks and line breaks as one space; made only when a reference gets that far.
    std::string subject;
    bool subject_made = false;
    const auto make_subject = [&] {
      for (char c : upper_vi(doc.slice(Span{ds.title.end, subject_end}))) {
        const bool blank = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (blank && (subject.empty() || subject.back() == ' ')) continue;
        subject += blank ? ' ' : c;
      }
      subject_made = true;
    };
    const std::string_view t = doc.text.view();
    const std::uint32_t limit = ds.body_end;  // annexes, forms and attached documents name themselves
    constexpr std::string_view kNay = "này", kBlankNay = " này";
    // Only occurrences starting before `limit` count: the search need not read past them. The filter
    // bytes are the 'n' and the 'y'.
    const std::string_view body = t.substr(0, std::min<std::size_t>(t.size(), std::size_t{limit} + kBlankNay.size() - 1));
    structure_scan::InlineQuotes quotes(t);
    for (std::size_t at = structure_scan::find_filtered(body, ds.body_begin, kBlankNay, 1, 4);
         at != std::string_view::npos && at < limit; at = structure_scan::find_filtered(body, at + 1, kBlankNay, 1, 4)) {
      const auto i = static_cast<std::uint32_t>(at + 1);
      if (i + kNay.size() < t.size() && word_byte(static_cast<unsigned char>(t[i + kNay.size()]))) continue;
      // The type word ending right before the blank.
      for (const DocType& e : doc.doc_types.entries()) {
        const std::string& w = e.word;
        if (e.any || w.size() + 1 > i || t[i - 2] != w.back() || t.substr(i - 1 - w.size(), w.size()) != w) continue;
        const std::uint32_t b = i - 1 - static_cast<std::uint32_t>(w.size());
        if (b > 0 && word_byte(static_cast<unsigned char>(t[b - 1]))) continue;
        // Laws are quoted; forms (minutes, contracts, papers) are reproduced in annexes and templates;
        // "Văn bản hợp nhất này" is the consolidation note.
        if (w == "Luật" || w == "Bộ luật" || w == "Pháp lệnh" || w == "Biên bản" || w == "Hợp đồng" || w == "Văn bản hợp nhất" ||
            w == "Lệnh" || w == "Công điện" || w.starts_with("Giấy") || w.starts_with("Phiếu") || w.starts_with("Bản "))
          break;
        if (ds.quoted(i) || quotes.at(i)) break;
        const Span span{b, i + static_cast<std::uint32_t>(kNay.size())};
        if (w == own || own.starts_with(w + " ") || w.starts_with(own + " ")) {  // "Thông tư này" in a Thông tư liên tịch
          out.pass(span, "{} = {}", w, own);
          break;
        }
        // "… ban hành quyết định trợ cấp … Quyết định này …": the one just spoken of.
        std::string lw = w;
        if (!lw.empty() && lw[0] >= 'A' && lw[0] <= 'Z') lw[0] = static_cast<char>(lw[0] - 'A' + 'a');
        const std::size_t from = b > 240 ? b - 240 : 0;
        if (find_word(t.substr(0, b), lw, from) != std::string_view::npos) break;
        std::string uw = upper_vi(w);
        if (!subject_made) make_subject();
        if (subject.find(uw) != std::string::npos) break;  // the document issues or approves it
        out.report(span, "Văn bản là {} nhưng tự gọi là “{} này” (sót lại từ văn bản khác?)",
                   "The document is a {} but calls itself \"{} này\" (left over from another document?)", own, w);
        break;
      }
    }
  }
};

}  // namespace

const Rule& self_reference_type_rule() {
  static const SelfReferenceType rule;
  return rule;
}

}  // namespace cmlint
