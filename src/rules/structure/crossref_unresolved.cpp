// CM502 crossref-unresolved: an internal reference ("khoản 2 Điều 3", "điểm b
// khoản 1 Điều này", "Điều 5 Quyết định này") to a unit the document does not have.
#include <tao/pegtl.hpp>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "../../../grammar/structure.hpp"
#include "../../structure/structure.hpp"
#include "../rule.hpp"
#include "text_scan.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM502",
    "crossref-unresolved",
    Severity::error,
    "Tham chiếu tới Điều, khoản, điểm không có trong văn bản",
    "A reference to an article, clause or point the document does not have",
    R"(## Quy tắc phát hiện gì
Tham chiếu nội bộ tới một đơn vị không có trong chính văn bản: `khoản 4 Điều 2` khi Điều 2 chỉ có ba khoản,
`điểm đ khoản 1 Điều này` khi khoản 1 chỉ có điểm a–d, `Điều 7 Quyết định này` khi quyết định có sáu Điều.
Tham chiếu tới văn bản khác không bị kiểm tra: khi sau nó là tên văn bản (`… của Luật Đất đai`,
`… Nghị định số 30/2020/NĐ-CP`, `… Luật này` trong đoạn trích) hoặc số, ký hiệu; văn bản sửa đổi, bổ sung
(tham chiếu thường chỉ tới văn bản được sửa) và nội dung trong ngoặc kép cũng được bỏ qua.

Tham chiếu có chỉ rõ “… này” (`Điều này`, `Quyết định này`) là `error`; tham chiếu không kèm tên văn bản
(`theo quy định tại khoản 2 Điều 3.`) chỉ là `warning`, vì có thể là tới văn bản vừa nêu trước đó.

## Vì sao
Khi chèn, xóa hoặc đánh số lại Điều, khoản, các tham chiếu cũ không được sửa theo; người thi hành bị dẫn
tới quy định không tồn tại hoặc sai quy định.

## Ví dụ sai
    Điều 2. Nhiệm vụ của Đoàn kiểm tra
    1. Kiểm tra hồ sơ.
    2. Báo cáo kết quả theo quy định tại khoản 3 Điều này.

## Ví dụ đúng
    2. Báo cáo kết quả theo quy định tại khoản 1 Điều này.
)",
    R"(## What it flags
An internal reference to a unit the document does not have: `khoản 4 Điều 2` when Article 2 has three
clauses, `điểm đ khoản 1 Điều này` when clause 1 has points a–d only, `Điều 7 Quyết định này` in a decision
of six articles. References to other documents are not checked: those followed by a document name
(`… của Luật Đất đai`, `… Nghị định số 30/2020/NĐ-CP`) or an identifier; amending documents (whose
references usually point into the amended text) and text inside quotation marks are skipped as well.

References that say "… này" (`Điều này`, `Quyết định này`) are errors; bare ones
(`theo quy định tại khoản 2 Điều 3.`) are warnings, since they may point into a document named just before.

## Why
When articles or clauses are inserted, deleted or renumbered, old references are left behind and send
the reader to a provision that does not exist or is the wrong one.

## Bad
    Điều 2. Nhiệm vụ của Đoàn kiểm tra
    1. Kiểm tra hồ sơ.
    2. Báo cáo kết quả theo quy định tại khoản 3 Điều này.

## Good
    2. Báo cáo kết quả theo quy định tại khoản 1 Điều này.
)",
    {{"check-bare", true, "Also check references without \"… này\" (as warnings)"}},
};

namespace g = cmlint::grammar;
namespace pegtl = tao::pegtl;

struct Ref {
  const char* diem_b = nullptr;
  const char* diem_e = nullptr;
  const char* khoan_b = nullptr;
  const char* khoan_e = nullptr;
  const char* dieu_b = nullptr;
  const char* dieu_e = nullptr;
};

template <typename Rule>
struct action : pegtl::nothing<Rule> {};
template <>
struct action<g::st_ref_diem_value> {
  template <typename I> static void apply(const I& in, Ref& r) { r.diem_b = in.begin(), r.diem_e = in.end(); }
};
template <>
struct action<g::st_ref_khoan_value> {
  template <typename I> static void apply(const I& in, Ref& r) { r.khoan_b = in.begin(), r.khoan_e = in.end(); }
};
template <>
struct action<g::st_ref_dieu_value> {
  template <typename I> static void apply(const I& in, Ref& r) { r.dieu_b = in.begin(), r.dieu_e = in.end(); }
};

bool word_byte(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80; }

