// CM308 number-format: English-style separators (1,234,567; 40.1%; 1.5 triệu) and ambiguous groupings (1.2345).
#include <algorithm>

#include "numeric_common.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM308",
    "number-format",
    Severity::warning,
    "Số viết theo kiểu tiếng Anh (1,234,567; 40.1%) hoặc nhóm chữ số không rõ nghĩa (1.2345)",
    "Number written English-style (1,234,567; 40.1%) or with an ambiguous grouping (1.2345)",
    R"(## Quy tắc phát hiện gì
Trong văn bản tiếng Việt, dấu chấm phân cách hàng nghìn và dấu phẩy ngăn phần thập phân (`12.898`, `54,3%`).
Quy tắc cảnh báo:
* nhóm ba chữ số ngăn bằng dấu phẩy từ hai lần trở lên (`1,234,567`), hoặc dấu phẩy rồi dấu chấm (`1,123.56`);
* dấu chấm theo sau bởi một hoặc hai chữ số dùng làm dấu thập phân, tức là trước `%` hoặc từ chỉ quy mô (`40.1%`,
  `3.75%`, `1.5 triệu`);
* dấu chấm theo sau bởi bốn chữ số trở lên (`1.2345`): không rõ là nghìn hay thập phân.

Thông báo nói rõ khi văn bản dùng lẫn hai kiểu. Năm, số ký hiệu văn bản, ngày tháng, số điện thoại và mã số
(bắt đầu bằng 0, hoặc dính liền chữ cái) không bị cảnh báo. Không tự sửa: chỉ người viết biết ý định.

## Vì sao
`40.1%` đọc theo kiểu Việt Nam là 401 phần trăm; `1,5` và `1.5` mang nghĩa khác nhau ở hai quy ước.

## Ví dụ sai
    Tốc độ tăng trưởng đạt 7.5%, thu nhập bình quân 1.5 triệu đồng.

## Ví dụ đúng
    Tốc độ tăng trưởng đạt 7,5%, thu nhập bình quân 1,5 triệu đồng.
)",
    R"(## What it flags
In Vietnamese text a dot groups thousands and a comma starts the decimals (`12.898`, `54,3%`). The rule warns
about:
* groups of three digits separated by commas twice or more (`1,234,567`), or a comma then a dot (`1,123.56`);
* a dot followed by one or two digits used as a decimal point, that is before `%` or a scale word (`40.1%`,
  `3.75%`, `1.5 triệu`);
* a dot followed by four digits or more (`1.2345`): neither thousands nor decimals for sure.

The message says when the document mixes both styles. Years, document identifiers, dates, phone numbers and codes
(starting with 0, or glued to letters) are exempt. Never auto-fixed: only the writer knows what was meant.

## Why
`40.1%` read the Vietnamese way is 401 percent; `1,5` and `1.5` mean different things in the two conventions.

## Bad
    Tốc độ tăng trưởng đạt 7.5%, thu nhập bình quân 1.5 triệu đồng.

## Good
    Tốc độ tăng trưởng đạt 7,5%, thu nhập bình quân 1,5 triệu đồng.
)",
};

bool digit(char c) { return c >= '0' && c <= '9'; }

enum class Kind { none, english_grouping, english_order, english_decimal, ambiguous };

// Classifies a numeral made of digits, '.' and ','; `decimal_use`: followed by '%' or a scale word.
Kind classify(std::string_view t, bool decimal_use) {
  // The digit groups between the separators, read in one pass without storing them: the first, the second,
  // the last, and whether every group after the first is three digits long (with and without the last).
  std::size_t n = 0, seps = 0, commas = 0, first = 0, second = 0;
  bool inner_threes = true;  // groups 1 … last−1 (closed by a separator, the first excepted) are all 3 long
  char last_sep = 0;
  for (char c : t) {
    if (digit(c)) {
      ++n;
      continue;
    }
    if (seps == 0) first = n;
    else {
      if (seps == 1) second = n;
      if (n != 3) inner_threes = false;
    }
    ++seps;
    commas += c == ',' ? 1 : 0;
    last_sep = c;
    n = 0;
  }
  const std::size_t last = n;
  if (seps == 1) second = last;
  if (seps == 0 || first == 0) return Kind::none;
  const bool lead_ok = first <= 3;
  const auto dots = seps - commas;
  if (dots == 0 && commas >= 2 && lead_ok && inner_threes && last == 3) return Kind::english_grouping;
  if (dots == 1 && last_sep == '.' && commas >= 1 && lead_ok && inner_threes && last > 0) return Kind::english_order;
  if (dots == 1 && commas == 0) {
    if (t[0] == '0' && first > 1) return Kind::none;  // a phone number or code: 080.44417
    if (second >= 1 && second <= 2 && decimal_use) return Kind::english_decimal;
    if (second >= 4 && t[0] != '0') return Kind::ambiguous;
  }
  return Kind::none;
}

