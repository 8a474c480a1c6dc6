// Periods longer than a day: "năm 2022", "quý II/2023", "quý I năm 2026",
// "6 tháng đầu năm 2023", year ranges "2020-2025", "2020 – 2025",
// "giai đoạn 2021-2025", "nhiệm kỳ 2020-2025".
#pragma once
#include "dates.hpp"
#include "roman.hpp"

namespace cmlint::grammar {

struct year_only : seq<kw_nam, sp, year, not_at<opt<blank>, one<'-', '/'>>> {};

struct kw_quy : sor<TAO_PEGTL_STRING("quý"), TAO_PEGTL_STRING("Quý"), TAO_PEGTL_STRING("QUÝ")> {};
struct quarter_number : sor<plus<one<'I', 'V', 'X'>>, plus<digit>> {};
struct quarter : seq<kw_quy, sp, quarter_number, sor<one<'/', '-'>, seq<sp, kw_nam, sp>>, year> {};

struct months_count : rep_min_max<1, 2, digit> {};
struct part_of_year : sor<TAO_PEGTL_STRING("đầu"), TAO_PEGTL_STRING("cuối")> {};
struct months_of_year : seq<months_count, sp, kw_thang, sp, opt<part_of_year, sp>, kw_nam, sp, year> {};

// An en dash or em dash often replaces the hyphen in ranges; both are fine there.
struct range_dash : sor<one<'-'>, TAO_PEGTL_STRING("–"), TAO_PEGTL_STRING("—")> {};
struct range_start : rep<4, digit> {};
struct range_end : rep<4, digit> {};
struct year_range : seq<range_start, opt<sp>, range_dash, opt<sp>, range_end, not_at<digit>, not_at<one<'/'>>> {};

struct kw_nhiem_ky : sor<TAO_PEGTL_STRING("nhiệm kỳ"), TAO_PEGTL_STRING("Nhiệm kỳ"), TAO_PEGTL_STRING("NHIỆM KỲ")> {};
struct kw_giai_doan : sor<TAO_PEGTL_STRING("giai đoạn"), TAO_PEGTL_STRING("Giai đoạn"), TAO_PEGTL_STRING("GIAI ĐOẠN")> {};
struct range_kind : sor<kw_nhiem_ky, kw_giai_doan> {};
struct named_range : seq<range_kind, sp, year_range> {};

}  // namespace cmlint::grammar
