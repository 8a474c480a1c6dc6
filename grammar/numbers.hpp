// Vietnamese numerals: '.' groups thousands, ',' marks decimals
// ("12.898", "54,3", "1.234,5"), percentages ("101%", "54,3 %") and
// ratios of counts ("202/200").
#pragma once
#include "lexical.hpp"

namespace cmlint::grammar {

struct group3 : seq<one<'.'>, rep<3, digit>> {};
struct grouped_int : seq<rep_min_max<1, 3, digit>, plus<group3>, not_at<digit>> {};
struct plain_int : plus<digit> {};
struct int_part : sor<grouped_int, plain_int> {};
struct frac_part : seq<one<','>, plus<digit>> {};
struct number : seq<int_part, opt<frac_part>> {};

struct percent_sign : one<'%'> {};
struct percent : seq<number, opt<blank>, percent_sign> {};

struct ratio_num : int_part {};
struct ratio_den : int_part {};
// A third part ("5/3/2020") makes a date, a symbol ("5/QĐ") an identifier.
struct ratio : seq<ratio_num, one<'/'>, ratio_den, not_at<one<'/', ','>>> {};

}  // namespace cmlint::grammar
