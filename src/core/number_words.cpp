#include "number_words.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <array>
#include <span>
#include <string>
#include <vector>

namespace cmlint {
namespace {

// ---------------------------------------------------------------- the words

enum class Kind { digit, ten /*mười*/, tens /*mươi*/, hundred, scale, zero_tens /*linh*/, half, minus };

// Where a digit word may stand.
enum Use : unsigned {
  lead = 1,        // alone, or before "trăm"/"mươi"/a scale word, or first of a short pair
  unit = 2,        // after "mươi": hai mươi MỐT
  after_ten = 4,   // after "mười": mười LĂM
  after_linh = 8,  // after "linh"/"lẻ": một trăm linh TƯ
  pair_unit = 16,  // second of a short pair: hai MỐT (21), chín trăm ba TÁM (938)
  shortened = 32,  // last word after "trăm"/a scale word, standing for the next place: một trăm HAI (120)
};

struct Word {
  std::string_view text;
  Kind kind;
  std::int64_t value;
  unsigned use = 0;
  bool has(Use u) const { return (use & u) != 0; }
};

constexpr unsigned all_digit = lead | unit | after_ten | after_linh | pair_unit | shortened;

// "một" and "năm" are not shortened forms (ambiguous, see the header); "năm"
// is no unit after "mười"/"mươi" ("mười năm" is "ten years"): "lăm" is.
// "mốt", "tư", "lăm", "nhăm" only follow another number word.
constexpr std::array kWords{
    Word{"không", Kind::digit, 0, lead},
    Word{"một", Kind::digit, 1, lead | unit | after_ten | after_linh},
    Word{"mốt", Kind::digit, 1, unit | pair_unit | shortened},
    Word{"hai", Kind::digit, 2, all_digit},
    Word{"ba", Kind::digit, 3, all_digit},
    Word{"bốn", Kind::digit, 4, all_digit},
    Word{"tư", Kind::digit, 4, unit | after_linh | pair_unit | shortened},
    Word{"năm", Kind::digit, 5, lead | after_linh},
    Word{"lăm", Kind::digit, 5, unit | after_ten | after_linh | pair_unit},
    Word{"nhăm", Kind::digit, 5, unit | after_ten | pair_unit},
    Word{"sáu", Kind::digit, 6, all_digit},
    Word{"bảy", Kind::digit, 7, all_digit},
    Word{"bẩy", Kind::digit, 7, all_digit},
    Word{"tám", Kind::digit, 8, all_digit},
    Word{"chín", Kind::digit, 9, all_digit},
    Word{"mười", Kind::ten, 10},
    Word{"mươi", Kind::tens, 10},
    Word{"trăm", Kind::hundred, 100},
    Word{"nghìn", Kind::scale, 1'000},
    Word{"ngàn", Kind::scale, 1'000},
    Word{"vạn", Kind::scale, 10'000},
    Word{"triệu", Kind::scale, 1'000'000},
    Word{"tỷ", Kind::scale, 1'000'000'000},
    Word{"tỉ", Kind::scale, 1'000'000'000},
    Word{"linh", Kind::zero_tens, 0},
    Word{"lẻ", Kind::zero_tens, 0},
    Word{"rưỡi", Kind::half, 0},
    Word{"rưởi", Kind::half, 0},  // frequent misspelling
    Word{"âm", Kind::minus, 0},
    Word{"trừ", Kind::minus, 0},
};

// Only "tỷ" stacks on a smaller scale: "một nghìn tỷ", "một triệu tỷ", "một tỷ tỷ".
constexpr std::int64_t kStackingScale = 1'000'000'000;

struct MonthWord {
  std::string_view text;
  int month;
};
constexpr std::array kMonths{
    MonthWord{"một", 1},  MonthWord{"giêng", 1}, MonthWord{"hai", 2},      MonthWord{"ba", 3},
    MonthWord{"tư", 4},   MonthWord{"bốn", 4},   MonthWord{"năm", 5},      MonthWord{"sáu", 6},
    MonthWord{"bảy", 7},  MonthWord{"bẩy", 7},   MonthWord{"tám", 8},      MonthWord{"chín", 9},
    MonthWord{"mười", 10}, MonthWord{"mười một", 11}, MonthWord{"mười hai", 12}, MonthWord{"chạp", 12},
};

// ---------------------------------------------------------------- tokens

std::string to_lower(std::string_view s) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<std::int32_t>(s.size())))
      .toLower(icu::Locale::getRoot())
      .toUTF8String(out);
  return out;
}

// Splits on ASCII blanks and U+00A0, U+202F; lower-cases each word.
std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0, start = 0;
  bool in_word = false;
  auto blank_len = [&](std::size_t k) -> std::size_t {
    const char c = s[k];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return 1;
    if (s.substr(k, 2) == "\xC2\xA0") return 2;
    if (s.substr(k, 3) == "\xE2\x80\xAF") return 3;
    return 0;
  };
  while (i < s.size()) {
    const std::size_t b = blank_len(i);
    if (b != 0) {
      if (in_word) out.push_back(to_lower(s.substr(start, i - start)));
      in_word = false;
      i += b;
    } else {
      if (!in_word) start = i;
      in_word = true;
      ++i;
    }
  }
  if (in_word) out.push_back(to_lower(s.substr(start)));
  return out;
}

const Word* lookup(std::string_view w) {
  for (const auto& word : kWords)
    if (word.text == w) return &word;
  return nullptr;
}

// nullopt when some word is not a number word.
std::optional<std::vector<const Word*>> lookup_all(const std::vector<std::string>& words) {
  std::vector<const Word*> out;
  for (const auto& w : words) {
    const Word* p = lookup(w);
    if (p == nullptr) return std::nullopt;
    out.push_back(p);
  }
  return out;
}

using Words = std::span<const Word* const>;

bool is_digit(const Word* w, Use u) { return w->kind == Kind::digit && w->has(u); }

// ---------------------------------------------------------------- 0..999

// What follows the hundreds (or stands alone): "mười lăm", "hai mươi mốt",
// "linh một", "hai mốt", "ba", and after "trăm" a shortened "hai" (= 20).
std::optional<int> tens_and_units(Words t, bool allow_linh, bool after_hundreds) {
  const Word* a = t[0];
  if (t.size() == 1) {
    if (a->kind == Kind::ten) return 10;
    if (a->kind != Kind::digit || a->value == 0) return std::nullopt;
    if (after_hundreds) return a->has(shortened) ? std::optional<int>(static_cast<int>(a->value) * 10) : std::nullopt;
    return a->has(lead) ? std::optional<int>(static_cast<int>(a->value)) : std::nullopt;
  }
  const Word* b = t[1];
  const bool tens_digit = is_digit(a, lead) && a->value >= 2;
  if (t.size() == 2) {
    if (a->kind == Kind::zero_tens && allow_linh && is_digit(b, after_linh)) return static_cast<int>(b->value);
    if (a->kind == Kind::ten && is_digit(b, after_ten)) return 10 + static_cast<int>(b->value);
    if (tens_digit && b->kind == Kind::tens) return static_cast<int>(a->value) * 10;
    if (tens_digit && is_digit(b, pair_unit)) return static_cast<int>(a->value * 10 + b->value);
    return std::nullopt;
  }
  if (t.size() == 3 && tens_digit && b->kind == Kind::tens && is_digit(t[2], unit))
    return static_cast<int>(a->value * 10 + t[2]->value);
  return std::nullopt;
}

// A group below a scale word: "chín trăm chín mươi chín", "không trăm linh năm"
// (after a scale word only), "tám trăm rưỡi" (850).
std::optional<int> group(Words t, bool after_scale) {
  if (t.empty()) return std::nullopt;
  int v = 0;
  bool hundreds = false;
  if (t.size() >= 2 && t[1]->kind == Kind::hundred && t[0]->kind == Kind::digit &&
      (t[0]->value > 0 ? t[0]->has(lead) : after_scale)) {
    v = static_cast<int>(t[0]->value) * 100;
    hundreds = true;
    t = t.subspan(2);
  }
  if (t.empty()) return hundreds ? std::optional<int>(v) : std::nullopt;
  if (hundreds && t.size() == 1 && t[0]->kind == Kind::half) return v + 50;
  const auto rest = tens_and_units(t, hundreds || after_scale, hundreds);
  if (!rest) return std::nullopt;
  return v + *rest;
}

// ---------------------------------------------------------------- whole numbers

constexpr __int128 kLimit = static_cast<__int128>(INT64_MAX);

std::optional<std::int64_t> number_of(Words t) {
  if (t.empty()) return std::nullopt;
  bool negative = false;
  if (t[0]->kind == Kind::minus) {
    negative = true;
    t = t.subspan(1);
    if (t.empty()) return std::nullopt;
  }
  if (t.size() == 1 && t[0]->kind == Kind::digit && t[0]->value == 0) return negative ? std::nullopt : std::optional<std::int64_t>(0);

  struct Item {
    __int128 value;       // what the item contributes
    std::int64_t scale;   // the scale word that closed it (ordering)
    __int128 unit;        // the place of its last word: 10^12 for "một nghìn tỷ"
  };
  std::vector<Item> items;
  std::vector<const Word*> cur;
  const Word* prev = nullptr;
  bool closed = false;  // "rưỡi" after a scale word ends the number

  for (const Word* w : t) {
    if (closed || w->kind == Kind::minus) return std::nullopt;
    if (w->kind == Kind::scale) {
      const std::int64_t s = w->value;
      if (cur.empty()) {
        // Stacking right after a scale word: "nghìn tỷ", "triệu tỷ", "tỷ tỷ".
        if (prev == nullptr || prev->kind != Kind::scale || s != kStackingScale) return std::nullopt;
        __int128 sum = 0, unit = 1;
        bool any = false;
        while (!items.empty() && (items.back().scale < s || !any)) {
          sum += items.back().value;
          if (!any) unit = items.back().unit;
          any = true;
          items.pop_back();
        }
        items.push_back({sum * s, s, unit * s});
      } else {
        const auto g = group(cur, !items.empty());
        if (!g || *g == 0) return std::nullopt;
        if (s == kStackingScale) {
          __int128 sum = *g;
          while (!items.empty() && items.back().scale < s) {
            sum += items.back().value;
            items.pop_back();
          }
          items.push_back({sum * s, s, s});
        } else {
          if (!items.empty() && items.back().scale <= s) return std::nullopt;  // "hai nghìn ba triệu"
          items.push_back({static_cast<__int128>(*g) * s, s, s});
        }
      }
      if (items.back().value > kLimit) return std::nullopt;
      cur.clear();
    } else if (w->kind == Kind::half && cur.empty()) {
      if (prev == nullptr || prev->kind != Kind::scale) return std::nullopt;
      items.back().value += items.back().unit / 2;  // "năm ngàn rưỡi"
      closed = true;
    } else {
      cur.push_back(w);
    }
    prev = w;
  }

  __int128 total = 0;
  for (const auto& it : items) total += it.value;
  if (!cur.empty()) {
    if (!items.empty() && cur.size() == 1 && cur[0]->kind == Kind::digit) {
      // "một ngàn chín" = 1900, "hai triệu ba" = 2 300 000.
      if (!cur[0]->has(shortened)) return std::nullopt;
      total += cur[0]->value * (items.back().unit / 10);
    } else {
      const auto g = group(cur, !items.empty());
      if (!g) return std::nullopt;
      total += *g;
    }
  } else if (items.empty()) {
    return std::nullopt;
  }
  if (total > kLimit) return std::nullopt;
  return static_cast<std::int64_t>(negative ? -total : total);
}

std::optional<std::int64_t> number_of_words(const std::vector<std::string>& words) {
  const auto t = lookup_all(words);
  if (!t) return std::nullopt;
  return number_of(*t);
}

// Years read as digit pairs: "một chín | chín chín", "hai không | linh chín".
std::optional<int> year_of_pairs(const std::vector<std::string>& words) {
  const auto found = lookup_all(words);
  if (!found || found->size() < 3) return std::nullopt;
  const auto& t = *found;
  auto digit_any = [](const Word* w) { return w->kind == Kind::digit && (w->has(lead) || w->has(pair_unit)); };
  if (!(is_digit(t[0], lead) && t[0]->value >= 1 && digit_any(t[1]))) return std::nullopt;
  const int century = static_cast<int>(t[0]->value * 10 + t[1]->value);
  const Words rest = Words(t).subspan(2);
  std::optional<int> last;
  if (rest.size() == 2 && (rest[0]->kind == Kind::zero_tens || (rest[0]->kind == Kind::digit && rest[0]->value == 0)) &&
      rest[1]->kind == Kind::digit && (rest[1]->has(lead) || rest[1]->has(after_linh)))
    last = static_cast<int>(rest[1]->value);  // "linh chín", "không tám"
  else if (rest.size() == 2 && is_digit(rest[0], lead) && rest[0]->value == 1 && digit_any(rest[1]))
    last = static_cast<int>(10 + rest[1]->value);  // "một sáu" = 16
  else if (const auto v = tens_and_units(rest, false, false); v && *v >= 10)
    last = *v;  // "mười ba", "chín chín", "hai mươi mốt"
  if (!last) return std::nullopt;
  return century * 100 + *last;
}

std::optional<int> year_of(const std::vector<std::string>& words) {
  if (const auto n = number_of_words(words); n && *n >= 1 && *n <= 9999) return static_cast<int>(*n);
  return year_of_pairs(words);
}

std::vector<std::string> slice(const std::vector<std::string>& v, std::size_t b, std::size_t e) {
  return {v.begin() + static_cast<std::ptrdiff_t>(b), v.begin() + static_cast<std::ptrdiff_t>(e)};
}

}  // namespace

std::optional<std::int64_t> parse_number_words(std::string_view words) { return number_of_words(split_words(words)); }

std::optional<int> parse_year_words(std::string_view words) { return year_of(split_words(words)); }

std::optional<SpokenDate> parse_spoken_date(std::string_view text) {
  const auto w = split_words(text);
  const std::size_t n = w.size();
  SpokenDate d;
  std::size_t i = 0;
  bool day_word = false;
  if (i < n && w[i] == "ngày") ++i, day_word = true;
  if (i < n && (w[i] == "mùng" || w[i] == "mồng")) ++i, day_word = true;

  std::size_t k = i;
  while (k < n && w[k] != "tháng") ++k;
  if (k == n) {
    // "năm YEAR" alone.
    if (day_word || i != 0 || n < 2 || w[0] != "năm") return std::nullopt;
    const auto y = year_of(slice(w, 1, n));
    if (!y) return std::nullopt;
    d.year = *y;
    return d;
  }
  if (k > i) {
    const auto day = number_of_words(slice(w, i, k));
    if (!day || *day < 1 || *day > 31) return std::nullopt;
    d.day = static_cast<int>(*day);
  } else if (day_word) {
    return std::nullopt;
  }

  // The month word(s), then "năm" or the end. Two words first: "mười hai".
  std::size_t j = 0;
  for (std::size_t len : {2u, 1u}) {
    if (k + 1 + len > n) continue;
    std::string m = w[k + 1];
    if (len == 2) m += " " + w[k + 2];
    const std::size_t after = k + 1 + len;
    if (after != n && w[after] != "năm") continue;
    for (const auto& mw : kMonths)
      if (mw.text == m) d.month = mw.month;
    if (d.month != 0) {
      j = after;
      break;
    }
  }
  if (d.month == 0) return std::nullopt;
  if (j == n) return d;
  const auto y = year_of(slice(w, j + 1, n));
  if (!y) return std::nullopt;
  d.year = *y;
  return d;
}

// ---------------------------------------------------------------- Roman

}  // namespace cmlint
