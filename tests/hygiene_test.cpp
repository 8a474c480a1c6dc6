// Text-hygiene helpers and options that fixtures (default configuration) cannot show.
#include <gtest/gtest.h>

#include "core/config.hpp"
#include "rules/text/hygiene.hpp"
#include "test_util.hpp"

using namespace cmlint;

namespace {

std::vector<std::string> lint_with(const std::string& toml, const std::string& text) {
  return test::lint_text(text, Lang::vi, parse_config(toml, "test.toml"));
}

}  // namespace

TEST(Hygiene, VietnameseSyllables) {
  for (const char* ok : {"Nghị", "quyết", "hoàn", "khoảng", "thuyền", "quý", "giữ", "gì", "ủy", "uỷ", "hòa", "hoà",
                         "ĐẢNG", "nghiêng", "khuya", "người", "được"})
    EXPECT_TRUE(hygiene::vietnamese_syllable(ok)) << ok;
  for (const char* bad : {"Thùc", "laõnh", "ñy", "hiÖn", "Ä", "vÒx", "caonh", "bàc", "hoặcc", "qúyy"})
    EXPECT_FALSE(hygiene::vietnamese_syllable(bad)) << bad;
}

TEST(Hygiene, ToneStyleModesFromConfig) {
  const std::string text = "Ủy ban nhân dân; các uỷ viên; hòa bình.\n";
  EXPECT_EQ(lint_with("[rules.tone-style]\nstyle = \"traditional\"\n", text),
            (std::vector<std::string>{"1:22 warning tone-style “uỷ” đặt dấu kiểu mới, trái với cấu hình style = "
                                      "\"traditional\"; viết là “ủy”"}));
  const auto modern = lint_with("[rules.tone-style]\nstyle = \"modern\"\n", text);
  ASSERT_EQ(modern.size(), 2u);
  EXPECT_EQ(modern[0], "1:1 warning tone-style “Ủy” đặt dấu kiểu cũ, trái với cấu hình style = \"modern\"; viết là “Uỷ”");
  EXPECT_EQ(modern[1], "1:31 warning tone-style “hòa” đặt dấu kiểu cũ, trái với cấu hình style = \"modern\"; viết là “hoà”");
}

TEST(Hygiene, HomoglyphAllowList) {
  const std::string text = "Thép Ф550mm và ЖBC.\n";
  EXPECT_EQ(lint_with("[rules]\n", text).size(), 1u);  // Ж is not allowed by default
  EXPECT_TRUE(lint_with("[rules.homoglyph]\nallow = \"Ф, Ж\"\n", text).empty());
}

TEST(Hygiene, AbbreviationsNeverDefinedOnlyWhenAsked) {
  const std::string text = "Đề nghị BCH Đảng bộ phối hợp; UBND huyện chủ trì.\n";
  EXPECT_TRUE(lint_with("[rules]\n", text).empty());
  EXPECT_EQ(lint_with("[rules.abbreviation-undefined]\nrequire-definition = true\n", text),
            (std::vector<std::string>{
                "1:9 info abbreviation-undefined Chữ viết tắt “BCH” không được giải thích trong văn bản"}));
  EXPECT_TRUE(
      lint_with("[rules.abbreviation-undefined]\nrequire-definition = true\nknown = \"BCH\"\n", text).empty());
}

TEST(Hygiene, DuplicateParagraphMinLength) {
  const std::string para = "Các chi bộ tổ chức học tập, quán triệt nghị quyết đến toàn thể đảng viên.";
  const std::string text = para + "\n\n" + para + "\n";
  EXPECT_TRUE(lint_with("[rules]\n", text).empty());  // 72 characters: below the default 80
  EXPECT_EQ(lint_with("[rules.duplicate-paragraph]\nmin-length = 40\n", text),
            (std::vector<std::string>{"3:1 info duplicate-paragraph Đoạn này lặp lại nguyên văn đoạn ở dòng 1"}));
}

