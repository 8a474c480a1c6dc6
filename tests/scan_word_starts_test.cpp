// The scan tries at a word of letters only the alternatives of grammar::word_fact whose leads
// (grammar::word_fact_leads) can match at that word (ScanState::word_at). Checked here two ways on
// many generated texts: no alternative left out ever matches where it was left out, and the facts
// are those of the reference scan that tries every alternative wherever the gate lets a word through.
#include <gtest/gtest.h>
#include <toml++/toml.h>

#include <algorithm>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/doc_types.hpp"
#include "grammar/keywords.hpp"
#include "grammar/scan.hpp"
#include "scan/scan_state.hpp"
#include "scan/scanner.hpp"

namespace g = cmlint::grammar;
namespace pegtl = tao::pegtl;
using cmlint::DocTypeTable;
using cmlint::Facts;

namespace {

std::string dump(const Facts& f) {
  std::ostringstream o;
  const auto sp = [&](cmlint::Span s) { o << s.begin << '-' << s.end << ' '; };
  const auto dec = [&](const std::optional<cmlint::Decimal>& d) {
    if (d) o << d->mantissa << 'e' << d->decimals << ' ';
    else o << "none ";
  };
  for (const auto& x : f.numbers) o << "N ", sp(x.span), dec(x.value), o << '\n';
  for (const auto& x : f.percents) o << "P ", sp(x.span), dec(x.value), o << '\n';
  for (const auto& x : f.ratios) o << "R ", sp(x.span), dec(x.num), dec(x.den), o << '\n';
  for (const auto& x : f.dates) {
    o << "D ", sp(x.span), sp(x.day_span), sp(x.month_span);
    o << static_cast<int>(x.form) << ' ' << x.day << ' ' << x.month << ' ' << x.year << ' ' << x.quarter << ' '
      << x.months << '\n';
  }
  for (const auto& x : f.identifiers) {
    o << "I ", sp(x.span), sp(x.number), sp(x.party_type);
    o << static_cast<int>(x.style) << ' ' << x.year.value_or(-1) << ' ';
    for (auto s : x.symbol) sp(s);
    o << '\n';
  }
  for (const auto& x : f.citations) {
    o << "C ", sp(x.span), sp(x.type_word), sp(x.issuer);
    o << x.identifier << ' ' << (x.date ? static_cast<long>(*x.date) : -1L) << '\n';
  }
  for (const auto& x : f.ranges) o << "G ", sp(x.span), sp(x.years), o << static_cast<int>(x.kind) << ' ' << x.start << ' ' << x.end << '\n';
  for (const auto& x : f.ordinals) o << "O ", sp(x.span), sp(x.roman), o << static_cast<int>(x.kind) << ' ' << x.value.value_or(-1) << '\n';
  for (const auto& x : f.weekdays) o << "W ", sp(x.span), o << x.weekday << ' ' << x.date << '\n';
  for (const auto& x : f.header_numbers) o << "H ", sp(x.span), o << x.identifier << ' ' << x.colon << ' ' << x.line_start << '\n';
  for (const auto& x : f.malformed_ids) o << "M ", sp(x.span), o << static_cast<int>(x.reason) << '\n';
  return o.str();
}

// The state one alternative needs when parsed alone, without actions: the type words.
struct TypeWords {
  const DocTypeTable& table;
  std::size_t match_type_word(const char* b, const char* e) const { return table.match_type_word(b, e); }
};

template <typename Rule>
bool matches_at(const std::string& text, std::size_t at, const TypeWords& st) {
  pegtl::memory_input in(text.data() + at, text.data() + text.size(), "test");
  return pegtl::parse<Rule>(in, st);
}
// Bit i: word_fact's alternative i matches at `at`.
template <typename... Alternatives, std::size_t... I>
std::uint32_t matching(pegtl::type_list<Alternatives...>, std::index_sequence<I...>, const std::string& text,
                       std::size_t at, const TypeWords& st) {
  std::uint32_t m = 0;
  ((m |= matches_at<Alternatives>(text, at, st) ? std::uint32_t{1} << I : 0), ...);
  return m;
}

// A copy of the shipped table with user type words that begin with keywords or are keywords.
DocTypeTable odd_table() {
  DocTypeTable t = DocTypeTable::builtin();
  const auto doc = toml::parse(R"(doc-types = [
    { word = "Sốliệu", any = true }, { word = "Số12 ab", any = true }, { word = "Phầnmềm tham khảo", any = true },
    { word = "Đại hội", any = true }, { word = "Tháng", any = true }, { word = "ngàyx y", any = true },
    { word = "Chủ trương", any = true }, { word = "Khoản", any = true }, { word = "(Tờ) trình", any = true },
    { word = "Quyết-định nhanh", any = true }, { word = "Thông", any = true } ])");
  t.add(*doc["doc-types"].as_array(), "test");
  return t;
}

