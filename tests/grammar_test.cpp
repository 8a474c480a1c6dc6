// Table tests for every grammar rule: inputs that must match in full, and
// inputs that must not; and analyze() finds no problem in the scan grammar.
#include <gtest/gtest.h>

#include <string>
#include <tao/pegtl/contrib/analyze.hpp>
#include <vector>

#include "core/doc_types.hpp"
#include "grammar/keywords.hpp"
#include "grammar/scan.hpp"
#include "scan/scanner.hpp"

namespace g = cmlint::grammar;
namespace pegtl = tao::pegtl;

namespace {

struct TypeWords {
  std::size_t match_type_word(const char* b, const char* e) const {
    return cmlint::DocTypeTable::builtin().match_type_word(b, e);
  }
};

template <typename Rule>
bool matches_fully(const std::string& s) {
  pegtl::memory_input in(s, "test");
  TypeWords st;
  return pegtl::parse<pegtl::seq<Rule, pegtl::eof>>(in, st);
}

template <typename Rule>
void check_table(const std::vector<std::string>& good, const std::vector<std::string>& bad) {
  for (const auto& s : good) EXPECT_TRUE(matches_fully<Rule>(s)) << "should match: " << s;
  for (const auto& s : bad) EXPECT_FALSE(matches_fully<Rule>(s)) << "should not match: " << s;
}

}  // namespace

TEST(Grammar, AnalyzeFindsNoProblems) {
  EXPECT_EQ(pegtl::analyze<g::document>(-1), 0u);
}

TEST(Grammar, Number) {
  check_table<g::number>({"12.898", "54,3", "1.500.050", "0", "2025", "1.234,5", "31.116", "54,30"},
                         {"12.5", "1.2345", ",5", "12.", "1,", "a1", ""});
}

TEST(Grammar, Percent) {
  check_table<g::percent>({"101%", "54,3%", "54,3 %", "0,5%", "1.000%"}, {"%", "54,3", "5 5%", "54.3%"});
}

TEST(Grammar, Ratio) {
  check_table<g::ratio>({"202/200", "1.245/1.300", "2/3"}, {"202/", "/200", "1/2/3", "5/QĐ", "2,5/3"});
}

TEST(Grammar, NumericDate) {
  check_table<g::numeric_date>({"27-2-2012", "27/02/2012", "27.02.2012", "1/6/2013", "30-02-2024"},
                               {"22/12-2024", "27-2-12", "123/4/2020", "27/2", "1.234.567", "27-2-20121"});
}

TEST(Grammar, WordDate) {
  check_table<g::word_date>(
      {"ngày 5 tháng 3 năm 2020", "Ngày 05 tháng 01 năm 2020", "ngày 29 tháng 02 năm 2023"},
      {"ngày 5 tháng 3", "ngày tháng 3 năm 2020", "ngày 5 tháng 3 năm 20", "ngày 5/3/2020"});
}

TEST(Grammar, MonthYear) {
  check_table<g::month_year>({"tháng 5-2023", "tháng 12/2024", "tháng 5 năm 2023", "Tháng 3/2025"},
                             {"tháng 5", "tháng 3-5/2025", "tháng năm 2023", "tháng 5-23"});
}

TEST(Grammar, DayMonth) {
  check_table<g::day_month>({"ngày 30/3", "ngày 27-5", "Ngày 2-9"}, {"ngày 30/3/2020", "ngày 30", "ngày 30/3/"});
}

TEST(Grammar, Identifier) {
  check_table<g::identifier>(
      {"09-NQ/TU", "05-QC/BTCTU-BDVTU", "08-QĐi/TW", "340-CV/ĐU", "3260-KH/ĐĐQH15", "123/QĐ-UBND", "30/2020/NĐ-CP",
       "64/2025/QH15", "55/2005/TTLT-BNV-VPCP", "05/BNV-VP", "02/CTr-UBND", "01/QyĐ-UBND", "18/2020/QĐ-TTg",
       "03/VBHN-VPQH", "04/TTr-BKHCN-BTTTT"},
      {"2020-2025", "202/200", "1/Ban", "09-nq/tu", "123/qđ-ubnd", "27-2-2012", "09-NQ", "/QĐ-UBND", "12/TTrx"});
}

