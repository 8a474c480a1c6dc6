// Where a run's time goes (`--timings`, like clang-tidy's --enable-check-profile): CPU-side wall
// time per pipeline phase and per rule, summed over every file and every worker thread, so that
// the owner of a repository can see which rule to switch off or report when a run is slow.
#pragma once
#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <memory>

#include "severity.hpp"

namespace cmlint {

class Timings {
 public:
  enum Phase : std::size_t { load, normalize, scan, header, structure, report, output, kPhases };

  explicit Timings(std::size_t rules);
  void add_phase(Phase p, std::uint64_t ns) { phases_[p].fetch_add(ns, std::memory_order_relaxed); }
  void add_rule(std::size_t i, std::uint64_t ns) { rules_[i].fetch_add(ns, std::memory_order_relaxed); }
  void add_file(std::uint64_t bytes) {
    files_.fetch_add(1, std::memory_order_relaxed);
    bytes_.fetch_add(bytes, std::memory_order_relaxed);
  }

  // A table on `out`: phases in pipeline order, then the rules that ran, slowest first.
  void write(std::ostream& out, std::uint64_t wall_ns, unsigned jobs, Lang lang) const;

 private:
  std::array<std::atomic<std::uint64_t>, kPhases> phases_{};
  std::size_t rule_count_;
  std::unique_ptr<std::atomic<std::uint64_t>[]> rules_;
  std::atomic<std::uint64_t> files_{0}, bytes_{0};
};

// Laps of one thread's work; does nothing (not even read the clock) without a Timings.
class Stopwatch {
 public:
  explicit Stopwatch(Timings* t) : t_(t) {
    if (t_) last_ = Clock::now();
  }
  void phase(Timings::Phase p) {
    if (t_) t_->add_phase(p, lap());
  }
  void rule(std::size_t i) {
    if (t_) t_->add_rule(i, lap());
  }

 private:
  using Clock = std::chrono::steady_clock;
  std::uint64_t lap() {
    const auto now = Clock::now();
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(now - last_).count();
    last_ = now;
    return static_cast<std::uint64_t>(ns);
  }
  Timings* t_;
  Clock::time_point last_{};
};

}  // namespace cmlint
