#include <nlohmann/json.hpp>

#include "report.hpp"

namespace cmlint {

void write_json(std::ostream& out, const std::vector<FileResult>& files) {
  using json = nlohmann::ordered_json;
  json root;
  root["tool"] = "cmlint";
  root["version"] = std::string(version());
  json arr = json::array();
  for (const auto& f : files) {
    json jf;
    jf["path"] = f.path;
    if (!f.io_error.empty()) jf["error"] = f.io_error;
    json diags = json::array();
    for (const auto& d : f.diagnostics) {
      json jd;
      jd["rule"] = std::string(d.name);
      jd["code"] = std::string(d.code);
      jd["severity"] = std::string(to_string(d.severity));
      jd["message"] = d.message;
      jd["line"] = d.line;
      jd["column"] = d.column;
      jd["end_line"] = d.end_line;
      jd["end_column"] = d.end_column;
      jd["offset"] = d.offset;
      jd["end_offset"] = d.end_offset;
      if (d.line >= 1 && d.line <= f.where.size()) jd["location"] = f.where[d.line - 1];  // .docx only
      if (d.fix) {
        json edits = json::array();
        for (const auto& e : d.fix->edits)
          edits.push_back({{"offset", e.offset}, {"end_offset", e.end_offset}, {"replacement", e.replacement}});
        jd["fix"] = {{"applicability", d.fix->applicability == Applicability::safe ? "safe" : "unsafe"},
                     {"message", d.fix->message},
                     {"edits", std::move(edits)}};
      } else {
        jd["fix"] = nullptr;
      }
      diags.push_back(std::move(jd));
    }
    jf["diagnostics"] = std::move(diags);
    arr.push_back(std::move(jf));
  }
  root["files"] = std::move(arr);
  const Counts c = count(files);
  root["summary"] = {{"files", files.size()}, {"error", c.error}, {"warning", c.warning}, {"info", c.info}};
  out << root.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace cmlint