int number(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::size_t skip_ws(std::string_view t, std::size_t i) {
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')) ++i;
  return i;
}

enum class Target { internal, external, bare };

constexpr std::string_view kCua = "của", kDieu = "Điều", kDiem = "điểm", kDiemCap = "Điểm", kKhoan = "khoản",
                           kKhoanCap = "Khoản";

// What follows a reference: "này", "Quyết định này", "của Nghị định này" (internal); a document
// name, a number or "của …" (external); anything else (bare).
Target classify(const Document& doc, std::size_t i) {
  const std::string_view t = doc.text.view();
  i = skip_ws(t, i);
  bool cua = false;
  if (t.substr(i, kCua.size()) == kCua && i + kCua.size() < t.size() &&
      (t[i + kCua.size()] == ' ' || t[i + kCua.size()] == '\n')) {
    cua = true;
    i = skip_ws(t, i + kCua.size());
  }
  if (i >= t.size()) return Target::bare;
  if (t[i] >= '0' && t[i] <= '9') return Target::external;
  for (std::string_view w : {"Hiến pháp", "Điều lệ", "Luật", "Bộ luật", "Pháp lệnh"})
    if (t.substr(i, w.size()) == w) return Target::external;
  const std::size_t len = doc.doc_types.match_type_word(t.data() + i, t.data() + t.size());
  const bool cap = (t[i] >= 'A' && t[i] <= 'Z' && t[i] != 'V') || t.substr(i, 2) == "Đ";
  if (len > 0 && cap) {  // a capitalised type word ("Văn bản" is too vague)
    const std::size_t j = skip_ws(t, i + len);
    constexpr std::string_view kNay = "này";
    if (t.substr(j, kNay.size()) == kNay &&
        (j + kNay.size() >= t.size() || !word_byte(static_cast<unsigned char>(t[j + kNay.size()]))))
      return Target::internal;
    return Target::external;
  }
  return cua ? Target::external : Target::bare;
}

// A bare reference followed, in the same sentence, by another document's name ("khoản 1 Điều 5, Điều 6
// và Điều 7 của Luật …") belongs to that document.
bool external_later(const Document& doc, std::size_t i) {
  const std::string_view t = doc.text.view();
  const std::size_t end = std::min(t.size(), i + 240);
  for (std::size_t k = i; k < end; ++k) {
    const char c = t[k];
    if (c == ';' || (c == '.' && (k + 1 >= t.size() || t[k + 1] == ' ' || t[k + 1] == '\n'))) return false;
    if (c == 'c' && k > 0 && !word_byte(static_cast<unsigned char>(t[k - 1])) && t.substr(k, kCua.size()) == kCua &&
        classify(doc, k) == Target::external)
      return true;
    if (c == '\xC4' && t.substr(k, kDieu.size()) == kDieu) {
      const std::size_t j = skip_ws(t, k + kDieu.size());
      std::size_t m = j;
      while (m < t.size() && t[m] >= '0' && t[m] <= '9') ++m;
      if (m > j && classify(doc, m) == Target::external) return true;
    }
  }
  return false;
}

// The first "Điều", "điểm", "Điểm", "khoản" or "Khoản" at or after `from`. All five have a lead
// byte 0xE1 three bytes in (after "Đi"/"đi" or "kho"/"Kho"): bytes are tested sixteen at a time
// for that pair, and the few positions that pass are compared in full.
bool keyword_at(std::string_view t, std::size_t i) {
  const std::string_view r = t.substr(i);
  return r.starts_with(kDieu) || r.starts_with(kDiem) || r.starts_with(kDiemCap) || r.starts_with(kKhoan) ||
         r.starts_with(kKhoanCap);
}

std::size_t next_keyword(std::string_view t, std::size_t from) {
  std::size_t i = from;
#if defined(__SSE2__)
  const char* d = t.data();
  for (; i + 19 <= t.size(); i += 16) {
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + i));
    const __m128i c3 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + i + 3));
    const __m128i lead = _mm_or_si128(_mm_cmpeq_epi8(c, _mm_set1_epi8(static_cast<char>(0xC4))),
                                      _mm_cmpeq_epi8(_mm_or_si128(c, _mm_set1_epi8(0x20)), _mm_set1_epi8('k')));
    const __m128i e1 = _mm_cmpeq_epi8(c3, _mm_set1_epi8(static_cast<char>(0xE1)));
    for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(lead, e1))); mask != 0; mask &= mask - 1) {
      const std::size_t k = i + static_cast<std::size_t>(__builtin_ctz(mask));
      if (keyword_at(t, k)) return k;
    }
  }