// Words that lead facts (keywords, type words, their first words, with a letter more), what
// follows them in facts, and the blanks and punctuation between.
struct Pieces {
  std::vector<std::string> leads, tails, seps;
};
Pieces pieces(const DocTypeTable& t) {
  Pieces p;
  for (auto k : g::kFactKeywords) {
    p.leads.emplace_back(k);
    p.leads.push_back(std::string(k) + "x");
    p.leads.push_back(std::string(k.substr(0, k.find(' '))));
  }
  for (const auto& e : t.entries()) {
    p.leads.push_back(e.word);
    p.leads.push_back(e.word.substr(0, e.word.find(' ')));
  }
  for (const char* s : {"kế hoạch", "quyết định", "công văn", "thông tư", "luật", "Số12", "Số:", "số:", "công", "thông",
                        "quy", "hợp", "Thế", "Tiểu", "thứ", "Thứ", "Chủ nhật", "tháng", "năm", "ngày", "5", "2020"})
    p.leads.emplace_back(s);
  for (const char* s : {"XII", "IV", "XXIIII", "II/2023", "I năm 2026", "Sáu, ngày 06/01/2023", "Hai (09/01/2026)",
                        "ngày 5 tháng 3 năm 2020", "5 tháng 3 năm 2020", "1 tháng Giêng năm 2024", "30/4", "30/4.",
                        "5/2023", "5-2023", "5 năm 2023", "1 2024", "2022", "2020-2025", "2021 – 2025", "số 09-NQ/TU",
                        "09-NQ/TU", "123/QĐ-UBND", "30/2020/NĐ-CP, ngày 05/3/2020", "số 30/2020/NĐ-CP ngày 5 tháng 3 năm 2020",
                        "09-nq/tu", "09-NQ/", "123/QĐ - UBND", "05/3/2023", "12", "1.234", "3,5", "15%", "của Ban Thường vụ",
                        "về", "và", "Tám", "mười hai", "đầu năm 2023", "hội XIII", "thứ XXIV", "lục II", "kỷ XX", "mục 3"})
    p.tails.emplace_back(s);
  for (const char* s : {" ", " ", " ", "  ", "\t", "\n", "\r\n", "\xC2\xA0", "\xE2\x80\xAF", ": ", ", ", " (", ". ", "-",
                        "/", ""})
    p.seps.emplace_back(s);
  return p;
}

void check_tables(const DocTypeTable& table, int texts, std::uint32_t seed) {
  const auto p = pieces(table);
  std::mt19937 rng(seed);
  const TypeWords tw{table};
  std::size_t tried = 0, word_facts = 0;
  for (int i = 0; i < texts; ++i) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 6);
    for (int k = 0; k < n; ++k) {
      text += p.leads[rng() % p.leads.size()];
      text += p.seps[rng() % p.seps.size()];
      text += p.tails[rng() % p.tails.size()];
      text += p.seps[rng() % p.seps.size()];
    }
    const Facts f = cmlint::scan(text, table);
    ASSERT_EQ(dump(f), dump(cmlint::scan_every_fact(text, table))) << text;
    word_facts += f.citations.size() + f.ordinals.size() + f.weekdays.size() + f.header_numbers.size() +
                  f.malformed_ids.size() + f.ranges.size() + f.dates.size();

    Facts unused;
    cmlint::scan_detail::ScanState st(text.data(), table, unused);
    for (std::size_t at = 0; at < text.size(); ++at) {
      if ((static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) continue;  // inside a character
      std::uint32_t starts;
      st.word_at(text.data() + at, text.data() + text.size(), starts);
      if (starts == 0 || starts == g::kEveryFact) continue;
      ++tried;
      const std::uint32_t m = matching(g::word_fact::subs_t(), std::make_index_sequence<g::word_fact::subs_t::size>(),
                                       text, at, tw);
      ASSERT_EQ(m & ~starts, 0u) << "an alternative left out matches at " << at << " of: " << text;
    }
  }
  EXPECT_GT(tried, static_cast<std::size_t>(texts));  // the texts do reach the selection
  EXPECT_GT(word_facts, static_cast<std::size_t>(texts) / 4);  // and find facts
}

