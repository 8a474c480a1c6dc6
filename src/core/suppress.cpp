#include "suppress.hpp"

#include <cstring>

#include <fmt/format.h>

#include <algorithm>
#include <limits>

#include "../rules/rule.hpp"

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

bool names(std::string_view rule, std::string_view code, std::string_view name) {
  return rule.empty() || rule == code || rule == name;
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
  // Most texts hold no directive at all: look for the tag's ':' (rare in prose, unlike its
  // letters) with memchr and compare the six bytes before it, instead of a memmem that hashes
  // every byte of the text.
  const auto find_tag = [&](std::size_t from) -> std::size_t {
    const char* const b = text.data();
    const char* const e = b + text.size();
    if (text.size() < kTag.size() || from > text.size() - kTag.size()) return std::string_view::npos;
    for (const char* q = b + from + kTag.size() - 1; (q = static_cast<const char*>(std::memchr(q, ':', e - q))); ++q)
      if (std::memcmp(q - (kTag.size() - 1), kTag.data(), kTag.size() - 1) == 0)
        return static_cast<std::size_t>(q - (kTag.size() - 1) - b);
    return std::string_view::npos;
  };
  while ((pos = find_tag(pos)) != std::string_view::npos) {
    for (; counted < pos; ++counted)
      if (text[counted] == '\n') ++line;
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view rest = text.substr(pos + kTag.size(), eol - pos - kTag.size());
    if (!rest.empty() && rest.back() == '\r') rest.remove_suffix(1);
    const std::size_t end = pos + kTag.size() + rest.size();
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    std::size_t w = 0;
    while (w < rest.size() && rest[w] != ' ') ++w;
    const std::string_view verb = rest.substr(0, w);
    if (verb != "disable-next-line" && verb != "disable-line" && verb != "disable" && verb != "enable" &&
        verb != "disable-file") {
      pos = eol;
      continue;
    }
    const std::size_t d = s.directives_.size();
    s.directives_.push_back({{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end)}, line, std::string(verb)});
    auto rules = rule_list(rest.substr(w));
    for (const auto& r : rules)
      if (find_rule(r) == nullptr) s.notes_.push_back({d, r, Note::unknown});
    if (rules.empty()) {
      if (verb != "enable") s.notes_.push_back({d, "", Note::bare});
      rules.emplace_back();
    }
    for (auto& r : rules) {
      if (!r.empty() && find_rule(r) == nullptr) continue;
      if (verb == "disable-next-line") s.ranges_.push_back({r, line + 1, line + 1, d});
      else if (verb == "disable-line") s.ranges_.push_back({r, line, line, d});
      else if (verb == "disable-file") s.ranges_.push_back({r, 1, kEnd, d});
      else if (verb == "disable") open.push_back({r, line, kEnd, d});
      else {  // enable: closes the open disables it names (with no rule: all of them)
        bool closed = false;
        for (auto it = open.begin(); it != open.end();) {
          const Rule* named = r.empty() ? nullptr : find_rule(r);
          const Rule* opened = it->rule.empty() ? nullptr : find_rule(it->rule);
          if (r.empty() || it->rule == r || (named != nullptr && named == opened)) {
            s.ranges_.push_back({it->rule, it->first, line, it->directive});
            it = open.erase(it);
            closed = true;
          } else {
            ++it;
          }
        }
        if (!closed) s.notes_.push_back({d, r, Note::unmatched_enable});
      }
    }
    pos = eol;
  }
  s.ranges_.insert(s.ranges_.end(), open.begin(), open.end());
  return s;
}

bool Suppressions::suppressed(std::string_view code, std::string_view name, std::uint32_t line, bool named_only) const {
  for (const auto& r : ranges_)
    if (line >= r.first && line <= r.last && names(r.rule, code, name) && !(named_only && r.rule.empty())) return true;
  return false;
}

bool Suppressions::suppress(std::string_view code, std::string_view name, std::uint32_t line) {
  bool hit = false;
  for (auto& r : ranges_)
    if (line >= r.first && line <= r.last && names(r.rule, code, name)) hit = r.used = true;
  return hit;
}

std::vector<SuppressionProblem> Suppressions::problems(Lang lang) const {
  const bool vi = lang == Lang::vi;
  std::vector<SuppressionProblem> out;
  const auto add = [&](std::size_t d, std::string msg) {
    out.push_back({directives_[d].span, directives_[d].line, std::move(msg)});
  };
  for (const auto& n : notes_) {
    const std::string& verb = directives_[n.directive].verb;
    if (n.kind == Note::bare)
      add(n.directive, vi ? fmt::format("“cmlint: {}” không nêu quy tắc nào nên bỏ qua mọi quy tắc: hãy ghi mã hoặc tên "
                                        "quy tắc cần bỏ qua",
                                        verb)
                          : fmt::format("“cmlint: {}” names no rule, so it suppresses every rule: name the rules (code "
                                        "or name) it is meant for",
                                        verb));
    else if (n.kind == Note::unknown)
      add(n.directive, vi ? fmt::format("Quy tắc “{}” không tồn tại (xem cmlint --list-rules)", n.rule)
                          : fmt::format("Unknown rule “{}” (see cmlint --list-rules)", n.rule));
    else
      add(n.directive,
          vi ? fmt::format("“cmlint: enable{}” không khớp với “cmlint: disable” nào đang mở", n.rule.empty() ? "" : " " + n.rule)
             : fmt::format("“cmlint: enable{}” matches no open “cmlint: disable”", n.rule.empty() ? "" : " " + n.rule));
  }
  for (const auto& r : ranges_) {
    if (r.used || r.rule.empty()) continue;  // a bare directive is reported as such
    const Rule* rule = find_rule(r.rule);
    if (rule != nullptr && rule->info().code == "CM002") continue;  // suppressing this rule's own findings
    add(r.directive, vi ? fmt::format("Chỉ thị bỏ qua “{}” không bỏ qua phát hiện nào", r.rule)
                        : fmt::format("Suppression of “{}” suppresses nothing", r.rule));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const SuppressionProblem& a, const SuppressionProblem& b) { return a.span.begin < b.span.begin; });
  return out;
}

}  // namespace cmlint
