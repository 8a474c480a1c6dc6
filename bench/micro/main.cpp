// cmlint_micro: Google Benchmark micro-benchmarks of each step of cmlint over a
// fixed subset of the real corpus. Not a test: bench/run.sh --micro runs it.
//   CMLINT_CORPUS        the corpus directory (default: ../shared/corpus/docs from the repository root)
//   CMLINT_BENCH_STRIDE  take every N-th *.txt file by name (default 8: 62 of 489 documents)
// Any --benchmark_* flag of Google Benchmark applies (--benchmark_filter=rules/, …).
#include <cstdio>
#include <string>

#include "benches.hpp"

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;

  static cmlint::bench::Corpus corpus;  // benchmarks refer to it until exit
  std::string why;
  if (!cmlint::bench::load_corpus(corpus, why)) {
    std::fprintf(stderr, "cmlint_micro: skipped: %s\n", why.c_str());
    return 0;
  }
  std::fprintf(stderr, "corpus: %s: one *.txt file in %zu (of %zu, by name): %zu documents, %zu bytes", corpus.dir.c_str(),
               corpus.stride, corpus.files_in_dir, corpus.names.size(), corpus.raw_bytes);
  if (corpus.skipped > 0) std::fprintf(stderr, " (%zu not valid UTF-8: left out after load)", corpus.skipped);
  std::fprintf(stderr, "\nNFC text %zu bytes, NFD text %zu bytes\nrule families (src/rules/<folder>):", corpus.nfc_bytes,
               corpus.nfd_bytes);
  for (const auto& f : corpus.families) {
    std::fprintf(stderr, "\n  %-10s", f.name.c_str());
    for (std::size_t i : f.rules)
      std::fprintf(stderr, " %.*s", static_cast<int>(cmlint::all_rules()[i]->info().code.size()),
                   cmlint::all_rules()[i]->info().code.data());
  }
  std::fprintf(stderr, "\n");

  cmlint::bench::register_pipeline(corpus);
  cmlint::bench::register_grammars(corpus);
  cmlint::bench::register_line_grammars(corpus);
  cmlint::bench::register_quantity_grammars(corpus);
  cmlint::bench::register_rules(corpus);
  cmlint::bench::register_whole(corpus);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
