#include "timings.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <numeric>
#include <ostream>
#include <string>
#include <vector>

#include "../rules/rule.hpp"

namespace cmlint {

Timings::Timings(std::size_t rules) : rule_count_(rules), rules_(new std::atomic<std::uint64_t>[rules]) {
  for (std::size_t i = 0; i < rules; ++i) rules_[i].store(0, std::memory_order_relaxed);
}

void Timings::write(std::ostream& out, std::uint64_t wall_ns, unsigned jobs, Lang lang) const {
  const bool vi = lang == Lang::vi;
  const double bytes = static_cast<double>(bytes_.load());
  const auto ms = [](std::uint64_t ns) { return static_cast<double>(ns) / 1e6; };
  std::uint64_t rules_ns = 0;
  for (std::size_t i = 0; i < rule_count_; ++i) rules_ns += rules_[i].load();
  std::uint64_t total_ns = rules_ns;
  for (const auto& p : phases_) total_ns += p.load();

  // MB/s of a line is the input it processed over its own time: what that step alone would reach.
  const auto row = [&](std::string_view label, std::uint64_t ns, int indent) {
    const double share = total_ns ? 100.0 * static_cast<double>(ns) / static_cast<double>(total_ns) : 0.0;
    const std::string rate = ns ? fmt::format("{:.1f}", bytes / 1e6 / (static_cast<double>(ns) / 1e9)) : "-";
    fmt::print(out, "  {:<{}}{:<{}} {:>10.2f} {:>6.1f} {:>10}\n", "", indent, label, 44 - indent, ms(ns), share, rate);
  };

  fmt::print(out, "cmlint --timings: {} {}, {:.1f} MB, {:.0f} ms {}, -j {}\n", files_.load(), vi ? "tệp" : "files", bytes / 1e6, ms(wall_ns), vi ? "thời gian thực" : "wall", jobs);
  fmt::print(out, "  {:<44} {:>10} {:>6} {:>10}\n", vi ? "bước / quy tắc" : "phase / rule", "ms", "%", "MB/s");
  static constexpr std::string_view kVi[] = {"đọc tệp, kiểm tra UTF-8", "chuẩn hoá NFC", "quét dữ kiện (ngữ pháp)",
                                             "phần đầu văn bản",       "cấu trúc",      "vị trí, chặn lỗi, sắp xếp",
                                             "ghi kết quả"};
  static constexpr std::string_view kEn[] = {"load, UTF-8 check",  "NFC normalisation", "scan for facts (grammars)",
                                             "document header",    "structure",         "positions, suppressions, sorting",
                                             "output"};
  for (std::size_t p = 0; p < report; ++p) row(vi ? kVi[p] : kEn[p], phases_[p].load(), 0);
  row(vi ? "các quy tắc" : "rules", rules_ns, 0);
  std::vector<std::size_t> order(rule_count_);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return rules_[a].load() > rules_[b].load(); });
  const auto& rules = all_rules();
  for (std::size_t i : order) {
    if (rules_[i].load() == 0) continue;  // switched off: a rule that ran took at least a clock read
    row(fmt::format("{} {}", rules[i]->info().code, rules[i]->info().name), rules_[i].load(), 2);
  }
  row(vi ? kVi[report] : kEn[report], phases_[report].load(), 0);
  row(vi ? kVi[output] : kEn[output], phases_[output].load(), 0);
  row(vi ? "tổng (mọi luồng)" : "total (all threads)", total_ns, 0);
  fmt::print(out, "  {}\n",
             vi ? "Mô hình dùng chung (số liệu, đoạn văn) được tính vào quy tắc đầu tiên dùng đến nó."
                : "A shared model (figures, paragraphs) is counted in the first rule that asks for it.");
}

}  // namespace cmlint