#endif
  for (; i < t.size(); ++i)
    if ((t[i] == '\xC4' || t[i] == 'k' || t[i] == 'K') && keyword_at(t, i)) return i;
  return std::string_view::npos;
}

// The document's articles (units of level dieu), gathered once per document instead of once per
// reference: the first of each number, and the bounds check_ref compares a bare reference with.
struct Articles {
  std::vector<std::pair<int, std::uint32_t>> by_value;  // (value, unit index), sorted: the first unit of a value first
  int max_body = 0, count_body = 0;  // over the articles of the body (context 0)
  int max_all = 0;                   // over all articles
  int end_mark = -1;                 // whether the text holds "./." (-1: not looked for yet)

  explicit Articles(const DocumentStructure& ds) {
    for (std::uint32_t k = 0; k < ds.units.size(); ++k) {
      const Unit& u = ds.units[k];
      if (u.level != UnitLevel::dieu) continue;
      by_value.emplace_back(u.value, k);
      max_all = std::max(max_all, u.value);
      if (u.context == 0) {
        max_body = std::max(max_body, u.value);
        ++count_body;
      }
    }
    std::sort(by_value.begin(), by_value.end());
  }
  // The first article numbered n (in document order), if any.
  std::optional<std::uint32_t> find(int n) const {
    const auto it = std::lower_bound(by_value.begin(), by_value.end(), std::pair<int, std::uint32_t>{n, 0});
    if (it == by_value.end() || it->first != n) return std::nullopt;
    return it->second;
  }
  bool has_end_mark(std::string_view t) {
    if (end_mark < 0) end_mark = find_word(t, "./.", 0) != std::string_view::npos ? 1 : 0;
    return end_mark == 1;
  }
};

