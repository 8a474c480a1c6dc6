// The steps before the rules, each alone: loading with UTF-8 validation, NFC,
// the scan, the header, the structure model, the figure model; and the whole of
// lint_loaded (every step and every rule, positions and suppressions, no file
// I/O, no output) as the reference the parts add up to.
#include <unicode/normalizer2.h>

#include "benches.hpp"
#include "core/lint.hpp"
#include "core/suppress.hpp"
#include "numbers/model.hpp"
#include "scan/scanner.hpp"

namespace cmlint::bench {

namespace {

void set_bytes(benchmark::State& state, std::size_t bytes) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}

}  // namespace

void register_pipeline(const Corpus& c) {
  // UTF-8 validation alone (Unicode Table 3-7), over the bytes as read.
  common(benchmark::RegisterBenchmark("load/find_invalid_utf8", [&c](benchmark::State& state) {
    for (auto _ : state)
      for (const std::string& s : c.raw) {
        auto bad = find_invalid_utf8(s);
        benchmark::DoNotOptimize(bad);
      }
    set_bytes(state, c.raw_bytes);
  }));

  // load_bytes: BOM and UTF-16 check, line index, UTF-8 validation. It takes its bytes by value,
  // so each iteration first copies the documents with the timer paused.
  common(benchmark::RegisterBenchmark("load/load_bytes", [&c](benchmark::State& state) {
    std::vector<std::string> copies;
    for (auto _ : state) {
      state.PauseTiming();
      copies = c.raw;
      state.ResumeTiming();
      for (std::size_t i = 0; i < copies.size(); ++i) {
        LoadResult r = load_bytes(std::move(copies[i]), c.names[i]);
        benchmark::DoNotOptimize(r);
      }
    }
    set_bytes(state, c.raw_bytes);
  }));

  // Text: NFC quick check, and normalisation with its offset map when the check fails.
  auto text_bench = [](const char* name, std::vector<std::string_view> inputs, std::size_t bytes) {
    common(benchmark::RegisterBenchmark(name, [inputs, bytes](benchmark::State& state) {
      std::size_t changed = 0;
      for (auto _ : state) {
        changed = 0;
        for (std::string_view s : inputs) {
          const Text t(s);
          benchmark::DoNotOptimize(t.view().data());
          changed += t.normalized() ? 1 : 0;
        }
      }
      set_bytes(state, bytes);
      state.counters["normalised_docs"] = static_cast<double>(changed);
    }));
  };
  text_bench("nfc/Text/already_nfc", {c.nfc.begin(), c.nfc.end()}, c.nfc_bytes);
  text_bench("nfc/Text/nfd_input", {c.nfd.begin(), c.nfd.end()}, c.nfd_bytes);
  std::vector<std::string_view> as_is;
  for (const Prepared& p : c.docs) as_is.push_back(p.source->content());
  text_bench("nfc/Text/corpus_as_is", std::move(as_is), c.doc_bytes);

  // The whole scan (grammar/scan.hpp with its actions): every fact of the document.
  common(benchmark::RegisterBenchmark("scan/scan", [&c](benchmark::State& state) {
    std::size_t facts = 0;
    for (auto _ : state) {
      facts = 0;
      for (const Prepared& p : c.docs) {
        Facts f = scan(p.text->view(), *c.config.doc_types);
        benchmark::DoNotOptimize(f);
        facts += f.numbers.size() + f.percents.size() + f.ratios.size() + f.dates.size() + f.identifiers.size() +
                 f.citations.size() + f.ranges.size() + f.ordinals.size() + f.weekdays.size() +
                 f.header_numbers.size() + f.malformed_ids.size();
      }
    }
    set_bytes(state, c.doc_bytes);
    state.counters["facts"] = static_cast<double>(facts);
  }));

  common(benchmark::RegisterBenchmark("model/find_header", [&c](benchmark::State& state) {
    for (auto _ : state)
      for (const Prepared& p : c.docs) {
        DocumentHeader h = find_header(p.text->view(), *p.facts, c.config.as_of);
        benchmark::DoNotOptimize(h);
      }
    set_bytes(state, c.doc_bytes);
  }));

  // The document model the structure rules read (src/structure/builder.cpp).
  common(benchmark::RegisterBenchmark("model/build_structure", [&c](benchmark::State& state) {
    std::size_t units = 0;
    for (auto _ : state) {
      units = 0;
      for (const Prepared& p : c.docs) {
        DocumentStructure s = build_structure(p.text->view(), *p.facts, *p.header, *c.config.doc_types);
        benchmark::DoNotOptimize(s);
        units += s.units.size();
      }
    }
    set_bytes(state, c.doc_bytes);
    state.counters["units"] = static_cast<double>(units);
  }));

  // The figure model the CM3xx rules share (src/numbers/model.hpp): quantities and breakdowns.
  // lint_loaded builds it lazily inside the first figure rule, so rules/numbers includes it too.
  common(benchmark::RegisterBenchmark("model/numeric", [&c](benchmark::State& state) {
    std::size_t items = 0;
    for (auto _ : state) {
      items = 0;
      for (const Prepared& p : c.docs) {
        const Document doc = document_of(p, c.config);
        numbers::NumericModel m(doc);
        items += m.all().items.size() + m.breakdowns().size();
        benchmark::DoNotOptimize(m);
      }
    }
    set_bytes(state, c.doc_bytes);
    state.counters["quantities+breakdowns"] = static_cast<double>(items);
  }));

  // Suppression directives: parsed from every text by the engine whatever the rules; CM002
  // (input family, whose check() is empty) reports their problems.
  common(benchmark::RegisterBenchmark("engine/suppressions", [&c](benchmark::State& state) {
    for (auto _ : state)
      for (const Prepared& p : c.docs) {
        Suppressions s = Suppressions::parse(p.text->view());
        auto problems = s.problems(Lang::vi);
        benchmark::DoNotOptimize(problems);
      }
    set_bytes(state, c.doc_bytes);
  }));
}

void register_whole(const Corpus& c) {
  // Everything bench/run.sh times per file except reading it and writing JSON: NFC, scan, header,
  // structure, every default rule, positions, suppressions. Each iteration first copies the loaded
  // sources with the timer paused (lint_loaded takes them by value).
  common(benchmark::RegisterBenchmark("lint/lint_loaded", [&c](benchmark::State& state) {
    std::vector<LoadResult> inputs(c.docs.size());
    std::size_t diagnostics = 0;
    for (auto _ : state) {
      state.PauseTiming();
      for (std::size_t i = 0; i < c.docs.size(); ++i) {
        inputs[i] = LoadResult{};
        inputs[i].source = *c.docs[i].source;
      }
      state.ResumeTiming();
      diagnostics = 0;
      for (LoadResult& in : inputs) {
        FileResult r = lint_loaded(std::move(in), c.config, Lang::vi);
        diagnostics += r.diagnostics.size();
        benchmark::DoNotOptimize(r);
      }
    }
    set_bytes(state, c.doc_bytes);
    state.counters["diagnostics"] = static_cast<double>(diagnostics);
  }));
}

}  // namespace cmlint::bench
