// Each fact grammar family of grammar/scan.hpp alone, tried at every word that passes the scan's
// gate (ScanState::word_at: a digit, a keyword or the first word of a type word); on a match the
// walk continues after it, else after the word. The scan itself tries at such a word only the
// alternatives that can start with it (grammar::word_fact_leads); here each family is tried whole
// there, so a family's time includes its failures at words the scan would spare it. No actions run
// (the scan's actions build the facts; scan/scan has them). grammar/gate_only is the walk and the
// gate with no grammar: subtract it to get a family's own share (grammar/walk_only: the walk alone,
// so gate_only - walk_only is the gate). Compare the families with one another and with gate_only;
// measure a grammar change with scan/scan (this harness is compiled apart from the scan, and GCC's
// code for it differs).
#include <algorithm>

#include "benches.hpp"
#include "grammar/scan.hpp"
#include "scan/scan_state.hpp"

namespace cmlint::bench {

namespace {

namespace g = cmlint::grammar;
namespace pegtl = tao::pegtl;

// The scan's own state (its gate and type words), counting tries and matches.
struct CountingState : scan_detail::ScanState {
  using ScanState::ScanState;
  std::size_t tries = 0, hits = 0;
};

// grammar::scan_step with `Family` in place of `fact`, counting tries and matches;
// without `Gate`, every word and every other character is a try.
template <typename Family, bool Gate = true>
struct family_step {
  using rule_t = family_step;
  using subs_t = pegtl::type_list<Family>;

  template <pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput, typename State>
  [[nodiscard]] static bool match(ParseInput& in, State& st) {
    if (in.empty()) return false;
    std::uint32_t starts = 0;  // which facts may start at this word: 0 for none (the scan's gate)
    const std::size_t len =
        Gate ? st.word_at(in.current(), in.end(), starts) : WordSet::word_length(in.current(), in.end());
    if (!Gate || starts != 0) {
      ++st.tries;
      if (pegtl::match<Family, A, pegtl::rewind_mode::required, Action, Control>(in, st)) {
        ++st.hits;
        return true;
      }
    }
    if (len > 0) {
      in.bump(len);
    } else {
      const auto c = static_cast<unsigned char>(*in.current());
      const std::size_t k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      in.bump(std::min<std::size_t>(k, in.size()));
    }
    return true;
  }
};
template <typename Family, bool Gate = true>
struct family_document : pegtl::seq<pegtl::star<family_step<Family, Gate>>, pegtl::eof> {};

// The alternatives of grammar::fact, grouped by the header that defines them.
struct dates : pegtl::sor<g::word_date, g::word_day_month_only, g::bare_word_date, g::month_year, g::day_month,
                          g::date_fact> {};
struct periods : pegtl::sor<g::quarter, g::year_only, g::named_range, g::months_of_year, g::range_fact> {};
struct numbers : pegtl::sor<g::ratio_fact, g::percent, g::number_fact> {};
struct malformed_ids : pegtl::sor<g::cited_malformed, g::loose_identifier> {};

template <typename Family, bool Gate = true>
void register_family(const Corpus& c, const char* name) {
  common(benchmark::RegisterBenchmark(name, [&c](benchmark::State& state) {
    Facts unused;
    std::size_t tries = 0, hits = 0;
    for (auto _ : state) {
      tries = hits = 0;
      for (const Prepared& p : c.docs) {
        const std::string_view t = p.text->view();
        CountingState st{t.data(), *c.config.doc_types, unused};
        pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf> in(t.data(), t.size(), "");
        const bool ok = pegtl::parse<family_document<Family, Gate>>(in, st);
        benchmark::DoNotOptimize(ok);
        tries += st.tries;
        hits += st.hits;
      }
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.doc_bytes));
    state.counters["tries"] = static_cast<double>(tries);
    state.counters["hits"] = static_cast<double>(hits);
  }));
}

}  // namespace

void register_grammars(const Corpus& c) {
  register_family<pegtl::failure, false>(c, "grammar/walk_only");  // the word-by-word walk, no gate, no grammar
  register_family<pegtl::failure>(c, "grammar/gate_only");         // the walk, the hash and the gate's look-up
  register_family<g::header_number>(c, "grammar/header");            // header.hpp
  register_family<g::citation>(c, "grammar/citations");              // citations.hpp
  register_family<g::identifier>(c, "grammar/identifiers");          // identifiers.hpp
  register_family<malformed_ids>(c, "grammar/malformed_ids");        // malformed_ids.hpp
  register_family<dates>(c, "grammar/dates");                        // dates.hpp
  register_family<g::weekday_date>(c, "grammar/weekdays");           // weekdays.hpp
  register_family<periods>(c, "grammar/periods");                    // periods.hpp
  register_family<g::ordinal>(c, "grammar/roman");                   // roman.hpp (ordinals)
  register_family<numbers>(c, "grammar/numbers");                    // numbers.hpp
  register_family<g::fact>(c, "grammar/all_facts_no_actions");       // the scan's alternation, without its actions
}

}  // namespace cmlint::bench
