#include "doc_types.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <sstream>

#include "config_error.hpp"
#include "toml_util.hpp"

namespace cmlint {

namespace {

// "Kế hoạch" -> "kế hoạch", "Đề án" -> "đề án": only the first letter.
std::string lower_first(const std::string& w) {
  std::string s = w;
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  else if (s.size() >= 2 && s[0] == '\xC4' && s[1] == '\x90') s[1] = '\x91';
  return s;
}

bool is_blank_at(const char* p, const char* e) {
  if (p >= e) return false;
  if (*p == ' ' || *p == '\t') return true;
  if (e - p >= 2 && p[0] == '\xC2' && p[1] == '\xA0') return true;
  return e - p >= 3 && p[0] == '\xE2' && p[1] == '\x80' && p[2] == '\xAF';
}

}  // namespace

void DocTypeTable::add(const toml::array& entries, const std::string& origin) {
  for (const auto& node : entries) {
    const auto* tbl = node.as_table();
    if (tbl == nullptr) throw ConfigError(where(node, origin) + ": doc-types entries must be tables");
    DocType d;
    for (const auto& [key, value] : *tbl) {
      if (key == "word") {
        auto s = value.value<std::string>();
        if (!s || s->empty()) throw ConfigError(where(value, origin) + ": 'word' must be a non-empty string");
        d.word = *s;
      } else if (key == "tokens") {
        const auto* arr = value.as_array();
        if (arr == nullptr) throw ConfigError(where(value, origin) + ": 'tokens' must be an array of strings");
        for (const auto& t : *arr) {
          auto s = t.value<std::string>();
          if (!s) throw ConfigError(where(t, origin) + ": 'tokens' must be an array of strings");
          d.tokens.push_back(*s);
        }
      } else if (key == "no-token" || key == "any") {
        auto b = value.value<bool>();
        if (!b) throw ConfigError(where(value, origin) + ": '" + std::string(key.str()) + "' must be a boolean");
        (key == "any" ? d.any : d.no_token) = *b;
      } else {
        throw ConfigError(where(value, origin) + ": unknown key '" + std::string(key.str()) +
                          "' in doc-types (expected word, tokens, no-token, any)");
      }
    }
    if (d.word.empty()) throw ConfigError(where(node, origin) + ": doc-types entry without 'word'");
    auto same = std::find_if(entries_.begin(), entries_.end(), [&](const DocType& x) { return x.word == d.word; });
    if (same != entries_.end()) *same = std::move(d);  // a user entry replaces the shipped one
    else entries_.push_back(std::move(d));
  }
  reindex();
}

void DocTypeTable::reindex() {
  forms_.clear();
  tokens_.clear();
  by_first_word_.clear();
  no_first_word_.clear();
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    forms_.push_back({entries_[i].word, i});
    const auto low = lower_first(entries_[i].word);
    if (low != entries_[i].word) forms_.push_back({low, i});
    tokens_.insert(tokens_.end(), entries_[i].tokens.begin(), entries_[i].tokens.end());
  }
  std::stable_sort(forms_.begin(), forms_.end(),
                   [](const Form& a, const Form& b) { return a.text.size() > b.text.size(); });
  first_words_.clear();
  for (std::uint32_t i = 0; i < forms_.size(); ++i) {
    const std::string& t = forms_[i].text;
    const std::string_view first = std::string_view(t).substr(0, WordSet::word_length(t.data(), t.data() + t.size()));
    forms_[i].first_word = static_cast<std::uint32_t>(first.size());
    if (first.empty()) {
      no_first_word_.push_back(i);
      continue;
    }
    first_words_.add(first);
    const auto w = static_cast<std::size_t>(first_words_.find(first));
    if (w >= by_first_word_.size()) by_first_word_.resize(w + 1);
    by_first_word_[w].push_back(i);
  }
  std::sort(tokens_.begin(), tokens_.end());
  tokens_.erase(std::unique(tokens_.begin(), tokens_.end()), tokens_.end());
}

namespace {

// Length of `form` at `b`, where each space of the form may be any run of blanks or a
// line break ("Pháp\nlệnh": PDF extraction wraps lines inside type words); 0 if absent.
// `from`: bytes of the form already known to be at `b` (its first word), compared from there on.
std::size_t match_spaced(const std::string& form, const char* b, const char* e, std::size_t from = 0) {
  const char* p = b + from;
  for (std::size_t i = from; i < form.size(); ++i) {
    if (form[i] == ' ') {
      const char* q = p;
      while (q < e && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n')) ++q;
      if (q == p) return 0;
      p = q;
    } else {
      if (p >= e || *p != form[i]) return 0;
      ++p;
    }
  }
  return static_cast<std::size_t>(p - b);
}

}  // namespace

// A form can match only where the text's word is the form's first word, or where there is no
// word if the form starts with no word character: the first word's bytes are compared as they
// are and are followed, in the form and so in the text, by a blank or another character that is
// no word character (or by the end of the form, and then a blank in the text). So trying only
// those forms, in the order of forms_, finds the same longest type word as trying them all.
std::size_t DocTypeTable::match_type_word(const char* b, const char* e) const {
  std::uint32_t h;
  const std::size_t n = WordSet::word_length(b, e, h);
  if (n == 0) return match_forms(no_first_word_, b, e);
  const int w = first_words_.find(std::string_view(b, n), h);
  return w < 0 ? 0 : match_forms(by_first_word_[static_cast<std::size_t>(w)], b, e);
}

std::size_t DocTypeTable::match_type_word(const char* b, const char* e, std::size_t first_word) const {
  return match_forms(by_first_word_[first_word], b, e);
}

std::size_t DocTypeTable::match_forms(const std::vector<std::uint32_t>& forms, const char* b, const char* e) const {
  for (auto i : forms) {
    const std::size_t n = match_spaced(forms_[i].text, b, e, forms_[i].first_word);
    if (n > 0 && is_blank_at(b + n, e)) return n;
  }
  return 0;
}

std::string DocTypeTable::canonical(std::string_view written) {
  std::string s;
  bool blank = false;
  for (char c : written) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      blank = true;
      continue;
    }
    if (blank && !s.empty()) s += ' ';
    blank = false;
    s += c;
  }
  return s;
}

const DocType* DocTypeTable::find(std::string_view written) const {
  const std::string word = canonical(written);
  for (const auto& f : forms_)
    if (f.text == word) return &entries_[f.entry];
  return nullptr;
}

bool DocTypeTable::is_type_token(std::string_view token) const {
  return std::binary_search(tokens_.begin(), tokens_.end(), token);
}

}  // namespace cmlint
