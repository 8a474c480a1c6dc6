// A weekday followed by the date it names: "thứ Hai, ngày 06/01/2023",
// "Chủ nhật ngày 5 tháng 3 năm 2023", "thứ Sáu (09/01/2026)".
#pragma once
#include "dates.hpp"

namespace cmlint::grammar {

// Lower-case "thứ hai" is usually the ordinal "second", so only the capitalised
// weekday names (the correct spelling) and the informal digits are read as weekdays.
struct weekday_name : sor<TAO_PEGTL_STRING("Hai"), TAO_PEGTL_STRING("Ba"), TAO_PEGTL_STRING("Tư"),
                          TAO_PEGTL_STRING("Năm"), TAO_PEGTL_STRING("Sáu"), TAO_PEGTL_STRING("Bảy"),
                          one<'2', '3', '4', '5', '6', '7'>> {};
struct kw_thu : sor<TAO_PEGTL_STRING("thứ"), TAO_PEGTL_STRING("Thứ")> {};
struct sunday : sor<TAO_PEGTL_STRING("Chủ nhật"), TAO_PEGTL_STRING("chủ nhật"), TAO_PEGTL_STRING("Chủ Nhật")> {};
struct weekday : sor<seq<kw_thu, sp, weekday_name, word_end>, seq<sunday, word_end>> {};

struct weekday_gap : seq<opt<one<',', '('>>, opt<sp>, opt<kw_ngay, sp>> {};
struct weekday_date : seq<at<one<'t', 'T', 'C', 'c'>>, weekday, weekday_gap, sor<word_date_body, numeric_date>, word_end> {};

}  // namespace cmlint::grammar
