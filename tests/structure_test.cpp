// The document model (src/structure/): grammar tables for heading markers,
// skeleton lines and references, and the tree built from whole documents.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <tao/pegtl/contrib/analyze.hpp>
#include <vector>

#include "core/doc_types.hpp"
#include "core/header.hpp"
#include "grammar/structure.hpp"
#include "scan/scanner.hpp"
#include "structure/structure.hpp"
#include "test_util.hpp"

namespace g = cmlint::grammar;
namespace pegtl = tao::pegtl;
using namespace cmlint;

namespace {

template <typename Rule>
bool matches_fully(const std::string& s) {
  pegtl::memory_input in(s, "test");
  return pegtl::parse<pegtl::seq<Rule, pegtl::eof>>(in);
}

template <typename Rule>
bool matches_prefix(const std::string& s) {
  pegtl::memory_input in(s, "test");
  return pegtl::parse<Rule>(in);
}

template <typename Rule>
void check_table(const std::vector<std::string>& good, const std::vector<std::string>& bad, bool prefix = false) {
  for (const auto& s : good) EXPECT_TRUE(prefix ? matches_prefix<Rule>(s) : matches_fully<Rule>(s)) << "should match: " << s;
  for (const auto& s : bad) EXPECT_FALSE(prefix ? matches_prefix<Rule>(s) : matches_fully<Rule>(s)) << "should not match: " << s;
}

struct Built {
  std::string text;
  Facts facts;
  DocumentHeader header;
  DocumentStructure ds;
};

Built build(const std::string& text) {
  Built b;
  b.text = text;
  b.facts = scan(b.text, DocTypeTable::builtin());
  b.header = find_header(b.text, b.facts, std::nullopt);
  b.ds = build_structure(b.text, b.facts, b.header, DocTypeTable::builtin());
  return b;
}

std::vector<std::string> labels(const Built& b) {
  std::vector<std::string> out;
  for (const Unit& u : b.ds.units) {
    std::string l = b.ds.label(u, b.text);
    if (u.parent) l += " < " + b.ds.label(b.ds.units[*u.parent], b.text);
    out.push_back(l);
  }
  return out;
}

}  // namespace

TEST(StructureGrammar, AnalyzeFindsNoProblems) {
  EXPECT_EQ(pegtl::analyze<g::st_marker>(-1), 0u);
  EXPECT_EQ(pegtl::analyze<g::st_reference>(-1), 0u);
  EXPECT_EQ(pegtl::analyze<g::st_signature>(-1), 0u);
}

TEST(StructureGrammar, Markers) {
  check_table<g::st_marker>({"Điều 1. Phạm vi", "Điều 12.", "Điều 7a. Trách nhiệm", "ĐIỀU 3. HIỆU LỰC", "Chương II", "CHƯƠNG IV. QUY ĐỊNH",
                             "Phần I", "Phần thứ nhất", "Mục 2. Hồ sơ", "I. MỤC ĐÍCH", "II- NHIỆM VỤ", "1. Ông Nguyễn", "2.",
                             "1- Mục đích", "1.1. Kết quả", "2.3.1 Tuyên truyền", "a) Hồ sơ", "đ) Hợp tác xã"},
                            {"Điều 5 của Luật", "Chương II của Luật", "1.500.000 đồng", "2024. Tiếp theo", "a)b", "Mục tiêu",
                             "1. ông", "Điều 05.", "C.", "12,5 tỷ"},
                            true);
}

TEST(StructureGrammar, SkeletonLines) {
  check_table<g::st_national>({"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"}, {"Cộng hòa xã hội chủ nghĩa Việt Nam"});
  check_table<g::st_motto>({"Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc", "Độc lập-Tự do-Hạnh phúc"}, {"Độc lập, Tự do, Hạnh phúc"});
  check_table<g::st_basis>({"Căn cứ Luật", "- Căn cứ Điều lệ Đảng"}, {"Căn cứvào", "căn cứ Luật"}, true);
  check_table<g::st_recipients>({"Nơi nhận:", "Nơi nhận :", "NƠI NHẬN:"}, {"Nơi nhận", "Nơi nhận hồ sơ"});
  check_table<g::st_signature>({"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC", "TL. BỘ TRƯỞNG", "TUQ. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ",
                                "K/T BÍ THƯ"},
                               {"TM ỦY BAN", "KT chủ tịch", "TP. HÀ NỘI"}, true);
}