TEST(Grammar, Citation) {
  check_table<g::citation>(
      {"Nghị quyết số 09-NQ/TU", "Nghị quyết số 09-NQ/TU, ngày 27-2-2012",
       "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020", "Quyết định 123/QĐ-UBND", "kế hoạch số 27-KH/HU",
       "Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP", "Luật số: 64/2025/QH15"},
      {"Nghị quyết", "Nghị quyết số", "Nghị quyếtsố 09-NQ/TU", "Bản án số 09-NQ/TU", "Nghị quyết số 2020-2025"});
}

// Every keyword of grammar/keywords.hpp opens a fact through the scan's gate.
TEST(Grammar, ScanGateLetsEveryKeywordThrough) {
  const auto facts_at_start = [](const std::string& text) {
    const cmlint::Facts f = cmlint::scan(text, cmlint::DocTypeTable::builtin());
    std::size_t n = 0;
    for (const auto& d : f.dates) n += d.span.begin == 0 || d.span.begin <= 12;
    for (const auto& o : f.ordinals) n += o.span.begin == 0;
    for (const auto& r : f.ranges) n += r.span.begin == 0;
    for (const auto& w : f.weekdays) n += w.span.begin == 0;
    for (const auto& h : f.header_numbers) n += h.span.begin == 0;
    for (const auto& m : f.malformed_ids) n += m.span.begin <= 12;
    return n;
  };
  // Written out here, independently of kFactKeywords, so a keyword missing there fails.
  const std::string_view keywords[] = {
      "ngày", "Ngày", "tháng", "Tháng", "năm", "Năm", "số", "Số", "khóa", "khoá", "Khóa", "Khoá", "KHÓA", "KHOÁ",
      "Đại hội", "đại hội", "ĐẠI HỘI", "lần thứ", "Lần thứ", "LẦN THỨ", "Chương", "CHƯƠNG", "chương", "Phần", "PHẦN",
      "phần", "Mục", "MỤC", "mục", "Phụ lục", "PHỤ LỤC", "phụ lục", "thế kỷ", "thế kỉ", "Thế kỷ", "khoản", "đoạn",
      "Tiểu mục", "quý", "Quý", "QUÝ", "nhiệm kỳ", "Nhiệm kỳ", "NHIỆM KỲ", "giai đoạn", "Giai đoạn", "GIAI ĐOẠN",
      "thứ", "Thứ", "Chủ nhật", "chủ nhật", "Chủ Nhật", "mùng", "mồng", "Mùng", "Mồng"};
  for (std::string_view k : keywords) {
    const std::string kw(k);
    std::string example;
    if (kw == "ngày" || kw == "Ngày") example = kw + " 5 tháng 3 năm 2020";
    else if (kw == "tháng" || kw == "Tháng") example = kw + " 5/2023";
    else if (kw == "năm" || kw == "Năm") example = kw + " 2022";
    else if (kw == "số") example = kw + " 09-nq/tu";
    else if (kw == "Số") example = kw + ": 12/QĐ-UBND";
    else if (kw.starts_with("qu") || kw.starts_with("Qu") || kw.starts_with("QU")) example = kw + " II/2023";
    else if (kw.find("hiệm") != std::string::npos || kw.find("HIỆM") != std::string::npos ||
             kw.find("iai") != std::string::npos || kw.find("IAI") != std::string::npos)
      example = kw + " 2020-2025";
    else if (kw == "thứ" || kw == "Thứ") example = kw + " Sáu, ngày 06/01/2023";
    else if (kw.find("hủ") != std::string::npos) example = kw + " ngày 05/3/2023";
    else if (kw.find("ùng") != std::string::npos || kw.find("ồng") != std::string::npos) example = kw + " 1 tháng 1 năm 1999";
    else example = kw + " XII";
    EXPECT_GE(facts_at_start(example), 1u) << "no fact for: " << example;
  }
}
