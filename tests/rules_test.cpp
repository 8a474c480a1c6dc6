// Each rule on short texts: exact diagnostics (line:col severity rule message).
#include <gtest/gtest.h>

#include "test_util.hpp"

using cmlint::Lang;
using cmlint::test::lint_text;
using V = std::vector<std::string>;

TEST(DateInvalid, FlagsImpossibleDatesInEveryForm) {
  EXPECT_EQ(lint_text("Hội nghị ngày 30-02-2024.\n"),
            V{"1:15 error date-invalid Ngày tháng không tồn tại: “30-02-2024” (tháng 2 có 29 ngày)"});
  EXPECT_EQ(lint_text("ngày 29 tháng 02 năm 2023\n"),
            V{"1:1 error date-invalid Ngày tháng không tồn tại: “ngày 29 tháng 02 năm 2023” (năm 2023 không phải năm "
              "nhuận, tháng 2 chỉ có 28 ngày)"});
  EXPECT_EQ(lint_text("từ tháng 13/2023\n"),
            V{"1:4 error date-invalid Ngày tháng không tồn tại: “tháng 13/2023” (không có tháng 13)"});
  EXPECT_EQ(lint_text("sáng ngày 31/4 tới\n"),
            V{"1:6 error date-invalid Ngày tháng không tồn tại: “ngày 31/4” (tháng 4 có 30 ngày)"});
  EXPECT_EQ(lint_text("ngày 0.5.2020\n"),
            V{"1:6 error date-invalid Ngày tháng không tồn tại: “0.5.2020” (tháng 5 có 31 ngày)"});
}

TEST(DateInvalid, SilentOnRealDates) {
  EXPECT_EQ(lint_text("ngày 29-2-2024, 29/02/2000, 31.12.2025, ngày 5 tháng 3 năm 2020, tháng 12/2024, ngày 30/4\n"), V{});
  // Not dates: "1.234.567", a ratio, a month range.
  EXPECT_EQ(lint_text("1.234.567 đồng; 45/52 xã; tháng 3-5/2025\n"), V{});
}

TEST(DateInvalid, EnglishMessages) {
  EXPECT_EQ(lint_text("ngày 31/4/2023\n", Lang::en),
            V{"1:6 error date-invalid Date does not exist: \"31/4/2023\" (month 4 has 30 days)"});
}

TEST(PercentRatio, ReferenceTable) {
  // ../shared/reference/vietnamese-documents.md §6.2.
  EXPECT_EQ(lint_text("kết nạp được 202/200 đảng viên, đạt 101% chỉ tiêu\n"), V{});
  EXPECT_EQ(lint_text("có 45/52 xã, đạt 85,5%\n"),
            V{"1:4 error percent-ratio Tỷ lệ 45/52 = 86,54%, không khớp với 85,5% đã ghi"});
  EXPECT_EQ(lint_text("có 45/52 xã, đạt 86,5%\n"), V{});
  EXPECT_EQ(lint_text("hoàn thành 2/3 chỉ tiêu (66,7%)\n"), V{});
  EXPECT_EQ(lint_text("hoàn thành 2/3 chỉ tiêu (66,6%)\n"),
            V{"1:12 warning percent-ratio Tỷ lệ 2/3 = 66,67%, làm tròn phải là 66,7% chứ không phải 66,6% (có vẻ đã "
              "cắt bớt chữ số thay vì làm tròn)"});
  EXPECT_EQ(lint_text("41/85 tổ chức cơ sở đảng, chiếm 48,2%\n"), V{});
  EXPECT_EQ(lint_text("kết nạp được 202/200 đảng viên, đạt 110% chỉ tiêu\n"),
            V{"1:14 error percent-ratio Tỷ lệ 202/200 = 101%, không khớp với 110% đã ghi"});
}

TEST(PercentRatio, SilentWhenNotLinked) {
  // A hedge, another number between, a new sentence, a comparison with another period.
  EXPECT_EQ(lint_text("đạt 45/52 xã, khoảng 80%\n"), V{});
  EXPECT_EQ(lint_text("đạt 45/52 xã và 3 phường, đạt 80%\n"), V{});
  EXPECT_EQ(lint_text("đạt 45/52 xã. Tỷ lệ hộ nghèo đạt 80%\n"), V{});
  EXPECT_EQ(lint_text("đạt 45/52 xã, bằng 80% so với cùng kỳ\n"), V{});
}

TEST(PercentRatio, TruncationCanBeAnError) {
  auto cfg = cmlint::parse_config("[rules.percent-ratio]\nallow-truncation = false\n", "cmlint.toml");
  EXPECT_EQ(lint_text("hoàn thành 2/3 chỉ tiêu (66,6%)\n", Lang::vi, cfg),
            V{"1:12 error percent-ratio Tỷ lệ 2/3 = 66,67%, không khớp với 66,6% đã ghi"});
}

TEST(IdTypeMismatch, FlagsTypeWordAgainstToken) {
  EXPECT_EQ(lint_text("thực hiện Kế hoạch số 27-NQ/HU ngày 10-01-2023\n"),
            V{"1:11 warning id-type-mismatch “Kế hoạch” không khớp với số, ký hiệu 27-NQ/HU: ký hiệu NQ là của Nghị "
              "quyết"});
  EXPECT_EQ(lint_text("Căn cứ Thông tư số 15/2022/QĐ-BTC;\n", Lang::en),
            V{"1:8 warning id-type-mismatch \"Thông tư\" does not match the identifier 15/2022/QĐ-BTC: the token QĐ "
              "stands for Quyết định, Quy định"});
  EXPECT_EQ(lint_text("theo kế hoạch số 12/BC-UBND\n"),
            V{"1:6 warning id-type-mismatch “kế hoạch” không khớp với số, ký hiệu 12/BC-UBND: ký hiệu BC là của Báo "
              "cáo"});
}

TEST(IdTypeMismatch, SilentOnMatchingAndUncertainCitations) {
  EXPECT_EQ(lint_text("Nghị quyết số 09-NQ/TU; Quy định số 66-QĐ/TW; Quy định số 08-QĐi/TW; Luật số 64/2025/QH15; "
                      "Công văn số 05/BNV-VP; Công văn số 340-CV/ĐU; Văn bản số 12/KH-UBND; Nghị quyết số "
                      "68/2022/QH15; Thông tư số 55/2005/TTLT-BNV-VPCP; Pháp lệnh số 10-LCT/HĐNN7\n"),
            V{});
}

TEST(IdTypeMismatch, LowercaseCanBeIgnored) {
  auto cfg = cmlint::parse_config("[rules.id-type-mismatch]\ncheck-lowercase = false\n", "cmlint.toml");
  EXPECT_EQ(lint_text("theo kế hoạch số 12/BC-UBND\n", Lang::vi, cfg), V{});
}

TEST(IdTypeMismatch, UserDocTypesExtendTheTable) {
  auto cfg = cmlint::parse_config("[[doc-types]]\nword = \"Kế hoạch\"\ntokens = [\"KH\", \"BC\"]\n", "cmlint.toml");
  EXPECT_EQ(lint_text("theo kế hoạch số 12/BC-UBND\n", Lang::vi, cfg), V{});
}
