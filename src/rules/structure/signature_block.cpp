// CM508 signature-block: "KT." followed by a deputy's title, "TM." by a
// collective body, prefixes of the document's own family, no unknown prefixes.
#include "../../structure/structure.hpp"
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM508",
    "signature-block",
    Severity::warning,
    "Quyền hạn ký (TM., KT., Q., TL., TUQ.) viết sai hoặc không khớp với chức vụ người ký",
    "A signing prefix (TM., KT., Q., TL., TUQ.) is malformed or does not fit the signer's title",
    R"(## Quy tắc phát hiện gì
Khối chữ ký cuối văn bản:
- `KT.` (ký thay) phải có chức vụ cấp phó ở dòng sau: `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`,
  `KT. BỘ TRƯỞNG` / `THỨ TRƯỞNG`;
- `TM.` (thay mặt) đi với tên tập thể (`TM. ỦY BAN NHÂN DÂN`), không đi với chức vụ một người (`TM. CHỦ TỊCH`);
- tiền tố không phải `TM.`, `KT.`, `Q.`, `TL.`, `TUQ.` (nhà nước) hay `T/M`, `K/T`, `T/L` (Đảng), hoặc thiếu
  dấu chấm (`TM ỦY BAN NHÂN DÂN`);
- tiền tố của hệ thống khác: `TM.` trong văn bản của Đảng, `T/M` trong văn bản nhà nước.

## Vì sao
Quyền hạn ký cho biết ai chịu trách nhiệm về văn bản; `KT.` mà người ký là cấp trưởng, hay `TM.` một
chức vụ, làm sai thẩm quyền ký (Nghị định 30/2020/NĐ-CP, Phụ lục I).

## Ví dụ sai
    TM. CHỦ TỊCH
    KT. CHỦ TỊCH
    CHỦ TỊCH

## Ví dụ đúng
    TM. ỦY BAN NHÂN DÂN
    KT. CHỦ TỊCH
    PHÓ CHỦ TỊCH
)",
    R"(## What it flags
The signature block at the end of the document:
- `KT.` (signing for the head) must be followed by a deputy's title: `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`,
  `KT. BỘ TRƯỞNG` / `THỨ TRƯỞNG`;
- `TM.` (on behalf of) goes with a collective body (`TM. ỦY BAN NHÂN DÂN`), not a person's title
  (`TM. CHỦ TỊCH`);
- a prefix that is none of `TM.`, `KT.`, `Q.`, `TL.`, `TUQ.` (state) or `T/M`, `K/T`, `T/L` (Party), or one
  without its dot (`TM ỦY BAN NHÂN DÂN`);
- a prefix of the other system: `TM.` in a Party document, `T/M` in a state document.

## Why
The signing prefix says who answers for the document; `KT.` with a head's title, or `TM.` with a person's
title, misstates the signing authority (Decree 30/2020/NĐ-CP, Annex I).

## Bad
    TM. CHỦ TỊCH
    KT. CHỦ TỊCH
    CHỦ TỊCH

## Good
    TM. ỦY BAN NHÂN DÂN
    KT. CHỦ TỊCH
    PHÓ CHỦ TỊCH
)",
    {{"check-family", true, "Report a state prefix in a Party document and the reverse"}},
};

bool starts_with_any(std::string_view s, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (s.starts_with(w)) return true;
  return false;
}

bool has_lower(std::string_view s) {
  for (char c : s)
    if (c >= 'a' && c <= 'z') return true;
  return false;
}

class SignatureBlock final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    if (doc.structure == nullptr) return;
    const DocumentStructure& ds = *doc.structure;
    const bool family = out.option_bool("check-family");
    const bool party_doc = ds.has_party_header() && !ds.has_state_header();
    const bool state_doc = ds.has_state_header() && !ds.has_party_header();
    for (const SignatureLine& s : ds.signature) {
      const std::string_view prefix = doc.slice(s.prefix), authority = doc.slice(s.authority), next = doc.slice(s.next);
      if (!s.known) {
        if (prefix == "TM" || prefix == "KT" || prefix == "TL" || prefix == "TUQ")
          out.report(s.prefix, "Thiếu dấu chấm sau quyền hạn ký: “{}.”", "Missing dot after the signing prefix: \"{}.\"", prefix);
        else
          out.report(s.prefix, "Quyền hạn ký “{}” không phải TM., KT., Q., TL., TUQ. (hoặc T/M, K/T, T/L của Đảng)",
                     "Signing prefix \"{}\" is none of TM., KT., Q., TL., TUQ. (or the Party's T/M, K/T, T/L)", prefix);
        continue;
      }
      const bool party_prefix = prefix.find('/') != std::string_view::npos;
      if (family && party_doc && !party_prefix) {
        out.report(s.prefix, "Văn bản của Đảng dùng quyền hạn ký “{}” của văn bản nhà nước (viết T/M, K/T, T/L)",
                   "A Party document uses the state signing prefix \"{}\" (write T/M, K/T, T/L)", prefix);
        continue;
      }
      if (family && state_doc && party_prefix) {
        out.report(s.prefix, "Văn bản nhà nước dùng quyền hạn ký “{}” của văn bản Đảng (viết TM., KT., TL.)",
                   "A state document uses the Party signing prefix \"{}\" (write TM., KT., TL.)", prefix);
        continue;
      }
      if (prefix == "KT." || prefix == "K/T") {
        // The next line names the deputy: "PHÓ …", "THỨ TRƯỞNG"; merged columns may put text before it.
        // Only a head's title on the next line is sure: a joint document's columns put other bodies
        // there ("TÒA ÁN NHÂN DÂN TỐI CAO"), and extraction puts noise.
        const bool head = starts_with_any(next, {"CHỦ TỊCH", "BỘ TRƯỞNG", "GIÁM ĐỐC", "CHÁNH ÁN", "VIỆN TRƯỞNG", "TỔNG GIÁM ĐỐC",
                                                 "THỦ TRƯỞNG", "BÍ THƯ", "TRƯỞNG BAN", "HIỆU TRƯỞNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG",
                                                 "THỦ TƯỚNG", "TỔNG CỤC TRƯỞNG", "CHÁNH VĂN PHÒNG"});
        if (!head || has_lower(next)) {
          out.pass(s.line, "{} / {}", doc.slice(s.line), next);
          continue;
        }
        out.report(s.next, "Ký thay (“{} {}”) nhưng chức vụ người ký không phải cấp phó: “{}”",
                   "Signed for the head (\"{} {}\") but the signer's title is not a deputy's: \"{}\"", prefix, authority, next);
        continue;
      }
      if (prefix == "TM." || prefix == "T/M") {
        if (starts_with_any(authority, {"CHỦ TỊCH", "PHÓ ", "GIÁM ĐỐC", "BỘ TRƯỞNG", "THỦ TƯỚNG", "BÍ THƯ", "TRƯỞNG ", "CHÁNH ",
                                        "HIỆU TRƯỞNG", "VIỆN TRƯỞNG", "TỔNG GIÁM ĐỐC", "THỦ TRƯỞNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG"})) {
          out.report(s.authority, "“{}” (thay mặt) đi với tên tập thể, không đi với chức vụ “{}”",
                     "\"{}\" (on behalf of) takes a collective body, not the title \"{}\"", prefix, authority);
          continue;
        }
      }
      out.pass(s.line, "{}", doc.slice(s.line));
    }
  }
};

}  // namespace

const Rule& signature_block_rule() {
  static const SignatureBlock rule;
  return rule;
}

}  // namespace cmlint
