#include "suppress.hpp"

#include <cstring>
#include <limits>

namespace cmlint {

namespace {

std::vector<std::string> rule_list(std::string_view rest) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < rest.size()) {
    while (i < rest.size() && (rest[i] == ' ' || rest[i] == ',' || rest[i] == '\t')) ++i;
    if (rest.substr(i, 2) == "--") break;
    std::size_t j = i;
    while (j < rest.size() && rest[j] != ' ' && rest[j] != ',' && rest[j] != '\t') ++j;
    if (j > i) out.emplace_back(rest.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

Suppressions Suppressions::parse(std::string_view text) {
  Suppressions s;
  constexpr std::string_view kTag = "cmlint:";
  constexpr auto kEnd = std::numeric_limits<std::uint32_t>::max();
  std::vector<Range> open;  // disable … not yet enabled
  std::uint32_t line = 1;
  std::size_t counted = 0;  // text before this offset has its newlines counted
  std::size_t pos = 0;
  while ((pos = text.find(kTag, pos)) != std::string_view::npos) {
    for (; counted < pos; ++counted)
      if (text[counted] == '\n') ++line;
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view rest = text.substr(pos + kTag.size(), eol - pos - kTag.size());
    if (!rest.empty() && rest.back() == '\r') rest.remove_suffix(1);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    std::size_t w = 0;
    while (w < rest.size() && rest[w] != ' ') ++w;
    const std::string_view verb = rest.substr(0, w);
    auto rules = rule_list(rest.substr(w));
    if (rules.empty()) rules.emplace_back();
    for (auto& r : rules) {
      if (verb == "disable-next-line") s.ranges_.push_back({r, line + 1, line + 1});
      else if (verb == "disable-line") s.ranges_.push_back({r, line, line});
      else if (verb == "disable") open.push_back({r, line, kEnd});
      else if (verb == "enable") {
        for (auto it = open.begin(); it != open.end();) {
          if (r.empty() || it->rule == r) {
            s.ranges_.push_back({it->rule, it->first, line});
            it = open.erase(it);
          } else {
            ++it;
          }
        }
      }
    }
    pos = eol;
  }
  s.ranges_.insert(s.ranges_.end(), open.begin(), open.end());
  return s;
}

bool Suppressions::suppressed(std::string_view code, std::string_view name, std::uint32_t line) const {
  for (const auto& r : ranges_)
    if (line >= r.first && line <= r.last && (r.rule.empty() || r.rule == code || r.rule == name)) return true;
  return false;
}

}  // namespace cmlint
