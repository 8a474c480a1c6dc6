// Markdown inputs: what is not prose is blanked byte for byte, so positions stay the .md file's.
#include <gtest/gtest.h>

#include "core/markdown.hpp"
#include "test_util.hpp"

using cmlint::mask_markdown;
using cmlint::test::run_binary;
using cmlint::test::temp_file;
using V = std::vector<std::string>;

namespace {
std::string sp(std::string_view s) { return std::string(s.size(), ' '); }  // as many spaces as bytes
}  // namespace

TEST(Markdown, BlanksCodeCommentsAndLinkTargets) {
  EXPECT_EQ(mask_markdown("Ngày `31/4/2023` và ``a ` b`` xong\n"), "Ngày " + sp("`31/4/2023`") + " và " + sp("``a ` b``") + " xong\n");
  EXPECT_EQ(mask_markdown("```text\nngày 31/4/2023\n```\nsau\n"), sp("```text") + "\n" + sp("ngày 31/4/2023") + "\n   \nsau\n");
  EXPECT_EQ(mask_markdown("~~~~\n```\nx\n~~~~\ny\n"), "    \n   \n \n    \ny\n");  // ``` does not close ~~~~
  EXPECT_EQ(mask_markdown("a <!-- 31/4\n2023 --> b\n"), "a " + sp("<!-- 31/4") + "\n" + sp("2023 -->") + " b\n");
  EXPECT_EQ(mask_markdown("<!-- cmlint: disable-next-line CM101 -->\n"), "     cmlint: disable-next-line CM101    \n");
  EXPECT_EQ(mask_markdown("[Quyết định 15/2023](https://x.vn/a(1)/31-4-2023 \"t\") tiếp\n"),
            "[Quyết định 15/2023]" + sp("(https://x.vn/a(1)/31-4-2023 \"t\")") + " tiếp\n");
  EXPECT_EQ(mask_markdown("[qd]: https://x.vn/31/4/2023 \"Tiêu đề\"\nxem <https://a.vn/1> và https://b.vn/2 nữa\n"),
            "[qd]:" + sp(" https://x.vn/31/4/2023 \"Tiêu đề\"") + "\nxem " + sp("<https://a.vn/1>") + " và " +
                sp("https://b.vn/2") + " nữa\n");
  EXPECT_EQ(mask_markdown("Giá \\`31/4\\` x\n"), "Giá \\`31/4\\` x\n");  // escaped backticks open no span
  EXPECT_EQ(mask_markdown("a `b`\r\n```\r\nc\r\n```\r\n"), "a    \r\n   \r\n \r\n   \r\n");
  EXPECT_EQ(mask_markdown("`mở\n\nkhông đóng`\n"), "`mở\n\nkhông đóng`\n");  // a span ends with its paragraph
  EXPECT_EQ(mask_markdown("---\ndate: 2023-04-31\n---\nngày\n"), "   \n" + sp("date: 2023-04-31") + "\n   \nngày\n");
  EXPECT_EQ(mask_markdown("a\n---\nb: 1\n---\n"), "a\n---\nb: 1\n---\n");  // only at the start
  EXPECT_EQ(mask_markdown("x <img src=\"a.png\" width=\"31\"> <b>ngày 1/2</b> 3 < 4 > 2\n"),
            "x " + sp("<img src=\"a.png\" width=\"31\">") + "    ngày 1/2     3 < 4 > 2\n");
}

TEST(Markdown, PositionsAreThoseOfTheMdFile) {
  const auto f = temp_file("doc.md",
                           "# Báo cáo\n\n"
                           "Mã `ngày 31/4/2023` không bị kiểm tra, nhưng ngày 31/4/2023 thì có.\n\n"
                           "```\nngày 31/4/2023\n```\n\n"
                           "Xem [Kế hoạch](https://x.vn/ngày-31/4/2023) và <!-- ngày 31/4/2023 -->.\n"
                           "<!-- cmlint: disable-next-line date-invalid -- đã xác minh -->\n"
                           "Hạn chót ngày 31/4/2023.\n");
  const auto r = run_binary("--color never " + f.string());
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, f.string() +
                       ":3:51: error[date-invalid] Ngày tháng không tồn tại: “31/4/2023” (tháng 4 có 30 ngày)\n"
                       "3 | Mã `ngày 31/4/2023` không bị kiểm tra, nhưng ngày 31/4/2023 thì có.\n"
                       "  |                                                   ^^^^^^^^^\n"
                       "Tìm thấy 1 lỗi, 0 cảnh báo, 0 thông tin.\n");
  // The same text as .txt is linted everywhere.
  const auto t = temp_file("doc.txt", "Mã `ngày 31/4/2023` x\n");
  EXPECT_EQ(run_binary("--format concise " + t.string()).out.find(":1:10: error CM101"), t.string().size());
  // Standard input named .md is Markdown too.
  const auto in = temp_file("stdin.md", "`ngày 31/4/2023`\n");
  EXPECT_EQ(run_binary("--stdin-filename x.md -", "", in.string()).code, 0);
}
