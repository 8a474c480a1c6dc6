// Loading, normalisation and positions: bytes in, exact original positions out.
#include <gtest/gtest.h>

#include "core/decimal.hpp"
#include "core/decimal_format.hpp"
#include "core/position.hpp"
#include "core/source.hpp"
#include "core/text.hpp"
#include "scan/scanner.hpp"
#include "test_util.hpp"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

using namespace cmlint;

TEST(Decimal, ParsesVietnameseNotation) {
  auto a = Decimal::parse("12.898");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->mantissa, 12898);
  EXPECT_EQ(a->decimals, 0);
  auto b = Decimal::parse("54,30");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->mantissa, 5430);
  EXPECT_EQ(b->decimals, 2);
  EXPECT_FALSE(Decimal::parse(std::string(40, '9')));
}

TEST(Decimal, FormatsQuotients) {
  EXPECT_EQ(format_quotient(4500, 52, 2), "86,54");
  EXPECT_EQ(format_quotient(31200, 400, 1), "78");
  EXPECT_EQ(format_quotient(200, 3, 1), "66,7");
}

TEST(Source, StripsBomAndIndexesCrlfLines) {
  auto r = load_bytes("\xEF\xBB\xBFmột\r\nhai\r\n", "x");
  ASSERT_TRUE(r.source);
  EXPECT_FALSE(r.encoding);
  EXPECT_EQ(r.source->content_begin, 3u);
  EXPECT_EQ(r.source->content(), "một\r\nhai\r\n");
  EXPECT_EQ(line_text(*r.source, 1), "một");
  EXPECT_EQ(line_text(*r.source, 2), "hai");
  const auto p = position_of(*r.source, 3 + 7);  // "h" of line 2 ("một\r\n" is 7 bytes)
  EXPECT_EQ(p.line, 2u);
  EXPECT_EQ(p.column, 1u);
}

TEST(Source, FindsFirstInvalidUtf8Sequence) {
  auto r = load_bytes("ab\ncd\xC3(x\xFF", "x");
  ASSERT_TRUE(r.source);
  ASSERT_TRUE(r.encoding);
  EXPECT_EQ(r.encoding->offset, 5u);
  EXPECT_EQ(r.encoding->reason_en, "byte 0xC3 is not valid UTF-8");
  const auto p = position_of(*r.source, r.encoding->offset);
  EXPECT_EQ(p.line, 2u);
  EXPECT_EQ(p.column, 3u);
}

TEST(Source, DecodesUtf16WithBom) {
  // "Số 5" in UTF-16LE and UTF-16BE with byte-order marks.
  const std::string le("\xFF\xFE" "S\0\xD1\x1E" " \0" "5\0", 10);
  const std::string be("\xFE\xFF" "\0S\x1E\xD1" "\0 " "\0" "5", 10);
  for (const auto& bytes : {le, be}) {
    auto r = load_bytes(bytes, "x");
    ASSERT_TRUE(r.source);
    EXPECT_TRUE(r.source->from_utf16);
    EXPECT_EQ(r.source->content(), "Số 5");
  }
}

TEST(Text, NfcInputIsNotCopied) {
  const std::string s = "Nghị quyết số 09-NQ/TU";
  const Text t(s);
  EXPECT_FALSE(t.normalized());
  EXPECT_EQ(t.view().data(), s.data());
  EXPECT_EQ(t.to_content(5, false), 5u);
}

TEST(Text, MapsNfcOffsetsBackToDecomposedInput) {
  // "Việt 31/4/2023": ệ decomposed as e + U+0323 + U+0302 (5 bytes instead of 3).
  const std::string s = "Vie\xCC\xA3\xCC\x82t 31/4/2023";
  const Text t(s);
  ASSERT_TRUE(t.normalized());
  EXPECT_EQ(t.view(), "Việt 31/4/2023");
  const auto date_nfc = static_cast<std::uint32_t>(t.view().find("31"));
  EXPECT_EQ(date_nfc, 7u);
  EXPECT_EQ(t.to_content(date_nfc, false), 9u);
  EXPECT_EQ(t.to_content(2, false), 2u);  // "e" starts the changed run ("ệ")
  EXPECT_EQ(t.to_content(5, true), 7u);   // end of "ệ" maps to the end of its 5 bytes
}

TEST(Position, ColumnsCountGraphemesOfTheOriginalLine) {
  // A decomposed "ệ" is one column: the date starts at column 6.
  const auto diags = test::lint_text("Vie\xCC\xA3\xCC\x82t 31/4/2023\n");
  ASSERT_EQ(diags.size(), 2u);  // the decomposed letter itself is reported by unicode-nfc, at column 3
  EXPECT_EQ(diags[0], "1:3 warning unicode-nfc Chữ “ệ” không ở dạng NFC (dùng dấu tổ hợp)");
  EXPECT_EQ(diags[1], "1:6 error date-invalid Ngày tháng không tồn tại: “31/4/2023” (tháng 4 có 30 ngày)");
}

