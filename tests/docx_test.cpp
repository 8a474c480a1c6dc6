// .docx inputs: built here with libzip, read with libzip + pugixml. Paragraph numbers are the
// lines; table cells and footnotes are labelled; damaged and encrypted files are I/O errors.
#include <gtest/gtest.h>
#include <zip.h>

#include <nlohmann/json.hpp>

#include "core/docx.hpp"
#include "test_util.hpp"

using cmlint::test::run_binary;
using cmlint::test::temp_file;
namespace fs = std::filesystem;

namespace {

const char* kNs = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string p(const std::string& text) { return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"; }

std::string document(const std::string& body) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document ") + kNs +
         "><w:body>" + body + "<w:sectPr/></w:body></w:document>";
}

// Writes a .docx (a zip with the parts given) at `path`; `password` encrypts word/document.xml.
fs::path make_docx(const std::string& name, const std::vector<std::pair<std::string, std::string>>& parts,
                   const char* password = nullptr) {
  const fs::path path = temp_file(name, "");
  fs::remove(path);
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  EXPECT_NE(z, nullptr);
  for (const auto& [entry, content] : parts) {
    zip_source_t* src = zip_source_buffer(z, content.data(), content.size(), 0);
    const zip_int64_t idx = zip_file_add(z, entry.c_str(), src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    EXPECT_GE(idx, 0);
    if (password != nullptr && entry == "word/document.xml")
      EXPECT_EQ(zip_file_set_encryption(z, static_cast<zip_uint64_t>(idx), ZIP_EM_AES_256, password), 0);
  }
  EXPECT_EQ(zip_close(z), 0);
  return path;
}

const std::string kContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

}  // namespace

TEST(Docx, ParagraphsTablesAndFootnotes) {
  const std::string body =
      p("BÁO CÁO") +
      "<w:p><w:r><w:t>Ngày </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>31/4/2023</w:t></w:r>"
      "<w:del><w:r><w:delText>ngày 31/4/2024</w:delText></w:r></w:del><w:r><w:t xml:space=\"preserve\"> họp.</w:t></w:r></w:p>" +
      "<w:tbl><w:tr><w:tc>" + p("Chỉ tiêu") + "</w:tc><w:tc>" + p("Kết quả") + "</w:tc></w:tr>"
      "<w:tr><w:tc>" + p("Xã đạt chuẩn") + "</w:tc><w:tc>" + p("45/52 xã, đạt 85,5%") + "</w:tc></w:tr></w:tbl>" +
      p("Hết.");
  const std::string notes = std::string("<?xml version=\"1.0\"?><w:footnotes ") + kNs +
                            "><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                            "<w:footnote w:id=\"1\">" + p("Theo Kế hoạch số 27-NQ/HU.") + "</w:footnote></w:footnotes>";
  const auto f = make_docx("bao-cao.docx", {{"[Content_Types].xml", kContentTypes},
                                            {"word/document.xml", document(body)},
                                            {"word/footnotes.xml", notes}});
  const auto r = run_binary("--color never " + f.string());
  EXPECT_EQ(r.code, 1);
  const std::string path = f.string();
  EXPECT_EQ(r.out,
            path + ":2:6: error[date-invalid] Ngày tháng không tồn tại: “31/4/2023” (tháng 4 có 30 ngày)\n"
            "  = đoạn 2\n"
            "2 | Ngày 31/4/2023 họp.\n"
            "  |      ^^^^^^^^^\n" +
            path + ":6:1: error[percent-ratio] Tỷ lệ 45/52 = 86,54%, không khớp với 85,5% đã ghi\n"
            "  = đoạn 6, bảng 1, hàng 2, ô 2\n"
            "6 | 45/52 xã, đạt 85,5%\n"
            "  | ^^^^^^^^^^^^^^^^^^^\n" +
            path + ":8:6: warning[id-type-mismatch] “Kế hoạch” không khớp với số, ký hiệu 27-NQ/HU: ký hiệu NQ là của "
            "Nghị quyết\n"
            "  = đoạn 8, chú thích 1\n"
            "8 | Theo Kế hoạch số 27-NQ/HU.\n"
            "  |      ^^^^^^^^^^^^^^^^^^^^\n"
            "Tìm thấy 2 lỗi, 1 cảnh báo, 0 thông tin.\n");
  const auto j = nlohmann::json::parse(run_binary("--format json --lang en " + f.string()).out);
  EXPECT_EQ(j["files"][0]["diagnostics"][1]["location"], "paragraph 6, table 1, row 2, cell 2");
}

TEST(Docx, DamagedAndEncryptedFilesAreIoErrors) {
  const auto good = temp_file("ok.txt", "ngày 31/4/2023\n");
  const auto junk = temp_file("junk.docx", "PK\x03\x04 not really a zip");
  const auto ole = temp_file("locked.docx", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0'));
  const auto nobody = make_docx("nobody.docx", {{"[Content_Types].xml", kContentTypes}});
  const auto badxml = make_docx("badxml.docx", {{"word/document.xml", "<w:document><w:body><w:p>"}});
  const auto aes = make_docx("aes.docx", {{"word/document.xml", document(p("ngày 31/4/2023"))}}, "mật khẩu");
  const auto r = run_binary("--format concise --lang en " + junk.string() + " " + ole.string() + " " + nobody.string() +
                            " " + badxml.string() + " " + aes.string() + " " + good.string());
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, good.string() + ":1:6: error CM101 date-invalid Date does not exist: \"31/4/2023\" (month 4 has 30 days)\n");
  EXPECT_EQ(r.err,
            "cmlint: cannot read '" + junk.string() + "': damaged file or not a .docx (Not a zip archive)\n"
            "cmlint: cannot read '" + ole.string() + "': the .docx is password-protected (encrypted): remove the "
            "password and lint it again\n"
            "cmlint: cannot read '" + nobody.string() + "': damaged file or not a .docx (no word/document.xml)\n"
            "cmlint: cannot read '" + badxml.string() + "': damaged file or not a .docx (word/document.xml: Start-end tags mismatch)\n"
            "cmlint: cannot read '" + aes.string() + "': the .docx is password-protected (encrypted): remove the "
            "password and lint it again\n");
}

TEST(Docx, DirectoriesPickUpDocx) {
  const auto f = make_docx("dir-docx/a.docx", {{"word/document.xml", document(p("ngày 31/4/2023"))}});
  const auto r = run_binary("--format concise " + f.parent_path().string());
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, f.string() + ":1:6: error CM101 date-invalid Ngày tháng không tồn tại: “31/4/2023” (tháng 4 có 30 ngày)\n");
}