TEST(StructureGrammar, References) {
  check_table<g::st_reference>({"Điều 5", "khoản 2 Điều 3", "điểm b khoản 1 Điều này", "khoản 2\nĐiều 3", "Điểm a Khoản này",
                                "điểm đ khoản 1 Điều 24"},
                               {"Điều lệ", "khoản", "điểm b", "Điều năm"});
}

TEST(Structure, DecisionTree) {
  const Built b = build(
      "ỦY BAN NHÂN DÂN HUYỆN A          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\n"
      "Số: 12/QĐ-UBND\n"
      "A, ngày 05 tháng 3 năm 2024\n"
      "QUYẾT ĐỊNH\n"
      "Về việc thành lập Tổ công tác\n"
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
      "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ\n"
      "về công tác văn thư;\n"
      "QUYẾT ĐỊNH:\n"
      "Điều 1. Thành lập Tổ công tác.\n"
      "1. Tổ trưởng.\n"
      "a) Nhiệm vụ.\n"
      "b) Quyền hạn.\n"
      "2. Thành viên theo quy định tại khoản\n"
      "1. Điều này.\n"
      "Điều 2. Hiệu lực.\n"
      "Nơi nhận:                             TM. ỦY BAN NHÂN DÂN\n"
      "- Như Điều 2;                         KT. CHỦ TỊCH\n"
      "- Lưu: VT.                            PHÓ CHỦ TỊCH\n");
  const DocumentStructure& ds = b.ds;
  EXPECT_TRUE(ds.has_state_header());
  EXPECT_GT(ds.motto.end, 0u);
  EXPECT_EQ(ds.type, "Quyết định");
  EXPECT_EQ(b.text.substr(ds.subject.begin, ds.subject.end - ds.subject.begin), "Về việc thành lập Tổ công tác");
  ASSERT_EQ(ds.basis.size(), 2u);
  EXPECT_TRUE(b.text.substr(ds.basis[1].begin, ds.basis[1].end - ds.basis[1].begin).ends_with("về công tác văn thư;"));
  EXPECT_GT(ds.enacting.end, 0u);
  EXPECT_EQ(labels(b), (std::vector<std::string>{"Điều 1", "khoản 1 < Điều 1", "điểm a < khoản 1", "điểm b < khoản 1",
                                                 "khoản 2 < Điều 1", "Điều 2"}));
  EXPECT_TRUE(ds.legal_style());
  ASSERT_EQ(ds.signature.size(), 2u);
  EXPECT_EQ(b.text.substr(ds.signature[1].prefix.begin, 3), "KT.");
  EXPECT_NE(b.text.substr(ds.signature[1].next.begin, ds.signature[1].next.end - ds.signature[1].next.begin).find("PHÓ CHỦ TỊCH"),
            std::string::npos);
  EXPECT_GT(ds.recipients.end, ds.recipients.begin);
  // Spans: Điều 1 runs to Điều 2; its khoản 1 to khoản 2.
  EXPECT_EQ(ds.units[0].span.end, ds.units[5].span.begin);
  EXPECT_EQ(ds.units[1].span.end, ds.units[4].span.begin);
  const auto inside = ds.units[3].span.begin + 2;
  ASSERT_TRUE(ds.enclosing(inside, UnitLevel::dieu).has_value());
  EXPECT_EQ(*ds.enclosing(inside, UnitLevel::dieu), 0u);
}

// A signature after a gap of two or more spaces (merged columns), wherever the gap falls, up to
// the eighth candidate of a line, and on the last line of the text.
TEST(Structure, SignatureAfterWideGapsAtEveryColumn) {
  std::string text = "a\nb\nc\nd\ne\n";
  std::vector<std::uint32_t> want;
  for (std::size_t left = 1; left < 40; ++left)
    for (const char* gap : {"  ", "   ", " "}) {
      text += std::string(left, 'x') + gap;
      if (gap[1] == ' ') want.push_back(static_cast<std::uint32_t>(text.size()));
      text += "TM. ỦY BAN NHÂN DÂN\n";
    }
  text += "a  b  c  d  e  f  g  TM. ỦY BAN\n";  // the seventh gap: still a candidate
  want.push_back(static_cast<std::uint32_t>(text.rfind("TM.")));
  text += "a  b  c  d  e  f  g  h  TM. ỦY BAN\n";  // the eighth: not looked at
  text += "- Lưu: VT.   KT. CHỦ TỊCH";
  want.push_back(static_cast<std::uint32_t>(text.rfind("KT.")));
  const Built b = build(text);
  std::vector<std::uint32_t> got;
  for (const SignatureLine& s : b.ds.signature) got.push_back(s.prefix.begin);
  EXPECT_EQ(got, want);
}

