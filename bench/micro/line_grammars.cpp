// grammar/structure.hpp alone, without the builder's actions and logic:
//  - structure_lines: at every line's first non-blank byte, the heading markers (st_marker:
//    Phần, Chương, Mục, Điều, 1., 1.1., I., a) …) and the skeleton lines (national title, motto,
//    Party title, basis, recipients, annex, signature), as src/structure/builder.cpp tries them;
//  - structure_references: st_reference ("điểm b khoản 1 Điều 3") at every "Điều", "điểm",
//    "Điểm", "khoản", "Khoản" of the text, found with memmem as crossref-unresolved finds them;
//    structure_references_search is that search alone.
// The lines and keyword offsets are found once, outside the timing: these time the grammar only.
#include <algorithm>
#include <memory>
#include <utility>

#include "benches.hpp"
#include "grammar/structure.hpp"

namespace cmlint::bench {

namespace {

namespace g = cmlint::grammar;
namespace pegtl = tao::pegtl;

struct skeleton_line : pegtl::sor<g::st_national, g::st_motto, g::st_party_title, g::st_basis, g::st_recipients,
                                  g::st_annex, g::st_signature, g::st_sign_other> {};

template <typename Rule>
bool matches(const char* b, const char* e) {
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(b, e, "");
  return pegtl::parse<Rule>(in);
}

}  // namespace

void register_line_grammars(const Corpus& c) {
  // Where the builder and crossref-unresolved try these grammars, found once here (not timed):
  // each non-empty line trimmed of blanks, and each occurrence of a reference keyword.
  struct Places {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> lines;  // [begin, end) of each trimmed line
    std::vector<std::uint32_t> keys;                             // offsets of "Điều", "điểm" …
  };
  auto places = std::make_shared<std::vector<Places>>();
  for (const Prepared& p : c.docs) {
    const std::string_view t = p.text->view();
    const char* d = t.data();
    Places pl;
    std::size_t b = 0;
    while (b < t.size()) {
      std::size_t e = t.find('\n', b);
      if (e == std::string_view::npos) e = t.size();
      std::size_t tb = b, te = e;
      while (tb < te && (d[tb] == ' ' || d[tb] == '\t')) ++tb;
      while (te > tb && (d[te - 1] == ' ' || d[te - 1] == '\t' || d[te - 1] == '\r')) --te;
      if (tb < te) pl.lines.emplace_back(static_cast<std::uint32_t>(tb), static_cast<std::uint32_t>(te));
      b = e + 1;
    }
    for (std::string_view key : {"Điều", "điểm", "Điểm", "khoản", "Khoản"})
      for (std::size_t i = find_word(t, key, 0); i != std::string_view::npos; i = find_word(t, key, i + 1))
        pl.keys.push_back(static_cast<std::uint32_t>(i));
    std::sort(pl.keys.begin(), pl.keys.end());
    places->push_back(std::move(pl));
  }

  common(benchmark::RegisterBenchmark("grammar/structure_lines", [&c, places](benchmark::State& state) {
    std::size_t lines = 0, markers = 0, skeleton = 0;
    for (auto _ : state) {
      lines = markers = skeleton = 0;
      for (std::size_t k = 0; k < c.docs.size(); ++k) {
        const char* d = c.docs[k].text->view().data();
        for (const auto& [b, e] : (*places)[k].lines) {
          ++lines;
          markers += matches<g::st_marker>(d + b, d + e) ? 1 : 0;
          skeleton += matches<skeleton_line>(d + b, d + e) ? 1 : 0;
        }
      }
      benchmark::DoNotOptimize(markers);
      benchmark::DoNotOptimize(skeleton);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.doc_bytes));
    state.counters["lines"] = static_cast<double>(lines);
    state.counters["markers"] = static_cast<double>(markers);
    state.counters["skeleton"] = static_cast<double>(skeleton);
  }));

  common(benchmark::RegisterBenchmark("grammar/structure_references", [&c, places](benchmark::State& state) {
    std::size_t tries = 0, hits = 0;
    for (auto _ : state) {
      tries = hits = 0;
      for (std::size_t k = 0; k < c.docs.size(); ++k) {
        const std::string_view t = c.docs[k].text->view();
        for (std::uint32_t i : (*places)[k].keys) {
          ++tries;
          hits += matches<g::st_reference>(t.data() + i, t.data() + t.size()) ? 1 : 0;
        }
      }
      benchmark::DoNotOptimize(hits);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.doc_bytes));
    state.counters["tries"] = static_cast<double>(tries);
    state.counters["hits"] = static_cast<double>(hits);
  }));

  // The keyword search alone that crossref-unresolved runs before the grammar: five memmem
  // passes over the text (structure.hpp find_word).
  common(benchmark::RegisterBenchmark("grammar/structure_references_search", [&c](benchmark::State& state) {
    std::size_t found = 0;
    for (auto _ : state) {
      found = 0;
      for (const Prepared& p : c.docs) {
        const std::string_view t = p.text->view();
        for (std::string_view key : {"Điều", "điểm", "Điểm", "khoản", "Khoản"})
          for (std::size_t i = find_word(t, key, 0); i != std::string_view::npos; i = find_word(t, key, i + 1))
            ++found;
      }
      benchmark::DoNotOptimize(found);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.doc_bytes));
    state.counters["found"] = static_cast<double>(found);
  }));
}

}  // namespace cmlint::bench
