// Dates in running text: "27-2-2012", "27/02/2012", "27.02.2012",
// "ngày 5 tháng 3 năm 2020", "mùng 1 tháng Giêng năm 2024", "24 tháng 7 năm 2013",
// "tháng 5-2023", "tháng 5/2023", "tháng 5 năm 2023", "tháng 1 2024",
// and day-months ("ngày 30/3", "ngày 30 tháng 4", "mồng 2 tháng 3").
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

// Months in words: capitalised as the regulation asks ("tháng Tám"); the lower-case
// tens ("tháng mười hai") are unambiguous too, "tháng năm" is not.
struct month_word : seq<sor<TAO_PEGTL_STRING("Mười Một"), TAO_PEGTL_STRING("Mười một"), TAO_PEGTL_STRING("mười một"),
                            TAO_PEGTL_STRING("Mười Hai"), TAO_PEGTL_STRING("Mười hai"), TAO_PEGTL_STRING("mười hai"),
                            TAO_PEGTL_STRING("Mười"), TAO_PEGTL_STRING("mười"), TAO_PEGTL_STRING("Giêng"),
                            TAO_PEGTL_STRING("giêng"), TAO_PEGTL_STRING("Chạp"), TAO_PEGTL_STRING("chạp"),
                            TAO_PEGTL_STRING("Hai"), TAO_PEGTL_STRING("Ba"), TAO_PEGTL_STRING("Tư"),
                            TAO_PEGTL_STRING("Năm"), TAO_PEGTL_STRING("Sáu"), TAO_PEGTL_STRING("Bảy"),
                            TAO_PEGTL_STRING("Tám"), TAO_PEGTL_STRING("Chín")>,
                        word_end> {};
struct word_month : sor<month, month_word> {};
struct word_year : seq<rep_min_max<3, 4, digit>, not_at<digit>> {};  // "năm 938" in a history
struct kw_mung : sor<TAO_PEGTL_STRING("mùng"), TAO_PEGTL_STRING("mồng"), TAO_PEGTL_STRING("Mùng"),
                     TAO_PEGTL_STRING("Mồng")> {};

struct word_day_month : seq<opt<kw_mung, sp>, day, sp, kw_thang, sp, word_month> {};
struct word_date_body : seq<word_day_month, sp, kw_nam, sp, word_year> {};
struct word_date : seq<kw_ngay, sp, word_date_body> {};
// Without "ngày" the year is required: "24 tháng" alone may be a duration.
struct bare_word_date : seq<sor<seq<kw_mung, sp, day>, day>, sp, kw_thang, sp, word_month, sp, kw_nam, sp, word_year> {};
struct word_day_month_only : seq<sor<seq<kw_ngay, sp, opt<kw_mung, sp>>, seq<kw_mung, sp>>, day, sp, kw_thang, sp,
                                 word_month, word_end, not_at<sp, kw_nam>> {};

struct month_year : seq<kw_thang, sp, month, sor<seq<one<'-', '/'>, year>, seq<sp, kw_nam, sp, word_year>, seq<sp, year>>> {};

// "ngày 30/4." and "ngày 30/4, …" end a sentence or clause; "30/4/2020" and "30/4,5" are not day-months.
struct day_month_body : seq<day, one<'/', '-'>, month, not_at<sor<one<'/', '-'>, seq<one<'.', ','>, digit>, digit>>> {};
struct day_month : seq<kw_ngay, sp, day_month_body> {};

}  // namespace cmlint::grammar