// Quotations over two lines, whatever the column of the quote marks (inside or across 16-byte
// chunks, in the last bytes of the text), with other 0xE2 characters and pairs of quotes around them.
TEST(Structure, QuotationsOverLinesAtEveryColumn) {
  for (std::size_t k = 0; k < 40; ++k) {
    for (bool last : {false, true}) {
      const std::string pad(k, 'x');
      // A straight quote opened mid-line (k > 0) or at the line start, closed on the next line.
      std::string text = "a\nb\n" + pad + "\"mở";
      const auto open = static_cast<std::uint32_t>(text.rfind('\n') + 1);
      text += "\n" + pad + " đóng\"";
      auto close = static_cast<std::uint32_t>(text.size());
      if (!last) text += "  \n";
      Built b = build(text);
      ASSERT_EQ(b.ds.quotations.size(), 1u) << k << last;
      EXPECT_EQ(b.ds.quotations[0].begin, open) << k << last;
      EXPECT_EQ(b.ds.quotations[0].end, close) << k << last;
      // A curly quote after an en dash (another 0xE2 character): the quotation starts at the quote.
      text = "a\nb\n" + pad + "– “mở\n" + pad + "–đóng”";
      const auto curly = static_cast<std::uint32_t>(text.find("“"));
      close = static_cast<std::uint32_t>(text.size());
      if (!last) text += "\n";
      b = build(text);
      ASSERT_EQ(b.ds.quotations.size(), 1u) << k << last;
      EXPECT_EQ(b.ds.quotations[0].begin, curly) << k << last;
      EXPECT_EQ(b.ds.quotations[0].end, close) << k << last;
      // Two quotes on one line (an even count, in one chunk or two) open nothing; an odd count left
      // open on the last line runs to the end of the text.
      text = "a\nb\nx\"" + pad + "\"y\n" + pad + "\"\"\"z";
      const auto odd = static_cast<std::uint32_t>(text.rfind('\n') + 1);
      if (!last) text += "\n";
      b = build(text);
      ASSERT_EQ(b.ds.quotations.size(), 1u) << k << last;
      EXPECT_EQ(b.ds.quotations[0].begin, odd) << k << last;
      EXPECT_EQ(b.ds.quotations[0].end, text.size()) << k << last;
    }
  }
}

// A wide gap in the last bytes of the text, and gaps only before or after the trimmed line.
TEST(Structure, SignatureGapsAtTheEndOfTheText) {
  for (std::size_t k = 1; k < 40; ++k) {
    const std::string text = "a\nb\nc\nd\ne\n" + std::string(k, 'x') + "  KT. CHỦ TỊCH";
    const Built b = build(text);
    ASSERT_EQ(b.ds.signature.size(), 1u) << k;
    EXPECT_EQ(b.ds.signature[0].prefix.begin, text.rfind("KT.")) << k;
  }
  const Built b = build("a\nb\nc\nd\ne\n   x KT. CHỦ TỊCH   \n  x TM. ỦY BAN  \n");
  EXPECT_TRUE(b.ds.signature.empty());
}

// A title line: a type word in capitals, blanks inside it folded, 4 to 60 bytes, no lower case.
TEST(Structure, TitleType) {
  const DocTypeTable& types = DocTypeTable::builtin();
  std::vector<std::string> upper;
  for (const DocType& t : types.entries()) upper.push_back(upper_vi(t.word));
  const auto type_of = [&](std::string_view line) {
    const DocType* t = title_type(line, types, upper);
    return t ? t->word : std::string("-");
  };
  EXPECT_EQ(type_of("QUYẾT ĐỊNH"), "Quyết định");
  EXPECT_EQ(type_of("QUYẾT   ĐỊNH"), "Quyết định");
  EXPECT_EQ(type_of("QUYẾT \t ĐỊNH"), "Quyết định");
  EXPECT_EQ(type_of("NGHỊ QUYẾT"), "Nghị quyết");
  EXPECT_EQ(type_of("Quyết định"), "-");
  EXPECT_EQ(type_of("QUYẾT ĐỊNh"), "-");
  EXPECT_EQ(type_of("QUYẾT ĐỊNH SỐ"), "-");
  EXPECT_EQ(type_of("LUẬT"), "Luật");
  EXPECT_EQ(type_of("LUẬ"), "-");  // under 4 bytes
  EXPECT_EQ(type_of("QUYẾT" + std::string(46, ' ') + "ĐỊNH"), "Quyết định");  // 60 bytes
  EXPECT_EQ(type_of("QUYẾT" + std::string(47, ' ') + "ĐỊNH"), "-");           // 61 bytes
}

