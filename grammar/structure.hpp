// The skeleton of a decision, resolution, plan or report, one line at a time:
// heading markers at a line start (Phần I, Chương II, Mục 1, Điều 5., 1., 1.1.,
// a), I., Party I- and 1-), the header titles, basis, recipients and signature
// lines; and internal references in running text ("điểm b khoản 1 Điều 3").
// Each line is parsed from its first non-blank byte; where a marker ends and
// what it numbers is recorded by the actions in src/structure/.
#pragma once
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include "lexical.hpp"
#include "roman.hpp"

namespace cmlint::grammar {

// An upper-case letter of Vietnamese text: ASCII, Latin-1, Ă Đ Ĩ Ũ Ơ Ư, and the
// letters with tone marks of U+1EA0–U+1EF9 (upper case at even code points).
struct st_upper_toned {
  using rule_t = st_upper_toned;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class, typename ParseInput,
            typename... States>
  static bool match(ParseInput& in, States&&...) {
    if (in.size(3) < 3) return false;
    const auto* p = reinterpret_cast<const unsigned char*>(in.current());
    if (p[0] != 0xE1 || (p[1] != 0xBA && p[1] != 0xBB)) return false;
    const unsigned cp = 0x1000u | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    if (cp < 0x1EA0 || cp > 0x1EF8 || (cp & 1u) != 0) return false;
    in.bump(3);
    return true;
  }
};
struct st_upper : sor<ascii::upper, utf8::ranges<0xC0, 0xD6, 0xD8, 0xDD>, utf8::one<0x102, 0x110, 0x128, 0x168, 0x1A0, 0x1AF>,
                      st_upper_toned> {};
struct st_open_quote : sor<one<'"', '\''>, TAO_PEGTL_STRING("“"), TAO_PEGTL_STRING("‘")> {};
struct st_en_dash : sor<TAO_PEGTL_STRING("–"), TAO_PEGTL_STRING("—")> {};
struct st_eol : sor<one<'\r', '\n'>, eof> {};

// ---------- heading markers ----------
struct st_number : seq<range<'1', '9'>, rep_max<2, digit>> {};  // 1–999, no leading zero
struct st_letter : sor<TAO_PEGTL_STRING("đ"), range<'a', 'z'>> {};
struct st_start : sor<st_upper, st_open_quote, digit, one<'('>, eof> {};  // what a numbered item's text opens with (or nothing: the text is on the next line)
// After "Chương II", "Mục 1", "Phần I": the end of the line, a title in capitals or a separator.
struct st_heading_end : seq<star<blank>, sor<st_eol, one<'.', ':', '-'>, st_en_dash, at<st_upper>>> {};

struct st_kw_phan : sor<TAO_PEGTL_STRING("Phần"), TAO_PEGTL_STRING("PHẦN")> {};
struct st_kw_chuong : sor<TAO_PEGTL_STRING("Chương"), TAO_PEGTL_STRING("CHƯƠNG")> {};
struct st_kw_muc : sor<TAO_PEGTL_STRING("Mục"), TAO_PEGTL_STRING("MỤC")> {};
struct st_kw_dieu : sor<TAO_PEGTL_STRING("Điều"), TAO_PEGTL_STRING("ĐIỀU")> {};
struct st_kw_thu : sor<TAO_PEGTL_STRING("thứ"), TAO_PEGTL_STRING("THỨ"), TAO_PEGTL_STRING("Thứ")> {};

struct st_phan_ordinal : seq<st_kw_thu, sp, word> {};  // "Phần thứ nhất": numbered in words
struct st_phan_value : sor<roman, st_number, st_phan_ordinal> {};
struct st_phan : seq<st_kw_phan, sp, st_phan_value, st_heading_end> {};
struct st_chuong_value : sor<roman, st_number> {};
struct st_chuong : seq<st_kw_chuong, sp, st_chuong_value, st_heading_end> {};
struct st_muc_value : sor<st_number, roman> {};
struct st_muc : seq<st_kw_muc, sp, st_muc_value, st_heading_end> {};
struct st_dieu_value : st_number {};
struct st_dieu_suffix : ascii::lower {};  // "Điều 7a.": an article inserted by an amendment
struct st_dieu : seq<st_kw_dieu, sp, st_dieu_value, opt<st_dieu_suffix>, one<'.'>, not_at<digit>> {};

struct st_roman_value : roman {};
struct st_roman_sep : sor<one<'.', '-'>, st_en_dash> {};
struct st_roman_head : seq<st_roman_value, st_roman_sep, star<blank>, at<st_upper>> {};  // "I. MỤC ĐÍCH", "II- NHIỆM VỤ"

struct st_decimal_value : seq<st_number, plus<one<'.'>, st_number>> {};  // "1.1", "2.3.1"
struct st_decimal : seq<st_decimal_value, opt<one<'.'>>, plus<blank>, at<st_start>> {};

struct st_arabic_value : st_number {};
// khoản "1. …", "1.Nội dung" (not the formula "3.ĐTB + 2.ĐTNTH"), or "2." alone (text on the next line)
struct st_word_after_dot : seq<st_upper, not_at<st_upper>, word_char> {};  // "1.Nội dung", not "3.ĐTB"
struct st_arabic_dot : seq<st_arabic_value, one<'.'>, sor<seq<plus<blank>, at<st_start>>, at<st_word_after_dot>, eof>> {};
struct st_arabic_dash : seq<st_arabic_value, one<'-'>, sp, at<st_upper>> {};                   // Party "1- …"
struct st_arabic : sor<st_arabic_dot, st_arabic_dash> {};

struct st_letter_value : st_letter {};
struct st_letter_head : seq<st_letter_value, one<')'>, rep_max<3, digit>, sp> {};  // điểm "a) …" ("đ)32 …": a footnote glued on)

struct st_marker : sor<st_phan, st_chuong, st_muc, st_dieu, st_decimal, st_arabic, st_roman_head, st_letter_head> {};

// ---------- skeleton lines ----------
struct st_national : sor<TAO_PEGTL_STRING("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), TAO_PEGTL_STRING("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")> {};
struct st_motto_dash : sor<one<'-'>, st_en_dash> {};
struct st_motto_sep : seq<star<blank>, st_motto_dash, star<blank>> {};
struct st_motto : seq<TAO_PEGTL_STRING("Độc lập"), st_motto_sep, TAO_PEGTL_STRING("Tự do"), st_motto_sep, TAO_PEGTL_STRING("Hạnh phúc")> {};
struct st_party_title : TAO_PEGTL_STRING("ĐẢNG CỘNG SẢN VIỆT NAM") {};
struct st_basis : seq<opt<one<'-', '+'>, star<blank>>, sor<TAO_PEGTL_STRING("Căn cứ"), TAO_PEGTL_STRING("CĂN CỨ")>, word_end> {};
struct st_recipients : seq<sor<TAO_PEGTL_STRING("Nơi nhận"), TAO_PEGTL_STRING("NƠI NHẬN")>, star<blank>, one<':'>> {};
struct st_annex : sor<TAO_PEGTL_STRING("Phụ lục"), TAO_PEGTL_STRING("PHỤ LỤC"), TAO_PEGTL_STRING("Mẫu số"), TAO_PEGTL_STRING("MẪU SỐ")> {};
// Signature prefixes: state "TM.", "KT.", "Q.", "TL.", "TUQ."; Party "T/M", "K/T", "T/L".
struct st_sign_state : sor<TAO_PEGTL_STRING("TUQ."), TAO_PEGTL_STRING("TM."), TAO_PEGTL_STRING("KT."), TAO_PEGTL_STRING("TL."),
                           TAO_PEGTL_STRING("Q.")> {};
struct st_sign_party : sor<TAO_PEGTL_STRING("T/M"), TAO_PEGTL_STRING("K/T"), TAO_PEGTL_STRING("T/L")> {};
struct st_sign_prefix : sor<st_sign_state, st_sign_party> {};
struct st_signature : seq<st_sign_prefix, star<blank>, st_upper> {};
// A capitalised abbreviation and a title in capitals: "TK. CHỦ TỊCH", "TM ỦY BAN" (a prefix without its dot).
struct st_sign_other_prefix : seq<rep_min_max<1, 4, ascii::upper>, opt<one<'.', '/'>, opt<ascii::upper>>> {};
struct st_sign_other : seq<st_sign_other_prefix, sp, st_upper, st_upper> {};

// ---------- internal references in running text ----------
struct st_ws : sor<blank, one<'\r', '\n'>> {};
struct st_wsp : plus<st_ws> {};
struct st_kw_nay : seq<TAO_PEGTL_STRING("này"), word_end> {};
struct st_ref_diem_value : st_letter {};
struct st_ref_khoan_value : sor<st_number, st_kw_nay> {};
struct st_ref_dieu_value : sor<st_number, st_kw_nay> {};
struct st_ref_diem : seq<sor<TAO_PEGTL_STRING("điểm"), TAO_PEGTL_STRING("Điểm")>, st_wsp, st_ref_diem_value, word_end> {};
struct st_ref_khoan : seq<sor<TAO_PEGTL_STRING("khoản"), TAO_PEGTL_STRING("Khoản")>, st_wsp, st_ref_khoan_value, word_end> {};
struct st_ref_dieu : seq<TAO_PEGTL_STRING("Điều"), st_wsp, st_ref_dieu_value, word_end> {};
struct st_ref_tail : sor<seq<st_ref_khoan, opt<st_wsp, st_ref_dieu>>, st_ref_dieu> {};
struct st_reference : seq<opt<st_ref_diem, st_wsp>, st_ref_tail> {};

}  // namespace cmlint::grammar

template <typename Name>
struct tao::pegtl::analyze_traits<Name, cmlint::grammar::st_upper_toned> : analyze_any_traits<> {};
