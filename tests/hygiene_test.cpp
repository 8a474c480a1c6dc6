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
