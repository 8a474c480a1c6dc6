// Identifiers that are almost right: an en dash or blanks inside
// ("09–NQ/TU", "123/QĐ - UBND"), lower case after "số" ("số 09-nq/tu"), or
// nothing after the slash ("số 09-NQ/ ngày …"). The id-malformed rule reports them.
#pragma once
#include "identifiers.hpp"

namespace cmlint::grammar {

struct loose_slash : seq<star<blank>, one<'/'>, star<blank>> {};
struct loose_symbol : list<token, loose_hyphen> {};
struct loose_party_id : seq<id_number, loose_hyphen, token, loose_slash, loose_symbol> {};
struct loose_state_id : seq<id_number, loose_slash, opt<id_year, loose_slash>, loose_symbol> {};
struct loose_identifier : seq<sor<loose_party_id, loose_state_id>, word_end> {};

struct any_case_token : plus<sor<ascii::alpha, TAO_PEGTL_STRING("đ"), TAO_PEGTL_STRING("Đ")>> {};
struct any_case_symbol : list<any_case_token, one<'-'>> {};
struct cased_party_id : seq<id_number, one<'-'>, any_case_token, one<'/'>, any_case_symbol, word_end> {};
struct cased_state_id : seq<id_number, one<'/'>, opt<state_year>, any_case_token, one<'-'>, any_case_symbol, word_end> {};
struct incomplete_party_id : seq<id_number, one<'-'>, token, one<'/'>, not_at<sor<cap, ascii::alnum>>> {};
struct cited_id_body : sor<cased_party_id, cased_state_id, incomplete_party_id> {};
struct cited_malformed : seq<kw_so, opt<one<':'>>, sp, not_at<identifier>, not_at<loose_identifier>, cited_id_body> {};

}  // namespace cmlint::grammar