TEST(Scanner, ProducesTypedFactsWithExactValues) {
  const std::string text =
      "Thực hiện Nghị quyết số 09-NQ/TU, ngày 27-2-2012; kết nạp được 202/200 đảng viên, đạt 101%, "
      "tổng 12.898 học viên, 54,3 tỷ đồng; Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020; tháng 5-2023.";
  const Facts f = scan(text, DocTypeTable::builtin());
  ASSERT_EQ(f.citations.size(), 2u);
  ASSERT_EQ(f.identifiers.size(), 2u);
  EXPECT_EQ(f.identifiers[0].style, IdStyle::party);
  EXPECT_EQ(text.substr(f.identifiers[0].party_type.begin, 2), "NQ");
  EXPECT_EQ(f.identifiers[1].style, IdStyle::state);
  EXPECT_EQ(f.identifiers[1].year, 2020);
  ASSERT_TRUE(f.citations[0].date);
  EXPECT_EQ(f.dates[*f.citations[0].date].day, 27);
  ASSERT_EQ(f.dates.size(), 3u);
  EXPECT_EQ(f.dates[1].form, DateForm::words);
  EXPECT_EQ(f.dates[1].day, 5);
  EXPECT_EQ(f.dates[1].month, 3);
  EXPECT_EQ(f.dates[1].year, 2020);
  EXPECT_EQ(f.dates[2].form, DateForm::month_year);
  EXPECT_EQ(f.dates[2].month, 5);
  ASSERT_EQ(f.ratios.size(), 1u);
  EXPECT_EQ(f.ratios[0].num->mantissa, 202);
  EXPECT_EQ(f.ratios[0].den->mantissa, 200);
  ASSERT_EQ(f.percents.size(), 1u);
  EXPECT_EQ(f.percents[0].value->mantissa, 101);
  ASSERT_EQ(f.numbers.size(), 2u);
  EXPECT_EQ(f.numbers[0].value->mantissa, 12898);
  EXPECT_EQ(f.numbers[1].value->mantissa, 543);
  EXPECT_EQ(f.numbers[1].value->decimals, 1);
}

TEST(Scanner, NoFactStartsInsideAWord) {
  const Facts f = scan("H2O, 12tr, A1/B2", DocTypeTable::builtin());
  EXPECT_TRUE(f.numbers.empty());
  EXPECT_TRUE(f.ratios.empty());
  EXPECT_TRUE(f.identifiers.empty());
}

TEST(Source, RejectsOverlongSurrogateAndOutOfRangeSequences) {
  for (const std::string bad : {"a\xC0\x80", "a\xC1\xBF", "a\xE0\x80\x80", "a\xED\xA0\x80", "a\xF0\x80\x80\x80",
                                "a\xF4\x90\x80\x80", "a\xF5\x80\x80\x80", "a\x80", "a\xE1\xBB"}) {
    const auto r = find_invalid_utf8(bad);
    ASSERT_TRUE(r) << testing::PrintToString(bad);
    EXPECT_EQ(*r, 1u);
  }
  for (const std::string good : {"Việt Nam", "\xF0\x9F\x98\x80", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xF4\x8F\xBF\xBF"})
    EXPECT_FALSE(find_invalid_utf8(good)) << good;
}

TEST(Source, QuickCheckProvesNfcOnlyWhenEveryCharacterIsInert) {
  EXPECT_TRUE(check_utf8("Nghị quyết số 09-NQ/TU “đạt 101%” – Điều 4").nfc);
  EXPECT_FALSE(check_utf8("Nghi\xCC\xA3 quy\xC3\xAA\xCC\x81t").nfc);  // decomposed ị, ế
  EXPECT_FALSE(check_utf8("\xE2\x80\x80").nfc);                        // U+2000 has a singleton decomposition
  EXPECT_FALSE(check_utf8("a\xCC\xB4").nfc);                           // U+0334: NFC_QC=Yes but combining class 1
  const Utf8Check bad = check_utf8("ab\xC3");
  EXPECT_EQ(bad.invalid, 2u);
  EXPECT_FALSE(bad.nfc);
}

// check_utf8 decides the Vietnamese letters on their bytes; ICU must agree that they are inert.
TEST(Source, VietnameseLetterRangesAreNfcInert) {
  const auto inert = [](UChar32 c) {
    return u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0;
  };
  for (UChar32 c = 0; c < 0x300; ++c) EXPECT_TRUE(inert(c)) << std::hex << c;
  for (UChar32 c = 0x1E00; c < 0x1F00; ++c) EXPECT_TRUE(inert(c)) << std::hex << c;
}