TEST(Hygiene, LegacyTablesDecodeTheReferenceWords) {
  // Reference §7.6: the same words in TCVN3 and VNI, read as Windows-1252.
  const auto decoded = [](const std::string& text) {
    const auto r = lint_loaded(load_bytes(text + "\n", "t.txt"), default_config(), Lang::vi);
    for (const auto& d : r.diagnostics)
      if (d.name == "legacy-encoding") {
        std::string out = text;
        const auto& edits = d.fix->edits;
        for (auto it = edits.rbegin(); it != edits.rend(); ++it)
          out.replace(it->offset, it->end_offset - it->offset, it->replacement);
        return out;
      }
    return std::string("(not detected)");
  };
  EXPECT_EQ(decoded("§¶ng viªn vµ nh©n d©n ViÖt Nam"), "Đảng viên và nhân dân Việt Nam");
  EXPECT_EQ(decoded("QuyÕt ®Þnh cña Ban Th\u00adêng vô"), "Quyết định của Ban Thường vụ");
  EXPECT_EQ(decoded("Ñaûng vieân vaø nhaân daân Vieät Nam"), "Đảng viên và nhân dân Việt Nam");
  EXPECT_EQ(decoded("Quyeát ñònh cuûa Ban Thöôøng vuï"), "Quyết định của Ban Thường vụ");
  EXPECT_EQ(decoded("Quyáº¿t Ä‘á»‹nh cá»§a Ban ThÆ°á»\xC2\x9Dng vá»¥"), "Quyết định của Ban Thường vụ");
}

TEST(Hygiene, CompiledCharTableEqualsIcu) {
  const auto icu = hygiene::char_table_from_icu();
  ASSERT_EQ(icu.size(), std::size_t{hygiene::kTableEnd});
  for (char32_t c = 0; c < hygiene::kTableEnd; ++c) {
    const hygiene::CharInfo &a = hygiene::kCharTable[c], &b = icu[c];
    ASSERT_TRUE(a.flags == b.flags && a.base == b.base && a.tone == b.tone) << "U+" << std::hex << static_cast<unsigned>(c);
  }
  // A few values known by heart: ủ is u + hook above, upper-case Ơ is a Latin letter, U+0301 a mark.
  EXPECT_EQ(hygiene::kCharTable[U'ủ'].base, U'u');
  EXPECT_EQ(hygiene::kCharTable[U'ủ'].tone, char32_t{0x309});
  EXPECT_EQ(hygiene::kCharTable[U'Ơ'].flags, hygiene::kLetter | hygiene::kUpper | hygiene::kLatin);
  EXPECT_EQ(hygiene::kCharTable[0x301].flags, hygiene::kMark);
  EXPECT_EQ(hygiene::kCharTable[U'ñ'].tone, char32_t{0});
}

namespace {

// rare_marks byte by byte, as its comment in hygiene.hpp says.
std::vector<std::uint32_t> rare_marks_reference(std::string_view t) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const auto c = static_cast<unsigned char>(t[i]);
    const auto n = i + 1 < t.size() ? static_cast<unsigned char>(t[i + 1]) : 0;
    bool rare;
    if (c < 0x20) rare = c != '\n' && c != '\r';
    else if (c < 0x80) rare = c == '"' || c == '(' || c == ')' || c == '[' || c == ']' || c == 0x7F;
    else if (c < 0xC0) rare = false;
    else if (c == 0xC3) rare = !hygiene::viet_c3(n);
    else if (c == 0xC6) rare = n == 0x89 || n == 0x92;
    else rare = c != 0xC4 && c != 0xE1;
    if (rare) out.push_back(static_cast<std::uint32_t>(i));
  }
  return out;
}

}  // namespace

TEST(Hygiene, RareMarksEveryByteAtEveryPlace) {
  // The Vietnamese letters of C3 xx are exactly those of the old table of legacy-encoding.
  const std::string viet = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";
  for (unsigned n = 0; n < 256; ++n)
    EXPECT_EQ(hygiene::viet_c3(static_cast<unsigned char>(n)),
              n >= 0x80 && n < 0xC0 && viet.find(std::string{'\xC3', static_cast<char>(n)}) != std::string::npos)
        << n;
  // Each byte value, alone or before each second byte that matters, at each offset of a text that
  // crosses the sixteen-byte blocks and ends in the byte-by-byte tail.
  for (std::size_t size : {1u, 15u, 16u, 17u, 18u, 33u, 40u})
    for (unsigned b = 0; b < 256; ++b)
      for (int n : {-1, 0x20, 0x80, 0x89, 0x90, 0x92, 0xA0, 0xA1, 0xB0, 0xBD, 0xBF, 0xC3})
        for (std::size_t at = 0; at < size; ++at) {
          std::string t(size, 'a');
          t[at] = static_cast<char>(b);
          if (n >= 0 && at + 1 < size) t[at + 1] = static_cast<char>(n);
          ASSERT_EQ(hygiene::rare_marks(t), rare_marks_reference(t)) << size << " " << b << " " << n << " " << at;
        }
  // Vietnamese text with every kind of mark in it.
  std::string t;
  for (int k = 0; k < 40; ++k) t += "Ủy ban (tỉnh) “Đảng” [ƒ] Ð\t\f\x01\x7F\u00A0\u200B ÄÖ ñ Ɖ Ω Ж ™\r\n";
  EXPECT_EQ(hygiene::rare_marks(t), rare_marks_reference(t));
}
