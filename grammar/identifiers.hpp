// Document identifiers (số, ký hiệu).
//   state:  123/QĐ-UBND, 30/2020/NĐ-CP, 64/2025/QH15, 05/BNV-VP (công văn)
//   party:  09-NQ/TU, 05-QC/BTCTU-BDVTU, 08-QĐi/TW
// Which token is a type and which an issuer is decided from data
// (rules/doc_types.toml), not here.
#pragma once
#include "lexical.hpp"

namespace cmlint::grammar {

struct id_number : plus<digit> {};
struct id_year : rep<4, digit> {};

// Lower case is allowed only in the fixed mixed-case tokens (NĐ 30 Annex III,
// TTg, Party QĐi); "1/Ban" must not become an identifier.
struct mixed_token : sor<TAO_PEGTL_STRING("QyĐ"), TAO_PEGTL_STRING("QĐi"), TAO_PEGTL_STRING("CTr"),
                         TAO_PEGTL_STRING("TTr"), TAO_PEGTL_STRING("TrS"), TAO_PEGTL_STRING("TTg")> {};
struct caps_token : seq<cap, star<sor<cap, digit>>> {};
struct token : seq<sor<mixed_token, caps_token>, not_at<ascii::lower>> {};
struct symbol : list<token, one<'-'>> {};

struct state_year : seq<id_year, one<'/'>> {};
struct state_id : seq<id_number, one<'/'>, opt<state_year>, symbol> {};
struct party_id : seq<id_number, one<'-'>, token, one<'/'>, symbol> {};
struct odd_dash : sor<TAO_PEGTL_STRING("–"), TAO_PEGTL_STRING("—"), TAO_PEGTL_STRING("‐"), TAO_PEGTL_STRING("‑"),
                      TAO_PEGTL_STRING("−")> {};
struct loose_hyphen : seq<star<blank>, sor<one<'-'>, odd_dash>, star<blank>> {};

// "N%C4%90-CP" in a URL is not "…/N": no '%' or '/' may follow; and "123/QĐ - UBND"
// is one malformed identifier, not "123/QĐ" followed by text.
struct identifier : seq<sor<party_id, state_id>, word_end, not_at<one<'%', '/'>>, not_at<loose_hyphen, token>> {};

}  // namespace cmlint::grammar
