// Loading, normalisation and positions: bytes in, exact original positions out.
#include <gtest/gtest.h>

#include "core/decimal.hpp"
#include "core/decimal_format.hpp"
#include "core/position.hpp"
#include "core/source.hpp"
#include "core/text.hpp"
#include "scan/scanner.hpp"
#include "test_util.hpp"

#include <array>
#include <random>

#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
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

// Text normalises only the lines that need it; the result and the changes must be those of ICU on
// the whole text: decomposed letters on several lines, a combining mark right after a line break (it
// cannot compose with the break), CRLF lines, an NFC line between, and no final line break.
TEST(Text, LineByLineNormalisationEqualsWholeText) {
  const std::string s =
      "Vie\xCC\xA3\xCC\x82t Nam\r\n"
      "Nghị quyết 09-NQ/TU\n"
      "\xCC\x81" "a\xCC\x81 o\xCC\x9B\xCC\x80\n"
      "\n"
      "cu\xCC\x89" "a";
  const Text t(s);
  ASSERT_TRUE(t.normalized());
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  std::string whole;
  icu::StringByteSink<std::string> sink(&whole);
  icu::Edits edits;
  nfc->normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink, &edits, ec);
  ASSERT_TRUE(U_SUCCESS(ec));
  EXPECT_EQ(t.view(), whole);
  EXPECT_EQ(t.view(), "Việt Nam\r\nNghị quyết 09-NQ/TU\n\xCC\x81" "á ờ\n\ncủa");
  std::vector<std::array<std::uint32_t, 4>> expected, got;
  for (auto it = edits.getCoarseChangesIterator(); it.next(ec);)
    expected.push_back({static_cast<std::uint32_t>(it.destinationIndex()),
                        static_cast<std::uint32_t>(it.destinationIndex() + it.newLength()),
                        static_cast<std::uint32_t>(it.sourceIndex()),
                        static_cast<std::uint32_t>(it.sourceIndex() + it.oldLength())});
  for (const auto& c : t.changes()) got.push_back({c.dst_begin, c.dst_end, c.src_begin, c.src_end});
  EXPECT_EQ(got, expected);
  EXPECT_EQ(got.size(), 4u);  // ệ, á, ờ, ủ
}

