// Registration of the micro-benchmarks, one function per group (each in its own
// file). Every benchmark works over the whole corpus subset per iteration and
// reports the bytes of the documents it covered, so MB/s is comparable across
// benchmarks and with the whole-tool table of bench/run.sh.
#pragma once
#include <benchmark/benchmark.h>

#include "corpus.hpp"

namespace cmlint::bench {

void register_pipeline(const Corpus& c);    // load, UTF-8, NFC, scan, header, structure, figure model, suppressions
void register_grammars(const Corpus& c);    // each fact grammar family of grammar/scan.hpp, tried as the scan tries it
void register_line_grammars(const Corpus& c);  // grammar/structure.hpp: heading and skeleton lines, references
void register_quantity_grammars(const Corpus& c);  // grammar/quantities.hpp around each number and percentage
void register_rules(const Corpus& c);       // each rule family of src/rules/, and all rules
void register_whole(const Corpus& c);       // lint_loaded: every step and rule, no I/O, no output

// Every benchmark: milliseconds, bytes of the corpus subset per iteration.
inline benchmark::internal::Benchmark* common(benchmark::internal::Benchmark* b) {
  return b->Unit(benchmark::kMillisecond);
}

}  // namespace cmlint::bench
