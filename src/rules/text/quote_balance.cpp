// CM406 quote-balance: an opening or closing quotation mark without its
// partner in the same paragraph. One pass with a stack, reset at blank lines.
#include "../rule.hpp"
#include "hygiene.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM406",
    "quote-balance",
    Severity::warning,
    "Dấu ngoặc kép không có dấu đóng hoặc mở tương ứng trong đoạn",
    "Quotation mark without its partner in the paragraph",
    R"(## Quy tắc phát hiện gì
Dấu ngoặc kép mở mà không đóng, hoặc đóng mà không mở, trong cùng một đoạn (các đoạn cách nhau bằng dòng
trống): “ ”, ‘ ’, « » và dấu " thẳng. Lỗi được báo tại dấu bị lẻ. Dấu nháy đơn giữa hai chữ (`Ha’tinh`) là
dấu lược, không tính. Mỗi đoạn được kiểm tra riêng để một dấu lẻ không kéo theo cả văn bản.

## Vì sao
Trích dẫn thiếu dấu đóng làm người đọc không biết phần trích dẫn (thường là nội dung sửa đổi, bổ sung của
văn bản khác) kết thúc ở đâu.

## Ví dụ sai
    Sửa đổi khoản 2 Điều 3 như sau: “2. Mức đóng bảo hiểm y tế được xác định theo tỷ lệ phần trăm.

## Ví dụ đúng
    Sửa đổi khoản 2 Điều 3 như sau: “2. Mức đóng bảo hiểm y tế được xác định theo tỷ lệ phần trăm.”
)",
    R"(## What it flags
An opening quotation mark that is never closed, or a closing one that was never opened, within one paragraph
(paragraphs are separated by blank lines): “ ”, ‘ ’, « » and the straight ". The finding is at the unmatched
mark. A single quote between two letters (`Ha’tinh`) is an apostrophe and does not count. Each paragraph is
checked on its own so one stray mark does not affect the whole document.

## Why
A quotation without its closing mark leaves the reader unsure where the quoted text (often the amended
wording of another document) ends.

## Bad
    Sửa đổi khoản 2 Điều 3 như sau: “2. Mức đóng bảo hiểm y tế được xác định theo tỷ lệ phần trăm.

## Good
    Sửa đổi khoản 2 Điều 3 như sau: “2. Mức đóng bảo hiểm y tế được xác định theo tỷ lệ phần trăm.”
)",
};

struct Open {
  char32_t mark;
  std::uint32_t at, len;
};

char32_t partner(char32_t close) {
  switch (close) {
    case U'”': return U'“';  // also ‟ and „ (see below)
    case U'’': return U'‘';
    case U'»': return U'«';
    default: return 0;
  }
}

class QuoteBalance final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const std::string_view t = doc.text.view();
    std::vector<Open> stack, pending;  // pending: openers left open by the last paragraphs (page breaks)
    std::size_t age = 0;
    hygiene::TextModel& text_model = hygiene::model(doc);
    hygiene::MarkCursor marks(t, text_model.marks());
    const auto quote_byte = [](unsigned char b) { return b == '"' || b == 0xE2 || b == 0xC2; };
    for (const Span p : text_model.paragraphs()) {
      if (!stack.empty()) pending.insert(pending.end(), stack.begin(), stack.end()), age = 0;
      else if (++age > kCarry) flush(out, pending);
      stack.clear();
      for (std::size_t i = p.begin; i < p.end;) {
        i = marks.next(i, p.end, quote_byte);
        if (i >= p.end) break;
        const auto c = hygiene::decode(t, i);
        const std::uint32_t at = static_cast<std::uint32_t>(i);
        i += c.len;
        switch (c.c) {
          case U'"':
            if (!stack.empty() && stack.back().mark == U'"') stack.pop_back();
            else stack.push_back({U'"', at, 1});
            break;
          case U'“': case U'«': case U'‘': case U'‟': case U'„':
            if (c.c == U'‘' && hygiene::is_letter(hygiene::decode_before(t, at).c)) break;  // apostrophe
            stack.push_back({c.c == U'‟' || c.c == U'„' ? U'“' : c.c, at, c.len});  // ‟Điều 1 … ” in some texts
            break;
          case U'”': case U'»': case U'’': {
            if (c.c == U'’') {
              const char32_t before = hygiene::decode_before(t, at).c;
              const char32_t after = i < t.size() ? hygiene::decode(t, i).c : 0;
              if (hygiene::is_letter(before) && hygiene::is_letter(after)) break;  // apostrophe: Ha’tinh
              // Without an open ‘ in this paragraph a ’ after a letter is an apostrophe too (tụi’).
              bool open = false;
              for (const auto& o : stack) open = open || o.mark == U'‘';
              for (const auto& o : pending) open = open || o.mark == U'‘';
              if (!open) break;
            }
            const char32_t want = partner(c.c);
            // Openers of other kinds left inside this pair are unmatched.
            if (!hygiene::close_innermost(stack, pending, want, [&](const Open& o) {
                  report(out, {o.at, o.at + o.len}, o.mark, true);
                }))
              report(out, {at, at + c.len}, c.c, false);
            break;
          }
          default: break;
        }
      }
    }
    flush(out, pending);
    flush(out, stack);
  }

 private:
  // Quotations of amended text span paragraphs: an opener waits until the end of the document for
  // its closer, which would otherwise be reported itself; so a pending opener never causes a finding.
  static constexpr std::size_t kCarry = SIZE_MAX;
  static void flush(Reporter& out, std::vector<Open>& v) {
    for (const auto& o : v) report(out, {o.at, o.at + o.len}, o.mark, true);
    v.clear();
  }
  static void report(Reporter& out, Span s, char32_t mark, bool opening) {
    std::string m;
    hygiene::append_utf8(m, mark);
    if (opening)
      out.report(s, "Dấu ngoặc kép {} mở mà không đóng trong đoạn này", "Quotation mark {} is opened but not closed in this paragraph", m);
    else
      out.report(s, "Dấu ngoặc kép {} đóng mà không có dấu mở trong đoạn này", "Quotation mark {} closes nothing in this paragraph", m);
  }
};

}  // namespace

const Rule& quote_balance_rule() {
  static const QuoteBalance rule;
  return rule;
}

}  // namespace cmlint