// A line the loader doubts (a combining mark) that is NFC all the same: the text is not copied.
TEST(Text, DoubtfulLinesThatAreNfcAreNotCopied) {
  const std::string s = "Nghị quyết\nx\xCC\xB4y và q\xCC\xB4\xCC\x81\n";  // U+0334 after x; q + U+0334 + U+0301
  const Utf8Check check = check_utf8(s);
  ASSERT_FALSE(check.nfc);
  ASSERT_EQ(check.doubtful_lines.size(), 1u);
  const Text t(s, false, &check.doubtful_lines);
  EXPECT_FALSE(t.normalized());
  EXPECT_EQ(t.view().data(), s.data());
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

// The lines that may not be NFC, whole and merged when adjacent, in the 16-byte windows and in the
// scalar tail alike; NFC lines between them are left out; a valid text that is NFC has none.
TEST(Source, QuickCheckListsTheDoubtfulLines) {
  const std::string l1 = "Nghị quyết số 09-NQ/TU của Tỉnh ủy\n";        // NFC
  const std::string l2 = "Vie\xCC\xA3t Nam và các tỉnh, thành phố\n";   // decomposed ệ
  const std::string l3 = "đạt 101% chỉ tiêu\n";                           // NFC
  const std::string l4 = "a\xCC\x81\n";                                   // decomposed á, short line
  const std::string l5 = "\xE2\x80\x80 thứ Hai, ngày 5 tháng 3";           // U+2000, no final break
  const Utf8Check r = check_utf8(l1 + l2 + l3 + l4 + l5);
  EXPECT_FALSE(r.nfc);
  const auto at = [](std::size_t v) { return static_cast<std::uint32_t>(v); };
  ASSERT_EQ(r.doubtful_lines.size(), 2u);
  EXPECT_EQ(r.doubtful_lines[0].begin, at(l1.size()));
  EXPECT_EQ(r.doubtful_lines[0].end, at(l1.size() + l2.size()));
  EXPECT_EQ(r.doubtful_lines[1].begin, at(l1.size() + l2.size() + l3.size()));
  EXPECT_EQ(r.doubtful_lines[1].end, at(l1.size() + l2.size() + l3.size() + l4.size() + l5.size()));
  EXPECT_TRUE(check_utf8(l1 + l3).doubtful_lines.empty());
  EXPECT_TRUE(check_utf8(l1 + "ab\xC3").doubtful_lines.empty());  // invalid: nothing to normalise
}

// check_utf8 proves 16 bytes at a time when they hold only ASCII and 2- or 3-byte sequences: every
// ill-formed or non-inert sequence must be found wherever it falls in (or across) such a window.
namespace {

// Exactly `bytes` bytes of well-formed text: ASCII, 2- and 3-byte letters at every phase of a window.
std::string vietnamese_padding(std::size_t bytes) {
  static const std::string kText = "Việt Nam đẹp, ừ. Điều 5 “Hạnh phúc” – ";
  std::string s;
  for (std::size_t i = 0;; i = (i + 1) % kText.size()) {
    std::size_t len = 1;
    while (i + len < kText.size() && (static_cast<unsigned char>(kText[i + len]) & 0xC0) == 0x80) ++len;
    if (s.size() + len > bytes) break;
    s.append(kText, i, len);
    i += len - 1;
  }
  s.append(bytes - s.size(), 'x');
  return s;
}

// `check(prefix, text)` for `seq` after 0–47 bytes of Vietnamese text (every phase of a 16-byte window,
// three windows deep), followed by nothing, by ASCII or by more Vietnamese.
template <typename Check>
void at_every_placement(const std::string& seq, Check check) {
  for (std::size_t at = 0; at < 48; ++at) {
    const std::string prefix = vietnamese_padding(at);
    for (const std::string suffix : {"", "abc", " Nam hôm nay là ngày đẹp trời"}) check(prefix, prefix + seq + suffix);
  }
}

}  // namespace

TEST(Source, IllFormedSequencesAreFoundAtEveryOffset) {
  // Each is ill-formed at its first byte (the bytes after it are ASCII or the end of the text).
  const std::string bad[] = {
      "\x80",              // a lone continuation byte
      "\xBF",              //
      "\xC0\x80",          // overlong
      "\xC1\xBF",          // overlong
      "\xC3",              // truncated 2-byte
      "\xE1\xBB",          // truncated 3-byte
      "\xE1",              //
      "\xE0\x80\x80",      // overlong 3-byte
      "\xE0\x9F\xBF",      //
      "\xED\xA0\x80",      // surrogate
      "\xED\xBF\xBF",      //
      "\xF0\x80\x80\x80",  // overlong 4-byte
      "\xF0\x8F\xBF\xBF",  //
      "\xF4\x90\x80\x80",  // > U+10FFFF
      "\xF5\x80\x80\x80",  //
      "\xFF",              //
      "\xF0\x9F\x98",      // truncated 4-byte
      "\xC3\xC3\xA0",      // a lead where a continuation byte belongs
      "\xE1\xBB\xE1\xBB\x87",
  };
  for (const std::string& seq : bad)
    at_every_placement(seq, [](const std::string& prefix, const std::string& text) {
      const Utf8Check r = check_utf8(text);
      ASSERT_TRUE(r.invalid) << testing::PrintToString(text);
      EXPECT_EQ(*r.invalid, prefix.size()) << testing::PrintToString(text);
      EXPECT_FALSE(r.nfc);
    });
}

TEST(Source, WellFormedSequencesPassAtEveryOffset) {
  // sequence, NFC-inert
  const std::pair<std::string, bool> good[] = {
      {std::string("\0", 1), true},  // NUL is ASCII
      {"\xC3\xA0", true},            // à
      {"\xC6\xB0", true},            // ư
      {"\xCB\xBF", true},            // U+02FF, the last 2-byte code point decided on its bytes
      {"\xCC\x80", false},           // U+0300 combining grave
      {"\xCC\x81", false},           // U+0301
      {"\xCD\xB0", true},            // U+0370 Greek, asked of ICU
      {"\xDF\xBF", true},            // U+07FF
      {"\xE1\xBA\xA1", true},        // ạ
      {"\xE1\xBB\xB9", true},        // ỹ
      {"\xE1\xB8\x80", true},        // U+1E00
      {"\xE1\xB7\x80", false},       // U+1DC0 combining, just below U+1E00
      {"\xE1\xBC\x80", true},        // U+1F00 Greek, just above U+1EFF
      {"\xE2\x80\x9C", true},        // “
      {"\xE2\x80\x80", false},       // U+2000: a singleton decomposition
      {"\xE3\x80\x80", true},        // U+3000
      {"\xE0\xA0\x80", true},        // U+0800
      {"\xE0\xA4\x85", true},        // U+0905
      {"\xED\x9F\xBF", true},        // U+D7FF
      {"\xEE\x80\x80", true},        // U+E000
      {"\xEF\xBB\xBF", true},        // U+FEFF
      {"\xEF\xBF\xBF", true},        // U+FFFF
      {"\xF0\x90\x80\x80", true},    // U+10000
      {"\xF0\x9F\x98\x80", true},    // U+1F600
      {"\xF4\x8F\xBF\xBF", true},    // U+10FFFF
  };
  for (const auto& [seq, inert] : good)
    at_every_placement(seq, [inert = inert](const std::string&, const std::string& text) {
      const Utf8Check r = check_utf8(text);
      EXPECT_FALSE(r.invalid) << testing::PrintToString(text);
      EXPECT_EQ(r.nfc, inert) << testing::PrintToString(text);
    });
}

// Against ICU's own decoder (U8_NEXT follows Table 3-7) on random mixtures of the pieces above.
TEST(Source, CheckUtf8AgreesWithIcuOnRandomText) {
  const std::string pieces[] = {"a", "b", " ", "1", ".", std::string("\0", 1), "\xC3\xA0", "\xC4\x91", "\xC6\xB0",
                                "\xE1\xBA\xA1", "\xE1\xBB\x87", "\xE2\x80\x9C", "\xE2\x80\x93", "\xCC\x81",
                                "\xE1\xB7\x80", "\xE2\x80\x80", "\xF0\x9F\x98\x80", "\xE0\xA4\x85", "\xED\x9F\xBF",
                                "\x80", "\xC3", "\xE1\xBB", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xC0\x80"};
  const auto reference = [](std::string_view s) {
    Utf8Check r;
    const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
    const auto n = static_cast<std::int32_t>(s.size());
    for (std::int32_t i = 0; i < n;) {
      const std::int32_t start = i;
      UChar32 c;
      U8_NEXT(p, i, n, c);
      if (c < 0) {
        r.invalid = static_cast<std::uint32_t>(start);
        r.nfc = false;
        return r;
      }
      if (c >= 0x300 && !(u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0))
        r.nfc = false;
    }
    return r;
  };
  std::mt19937 rng(20240607);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int count = static_cast<int>(rng() % 60);
    // Mostly valid pieces, so that ill-formed bytes land at every phase of a window.
    for (int k = 0; k < count; ++k) text += pieces[rng() % 3 == 0 ? rng() % std::size(pieces) : rng() % 19];
    const Utf8Check got = check_utf8(text);
    const Utf8Check want = reference(text);
    ASSERT_EQ(got.invalid, want.invalid) << testing::PrintToString(text);
    ASSERT_EQ(got.nfc, want.nfc) << testing::PrintToString(text);
  }
}

// check_utf8 decides the Vietnamese letters on their bytes; ICU must agree that they are inert.
TEST(Source, VietnameseLetterRangesAreNfcInert) {
  const auto inert = [](UChar32 c) {
    return u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0;
  };
  for (UChar32 c = 0; c < 0x300; ++c) EXPECT_TRUE(inert(c)) << std::hex << c;
  for (UChar32 c = 0x1E00; c < 0x1F00; ++c) EXPECT_TRUE(inert(c)) << std::hex << c;
}

// The sparse line index answers like a full one: every offset's line and every line's start, on
// texts of short lines (samples every 16 lines), of lines longer than 1 KB (samples inside them),
// of empty lines only, empty, and with or without a final line break.
TEST(Source, SparseLineIndexAgreesWithAFullOne) {
  std::mt19937 rng(8);
  std::vector<std::string> texts = {"", "\n", "a", "a\n", std::string(100, '\n'), std::string(9000, 'x') + "\nb"};
  for (int k = 0; k < 40; ++k) {
    std::string t;
    const int lines = static_cast<int>(rng() % 200);
    for (int i = 0; i < lines; ++i) {
      const unsigned kind = rng() % 10;
      const std::size_t len = kind == 0 ? 4096 + rng() % 9000 : kind < 3 ? 0 : rng() % 80;
      t += std::string(len, static_cast<char>('a' + i % 26));
      if (i + 1 < lines || rng() % 2) t += '\n';
    }
    texts.push_back(t);
  }
  for (const std::string& t : texts) {
    LineIndex idx;
    idx.build(t);
    std::vector<std::uint32_t> starts = {0};
    for (std::size_t i = 0; i < t.size(); ++i)
      if (t[i] == '\n') starts.push_back(static_cast<std::uint32_t>(i + 1));
    ASSERT_EQ(idx.count(), starts.size());
    for (std::uint32_t line = 1; line <= starts.size(); ++line) ASSERT_EQ(idx.start(t, line), starts[line - 1]) << line;
    for (std::uint32_t o = 0; o <= t.size(); ++o) {
      const auto want = static_cast<std::uint32_t>(std::upper_bound(starts.begin(), starts.end(), o) - starts.begin());
      ASSERT_EQ(idx.line_of(t, o), want) << "offset " << o << " of " << t.size();
    }
  }
}

// grapheme_count decides Vietnamese NFC text without ICU; it must count as ICU does: on random
// mixtures of ASCII (CR LF too), Latin-1/Extended letters, U+1E00–1EFF, combining marks, other
// scripts and ill-formed bytes, compared with ICU's character break iterator directly.
TEST(Position, GraphemeCountAgreesWithIcu) {
  const std::vector<std::string> pieces = {"a",  " ",  "\r\n", "\r", "\n", "Đ",  "ư", "ệ", "Ỹ", "\xC3\x97", "\xCB\xBF",
                                           "e\xCC\x81", "\xCC\x81", "\xE2\x80\x9C", "\xE2\x80\x8D", "\xE0\xA4\x95\xE0\xA4\xBF",
                                           "\xF0\x9F\x87\xBB\xF0\x9F\x87\xB3", "\xC3", "\xE1\xBB", "\x80", "\xE1\xBA\xA0"};
  std::mt19937 rng(29);
  UErrorCode ec = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), ec));
  ASSERT_TRUE(U_SUCCESS(ec));
  for (int k = 0; k < 20000; ++k) {
    std::string s;
    const int n = 1 + static_cast<int>(rng() % 12);
    for (int i = 0; i < n; ++i) s += pieces[rng() % (k % 2 ? pieces.size() : 10)];  // half: the fast path's own set
    UText ut = UTEXT_INITIALIZER;
    utext_openUTF8(&ut, s.data(), static_cast<int64_t>(s.size()), &ec);
    it->setText(&ut, ec);
    std::uint32_t want = 0;
    it->first();
    while (it->next() != icu::BreakIterator::DONE) ++want;
    utext_close(&ut);
    const bool ascii = std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) want = static_cast<std::uint32_t>(s.size());  // the ASCII shortcut counts bytes, as before
    ASSERT_EQ(grapheme_count(s), want) << testing::PrintToString(s);
  }
}
