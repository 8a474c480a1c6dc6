// The sixteen-byte filters of the text rules (tone-style, abbreviation-undefined) and the key of
// duplicate-paragraph: the same findings wherever the words fall against the blocks, and the exact
// edges of what they let through.
#include <gtest/gtest.h>

#include "core/config.hpp"
#include "test_util.hpp"

using namespace cmlint;

namespace {

std::vector<std::string> lint_rule(const std::string& rule, const std::string& toml, const std::string& text) {
  std::vector<std::string> out;
  for (auto& s : test::lint_text(text, Lang::vi, parse_config(toml, "test.toml")))
    if (s.find(" " + rule + " ") != std::string::npos) out.push_back(s);
  return out;
}

// A first line of `pad` bytes moves the rest against the sixteen-byte blocks, not its line numbers.
std::string padded(std::size_t pad, const std::string& text) { return "Về " + std::string(pad, 'v') + ".\n\n" + text; }

}  // namespace

TEST(TextBlocks, ToneStyleEverywhereInTheBlock) {
  // Old style hòa, ủy, thủy, khỏe, ÒA against new style uỷ, hoà, THUỶ, xoè, Oà; ồà, ùà, hòà have two
  // marks or no oa/oe/uy pair, quý and khoảng, hoàn one spelling.
  const std::string text =
      "Ủy ban nhân dân; các uỷ viên; hòa bình, hoà giải. THUỶ lợi, thủy sản: ồà ùà hòà xoè khỏe Oà ÒA; quý khoảng hoàn\n";
  const std::vector<std::string> modern = {
      "3:1 warning tone-style “Ủy” đặt dấu kiểu cũ, trái với cấu hình style = \"modern\"; viết là “Uỷ”",
      "3:31 warning tone-style “hòa” đặt dấu kiểu cũ, trái với cấu hình style = \"modern\"; viết là “hoà”",
      "3:61 warning tone-style “thủy” đặt dấu kiểu cũ, trái với cấu hình style = \"modern\"; viết là “thuỷ”",
      "3:85 warning tone-style “khỏe” đặt dấu kiểu cũ, trái với cấu hình style = \"modern\"; viết là “khoẻ”",
      "3:93 warning tone-style “ÒA” đặt dấu kiểu cũ, trái với cấu hình style = \"modern\"; viết là “OÀ”"};
  for (std::size_t pad = 0; pad < 40; ++pad) {
    EXPECT_EQ(lint_rule("tone-style", "[rules.tone-style]\nstyle = \"modern\"\n", padded(pad, text)), modern) << pad;
    EXPECT_EQ(lint_rule("tone-style", "[rules]\n", padded(pad, text)).size(), 5u) << pad;
  }
  // At the very start and end of the text (the bytes outside the sixteen-byte loop).
  EXPECT_EQ(lint_rule("tone-style", "[rules.tone-style]\nstyle = \"modern\"\n", "hòa"),
            (std::vector<std::string>{
                "1:1 warning tone-style “hòa” đặt dấu kiểu cũ, trái với cấu hình style = \"modern\"; viết là “hoà”"}));
  EXPECT_EQ(lint_rule("tone-style", "[rules.tone-style]\nstyle = \"traditional\"\n", "uỷ"),
            (std::vector<std::string>{"1:1 warning tone-style “uỷ” đặt dấu kiểu mới, trái với cấu hình style = "
                                      "\"traditional\"; viết là “ủy”"}));
}

TEST(TextBlocks, AbbreviationsEverywhereInTheBlock) {
  // Vietnamese capitals of two and three bytes start abbreviations; đ does not.
  const std::string text =
      "Đề nghị ĐKTX, ỦBT và BTV theo dõi; đBTV không tính.\n"
      "Đại biểu Quốc hội (ĐKTX), Ban Thường vụ (BTV) và ỦBT (sau đây gọi tắt là ỦBT).\n";
  const std::vector<std::string> want = {
      "3:9 info abbreviation-undefined Chữ viết tắt “ĐKTX” được dùng trước khi được giải thích ở dòng 4",
      "3:15 info abbreviation-undefined Chữ viết tắt “ỦBT” được dùng trước khi được giải thích ở dòng 4",
      "3:22 info abbreviation-undefined Chữ viết tắt “BTV” được dùng trước khi được giải thích ở dòng 4"};
  for (std::size_t pad = 0; pad < 40; ++pad)
    EXPECT_EQ(lint_rule("abbreviation-undefined", "[rules]\n", padded(pad, text)), want) << pad;
}

TEST(TextBlocks, DuplicateParagraphKeyIsSixtyFourBytesEachEnd) {
  // Paragraphs with the same first and last 64 non-blank bytes share a key: a later paragraph is compared
  // with the first of its key only, so the repeat of the second one is not seen. One byte inside the 64
  // makes another key, and the repeat is reported.
  const std::string head = "Các chi bộ tổ chức học tập, quán triệt nghị quyết đến toàn thể đảng viên";  // > 64 non-blank bytes
  const std::string tail = "và báo cáo kết quả thực hiện về Ban Thường vụ Huyện ủy trước ngày hai mươi.";
  const auto count = [&](const std::string& a, const std::string& b) {
    const std::string text = a + "\n\n" + b + "\n\n" + b + "\n";
    return lint_rule("duplicate-paragraph", "[rules]\n", text).size();
  };
  const auto non_blank_at = [](const std::string& s, std::size_t k) {  // offset of the k-th non-blank byte
    std::size_t seen = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
      if (static_cast<unsigned char>(s[i]) > ' ' && seen++ == k) return i;
    return s.size();
  };
  const std::string a = head + " một " + tail, b = head + " hai " + tail;
  ASSERT_GT(non_blank_at(head, 70), non_blank_at(head, 64));
  ASSERT_LT(non_blank_at(tail, 70), tail.size());
  EXPECT_EQ(count(a, b), 0u);  // same key, different text
  for (std::size_t k : {0u, 1u, 15u, 16u, 31u, 62u, 63u, 64u, 65u}) {
    std::string h = head;
    h[non_blank_at(h, k)] ^= 1;  // an ASCII letter or a continuation byte kept as one (valid UTF-8)
    EXPECT_EQ(count(a, h + " hai " + tail), k < 64 ? 1u : 0u) << "head " << k;
  }
  for (std::size_t k : {1u, 15u, 16u, 62u, 63u, 64u, 70u}) {  // k-th non-blank byte from the end (0: the full stop)
    std::size_t total = 0;
    for (unsigned char c : tail) total += c > ' ';
    std::string tl = tail;
    tl[non_blank_at(tl, total - 1 - k)] ^= 1;
    EXPECT_EQ(count(a, head + " hai " + tl), k < 64 ? 1u : 0u) << "tail " << k;
  }
  // Blanks of any kind and number do not count.
  std::string spaced = b;
  for (std::size_t i = spaced.find(' '); i != std::string::npos; i = spaced.find(' ', i + 4)) spaced.replace(i, 1, " \t\n ");
  EXPECT_EQ(lint_rule("duplicate-paragraph", "[rules]\n", b + "\n\n" + spaced + "\n").size(), 1u);
}
