// Dates in running text: "27-2-2012", "27/02/2012", "27.02.2012",
// "ngày 5 tháng 3 năm 2020", "tháng 5-2023", "tháng 5/2023", "tháng 5 năm 2023",
// and day-month after "ngày" ("ngày 30/3").
#pragma once
#include "lexical.hpp"

namespace cmlint::grammar {

struct day : rep_min_max<1, 2, digit> {};
struct month : rep_min_max<1, 2, digit> {};
struct year : seq<rep<4, digit>, not_at<digit>> {};

// One separator throughout: "22/12-2024" is not read as a date.
template <char S>
struct dmy : seq<day, one<S>, month, one<S>, year> {};
struct numeric_date : seq<sor<dmy<'/'>, dmy<'-'>, dmy<'.'>>, not_at<one<'/', '-', '.'>, digit>> {};

struct word_date_body : seq<day, sp, kw_thang, sp, month, sp, kw_nam, sp, year> {};
struct word_date : seq<kw_ngay, sp, word_date_body> {};

struct month_year_sep : sor<one<'-', '/'>, seq<sp, kw_nam, sp>> {};
struct month_year : seq<kw_thang, sp, month, month_year_sep, year> {};

// "ngày 30/4." and "ngày 30/4, …" end a sentence or clause; "30/4/2020" and "30/4,5" are not day-months.
struct day_month_body : seq<day, one<'/', '-'>, month, not_at<sor<one<'/', '-'>, seq<one<'.', ','>, digit>, digit>>> {};
struct day_month : seq<kw_ngay, sp, day_month_body> {};

}  // namespace cmlint::grammar
