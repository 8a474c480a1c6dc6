#include "docx.hpp"

#include "strings.hpp"
#include "zip_lib.hpp"

#include <fmt/format.h>

#include <optional>
#include <pugixml.hpp>

namespace cmlint {

namespace {

struct Messages {
  bool vi;
  std::string damaged(const std::string& why) const {
    return vi ? "tệp .docx bị hỏng hoặc không phải .docx (" + why + ")"
              : "damaged file or not a .docx (" + why + ")";
  }
  std::string no_libzip(const std::string& why) const {
    return vi ? "không nạp được libzip để đọc .docx (" + why + ")" : "cannot load libzip to read .docx (" + why + ")";
  }
  std::string encrypted() const {
    return vi ? "tệp .docx được bảo vệ bằng mật khẩu (đã mã hóa): hãy bỏ mật khẩu rồi kiểm tra lại"
              : "the .docx is password-protected (encrypted): remove the password and lint it again";
  }
};

// One part of the package, or nullopt when it is absent. Throws std::string on a read error.
std::optional<std::string> read_entry(const ZipLib& zl, zip_t* z, const char* name, const Messages& m) {
  zip_stat_t st;
  zl.zip_stat_init(&st);
  if (zl.zip_stat(z, name, 0, &st) != 0) return std::nullopt;
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) throw m.encrypted();
  zip_file_t* f = zl.zip_fopen(z, name, 0);
  if (f == nullptr) {
    const int code = zl.zip_error_code_zip(zl.zip_get_error(z));
    if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD) throw m.encrypted();
    throw m.damaged(zl.zip_strerror(z));
  }
  std::string out;
  char buf[65536];
  zip_int64_t n;
  while ((n = zl.zip_fread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  const bool failed = n < 0;
  const std::string why = failed ? zl.zip_file_strerror(f) : "";
  zl.zip_fclose(f);
  if (failed) throw m.damaged(why);
  return out;
}

// The visible text of a paragraph: runs' w:t, tabs, breaks; deleted text and field codes skipped.
void paragraph_text(const pugi::xml_node& p, std::string& out) {
  for (pugi::xml_node n = p.first_child(); n; n = n.next_sibling()) {
    const std::string_view name = n.name();
    if (name == "w:t") out += n.text().get();
    else if (name == "w:tab") out += '\t';
    else if (name == "w:br" || name == "w:cr") out += ' ';
    else if (name == "w:noBreakHyphen") out += '-';
    else if (name == "w:delText" || name == "w:instrText" || name == "w:del" || name == "w:pPr" || name == "w:rPr" ||
             name == "w:footnoteReference" || name == "w:endnoteReference")
      continue;
    else paragraph_text(n, out);
  }
}

struct Builder {
  const Messages& m;
  DocxText& doc;
  int tables = 0;

  void paragraph(const pugi::xml_node& p, const std::string& where) {
    std::string t;
    paragraph_text(p, t);
    for (char& c : t)
      if (c == '\n' || c == '\r') c = ' ';
    if (!doc.text.empty() || !doc.where.empty()) doc.text += '\n';
    doc.text += t;
    doc.where.push_back(where);
  }

  // Block content: paragraphs, tables, and containers (content controls, custom XML) in order.
  void blocks(const pugi::xml_node& parent, const std::string& where) {
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      const std::string_view name = n.name();
      if (name == "w:p") paragraph(n, where);
      else if (name == "w:tbl") table(n, where);
      else if (name == "w:sdt") blocks(n.child("w:sdtContent"), where);
      else if (name == "w:customXml") blocks(n, where);
    }
  }

  void table(const pugi::xml_node& tbl, const std::string& outer) {
    const int t = ++tables;
    int row = 0;
    for (pugi::xml_node tr = tbl.child("w:tr"); tr; tr = tr.next_sibling("w:tr")) {
      ++row;
      int cell = 0;
      for (pugi::xml_node tc = tr.child("w:tc"); tc; tc = tc.next_sibling("w:tc")) {
        ++cell;
        const std::string here = m.vi ? fmt::format("bảng {}, hàng {}, ô {}", t, row, cell)
                                      : fmt::format("table {}, row {}, cell {}", t, row, cell);
        blocks(tc, outer.empty() ? here : outer + " › " + here);
      }
    }
  }
};

DocxText read_zip(const ZipLib& zl, zip_t* z, const Messages& m) {
  DocxText doc;
  try {
    const auto body_xml = read_entry(zl, z, "word/document.xml", m);
    if (!body_xml) {
      doc.error = m.damaged(m.vi ? "thiếu word/document.xml" : "no word/document.xml");
      return doc;
    }
    pugi::xml_document x;
    const auto ok = x.load_buffer(body_xml->data(), body_xml->size());
    if (!ok) {
      doc.error = m.damaged(std::string("word/document.xml: ") + ok.description());
      return doc;
    }
    Builder b{m, doc};
    const pugi::xml_node body = x.child("w:document").child("w:body");
    if (!body) {
      doc.error = m.damaged(m.vi ? "word/document.xml không có w:body" : "word/document.xml has no w:body");
      return doc;
    }
    b.blocks(body, "");
    if (const auto notes = read_entry(zl, z, "word/footnotes.xml", m)) {
      pugi::xml_document fx;
      if (fx.load_buffer(notes->data(), notes->size())) {
        int number = 0;
        for (pugi::xml_node fn = fx.child("w:footnotes").child("w:footnote"); fn; fn = fn.next_sibling("w:footnote")) {
          const std::string_view type = fn.attribute("w:type").value();
          if (type == "separator" || type == "continuationSeparator" || type == "continuationNotice") continue;
          ++number;
          b.blocks(fn, m.vi ? fmt::format("chú thích {}", number) : fmt::format("footnote {}", number));
        }
      }
    }
  } catch (const std::string& e) {
    doc.error = e;
  }
  return doc;
}

DocxText from_source(const ZipLib& zl, zip_source_t* src, const Messages& m) {
  zip_error_t err;
  zl.zip_error_init(&err);
  zip_t* z = zl.zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
  if (z == nullptr) {
    DocxText d;
    d.error = m.damaged(zl.zip_error_strerror(&err));
    zl.zip_error_fini(&err);
    zl.zip_source_free(src);
    return d;
  }
  DocxText d = read_zip(zl, z, m);
  zl.zip_discard(z);
  return d;
}

}  // namespace

bool is_docx_path(std::string_view path) { return ends_with_ci(path, ".docx"); }

DocxText read_docx_bytes(const std::string& bytes, Lang lang) {
  const Messages m{lang == Lang::vi};
  // An encrypted Office file is an OLE compound file holding the encrypted package, not a zip.
  if (bytes.size() >= 8 && bytes.compare(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") == 0) return {{}, {}, m.encrypted()};
  std::string why;
  const ZipLib* zl = zip_lib(why);
  if (zl == nullptr) return {{}, {}, m.no_libzip(why)};
  zip_error_t err;
  zl->zip_error_init(&err);
  zip_source_t* src = zl->zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (src == nullptr) {
    DocxText d;
    d.error = m.damaged(zl->zip_error_strerror(&err));
    zl->zip_error_fini(&err);
    return d;
  }
  return from_source(*zl, src, m);
}

}  // namespace cmlint
