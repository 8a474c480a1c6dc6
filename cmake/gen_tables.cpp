// Build-time tool: writes the data files under rules/ as C++ so that cmlint parses no TOML at
// start-up (issue 8).
//   - doc_types.toml, issuers.toml, congresses.toml and numbers.toml are read with cmlint's own
//     readers (the ones that also read user entries from cmlint.toml, so the shipped files are
//     checked exactly as a user's) and written as rows (src/core/builtin_data.hpp);
//   - the others (hygiene.toml, legacy_encodings.toml) are written as the steps that rebuild
//     their toml::table (src/core/toml_tree.hpp), `toml::table embedded::NAME_table()`, for
//     loaders that read a toml::table.
// A syntax or reader error fails the build with its message (path:line:col).
//
//   cmlint_gen_tables OUT.cpp DOC_TYPES.toml ISSUERS.toml CONGRESSES.toml NUMBERS.toml [OTHER.toml...]
//
// OUT is rewritten only when its content changes.
#include <toml++/toml.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/config_error.hpp"
#include "core/congresses.hpp"
#include "core/doc_types.hpp"
#include "core/issuers.hpp"
#include "numbers/vocabulary.hpp"

namespace {

using namespace cmlint;

// A C++ string_view literal: UTF-8 kept as is, quotes, backslashes and control bytes escaped.
std::string lit(std::string_view s) {
  std::string out = "\"";
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  return out + "\"sv";
}

const char* boolean(bool b) { return b ? "true" : "false"; }

// `rows` as `constexpr TYPE NAME[] = {...};` and the accessor FUNCTION returning it (an empty span
// when there are none: C++ has no arrays of size 0).
struct Table {
  std::string type, name, function;
  std::vector<std::string> rows;
};
std::vector<Table> tables;
std::ostringstream prelude;  // arrays the rows point into

void emit(std::ostream& out) {
  out << prelude.str();
  for (const auto& t : tables) {
    if (t.rows.empty()) continue;
    out << "constexpr " << t.type << " " << t.name << "[] = {\n";
    for (const auto& r : t.rows) out << "    " << r << ",\n";
    out << "};\n\n";
  }
  out << "}  // namespace\n\n";
  for (const auto& t : tables)
    out << "std::span<const " << t.type << "> " << t.function << "() { return " << (t.rows.empty() ? "{}" : t.name)
        << "; }\n";
}

toml::table parse_file(const std::string& path) {
  try {
    return toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    throw ConfigError(path + ":" + std::to_string(e.source().begin.line) + ":" +
                      std::to_string(e.source().begin.column) + ": " + std::string(e.description()));
  }
}

const toml::array& array_or_empty(const toml::table& root, std::string_view key, const std::string& path) {
  static const toml::array empty;
  const toml::node* n = root.get(key);
  if (n == nullptr) return empty;
  if (const auto* a = n->as_array()) return *a;
  throw ConfigError(path + ": '" + std::string(key) + "' must be an array of tables");
}

const char* role_name(numbers::vocab r) {
  using numbers::vocab;
  switch (r) {
    case vocab::hedge: return "hedge";
    case vocab::scale: return "scale";
    case vocab::label: return "label";
    case vocab::stop: return "stop";
    case vocab::complete: return "complete";
    case vocab::negation: return "negation";
    case vocab::partial: return "partial";
    case vocab::target: return "target";
    case vocab::overlap: return "overlap";
    case vocab::unit: return "unit";
  }
  throw ConfigError("unknown vocabulary role");
}

void doc_types(const std::string& path) {
  DocTypeTable t;
  t.add(array_or_empty(parse_file(path), "doc-types", path), path);
  Table rows{"DocTypeRow", "doc_type_rows", "doc_types", {}};
  const auto& entries = t.entries();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const DocType& d = entries[i];
    std::string tokens = "{}";
    if (!d.tokens.empty()) {
      tokens = "doc_type_tokens_" + std::to_string(i);
      prelude << "constexpr std::string_view " << tokens << "[] = {";
      for (const auto& tok : d.tokens) prelude << lit(tok) << ", ";
      prelude << "};\n";
    }
    rows.rows.push_back("{" + lit(d.word) + ", " + tokens + ", " + boolean(d.no_token) + ", " + boolean(d.any) + "}");
  }
  tables.push_back(std::move(rows));
}

void issuers(const std::string& path) {
  IssuerTable t;
  t.add(array_or_empty(parse_file(path), "issuers", path), path);
  Table rows{"IssuerRow", "issuer_rows", "issuers", {}};
  for (const Issuer& e : t.entries())
    rows.rows.push_back("{" + lit(e.code) + ", " + lit(e.name) + ", " + lit(e.family) + ", " + boolean(e.unique) + "}");
  tables.push_back(std::move(rows));
}

