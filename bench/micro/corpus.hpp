// The inputs of the micro-benchmarks: a fixed subset of the real corpus
// (../shared/corpus/docs, or $CMLINT_CORPUS), read once at start-up, and every
// document taken once through the pipeline (load, NFC, scan, header, structure)
// so that each benchmark times only its own step. Nothing here is timed.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/config.hpp"
#include "core/facts.hpp"
#include "core/header.hpp"
#include "core/source.hpp"
#include "core/text.hpp"
#include "rules/rule.hpp"
#include "structure/structure.hpp"

namespace cmlint::bench {

// One document after every step that comes before the rules (as in src/core/lint.cpp).
struct Prepared {
  std::unique_ptr<Source> source;  // stable addresses: Text and Document refer to them
  std::unique_ptr<Text> text;
  std::unique_ptr<Facts> facts;
  std::unique_ptr<DocumentHeader> header;
  std::unique_ptr<DocumentStructure> structure;
};

// A rule family: a folder of src/rules/ and the registered rules whose code its sources declare.
struct Family {
  std::string name;                 // "citations", "dates" …
  std::vector<std::size_t> rules;   // indices into all_rules(), in registry order
};

struct Corpus {
  std::string dir;                  // where the documents were read
  std::size_t files_in_dir = 0;     // *.txt files in dir
  std::size_t stride = 8;           // every stride-th file by name
  std::vector<std::string> names;   // the chosen files
  std::vector<std::string> raw;     // their bytes, as on disk
  std::size_t raw_bytes = 0;
  std::vector<std::string> nfc;     // raw through ICU NFC (every document already normalised)
  std::vector<std::string> nfd;     // raw through ICU NFD (every Vietnamese letter decomposed)
  std::size_t nfc_bytes = 0, nfd_bytes = 0;
  std::vector<Prepared> docs;       // the documents that load as valid UTF-8, prepared
  std::size_t doc_bytes = 0;        // their bytes as read (= raw_bytes when none is skipped): every MB/s after loading
  std::size_t skipped = 0;          // documents that are not valid UTF-8 (the linter stops at load)
  Config config;                    // built-in defaults: every rule at its default severity and options
  std::vector<Family> families;
};

// Reads the corpus; on failure returns false with a message in `why`.
bool load_corpus(Corpus& c, std::string& why);

// The rule families, from the folders of src/rules/ (CMLINT_SOURCE_DIR) and the codes their
// sources declare ("CMnnn", on a line of its own, the first field of a RuleInfo), matched against
// the registry. Fails when a registered rule is in no folder or in two.
bool discover_families(std::vector<Family>& out, std::string& why);

// A Document over a prepared one, as src/core/lint.cpp builds it (numeric set by the caller).
Document document_of(const Prepared& p, const Config& config);

}  // namespace cmlint::bench
