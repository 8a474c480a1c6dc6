// CM407 bracket-balance: ( ) [ ] without a partner in the same paragraph. One
// pass with a stack, reset at blank lines; list markers "a)", "1)" are skipped.
#include "../rule.hpp"
#include "hygiene.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM407",
    "bracket-balance",
    Severity::warning,
    "Dấu ngoặc đơn, ngoặc vuông không có dấu đóng hoặc mở tương ứng trong đoạn",
    "Parenthesis or bracket without its partner in the paragraph",
    R"(## Quy tắc phát hiện gì
Dấu `(` hoặc `[` mở mà không đóng, `)` hoặc `]` đóng mà không mở, trong cùng một đoạn (các đoạn cách nhau
bằng dòng trống); lỗi được báo tại dấu bị lẻ. Ký hiệu đầu mục như `a)`, `1)`, `đ)` ở đầu dòng không tính.
Mỗi đoạn được kiểm tra riêng để một dấu lẻ không kéo theo cả văn bản.

## Vì sao
Ngoặc thiếu làm không rõ phần chú thích (thường là tên viết tắt, số liệu chi tiết) kết thúc ở đâu.

## Ví dụ sai
    Ủy ban Mặt trận Tổ quốc (UBMTTQ tỉnh chủ trì tổ chức thực hiện.

## Ví dụ đúng
    Ủy ban Mặt trận Tổ quốc (UBMTTQ) tỉnh chủ trì tổ chức thực hiện.
)",
    R"(## What it flags
A `(` or `[` that is never closed, or a `)` or `]` that closes nothing, within one paragraph (paragraphs are
separated by blank lines); the finding is at the unmatched mark. List markers such as `a)`, `1)`, `đ)` at the
start of a line do not count. Each paragraph is checked on its own so one stray mark does not affect the
whole document.

## Why
A missing bracket leaves unclear where an aside (often an abbreviation or detailed figures) ends.

## Bad
    Ủy ban Mặt trận Tổ quốc (UBMTTQ tỉnh chủ trì tổ chức thực hiện.

## Good
    Ủy ban Mặt trận Tổ quốc (UBMTTQ) tỉnh chủ trì tổ chức thực hiện.
)",
};

struct Open {
  char mark;
  std::uint32_t at;
};

// ")" of a list marker or of a reference to one, when it closes nothing: "a)", "12)", "đ)", "1.2)", "IV)"
// at the start of a line, and "các điểm d1), d2)" or "; b) …" inside one.
bool list_marker(std::string_view t, std::size_t at) {
  std::size_t k = at;
  std::size_t n = 0, letters = 0, roman = 0;
  while (k > 0 && t[k - 1] != '\n') {
    const auto c = hygiene::decode_before(t, k);
    if (!(hygiene::is_letter(c.c) || hygiene::is_digit(c.c) || c.c == '.')) break;
    k -= c.len;
    ++n;
    letters += hygiene::is_letter(c.c);
    roman += c.c == 'I' || c.c == 'V' || c.c == 'X';
  }
  // One letter (with digits: "d1"), digits, or a Roman numeral: a word such as "lẻ)" is not a marker.
  if (n == 0 || n > 5 || (letters > 1 && roman != letters)) return false;
  if (letters == 0 && n > 3 && t.substr(k, at - k).find('.') == std::string_view::npos) return false;  // 2400) mm
  if (k == 0 || t[k - 1] == '\n' || t[k - 1] == ' ' || t[k - 1] == '\t' || t[k - 1] == '*' || t[k - 1] == '"') return true;
  return t.substr(0, k).ends_with("\u201C");  // “a) in a quoted amendment
}

class BracketBalance final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const std::string_view t = doc.text.view();
    std::vector<Open> stack, pending;  // pending: openers left open by the last paragraphs
    std::size_t age = 0;
    hygiene::TextModel& text_model = hygiene::model(doc);
    hygiene::MarkCursor marks(t, text_model.marks());
    const auto bracket = [](unsigned char b) { return b == '(' || b == ')' || b == '[' || b == ']'; };
    for (const Span p : text_model.paragraphs()) {
      if (!stack.empty()) pending = stack, age = 0;
      else if (++age > kCarry) flush(out, pending);
      stack.clear();
      for (std::size_t i = p.begin; i < p.end; ++i) {
        i = marks.next(i, p.end, bracket);
        if (i >= p.end) break;
        const char c = t[i];
        const auto at = static_cast<std::uint32_t>(i);
        if (c == '(' || c == '[') {
          stack.push_back({c, at});
        } else if (c == ')' || c == ']') {
          const char want = c == ')' ? '(' : '[';
          const bool closed = hygiene::close_innermost(stack, pending, want,
                                                       [&](const auto& o) { report(out, o.at, o.mark, true); });
          if (!closed && !(c == ')' && list_marker(t, i)))  // "a)", "1)" open nothing: a list item
            report(out, at, c, false);
        }
      }
      if (!stack.empty()) flush(out, pending);
    }
    flush(out, pending);
    flush(out, stack);
  }

 private:
  static constexpr std::size_t kCarry = 3;
  static void flush(Reporter& out, std::vector<Open>& v) {
    for (const auto& o : v) report(out, o.at, o.mark, true);
    v.clear();
  }
  static void report(Reporter& out, std::uint32_t at, char mark, bool opening) {
    if (opening)
      out.report({at, at + 1}, "Dấu ngoặc “{}” mở mà không đóng trong đoạn này", "Bracket \"{}\" is opened but not closed in this paragraph",
                 std::string(1, mark));
    else
      out.report({at, at + 1}, "Dấu ngoặc “{}” đóng mà không có dấu mở trong đoạn này", "Bracket \"{}\" closes nothing in this paragraph",
                 std::string(1, mark));
  }
};

}  // namespace

const Rule& bracket_balance_rule() {
  static const BracketBalance rule;
  return rule;
}

}  // namespace cmlint
