// CM401 unicode-nfc: text that is not in Unicode normalisation form C (NFD from
// macOS or PDF extraction, "Unicode tổ hợp" base + combining tone). The engine
// checks NFC text, so this rule reads the change list of the normalisation and
// reports each changed line once, at its original bytes, with the NFC text as fix.
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM401",
    "unicode-nfc",
    Severity::warning,
    "Văn bản không ở dạng chuẩn hóa Unicode NFC (chữ có dấu tổ hợp, dạng NFD)",
    "Text is not in Unicode normalisation form C (combining tone marks, NFD)",
    R"(## Quy tắc phát hiện gì
Chữ có dấu được gõ bằng ký tự tổ hợp (chữ cơ sở + dấu thanh rời, “Unicode tổ hợp”, dạng NFD của macOS
hoặc khi trích từ PDF) thay vì ký tự dựng sẵn (NFC). Mỗi dòng có ký tự như vậy được báo một lần; cách sửa
(an toàn) thay bằng dạng NFC, chữ hiển thị không đổi.

## Vì sao
Nghị định 30/2020/NĐ-CP yêu cầu bộ mã Unicode theo TCVN 6909:2001 (dựng sẵn). Hai dạng trông giống hệt nhau
nhưng khác byte: tìm kiếm, sắp xếp, so khớp số, ký hiệu và sao chép sang hệ thống khác đều có thể sai.

## Ví dụ sai
    Nghị quyết (chữ “ị” gồm “i” + U+0323 dấu nặng rời)

## Ví dụ đúng
    Nghị quyết (chữ “ị” là một ký tự U+1ECB)
)",
    R"(## What it flags
Accented letters typed as a base letter plus combining marks ("Unicode tổ hợp", macOS NFD, PDF extraction)
instead of precomposed characters (NFC). Each line with such characters is reported once; the (safe) fix
replaces them with their NFC form, which looks the same.

## Why
Decree 30/2020/NĐ-CP requires Unicode per TCVN 6909:2001 (precomposed). The two forms look identical but
differ in bytes: search, sorting, matching identifiers and pasting into other systems can fail.

## Bad
    Nghị quyết (the "ị" is "i" + U+0323 combining dot below)

## Good
    Nghị quyết (the "ị" is the single character U+1ECB)
)",
};

class UnicodeNfc final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const Document& doc, Reporter& out) const override {
    if (!doc.text.normalized()) return;
    const std::string_view nfc = doc.text.view();
    const auto& changes = doc.text.changes();
    for (std::size_t i = 0; i < changes.size();) {
      // Every change on the same line (in NFC, lines end at the same newlines) is one finding.
      const std::size_t line_end = std::min<std::size_t>(nfc.find('\n', changes[i].dst_begin), nfc.size());
      Fix fix;
      fix.message = out.lang() == Lang::vi ? "Chuyển sang dạng NFC" : "Convert to NFC";
      const Span first{changes[i].dst_begin, changes[i].dst_end};
      Span all = first;
      std::size_t n = 0;
      for (; i < changes.size() && changes[i].dst_begin < line_end; ++i, ++n) {
        const Span s{changes[i].dst_begin, changes[i].dst_end};
        fix.edits.push_back({s, std::string(doc.slice(s))});
        all.end = s.end;
      }
      if (n == 1)
        out.report_fix(all, std::move(fix), "Chữ “{}” không ở dạng NFC (dùng dấu tổ hợp)",
                       "\"{}\" is not in NFC (combining marks)", doc.slice(first));
      else
        out.report_fix(all, std::move(fix), "{} chỗ trên dòng này không ở dạng NFC (dùng dấu tổ hợp), bắt đầu từ “{}”",
                       "{} places on this line are not in NFC (combining marks), starting with \"{}\"", n,
                       doc.slice(first));
    }
  }
};

}  // namespace

const Rule& unicode_nfc_rule() {
  static const UnicodeNfc rule;
  return rule;
}

}  // namespace cmlint