class NumberFormat final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    const auto& vocab = numbers::Vocabulary::builtin();
    const auto text = doc.text.view();
    // Spans of facts that are not amounts: dates and identifiers, in text order. Only "does one of them
    // hold this offset" is asked below, so the order among spans with the same start does not matter:
    // the two lists (each in text order, as the scan finds them) are merged, and sorted only if not.
    const auto by_begin = [](Span a, Span b) { return a.begin < b.begin; };
    std::vector<Span> dates, exempt;
    dates.reserve(doc.facts.dates.size());
    for (const auto& d : doc.facts.dates) dates.push_back(d.span);
    exempt.reserve(doc.facts.dates.size() + doc.facts.identifiers.size());
    for (const auto& id : doc.facts.identifiers) exempt.push_back(id.span);
    if (std::is_sorted(dates.begin(), dates.end(), by_begin) && std::is_sorted(exempt.begin(), exempt.end(), by_begin)) {
      const auto ids = exempt.size();
      exempt.insert(exempt.end(), dates.begin(), dates.end());
      std::inplace_merge(exempt.begin(), exempt.begin() + static_cast<std::ptrdiff_t>(ids), exempt.end(), by_begin);
    } else {
      exempt.insert(exempt.end(), dates.begin(), dates.end());
      std::sort(exempt.begin(), exempt.end(), by_begin);
    }
    // Does the document also write numbers the Vietnamese way ("12.898", "54,3")?
    bool vietnamese = false;
    for (const auto& n : doc.facts.numbers) {
      for (const char c : doc.slice(n.span)) vietnamese = vietnamese || c == '.' || c == ',';
      if (vietnamese) break;
    }
    std::size_t e = 0;
    const std::size_t size = text.size();
    // From digit to digit (numbers::DigitScan skips the rest 64 bytes at a time). A digit glued to a word
    // character, '.' or ',' before it starts no numeral, nor do the digits of its run (each has a digit
    // before it), so the whole run is skipped.
    numbers::DigitScan digits(text);
    for (std::size_t i = digits.next(0); i < size; i = digits.next(i)) {
      if (numbers::word_char_before(text, i) || (i > 0 && (text[i - 1] == '.' || text[i - 1] == ','))) {
        while (i < size && digit(text[i])) ++i;
        continue;
      }
      std::size_t j = i;
      bool separated = false;
      for (; j < size; ++j) {
        if (digit(text[j])) continue;
        if ((text[j] == '.' || text[j] == ',') && j + 1 < size && digit(text[j + 1])) {
          separated = true;
          continue;
        }
        break;
      }
      const std::string_view t = text.substr(i, j - i);
      const std::size_t start = i;
      i = j;  // text[j] is no digit: the next numeral starts after it
      if (!separated || numbers::word_char_at(text, j)) continue;
      // Glued to a dash, slash or plus: a phone number or code ("024-3232.3313").
      if (start > 0 && (text[start - 1] == '-' || text[start - 1] == '/' || text[start - 1] == '+')) continue;
      while (e < exempt.size() && exempt[e].end <= start) ++e;
      if (e < exempt.size() && exempt[e].begin <= start) continue;
      const std::size_t k = numbers::skip_blanks(text, j);
      const bool decimal_use =
          (k < text.size() && text[k] == '%') || numbers::match_at<grammar::scale_part>(text, j, vocab) != std::string_view::npos;
      const Kind kind = classify(t, decimal_use);
      if (kind == Kind::none) continue;
      if (numbers::match_ending_at<grammar::label_before>(text, start, vocab) != std::string_view::npos) continue;
      const Span span{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(j)};
      const std::string w(t);
      const char* mixed_vi = vietnamese ? " (văn bản dùng lẫn hai kiểu viết số)" : "";
      const char* mixed_en = vietnamese ? " (the document mixes both styles)" : "";
      const std::string mixed = out.lang() == Lang::vi ? mixed_vi : mixed_en;
      switch (kind) {
        case Kind::english_grouping:
        case Kind::english_order:
          out.report(span, "“{}” viết theo kiểu tiếng Anh; tiếng Việt dùng dấu chấm phân cách hàng nghìn, dấu phẩy cho phần thập phân{}",
                     "“{}” is written English-style; Vietnamese groups thousands with dots and marks decimals with a comma{}", w, mixed);
          break;
        case Kind::english_decimal:
          out.report(span, "“{}” dùng dấu chấm làm dấu thập phân; tiếng Việt viết dấu phẩy{}",
                     "“{}” uses a dot as the decimal point; Vietnamese uses a comma{}", w, mixed);
          break;
        default:
          out.report(span, "“{}”: dấu chấm theo sau bởi {} chữ số, không rõ là phân cách hàng nghìn hay thập phân",
                     "“{}”: a dot followed by {} digits is neither a thousands separator nor a decimal point for sure", w,
                     t.size() - t.find('.') - 1);
      }
    }
  }
};

}  // namespace

const Rule& number_format_rule() {
  static const NumberFormat rule;
  return rule;
}

}  // namespace cmlint
