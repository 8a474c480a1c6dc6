// grammar/quantities.hpp alone: the small parses anchored at the scan's numbers
// and percentages, through the public helpers of src/numbers/quantities.hpp
// (match_at, match_ending_at) over the built-in vocabulary (rules/numbers.toml):
//  - at each number: a hedge or a label ending at it, the scale/unit suffix after it
//    (what extract_quantities parses);
//  - at each percentage: a hedge, a share ("chiếm"), an achievement verb, an exceed or
//    miss claim before it, a target noun, an exceed claim, a comparison after it (what
//    extract_quantities and the figure rules parse).
// The rest of the figure model (breakdowns, sums) is model/numeric and rules/numbers.
#include "benches.hpp"
#include "numbers/quantities.hpp"

namespace cmlint::bench {

void register_quantity_grammars(const Corpus& c) {
  common(benchmark::RegisterBenchmark("grammar/quantities", [&c](benchmark::State& state) {
    namespace g = cmlint::grammar;
    using numbers::match_at;
    using numbers::match_ending_at;
    constexpr auto npos = std::string_view::npos;
    const numbers::Vocabulary& v = numbers::Vocabulary::builtin();
    std::size_t tries = 0, hits = 0;
    for (auto _ : state) {
      tries = hits = 0;
      for (const Prepared& p : c.docs) {
        const std::string_view t = p.text->view();
        for (const NumberFact& n : p.facts->numbers) {
          if (!n.value) continue;
          tries += 3;
          hits += match_ending_at<g::hedge_before>(t, n.span.begin, v) != npos;
          hits += match_ending_at<g::label_before>(t, n.span.begin, v) != npos;
          hits += match_at<g::quantity_suffix>(t, n.span.end, v) != npos;
        }
        for (const PercentFact& pc : p.facts->percents) {
          if (!pc.value) continue;
          tries += 8;
          hits += match_ending_at<g::hedge_before>(t, pc.span.begin, v) != npos;
          hits += match_ending_at<g::share_before>(t, pc.span.begin, v, 5) != npos;
          hits += match_ending_at<g::achieve_verb>(t, pc.span.begin, v, 3) != npos;
          hits += match_ending_at<g::exceed_before>(t, pc.span.begin, v, 10) != npos;
          hits += match_ending_at<g::miss_before>(t, pc.span.begin, v, 10) != npos;
          hits += match_at<g::target_after>(t, pc.span.end, v) != npos;
          hits += match_at<g::exceed_after>(t, pc.span.end, v) != npos;
          hits += match_at<g::compare_after>(t, pc.span.end, v) != npos;
        }
      }
      benchmark::DoNotOptimize(hits);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.doc_bytes));
    state.counters["tries"] = static_cast<double>(tries);
    state.counters["hits"] = static_cast<double>(hits);
  }));
}

}  // namespace cmlint::bench