class CrossrefUnresolved final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    if (doc.structure == nullptr) return;
    const DocumentStructure& ds = *doc.structure;
    if (ds.units.empty()) return;
    const bool bare_on = out.option_bool("check-bare") && !ds.amending;
    const std::string_view t = doc.text.view();
    const char* base = t.data();
    std::size_t next_unit = 0;
    std::optional<Articles> articles;  // made at the first reference to a numbered article
    structure_scan::InlineQuotes quotes(t);
    // Candidates: "Điều", "điểm"/"Điểm", "khoản"/"Khoản", in one pass (next_keyword).
    for (std::size_t i = next_keyword(t, 0); i != std::string_view::npos; i = next_keyword(t, i + 1)) {
      if (i > 0 && word_byte(static_cast<unsigned char>(t[i - 1])) &&
          !(i >= 3 && t[i - 3] == '\xE2' && t[i - 2] == '\x80')) continue;
      while (next_unit < ds.units.size() && ds.units[next_unit].marker.begin < i) ++next_unit;
      if (next_unit < ds.units.size() && ds.units[next_unit].marker.begin == i) continue;  // a heading, not a reference
      if (ds.quoted(static_cast<std::uint32_t>(i)) || quotes.at(i)) continue;
      Ref r;
      pegtl::memory_input<pegtl::tracking_mode::lazy> in(base + i, base + t.size(), "");
      if (!pegtl::parse<g::st_reference, action>(in, r)) continue;
      const std::size_t end = static_cast<std::size_t>(in.current() - base);
      check_ref(doc, ds, articles, r, Span{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end)}, bare_on, out);
      i = end - 1;  // the next candidate starts after this reference
    }
  }

 private:
  static void check_ref(const Document& doc, const DocumentStructure& ds, std::optional<Articles>& articles, const Ref& r,
                        Span span, bool bare_on, Reporter& out) {
    const std::string_view t = doc.text.view();
    const char* base = t.data();
    const auto sv = [](const char* b, const char* e) { return std::string_view(b, static_cast<std::size_t>(e - b)); };
    const std::string_view dieu = r.dieu_b ? sv(r.dieu_b, r.dieu_e) : std::string_view();
    const std::string_view khoan = r.khoan_b ? sv(r.khoan_b, r.khoan_e) : std::string_view();
    const std::string_view diem = r.diem_b ? sv(r.diem_b, r.diem_e) : std::string_view();
    std::optional<std::uint32_t> article, clause;
    bool explicit_ref = false;
    if (dieu == "này") {
      article = ds.enclosing(span.begin, UnitLevel::dieu);
      if (!article) return;
      explicit_ref = true;
    } else if (!dieu.empty()) {
      const Target target = classify(doc, span.end);
      if (target == Target::external) return;
      explicit_ref = target == Target::internal;
      if (!explicit_ref && (!bare_on || external_later(doc, span.end))) return;
      if (!articles) articles.emplace(ds);
      const int n = number(dieu);
      // The first article numbered n, in any context: page noise and quotations split contexts.
      article = articles->find(n);
      if (articles->by_value.empty()) return;  // a plan or report: "Điều 5" is another document's
      if (!explicit_ref) {
        // A bare reference is followed only as far as is safe: an article number within the document's
        // range that it lacks. Beyond the range, or down to clauses and points, it may well be the
        // article of a document named earlier in the paragraph.
        const int max_article = articles->max_body, count = articles->count_body;
        // Only in a body whose articles were all found (no extraction gaps), and within their range.
        if (n > max_article || count * 10 < max_article * 9) return;
        if (article) {
          out.pass(span, "{}", t.substr(span.begin, span.end - span.begin));
          return;
        }
      }
      if (!article) {
        // Beyond the last article of a document without its closing (recipients, signature): the
        // text may be cut short (a gazette issue ends mid-document), not the reference wrong.
        if (n > articles->max_all && ds.signature.empty() && ds.recipients.end == 0 && !articles->has_end_mark(t))
          return;
        report(out, explicit_ref, span, doc, "Điều {} không có trong văn bản", "The document has no Điều {}", dieu);
        return;
      }
    } else if (khoan == "này") {
      clause = ds.enclosing(span.begin, UnitLevel::arabic);
      if (!clause || !ds.units[*clause].parent || ds.units[*ds.units[*clause].parent].level != UnitLevel::dieu) return;
      explicit_ref = true;
    } else {
      return;  // "khoản 2" alone: of which article is not certain
    }
    (void)base;
    if (article && !khoan.empty()) {
      if (khoan == "này") return;
      const int k = number(khoan);
      bool any = false;
      for (std::uint32_t j = *article + 1; j < ds.units.size() && ds.units[j].span.begin < ds.units[*article].span.end; ++j) {
        const Unit& u = ds.units[j];
        if (u.parent != article || u.level != UnitLevel::arabic) continue;
        any = true;
        if (u.value == k) {
          clause = j;
          break;
        }
      }
      if (!any) return;  // unnumbered paragraphs, or numbering lost in extraction
      if (!clause) {
        report(out, explicit_ref, span, doc, "Không có khoản {} trong {}", "There is no khoản {} in {}", khoan,
               ds.label(ds.units[*article], t));
        return;
      }
    }
    if (clause && !diem.empty()) {
      const int v = letter_value(diem);
      bool any = false, found = false;
      for (std::uint32_t j = *clause + 1; j < ds.units.size() && ds.units[j].span.begin < ds.units[*clause].span.end; ++j) {
        const Unit& u = ds.units[j];
        if (u.parent != clause || u.level != UnitLevel::letter) continue;
        any = true;
        found = found || u.value == v;
      }
      if (any && !found) {
        const Unit& cl = ds.units[*clause];
        report(out, explicit_ref, span, doc, "Không có điểm {} trong khoản {} {}", "There is no điểm {} in khoản {} of {}", diem,
               t.substr(cl.number.begin, cl.number.end - cl.number.begin), ds.label(ds.units[*cl.parent], t));
        return;
      }
    }
    out.pass(span, "{}", t.substr(span.begin, span.end - span.begin));
  }

  template <typename... Args>
  static void report(Reporter& out, bool explicit_ref, Span span, const Document& doc, std::string_view vi, std::string_view en,
                     Args&&... args) {
    const std::string ref(doc.slice(span));
    std::string flat;
    for (char c : ref) flat += (c == '\n' || c == '\r') ? ' ' : c;
    const std::string m_vi = std::string("Tham chiếu “{}” không trỏ tới đơn vị nào: ") + std::string(vi);
    const std::string m_en = std::string("Reference \"{}\" points nowhere: ") + std::string(en);
    // Annexes and texts after the signature often reproduce provisions of other documents.
    const std::uint32_t body_end = doc.structure->body_end;
    const bool sure = explicit_ref && !doc.structure->amending && !doc.structure->consolidated && span.begin < body_end;
    out.report_as(sure ? Severity::error : Severity::warning, span, m_vi, m_en, flat, std::forward<Args>(args)...);
  }
};

}  // namespace

const Rule& crossref_unresolved_rule() {
  static const CrossrefUnresolved rule;
  return rule;
}

}  // namespace cmlint
