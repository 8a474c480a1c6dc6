// The vocabulary of the numeric rules (rules/numbers.toml): the words around a
// number that say what it counts, how exact it is and how it relates to the
// numbers near it, by role (grammar/quantities.hpp).
#pragma once
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "../../grammar/quantities.hpp"

namespace toml {
inline namespace v3 {
class table;
}
}  // namespace toml

namespace cmlint::numbers {

using grammar::vocab;

class Vocabulary {
 public:
  // What a numbers.toml lists, in file order: each word with its role and value (a scale
  // word's power of ten; a unit noun's kind, an index into the kinds), and the unit kinds.
  struct Word {
    vocab role;
    std::string_view text;
    int payload;
  };
  struct UnitKind {
    std::string_view name;
    bool measure;
  };
  struct Source {  // views into the TOML table it was read from
    std::vector<Word> words;
    std::vector<UnitKind> kinds;
  };

  // The table shipped in rules/numbers.toml, compiled in (src/core/builtin_tables.cpp).
  static const Vocabulary& builtin();
  // Parses a table in the numbers.toml shape; throws ConfigError naming `origin`.
  static Vocabulary parse(std::string_view toml_text, std::string_view origin);
  // Reads a parsed table in the numbers.toml shape; throws ConfigError naming `origin`.
  static Source read(const toml::table& root, std::string_view origin);

  Vocabulary(std::span<const Word> words, std::span<const UnitKind> kinds);

  // Length of the longest whole word of `role` at b (first letter in either case), or 0;
  // *payload receives the word's value (scale exponent, unit id).
  std::size_t match(vocab role, const char* b, const char* e, int* payload = nullptr) const;

  // True when `w` is exactly a form of `role` (as match() accepts it: either case of its first letter).
  bool is_form(vocab role, std::string_view w) const {
    // Most words are rejected by their first byte and their size without hashing them.
    if (w.empty()) return false;
    const std::uint64_t sizes = sizes_[static_cast<std::size_t>(role)][static_cast<unsigned char>(w[0])];
    if ((sizes >> (w.size() < 63 ? w.size() : 63) & 1) == 0) return false;
    return in_table(role, w);
  }
  // False when no form of `role` can end right before s[at]: no form is s[x, at) for any x. Tests the
  // last byte and the last two (a hashed bit table), so that most words are ruled out before they are
  // even delimited.
  bool may_end_at(vocab role, std::string_view s, std::size_t at) const {
    const auto r = static_cast<std::size_t>(role);
    if (at == 0 || at > s.size()) return false;
    const auto last = static_cast<unsigned char>(s[at - 1]);
    if ((tail1_[r][last >> 6] >> (last & 63)) & 1) return true;
    if (at < 2) return false;
    const std::size_t key = tail_key(static_cast<unsigned char>(s[at - 2]), last);
    return (tail2_[r][key >> 6] >> (key & 63)) & 1;
  }
  // True when no form of `role` ends with a blank (what grammar::sp matches). Then a parse of
  // "form of `role`, blanks" over text[s, at) succeeds exactly when the bytes from s to the last
  // non-blank before `at` are a form: the longest whole-word form at s cannot reach into the blanks
  // (forms are valid UTF-8, as toml++ checks, so one that did would end with a blank).
  bool unblanked(vocab role) const { return unblanked_[static_cast<std::size_t>(role)]; }

  int unit_kind(int unit_id) const { return unit_kind_[static_cast<std::size_t>(unit_id)]; }
  bool kind_is_measure(int kind) const { return measure_[static_cast<std::size_t>(kind)]; }
  const std::string& kind_name(int kind) const { return kind_names_[static_cast<std::size_t>(kind)]; }

 private:
  struct Form {
    std::string text;
    int payload;
  };
  // A form as match() tries it: its first bytes (up to 8) as one word, so that most forms are
  // rejected with one AND and one compare, without a call to memcmp.
  struct Entry {
    std::uint64_t head = 0;  // the form's first min(size, 8) bytes, loaded as match() loads the input
    std::uint64_t mask = 0;  // the bytes of head that are the form's
    std::uint32_t size = 0;  // the form's length in bytes
    std::uint32_t form = 0;  // index into forms_[role]
  };
  void add(vocab role, std::string_view word, int payload);
  bool in_table(vocab role, std::string_view w) const;
  static std::uint64_t hash(std::string_view w);

  static constexpr std::size_t kRoles = static_cast<std::size_t>(vocab::unit) + 1;
  std::array<std::vector<Form>, kRoles> forms_;  // per role, longest first
  // Per role, the entries grouped by first byte, longest first within a byte (the order of forms_);
  // by_byte_[role][byte] is the range [first, second) of entries_[role] starting with that byte.
  // Each group is padded to a multiple of 4 entries with entries that never match, and head4_/mask4_
  // hold the first 4 bytes of each entry's head and mask, so that match() tests 4 entries at once.
  std::array<std::vector<Entry>, kRoles> entries_;
  std::array<std::array<std::pair<std::uint32_t, std::uint32_t>, 256>, kRoles> by_byte_{};
  std::array<std::vector<std::uint32_t>, kRoles> head4_, mask4_;
  // is_form: per role, sizes_[role][byte] bit n when a form starts with byte and is n bytes long (bit 63:
  // 63 or more), and an open-addressing hash table of the forms (index + 1 into forms_, 0: empty).
  std::array<std::array<std::uint64_t, 256>, kRoles> sizes_{};
  // may_end_at: per role, the last bytes of the forms of one byte (256 bits), and the hashed last two
  // bytes of the longer forms (4096 bits).
  static std::size_t tail_key(unsigned char before_last, unsigned char last) {
    return ((std::size_t{before_last} << 5) ^ last) & 4095;
  }
  std::array<std::array<std::uint64_t, 4>, kRoles> tail1_{};
  std::array<std::array<std::uint64_t, 64>, kRoles> tail2_{};
  std::array<std::vector<std::uint32_t>, kRoles> exact_;
  std::array<bool, kRoles> unblanked_{};
  std::vector<int> unit_kind_;
  std::vector<bool> measure_;
  std::vector<std::string> kind_names_;
};

}  // namespace cmlint::numbers
