// Each rule family (a folder of src/rules/) alone, over documents already
// loaded, normalised, scanned and modelled: exactly the registered rules of
// that family, in registry order, each with its default settings and a
// Reporter as src/core/lint.cpp makes it. A fresh NumericModel per document
// per iteration, as lint_loaded makes it: the figure rules build it lazily, so
// its cost is in rules/numbers (and nowhere else). rules/all runs every rule;
// with CMLINT_BENCH_PER_RULE=1, rule/CMnnn-name runs one rule.
#include <algorithm>
#include <cstdlib>
#include <string>

#include "benches.hpp"
#include "numbers/model.hpp"

namespace cmlint::bench {

namespace {

void register_rule_set(const Corpus& c, const std::string& name, const std::vector<std::size_t>& rules) {
  common(benchmark::RegisterBenchmark(name.c_str(), [&c, rules](benchmark::State& state) {
    const auto& all = all_rules();
    std::size_t findings = 0;
    for (auto _ : state) {
      findings = 0;
      for (const Prepared& p : c.docs) {
        Document doc = document_of(p, c.config);
        numbers::NumericModel numeric(doc);
        doc.numeric = &numeric;
        std::vector<Diagnostic> found;  // one per document, as lint_loaded
        for (std::size_t i : rules) {
          const RuleSettings& rs = c.config.settings(i);
          if (!rs.enabled) continue;  // as lint_loaded (every rule is on by default)
          Reporter rep(all[i]->info(), rs.severity, rs.options, Lang::vi, found);
          all[i]->check(doc, rep);
        }
        findings += found.size();
        benchmark::DoNotOptimize(found.data());
        benchmark::ClobberMemory();
      }
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.doc_bytes));
    state.counters["findings"] = static_cast<double>(findings);
  }));
}

}  // namespace

void register_rules(const Corpus& c) {
  std::vector<std::size_t> every;
  for (const Family& f : c.families) {
    register_rule_set(c, "rules/" + f.name, f.rules);
    every.insert(every.end(), f.rules.begin(), f.rules.end());
  }
  std::sort(every.begin(), every.end());
  register_rule_set(c, "rules/all", every);
  // One benchmark per rule, on request only (43 more benchmarks): CMLINT_BENCH_PER_RULE=1.
  if (const char* e = std::getenv("CMLINT_BENCH_PER_RULE"); e != nullptr && std::string_view(e) == "1")
    for (std::size_t i : every)
      register_rule_set(c, "rule/" + std::string(all_rules()[i]->info().code) + "-" +
                               std::string(all_rules()[i]->info().name), {i});
}

}  // namespace cmlint::bench