void congresses(const std::string& path) {
  const CongressTable t = CongressTable::read(parse_file(path), path);
  const auto date = [](const CivilDate& d) {
    return "{" + std::to_string(d.year) + ", " + std::to_string(d.month) + ", " + std::to_string(d.day) + "}";
  };
  Table c{"PartyCongress", "congress_rows", "party_congresses", {}};
  for (const auto& x : t.congresses())
    c.rows.push_back("{" + std::to_string(x.ordinal) + ", " + date(x.opened) + ", " + date(x.closed) + "}");
  Table a{"AssemblyTerm", "assembly_rows", "national_assemblies", {}};
  for (const auto& x : t.assemblies())
    a.rows.push_back("{" + std::to_string(x.ordinal) + ", " + std::to_string(x.first_year) + ", " +
                     std::to_string(x.last_year) + "}");
  tables.push_back(std::move(c));
  tables.push_back(std::move(a));
}

void vocabulary(const std::string& path) {
  const toml::table root = parse_file(path);
  const auto src = numbers::Vocabulary::read(root, path);
  Table w{"numbers::Vocabulary::Word", "vocabulary_word_rows", "vocabulary_words", {}};
  for (const auto& x : src.words)
    w.rows.push_back(std::string("{numbers::vocab::") + role_name(x.role) + ", " + lit(x.text) + ", " +
                     std::to_string(x.payload) + "}");
  Table k{"numbers::Vocabulary::UnitKind", "vocabulary_kind_rows", "vocabulary_unit_kinds", {}};
  for (const auto& x : src.kinds) k.rows.push_back("{" + lit(x.name) + ", " + boolean(x.measure) + "}");
  tables.push_back(std::move(w));
  tables.push_back(std::move(k));
}

// The steps that rebuild `n` (a value of the table or array being written).
void steps(const toml::node& n, std::string_view key, const std::string& path, std::ostream& out) {
  const std::string k = lit(key);
  if (const auto* t = n.as_table()) {
    out << "    {TomlStep::table, " << k << "},\n";
    for (const auto& [ck, cv] : *t) steps(cv, ck.str(), path, out);
    out << "    {TomlStep::end, {}},\n";
  } else if (const auto* a = n.as_array()) {
    out << "    {TomlStep::array, " << k << "},\n";
    for (const auto& e : *a) steps(e, {}, path, out);
    out << "    {TomlStep::end, {}},\n";
  } else if (const auto* s = n.as_string()) {
    out << "    {TomlStep::string, " << k << ", " << lit(s->get()) << "},\n";
  } else if (const auto* i = n.as_integer()) {
    out << "    {TomlStep::integer, " << k << ", {}, " << i->get() << "LL},\n";
  } else if (const auto* b = n.as_boolean()) {
    out << "    {TomlStep::boolean, " << k << ", {}, " << (b->get() ? 1 : 0) << "},\n";
  } else if (const auto* f = n.as_floating_point()) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", f->get());
    out << "    {TomlStep::floating, " << k << ", {}, 0, " << buf << "},\n";
  } else {
    throw ConfigError(path + ":" + std::to_string(n.source().begin.line) + ":" +
                      std::to_string(n.source().begin.column) +
                      ": dates and times are not supported in a compiled-in table (cmake/gen_tables.cpp)");
  }
}

void tree(const std::string& path, std::ostream& trees) {
  const toml::table root = parse_file(path);
  const std::string name = std::filesystem::path(path).stem().string();
  trees << "constexpr TomlStep " << name << "_steps[] = {\n";
  for (const auto& [k, v] : root) steps(v, k.str(), path, trees);
  trees << "};\n";
  trees << "toml::table " << name << "_table() { return build_toml(" << name << "_steps); }\n\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 6) {
    std::cerr << "usage: cmlint_gen_tables OUT.cpp DOC_TYPES.toml ISSUERS.toml CONGRESSES.toml NUMBERS.toml "
                 "[OTHER.toml...]\n";
    return 2;
  }
  const std::string out_path = argv[1];
  std::ostringstream out;
  try {
    std::string names;
    for (int i = 2; i < argc; ++i)
      names += std::string(i == 2 ? "" : i + 1 == argc ? " and " : ", ") + "rules/" +
               std::filesystem::path(argv[i]).filename().string();
    out << "// Generated by cmake/gen_tables.cpp from " << names << ".\n// Do not edit: edit the TOML files.\n"
        << "#include \"core/builtin_data.hpp\"\n#include \"core/toml_tree.hpp\"\n\n"
        << "using namespace std::literals;\n\nnamespace cmlint::builtin_data {\nnamespace {\n\n";
    doc_types(argv[2]);
    issuers(argv[3]);
    congresses(argv[4]);
    vocabulary(argv[5]);
    emit(out);
    out << "\n}  // namespace cmlint::builtin_data\n";
    if (argc > 6) {
      out << "\nnamespace cmlint::embedded {\n\n";
      for (int i = 6; i < argc; ++i) tree(argv[i], out);
      out << "}  // namespace cmlint::embedded\n";
    }
  } catch (const ConfigError& e) {
    std::cerr << "cmlint_gen_tables: " << e.what() << "\n";
    return 1;
  }
  {
    std::ifstream old(out_path, std::ios::binary);
    std::stringstream ss;
    ss << old.rdbuf();
    if (old && ss.str() == out.str()) return 0;
  }
  std::ofstream f(out_path, std::ios::binary | std::ios::trunc);
  f << out.str();
  if (!f.flush()) {
    std::cerr << "cmlint_gen_tables: cannot write " << out_path << "\n";
    return 1;
  }
  return 0;
}