// Lines are trimmed of blanks, CR and no-break spaces at both ends, and of nothing else.
TEST(Structure, TrimmedLines) {
  std::string text = "\xC2\xA0 \t\xC2\xA0QUYẾT ĐỊNH \xC2\xA0\t\r\nVề việc \xC2\xA0\xC2\xA0\n";
  Built b = build(text);
  EXPECT_EQ(b.text.substr(b.ds.title.begin, b.ds.title.end - b.ds.title.begin), "QUYẾT ĐỊNH");
  EXPECT_EQ(b.text.substr(b.ds.subject.begin, b.ds.subject.end - b.ds.subject.begin), "Về việc");
  b = build("\xA0QUYẾT ĐỊNH\n");  // a stray continuation byte is no blank
  EXPECT_EQ(b.ds.title.end, 0u);
  b = build("QUYẾT ĐỊNH\nVề việc \xC2\n");
  EXPECT_EQ(b.text.substr(b.ds.subject.begin, b.ds.subject.end - b.ds.subject.begin), "Về việc \xC2");
}

// A national title after the body (past the header's 40 lines) opens another document, in either
// spelling, the line no longer than the title itself.
TEST(Structure, SecondNationalTitle) {
  std::string body = "QUYẾT ĐỊNH\nVề việc\n";
  for (int i = 1; i <= 45; ++i) body += "Điều " + std::to_string(i) + ". Nội dung\n";
  for (const char* title : {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NA"}) {
    const Built b = build(body + title + "\nĐiều 46. Khác\n");
    const bool whole = std::string_view(title).find("NAM") != std::string_view::npos;
    ASSERT_EQ(b.ds.units.size(), 46u) << title;
    EXPECT_EQ(b.ds.units.back().context, whole ? 1u : 0u) << title;
    EXPECT_EQ(b.ds.body_end, whole ? body.size() : b.text.size()) << title;
  }
}

TEST(Structure, ReportQuotesAndAnnexes) {
  const Built b = build(
      "BÁO CÁO\n"
      "Kết quả\n"
      "I. KẾT QUẢ\n"
      "1. Tuyên truyền\n"
      "1.1. Báo chí\n"
      "“2. Khoản được trích.\n"
      "3. Khoản khác.”\n"
      "II. HẠN CHẾ\n"
      "Nơi nhận:\n"
      "- Lưu.\n"
      "PHỤ LỤC I\n"
      "1. Biểu mẫu\n");
  EXPECT_EQ(labels(b), (std::vector<std::string>{"I.", "1. < I.", "1.1. < 1.", "II.", "1."}));
  EXPECT_EQ(b.ds.units.back().context, 1u);
  EXPECT_FALSE(b.ds.legal_style());
}

TEST(Structure, LetterOrder) {
  EXPECT_EQ(letter_value("d"), 4);
  EXPECT_EQ(letter_value("đ"), 5);
  EXPECT_EQ(letter_value("e"), 6);
  EXPECT_EQ(letter_value("g"), 7);
  EXPECT_EQ(letter_value("f"), 0);
  EXPECT_EQ(letter_of(5), "đ");
}

TEST(Structure, FactsListUnitsAndParts) {
  const auto r = test::run_binary("facts --format json " + std::string(CMLINT_SOURCE_DIR) + "/samples/quyet-dinh-day-du.txt");
  EXPECT_EQ(r.code, 0);
  const auto j = nlohmann::ordered_json::parse(r.out);
  std::vector<std::string> units, parts;
  for (const auto& x : j["files"][0]["facts"]) {
    if (x["kind"] == "unit") units.push_back(x["level"].get<std::string>() + " " + x["number"].get<std::string>());
    if (x["kind"] == "part") parts.push_back(x["part"].get<std::string>());
  }
  ASSERT_GE(units.size(), 3u);
  EXPECT_EQ(units[0], "Điều 1");
  EXPECT_EQ(units[1], "khoản 1");
  EXPECT_EQ(units[2], "điểm a");
  for (const std::string p : {"national-title", "motto", "title", "basis", "enacting", "recipients", "signature"})
    EXPECT_NE(std::find(parts.begin(), parts.end(), p), parts.end()) << p;
}
