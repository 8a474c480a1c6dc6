// CM001 encoding: the file is not valid UTF-8. The loader finds the first bad
// byte (src/core/source.cpp); this entry gives the finding its code, name,
// severity and documentation, and has nothing to check in decoded text.
#include "../rule.hpp"

namespace cmlint {
namespace {

const RuleInfo kInfo{
    "CM001",
    "encoding",
    Severity::error,
    "Tệp không phải UTF-8 hợp lệ",
    "File is not valid UTF-8",
    R"(## Quy tắc phát hiện gì
Tệp có chuỗi byte không hợp lệ trong UTF-8. cmlint báo dòng, cột và vị trí byte của chuỗi sai
đầu tiên rồi bỏ qua phần còn lại của tệp (các tệp khác vẫn được kiểm tra). Tệp UTF-16 có BOM
được tự động chuyển sang UTF-8.

## Vì sao
Nghị định 30/2020/NĐ-CP yêu cầu văn bản dùng bộ mã Unicode (TCVN 6909:2001). Byte sai thường do
tệp được lưu bằng bảng mã cũ (TCVN3, VNI, Windows-1258) hoặc bị cắt hỏng.

## Ví dụ sai
    Tệp lưu bằng Windows-1258: byte 0xEC giữa chữ "Nghị"

## Ví dụ đúng
    Lưu lại tệp ở dạng UTF-8 (Unicode).
)",
    R"(## What it flags
A byte sequence that is not valid UTF-8. cmlint reports the line, column and byte offset of the
first bad sequence and skips the rest of that file (other files are still checked). A UTF-16 file
with a byte-order mark is decoded to UTF-8 automatically.

## Why
Decree 30/2020/NĐ-CP requires Unicode (TCVN 6909:2001). Bad bytes usually mean the file was saved
in a legacy code page (TCVN3, VNI, Windows-1258) or was truncated.

## Bad
    A file saved as Windows-1258: byte 0xEC inside the word "Nghị"

## Good
    Save the file again as UTF-8 (Unicode).
)",
};

class Encoding final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void check(const Document& /*doc*/, Reporter& /*out*/) const override {}
};

}  // namespace

const Rule& encoding_rule() {
  static const Encoding rule;
  return rule;
}

}  // namespace cmlint
