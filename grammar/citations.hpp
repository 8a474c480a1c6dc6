// Citations in prose: type word, optional "số", the identifier and an
// optional date: "Nghị quyết số 09-NQ/TU, ngày 27-2-2012",
// "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020".
#pragma once
#include "dates.hpp"
#include "identifiers.hpp"
#include "roman.hpp"

#include <tao/pegtl/contrib/analyze_traits.hpp>

namespace cmlint::grammar {

// The type words ("Nghị quyết", "Kế hoạch" …) are data (rules/doc_types.toml).
// The first state passed to the parse supplies them through
// `std::size_t match_type_word(const char* begin, const char* end) const`,
// returning the length of the longest type word at `begin`, or 0.
struct type_word {
  using rule_t = type_word;
  using subs_t = empty_list;

  template <apply_mode, rewind_mode, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput, typename State,
            typename... Rest>
  [[nodiscard]] static bool match(ParseInput& in, State& st, Rest&... /*unused*/) {
    const std::size_t n = st.match_type_word(in.current(), in.end());
    if (n == 0) return false;
    in.bump(n);
    return true;
  }
};

struct citation_number_intro : seq<sp, kw_so, opt<one<':'>>> {};
struct citation_date : seq<opt<one<','>>, sp, kw_ngay, sp, sor<numeric_date, word_date_body>> {};

// "của Ban Thường vụ Tỉnh ủy": the issuer phrase runs until punctuation or a word
// that starts the document's subject or the next clause; "khóa XII" stays outside so
// it is scanned as an ordinal.
struct issuer_stop : seq<sor<TAO_PEGTL_STRING("về"), TAO_PEGTL_STRING("quy định"), TAO_PEGTL_STRING("ban hành"),
                             TAO_PEGTL_STRING("hướng dẫn"), TAO_PEGTL_STRING("thực hiện"),
                             TAO_PEGTL_STRING("triển khai"), TAO_PEGTL_STRING("phê duyệt"), TAO_PEGTL_STRING("và"),
                             TAO_PEGTL_STRING("đến"), TAO_PEGTL_STRING("cho"), TAO_PEGTL_STRING("tại"),
                             TAO_PEGTL_STRING("với"), TAO_PEGTL_STRING("theo"), TAO_PEGTL_STRING("đã"),
                             TAO_PEGTL_STRING("trong"), TAO_PEGTL_STRING("được"), TAO_PEGTL_STRING("là"),
                             TAO_PEGTL_STRING("sửa đổi"), TAO_PEGTL_STRING("bổ sung"), TAO_PEGTL_STRING("của"),
                             TAO_PEGTL_STRING("ngày"), TAO_PEGTL_STRING("số"), kw_khoa>,
                         word_end> {};
struct issuer_word : seq<not_at<issuer_stop>, word> {};
struct issuer_phrase : seq<issuer_word, rep_max<11, seq<one<' '>, issuer_word>>> {};
struct citation_issuer : seq<sp, TAO_PEGTL_STRING("của"), sp, issuer_phrase> {};

struct citation : seq<type_word, opt<citation_number_intro>, sp, identifier, opt<citation_date>,
                      opt<citation_issuer>> {};

}  // namespace cmlint::grammar

template <typename Name>
struct tao::pegtl::analyze_traits<Name, cmlint::grammar::type_word> : analyze_any_traits<> {};