// DocTypeTable::match_type_word as it was: every form with the same first byte, longest first.
std::vector<std::string> all_forms(const DocTypeTable& t) {
  std::vector<std::string> forms;
  for (const auto& d : t.entries()) {
    forms.push_back(d.word);
    std::string low = d.word;
    if (low[0] >= 'A' && low[0] <= 'Z') low[0] = static_cast<char>(low[0] - 'A' + 'a');
    else if (low.size() >= 2 && low[0] == '\xC4' && low[1] == '\x90') low[1] = '\x91';
    if (low != d.word) forms.push_back(low);
  }
  std::stable_sort(forms.begin(), forms.end(), [](const auto& x, const auto& y) { return x.size() > y.size(); });
  return forms;
}
std::size_t type_word_by_trying_all(const std::vector<std::string>& forms, const char* b, const char* e) {
  const auto blank_at = [&](const char* p) {
    return p < e && (*p == ' ' || *p == '\t' || (e - p >= 2 && p[0] == '\xC2' && p[1] == '\xA0') ||
                     (e - p >= 3 && p[0] == '\xE2' && p[1] == '\x80' && p[2] == '\xAF'));
  };
  for (const auto& f : forms) {
    const char* p = b;
    bool ok = true;
    for (std::size_t i = 0; ok && i < f.size(); ++i) {
      if (f[i] == ' ') {
        const char* q = p;
        while (q < e && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n')) ++q;
        ok = q != p;
        p = q;
      } else {
        ok = p < e && *p == f[i];
        ++p;
      }
    }
    if (ok && blank_at(p)) return static_cast<std::size_t>(p - b);
  }
  return 0;
}

std::uint32_t bit_of(std::size_t i) { return std::uint32_t{1} << i; }

}  // namespace

TEST(ScanWordStarts, LeadsReadOffTheGrammar) {
  const auto leads = g::word_fact_leads();
  ASSERT_EQ(leads.size(), 13u);
  EXPECT_EQ(leads[0].strings, std::vector<std::string_view>{"Số"});  // header_number
  EXPECT_TRUE(leads[1].type_word);                                  // citation
  EXPECT_TRUE(leads[1].strings.empty());
  EXPECT_TRUE(leads[5].digit);  // bare_word_date: "mùng 5 tháng …" or "5 tháng …"
  EXPECT_EQ(leads[5].strings.size(), 4u);
  EXPECT_EQ(leads[11].strings.size(), 30u);  // ordinal: the ordinal words, behind at<ordinal_start>
  for (const auto& l : leads) EXPECT_TRUE(l.type_word || !l.strings.empty()) << "an alternative with no leads";
}

TEST(ScanWordStarts, WordsAndTheirAlternatives) {
  const auto& s = cmlint::scan_detail::word_starts();
  // header_number (0) and cited_malformed (12) start with "Số"/"số".
  EXPECT_EQ(s.string_starts("Số"), bit_of(0) | bit_of(12));
  EXPECT_EQ(s.string_starts("số"), bit_of(12));
  EXPECT_EQ(s.string_starts("Số12"), bit_of(0) | bit_of(12));  // "Số12/QĐ-UBND" is a header number
  // word_date (3), word_day_month_only (4), day_month (7).
  EXPECT_EQ(s.string_starts("ngày"), bit_of(3) | bit_of(4) | bit_of(7));
  EXPECT_EQ(s.string_starts("Đại"), bit_of(11));     // "Đại hội XIII"
  EXPECT_EQ(s.string_starts("Đạihội"), 0u);          // a string of two words needs its first word alone
  EXPECT_EQ(s.string_starts("Phầnmềm"), bit_of(11)); // "Phần" is a prefix (ordinal_word fails later, at sp)
  EXPECT_EQ(s.string_starts("công"), 0u);
  EXPECT_EQ(s.type_word_starts, bit_of(1));
}

