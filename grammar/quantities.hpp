// Quantities in prose: the words around a number that say what it counts and
// how exact it is, and the markers that tie numbers into breakdowns
// ("85 tổ chức cơ sở đảng (41 đảng bộ và 44 chi bộ)"). Grammar only; the
// vocabulary is data (rules/numbers.toml), supplied by the parse state, and
// the parses are small ones anchored at fact boundaries (src/numbers/).
#pragma once
#include "lexical.hpp"

#include <tao/pegtl/contrib/analyze_traits.hpp>

namespace cmlint::grammar {

// The roles a vocabulary word can play.
enum class vocab : int { hedge, scale, label, stop, complete, negation, partial, target, overlap, unit };

// One word (or phrase) of a role, the longest at the input. The first state
// passed to the parse supplies `std::size_t match_vocab(vocab, const char*, const char*)`,
// returning the length of the longest whole-word match, or 0 (and keeps what it matched).
template <vocab Role>
struct vocab_word {
  using rule_t = vocab_word;
  using subs_t = empty_list;

  template <apply_mode, rewind_mode, template <typename...> class Action, template <typename...> class Control,
            typename ParseInput, typename State, typename... Rest>
  [[nodiscard]] static bool match(ParseInput& in, State& st, Rest&... /*unused*/) {
    const std::size_t n = st.match_vocab(Role, in.current(), in.end());
    if (n == 0) return false;
    in.bump(n);
    return true;
  }
};

struct hedge_word : vocab_word<vocab::hedge> {};
struct scale_word : vocab_word<vocab::scale> {};
struct label_word : vocab_word<vocab::label> {};
struct stop_word : vocab_word<vocab::stop> {};
struct unit_noun : vocab_word<vocab::unit> {};
struct complete_marker : vocab_word<vocab::complete> {};
struct negation_word : vocab_word<vocab::negation> {};
struct partial_marker : vocab_word<vocab::partial> {};
struct target_word : vocab_word<vocab::target> {};

// After a number: its scale word, its unit noun and the rest of the unit phrase.
struct kw_le : TAO_PEGTL_STRING("lệ") {};
struct scale_part : seq<sp, scale_word, not_at<sp, kw_le>> {};  // "tỷ lệ" is a ratio, not a scale
struct unit_part : seq<sp, unit_noun> {};
struct unit_tail_word : seq<sp, not_at<stop_word>, not_at<digit>, word> {};
struct unit_tail : rep_opt<4, unit_tail_word> {};  // up to four words; a fifth ends the phrase, it does not undo it
struct quantity_suffix : seq<opt<scale_part>, opt<unit_part>, unit_tail> {};

// Before a number: a hedge or a label ending right at it.
struct hedge_before : seq<hedge_word, sp> {};
struct label_before : seq<label_word, opt<one<':'>>, sp> {};

// After a total's unit phrase: the breakdown marker.
struct open_paren : seq<opt<sp>, one<'('>> {};
struct marker_lead : seq<opt<sp>, opt<sor<one<','>, one<':'>, one<'.'>, one<';'>>>, opt<sp>> {};
struct complete_lead : seq<marker_lead, not_at<negation_word, sp>, complete_marker, opt<sp>, opt<one<':'>>> {};
struct partial_lead : seq<marker_lead, partial_marker, opt<one<','>>> {};

// Around a percentage: "đạt 140% chỉ tiêu", "vượt chỉ tiêu, đạt 98%".
struct kw_dat : sor<TAO_PEGTL_STRING("đạt"), TAO_PEGTL_STRING("Đạt")> {};
struct kw_hoan_thanh : sor<TAO_PEGTL_STRING("hoàn thành"), TAO_PEGTL_STRING("Hoàn thành")> {};
struct kw_duoc : TAO_PEGTL_STRING("được") {};
struct achieve_verb : seq<sor<kw_dat, kw_hoan_thanh>, opt<sp, kw_duoc>, sp> {};
struct target_after : seq<sp, target_word> {};
struct kw_vuot : sor<TAO_PEGTL_STRING("vượt"), TAO_PEGTL_STRING("Vượt")> {};
struct kw_bang : TAO_PEGTL_STRING("bằng") {};
struct kw_chi_dat : sor<TAO_PEGTL_STRING("chỉ đạt"), TAO_PEGTL_STRING("mới đạt")> {};
struct kw_not : sor<TAO_PEGTL_STRING("chưa"), TAO_PEGTL_STRING("không"), TAO_PEGTL_STRING("Chưa"), TAO_PEGTL_STRING("Không")> {};
struct kw_chiem : sor<TAO_PEGTL_STRING("chiếm"), TAO_PEGTL_STRING("Chiếm")> {};
struct kw_ty_le : sor<TAO_PEGTL_STRING("tỷ lệ"), TAO_PEGTL_STRING("tỉ lệ")> {};
// The words after a target noun: "chỉ tiêu huyện giao", "kế hoạch đề ra".
struct target_extra : rep_max<3, seq<sp, not_at<sor<kw_dat, kw_bang, kw_chi_dat>>, not_at<digit>, word>> {};
struct claim_link : seq<opt<one<','>>, opt<sp>, opt<one<'('>>, opt<sp>, sor<kw_chi_dat, kw_dat, kw_bang>, opt<sp, kw_duoc>, sp> {};
// "vượt chỉ tiêu, đạt " before a percentage; "chưa đạt kế hoạch (đạt " likewise.
struct exceed_before : seq<kw_vuot, sp, target_word, target_extra, claim_link> {};
struct miss_before : seq<kw_not, sp, kw_dat, sp, target_word, target_extra, claim_link> {};
// After a percentage: "…% kế hoạch, vượt chỉ tiêu".
struct exceed_after : seq<opt<target_after, target_extra>, opt<one<','>>, sp, kw_vuot, sp, target_word> {};
// A share: "chiếm 48,2%", "chiếm tỷ lệ 48,2%", "chiếm khoảng 40%".
struct share_before : seq<kw_chiem, opt<sp, kw_ty_le>, opt<sp, hedge_word>, sp> {};
// A comparison with another period: "so với", "cùng kỳ".
struct compare_after : seq<opt<sp>, sor<TAO_PEGTL_STRING("so với"), TAO_PEGTL_STRING("so cùng kỳ"), TAO_PEGTL_STRING("cùng kỳ"), TAO_PEGTL_STRING("so với cùng kỳ")>> {};

}  // namespace cmlint::grammar

template <typename Name, cmlint::grammar::vocab R>
struct tao::pegtl::analyze_traits<Name, cmlint::grammar::vocab_word<R>> : analyze_any_traits<> {};
