#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "report.hpp"

namespace cmlint {

namespace {

std::string show(const FieldValue& v) {
  if (auto* i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
  if (auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
  return std::get<std::string>(v);
}

struct CheckCounts {
  std::size_t ok = 0, failed = 0;
};

CheckCounts count_checks(const FileResult& f) {
  CheckCounts c;
  for (const auto& r : f.facts)
    if (r.kind == "check") {
      const bool ok = std::get<std::string>(r.fields[1].second) == "ok";
      (ok ? c.ok : c.failed)++;
    }
  return c;
}

}  // namespace

void write_facts_text(std::ostream& out, const std::vector<FileResult>& files, Lang lang) {
  CheckCounts total;
  for (const auto& f : files) {
    out << f.path << ":\n";
    for (const auto& r : f.facts) {
      std::string fields;
      for (const auto& [k, v] : r.fields) fields += fmt::format(" {}={}", k, show(v));
      out << fmt::format("  {}:{}  {:<10} “{}”{}\n", r.line, r.column, r.kind, r.text, fields);
    }
    const CheckCounts c = count_checks(f);
    total.ok += c.ok;
    total.failed += c.failed;
  }
  if (lang == Lang::vi)
    out << fmt::format("Đã kiểm tra {} quan hệ: {} khớp, {} không khớp.\n", total.ok + total.failed, total.ok, total.failed);
  else
    out << fmt::format("Checked {} relations: {} consistent, {} inconsistent.\n", total.ok + total.failed, total.ok,
                       total.failed);
}

void write_facts_json(std::ostream& out, const std::vector<FileResult>& files) {
  using json = nlohmann::ordered_json;
  json root;
  root["tool"] = "cmlint";
  root["version"] = std::string(version());
  json arr = json::array();
  CheckCounts total;
  for (const auto& f : files) {
    json jf;
    jf["path"] = f.path;
    if (!f.io_error.empty()) jf["error"] = f.io_error;
    json facts = json::array();
    for (const auto& r : f.facts) {
      json j;
      j["kind"] = r.kind;
      j["text"] = r.text;
      j["line"] = r.line;
      j["column"] = r.column;
      for (const auto& [k, v] : r.fields) {
        if (auto* i = std::get_if<std::int64_t>(&v)) j[k] = *i;
        else if (auto* b = std::get_if<bool>(&v)) j[k] = *b;
        else j[k] = std::get<std::string>(v);
      }
      facts.push_back(std::move(j));
    }
    jf["facts"] = std::move(facts);
    const CheckCounts c = count_checks(f);
    total.ok += c.ok;
    total.failed += c.failed;
    arr.push_back(std::move(jf));
  }
  root["files"] = std::move(arr);
  root["summary"] = {{"files", files.size()}, {"checks", total.ok + total.failed}, {"ok", total.ok}, {"failed", total.failed}};
  out << root.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace cmlint