TEST(ScanWordStarts, SameFactsAsEveryAlternative) { check_tables(DocTypeTable::builtin(), 30000, 8); }

TEST(ScanWordStarts, SameFactsWithTypeWordsLikeKeywords) { check_tables(odd_table(), 30000, 9); }

TEST(ScanWordStarts, TypeWordThatBeginsWithAKeyword) {
  // "Số12" is the first word of a user type word, not a keyword: the gate lets it through and
  // header_number, led by "Số", must still be tried there.
  const DocTypeTable t = odd_table();
  const std::string text = "Số12/QĐ-UBND và Phầnmềm tham khảo số 5/QĐ-UBND";
  const Facts f = cmlint::scan(text, t);
  ASSERT_EQ(f.header_numbers.size(), 1u);
  EXPECT_EQ(f.header_numbers[0].span.begin, 0u);
  EXPECT_EQ(f.header_numbers[0].span.end, 15u);
  ASSERT_EQ(f.citations.size(), 1u);
  EXPECT_EQ(text.substr(f.citations[0].type_word.begin, f.citations[0].type_word.end - f.citations[0].type_word.begin),
            "Phầnmềm tham khảo");
  EXPECT_EQ(dump(f), dump(cmlint::scan_every_fact(text, t)));
  EXPECT_EQ(dump(cmlint::scan(text, DocTypeTable::builtin())), dump(cmlint::scan_every_fact(text, DocTypeTable::builtin())));
  EXPECT_TRUE(cmlint::scan(text, DocTypeTable::builtin()).header_numbers.empty());  // not a gate word there
}

TEST(ScanWordStarts, TypeWordsFoundByTheirFirstWord) {
  // DocTypeTable::match_type_word tries only the forms whose first word is the word at the
  // position: the same result as trying them all, at every byte of generated texts.
  for (const DocTypeTable& table : {DocTypeTable::builtin(), odd_table()}) {
    const auto p = pieces(table);
    const auto forms = all_forms(table);
    std::mt19937 rng(10);
    std::size_t found = 0;
    for (int i = 0; i < 20000; ++i) {
      std::string text;
      const int n = 1 + static_cast<int>(rng() % 4);
      for (int k = 0; k < n; ++k) {
        text += p.leads[rng() % p.leads.size()];
        text += p.seps[rng() % p.seps.size()];
        if (rng() % 2 != 0) text += p.leads[rng() % p.leads.size()];
        text += p.seps[rng() % p.seps.size()];
      }
      const char* e = text.data() + text.size();
      for (const char* b = text.data(); b <= e; ++b) {
        const std::size_t n1 = table.match_type_word(b, e);
        ASSERT_EQ(n1, type_word_by_trying_all(forms, b, e)) << (b - text.data()) << " of: " << text;
        found += n1 > 0;
      }
    }
    EXPECT_GT(found, 5000u);
  }
  const DocTypeTable t = odd_table();
  const std::string text = "(Tờ) trình 1; Quyết-định  nhanh 2; thông 3; Thông tư\nliên tịch 4";
  const auto at = [&](std::string_view s) { return t.match_type_word(text.data() + text.find(s), text.data() + text.size()); };
  EXPECT_EQ(at("(Tờ)"), std::string_view("(Tờ) trình").size());
  EXPECT_EQ(at("Quyết"), std::string_view("Quyết-định  nhanh").size());
  EXPECT_EQ(at("thông"), std::string_view("thông").size());
  EXPECT_EQ(at("Thông tư"), std::string_view("Thông tư\nliên tịch").size());
  EXPECT_EQ(at("ng tư"), 0u);
}
