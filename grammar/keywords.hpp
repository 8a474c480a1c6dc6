// Every word that can open a letter-led fact in grammar/scan.hpp, so the scan
// can skip, with one hash look-up of the word, the words that start no fact
// (most of them): only each keyword's first word matters. Type words come from the data table
// (rules/doc_types.toml) and are added at run time. A keyword missing here
// makes its fact unreachable; tests/grammar_test.cpp (ScanGate) scans one
// example of each keyword-led form to catch that.
#pragma once
#include <string_view>

namespace cmlint::grammar {

inline constexpr std::string_view kFactKeywords[] = {
    "ngày", "Ngày", "tháng", "Tháng", "năm", "Năm", "số", "Số",                      // lexical.hpp
    "khóa", "khoá", "Khóa", "Khoá", "KHÓA", "KHOÁ", "Đại hội", "đại hội", "ĐẠI HỘI",  // roman.hpp
    "lần thứ", "Lần thứ", "LẦN THỨ", "Chương", "CHƯƠNG", "chương", "Phần", "PHẦN", "phần", "Mục", "MỤC", "mục",
    "Phụ lục", "PHỤ LỤC", "phụ lục", "thế kỷ", "thế kỉ", "Thế kỷ", "khoản", "đoạn", "Tiểu mục",
    "quý", "Quý", "QUÝ", "nhiệm kỳ", "Nhiệm kỳ", "NHIỆM KỲ", "giai đoạn", "Giai đoạn", "GIAI ĐOẠN",  // periods.hpp
    "thứ", "Thứ", "Chủ nhật", "chủ nhật", "Chủ Nhật",                                                 // weekdays.hpp
    "mùng", "mồng", "Mùng", "Mồng",                                                                    // dates.hpp
};

}  // namespace cmlint::grammar
