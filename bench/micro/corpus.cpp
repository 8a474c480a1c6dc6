#include "corpus.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "scan/scanner.hpp"

namespace cmlint::bench {

namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string icu_normalize(const icu::Normalizer2* n, const std::string& s) {
  UErrorCode ec = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(s.size()));
  n->normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink, nullptr, ec);
  if (U_FAILURE(ec)) return s;  // invalid UTF-8: kept as is
  return out;
}

}  // namespace

bool load_corpus(Corpus& c, std::string& why) {
  const char* env = std::getenv("CMLINT_CORPUS");
  c.dir = env != nullptr && *env != '\0' ? env : CMLINT_SOURCE_DIR "/../shared/corpus/docs";
  if (const char* s = std::getenv("CMLINT_BENCH_STRIDE"); s != nullptr && std::atoi(s) > 0)
    c.stride = static_cast<std::size_t>(std::atoi(s));
  std::error_code ec;
  if (!fs::is_directory(c.dir, ec)) {
    why = "no corpus directory at " + c.dir + " (set CMLINT_CORPUS to a directory of *.txt documents)";
    return false;
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(c.dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
  if (files.empty()) {
    why = "no *.txt documents in " + c.dir;
    return false;
  }
  std::sort(files.begin(), files.end(),
            [](const fs::path& a, const fs::path& b) { return a.filename().string() < b.filename().string(); });
  c.files_in_dir = files.size();

  UErrorCode uec = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(uec);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(uec);
  if (U_FAILURE(uec)) {
    why = "ICU normalisation data unavailable";
    return false;
  }
  c.config = default_config();
  for (std::size_t i = 0; i < files.size(); i += c.stride) {
    c.names.push_back(files[i].filename().string());
    c.raw.push_back(read_all(files[i]));
    c.raw_bytes += c.raw.back().size();
    c.nfc.push_back(icu_normalize(nfc, c.raw.back()));
    c.nfd.push_back(icu_normalize(nfd, c.raw.back()));
    c.nfc_bytes += c.nfc.back().size();
    c.nfd_bytes += c.nfd.back().size();

    LoadResult lr = load_bytes(c.raw.back(), c.names.back());
    if (!lr.source || lr.encoding) {
      ++c.skipped;
      continue;
    }
    Prepared p;
    p.source = std::make_unique<Source>(std::move(*lr.source));
    p.text = std::make_unique<Text>(p.source->content());
    p.facts = std::make_unique<Facts>(scan(p.text->view(), *c.config.doc_types));
    p.header = std::make_unique<DocumentHeader>(find_header(p.text->view(), *p.facts, c.config.as_of));
    p.structure = std::make_unique<DocumentStructure>(
        build_structure(p.text->view(), *p.facts, *p.header, *c.config.doc_types));
    c.doc_bytes += p.source->bytes.size();
    c.docs.push_back(std::move(p));
  }
  if (c.docs.empty()) {
    why = "no document of " + c.dir + " loads as valid UTF-8";
    return false;
  }
  return discover_families(c.families, why);
}

bool discover_families(std::vector<Family>& out, std::string& why) {
  const fs::path root = fs::path(CMLINT_SOURCE_DIR) / "src" / "rules";
  // The first field of a RuleInfo: a line holding only "CMnnn",
  static const std::regex code_line(R"re(^\s*"(CM\d{3})",\s*$)re");
  std::map<std::string, std::string> family_of;  // code -> folder
  std::error_code ec;
  std::vector<fs::path> dirs;
  for (const auto& e : fs::directory_iterator(root, ec))
    if (e.is_directory()) dirs.push_back(e.path());
  if (dirs.empty()) {
    why = "no rule folders under " + root.string();
    return false;
  }
  std::sort(dirs.begin(), dirs.end());
  for (const auto& d : dirs)
    for (const auto& f : fs::directory_iterator(d)) {
      if (f.path().extension() != ".cpp") continue;
      std::ifstream in(f.path());
      std::string line;
      std::smatch m;
      while (std::getline(in, line))
        if (std::regex_match(line, m, code_line)) {
          const std::string folder = d.filename().string();
          auto [it, fresh] = family_of.emplace(m[1].str(), folder);
          if (!fresh && it->second != folder) {
            why = m[1].str() + " is declared in src/rules/" + it->second + " and in src/rules/" + folder;
            return false;
          }
        }
    }
  const auto& rules = all_rules();
  for (const auto& d : dirs) out.push_back({d.filename().string(), {}});
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const std::string code(rules[i]->info().code);
    auto it = family_of.find(code);
    if (it == family_of.end()) {
      why = "registered rule " + code + " is declared in no folder of src/rules/";
      return false;
    }
    for (Family& f : out)
      if (f.name == it->second) f.rules.push_back(i);
  }
  std::erase_if(out, [](const Family& f) { return f.rules.empty(); });
  return true;
}

Document document_of(const Prepared& p, const Config& config) {
  return Document{*p.source, *p.text, *p.facts, *config.doc_types, *config.issuers, *p.header, p.structure.get()};
}

}  // namespace cmlint::bench
