// Extraction of quantities and relations (src/numbers/): exact values.
#include <gtest/gtest.h>

#include "core/doc_types.hpp"
#include "core/source.hpp"
#include "core/text.hpp"
#include "numbers/relations.hpp"
#include "rules/rule.hpp"
#include "scan/scanner.hpp"

using namespace cmlint;
using namespace cmlint::numbers;

namespace {

struct Doc {
  explicit Doc(const std::string& s)
      : loaded(load_bytes(s, "t.txt")), text(loaded.source->content()),
        facts(scan(text.view(), DocTypeTable::builtin())),
        doc{*loaded.source, text, facts, DocTypeTable::builtin(), IssuerTable::builtin(), header},
        q(extract_quantities(doc, Vocabulary::builtin())) {}
  std::string slice(Span s) const { return std::string(doc.slice(s)); }
  LoadResult loaded;
  Text text;
  Facts facts;
  DocumentHeader header;
  Document doc;
  Quantities q;
};

}  // namespace

TEST(Numbers, QuantityUnitScaleAndInterval) {
  Doc d("có 85 tổ chức cơ sở đảng (41 đảng bộ), kinh phí 6,8 tỷ đồng, khoảng 200 người, Điều 5, 12 xyz\n");
  ASSERT_EQ(d.q.items.size(), 6u);
  const auto& a = d.q.items[0];
  EXPECT_EQ(d.slice(a.span), "85");
  EXPECT_EQ(d.slice(a.unit), "tổ chức cơ sở đảng");
  EXPECT_TRUE(a.exact);
  EXPECT_EQ(a.lo(), 170);
  EXPECT_EQ(a.hi(), 170);
  EXPECT_EQ(d.slice(d.q.items[1].unit), "đảng bộ");
  EXPECT_EQ(a.kind, d.q.items[1].kind);  // both Party organisations
  const auto& m = d.q.items[2];
  EXPECT_EQ(m.scale, 9);
  EXPECT_EQ(m.exponent(), 8);  // 68·10^8
  EXPECT_FALSE(m.exact);
  EXPECT_EQ(m.lo(), 135);  // [6,75; 6,85] tỷ in half-units of 10^8
  EXPECT_EQ(m.hi(), 137);
  EXPECT_EQ(d.slice(m.unit), "đồng");
  EXPECT_TRUE(d.q.items[3].hedged);
  EXPECT_TRUE(d.q.items[4].label);
  EXPECT_EQ(d.q.items[5].unit_id, -1);
  EXPECT_FALSE(d.q.items[5].comparable());
}

TEST(Numbers, BreakdownsAndColumns) {
  Doc d("Mở 100 lớp với 12.898 học viên. Trong đó, khối đảng 27 lớp với 3.239 học viên.\n"
        "Có 85 tổ chức cơ sở đảng (41 đảng bộ và 44 chi bộ trực thuộc).\n"
        "Dự án 1.530 giờ chưa bao gồm 02 mô-đun và 03 giờ.\n");
  const auto bs = find_breakdowns(d.text.view(), d.q, Vocabulary::builtin());
  ASSERT_EQ(bs.size(), 2u);
  EXPECT_FALSE(bs[0].complete);
  ASSERT_EQ(bs[0].columns.size(), 2u);
  EXPECT_EQ(d.slice(d.q.items[bs[0].columns[0].total].span), "100");
  ASSERT_EQ(bs[0].columns[0].parts.size(), 1u);
  EXPECT_EQ(d.slice(d.q.items[bs[0].columns[0].parts[0]].span), "27");
  EXPECT_EQ(d.slice(d.q.items[bs[0].columns[1].parts[0]].span), "3.239");
  EXPECT_TRUE(bs[1].complete);
  ASSERT_EQ(bs[1].columns.size(), 1u);
  ASSERT_EQ(bs[1].columns[0].parts.size(), 2u);
  std::vector<const Quantity*> parts = {&d.q.items[bs[1].columns[0].parts[0]], &d.q.items[bs[1].columns[0].parts[1]]};
  const auto s = sum_parts(d.q.items[bs[1].columns[0].total], parts);
  ASSERT_TRUE(s.ok);
  EXPECT_EQ(s.value, 85);
  EXPECT_EQ(s.lo, 170);
}

TEST(Numbers, RoundedSumsUseIntervals) {
  Doc d("31.116 tỷ đồng, bao gồm 20.000 tỷ đồng và 11.116 tỷ đồng; 58 tỷ đồng gồm 12 tỷ đồng và 45 tỷ đồng.\n");
  const auto bs = find_breakdowns(d.text.view(), d.q, Vocabulary::builtin());
  ASSERT_EQ(bs.size(), 2u);
  for (const auto& b : bs) {
    std::vector<const Quantity*> parts;
    for (auto i : b.columns[0].parts) parts.push_back(&d.q.items[i]);
    const auto s = sum_parts(d.q.items[b.columns[0].total], parts);
    ASSERT_TRUE(s.ok);
    EXPECT_TRUE(s.lo <= s.total_hi && s.total_lo <= s.hi);  // [56; 58] meets [57,5; 58,5]
  }
}

TEST(Numbers, TargetClaimsAndShares) {
  Doc d("kết nạp được 7 đảng viên, đạt 140% chỉ tiêu; 7/5 đảng viên, đạt 140% chỉ tiêu.\n"
        "Gồm: A chiếm 45%, B chiếm 16%, C chiếm 42%.\n");
  const auto& v = Vocabulary::builtin();
  const auto ts = find_target_claims(d.text.view(), d.facts, d.q, v);
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(d.slice(d.q.items[ts[0].count].span), "7");
  EXPECT_EQ(d.slice(d.q.percents[ts[0].percent].span), "140%");
  const auto gs = find_share_groups(d.text.view(), d.q, v);
  ASSERT_EQ(gs.size(), 1u);
  EXPECT_TRUE(gs[0].complete);
  EXPECT_EQ(gs[0].shares.size(), 3u);
}

TEST(Numbers, FormatVietnamese) {
  EXPECT_EQ(format_vi(12898, 0), "12.898");
  EXPECT_EQ(format_vi(68, 1), "6,8");
  EXPECT_EQ(format_vi(1234560, 2), "12.345,6");
  EXPECT_EQ(format_vi(5, 3), "0,005");
}
