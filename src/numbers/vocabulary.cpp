#include "vocabulary.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/config_error.hpp"
#include "textutil.hpp"

namespace cmlint::numbers {
namespace {

std::string capitalised(std::string_view w) {
  std::string s(w);
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  else if (s.size() >= 2 && s[0] == '\xC4' && s[1] == '\x91') s[1] = '\x90';  // đ -> Đ
  return s;
}

void strings(const toml::node* n, std::string_view key, std::string_view origin, vocab role,
             std::vector<Vocabulary::Word>& out, int payload = 0) {
  if (n == nullptr) return;
  const auto* arr = n->as_array();
  if (arr == nullptr) throw ConfigError(std::string(origin) + ": '" + std::string(key) + "' must be an array of strings");
  for (const auto& e : *arr) {
    const auto* s = e.as_string();
    if (s == nullptr || s->get().empty())
      throw ConfigError(std::string(origin) + ": '" + std::string(key) + "' must hold non-empty strings");
    out.push_back({role, s->get(), payload});
  }
}

}  // namespace

void Vocabulary::add(vocab role, std::string_view word, int payload) {
  auto& f = forms_[static_cast<std::size_t>(role)];
  f.push_back({std::string(word), payload});
  auto cap = capitalised(word);
  if (cap != word) f.push_back({std::move(cap), payload});
}

Vocabulary::Vocabulary(std::span<const Word> words, std::span<const UnitKind> kinds) {
  for (const auto& k : kinds) {
    kind_names_.emplace_back(k.name);
    measure_.push_back(k.measure);
  }
  for (const auto& w : words) {
    if (w.role == vocab::scale && (w.payload < -127 || w.payload > 127))  // numbers::Quantity::scale is 8 bits
      throw ConfigError("numbers table: a scale word's power of ten must be within ±127");
    if (w.role != vocab::unit) {
      add(w.role, w.text, w.payload);
      continue;
    }
    const int id = static_cast<int>(unit_kind_.size());
    unit_kind_.push_back(w.payload);
    add(vocab::unit, w.text, id);
  }
  // numbers::Quantity keeps a unit id in 16 bits and a kind in 8.
  if (unit_kind_.size() > 32767 || kind_names_.size() > 127)
    throw ConfigError("numbers table: at most 32767 unit words and 127 kinds");
  for (std::size_t r = 0; r < kRoles; ++r) {
    auto& f = forms_[r];
    {  // Longest first, in table order among equal lengths: a stable counting sort by length.
      std::size_t longest = 0;
      for (const Form& form : f) longest = std::max(longest, form.text.size());
      std::vector<std::uint32_t> at(longest + 2, 0);  // at[longest − len + 1]: forms longer than len
      for (const Form& form : f) ++at[longest - form.text.size() + 1];
      for (std::size_t k = 1; k < at.size(); ++k) at[k] += at[k - 1];
      std::vector<Form> sorted(f.size());
      for (Form& form : f) {
        const std::uint32_t to = at[longest - form.text.size()]++;
        sorted[to] = std::move(form);
      }
      f = std::move(sorted);
    }
    // Group the entries by first byte (a counting sort, stable: longest first within a byte), each group
    // padded to a multiple of 4 with entries whose 4-byte test passes only for 4 zero bytes (never at a
    // non-zero first byte) and whose size is longer than any input.
    std::array<std::uint32_t, 256> count{}, next{};
    for (const Form& form : f) ++count[static_cast<unsigned char>(form.text[0])];
    std::uint32_t size = 0;
    for (std::size_t byte = 0; byte < 256; ++byte) {
      next[byte] = size;
      size += (count[byte] + 3) / 4 * 4;
      by_byte_[r][byte] = {next[byte], size};
    }
    auto& entries = entries_[r];
    entries.assign(size, {0, ~std::uint64_t{0}, UINT32_MAX, 0});
    sizes_[r].fill(0);
    unblanked_[r] = true;
    for (std::uint32_t i = 0; i < f.size(); ++i) {
      const std::string& t = f[i].text;
      const auto byte = static_cast<unsigned char>(t[0]);
      Entry& x = entries[next[byte]++];
      x = Entry{};
      const std::size_t n = std::min<std::size_t>(t.size(), 8);
      std::memcpy(&x.head, t.data(), n);
      std::memset(&x.mask, 0xFF, n);
      x.size = static_cast<std::uint32_t>(t.size());
      x.form = i;
      sizes_[r][byte] |= std::uint64_t{1} << std::min<std::size_t>(t.size(), 63);
      const auto z = static_cast<unsigned char>(t.back());
      if (t.size() == 1) {
        tail1_[r][z >> 6] |= std::uint64_t{1} << (z & 63);
      } else {
        const std::size_t key = tail_key(static_cast<unsigned char>(t[t.size() - 2]), z);
        tail2_[r][key >> 6] |= std::uint64_t{1} << (key & 63);
      }
      if (skip_blanks_back(t, t.size()) < t.size()) unblanked_[r] = false;
    }
    head4_[r].resize(entries.size());
    mask4_[r].resize(entries.size());
    for (std::size_t k = 0; k < entries.size(); ++k) {
      std::memcpy(&head4_[r][k], &entries[k].head, 4);  // the first 4 bytes in memory order
      std::memcpy(&mask4_[r][k], &entries[k].mask, 4);
    }
    // is_form: a hash table at least 4 times the forms, a power of two.
    std::size_t slots = 16;
    while (slots < 4 * f.size()) slots *= 2;
    exact_[r].assign(slots, 0);
    for (std::uint32_t i = 0; i < f.size(); ++i) {
      std::size_t slot = hash(f[i].text) & (slots - 1);
      while (exact_[r][slot] != 0) slot = (slot + 1) & (slots - 1);
      exact_[r][slot] = i + 1;
    }
  }
}

Vocabulary::Source Vocabulary::read(const toml::table& root, std::string_view origin) {
  Source src;
  const std::pair<std::string_view, vocab> lists[] = {
      {"hedges", vocab::hedge},           {"labels", vocab::label},       {"stop-words", vocab::stop},
      {"complete-markers", vocab::complete}, {"negations", vocab::negation}, {"partial-markers", vocab::partial},
      {"targets", vocab::target},         {"overlaps", vocab::overlap},
  };
  for (const auto& [key, role] : lists) strings(root.get(key), key, origin, role, src.words);
  if (const auto* arr = root["scales"].as_array()) {
    for (const auto& e : *arr) {
      const auto* t = e.as_table();
      const auto* w = t ? (*t)["word"].as_string() : nullptr;
      auto x = t ? (*t)["exponent"].value<std::int64_t>() : std::nullopt;
      if (!w || !x) throw ConfigError(std::string(origin) + ": 'scales' entries need word and exponent");
      src.words.push_back({vocab::scale, w->get(), static_cast<int>(*x)});
    }
  }
  if (const auto* arr = root["units"].as_array()) {
    for (const auto& e : *arr) {
      const auto* t = e.as_table();
      const auto* kind = t ? (*t)["kind"].as_string() : nullptr;
      if (!kind) throw ConfigError(std::string(origin) + ": 'units' entries need a kind");
      const int k = static_cast<int>(src.kinds.size());
      src.kinds.push_back({kind->get(), (*t)["measure"].value_or(false)});
      strings(t->get("words"), "words", origin, vocab::unit, src.words, k);
    }
  }
  return src;
}

Vocabulary Vocabulary::parse(std::string_view text, std::string_view origin) {
  toml::table root;
  try {
    root = toml::parse(text, origin);
  } catch (const toml::parse_error& e) {
    throw ConfigError(std::string(origin) + ": " + std::string(e.description()));
  }
  const Source src = read(root, origin);
  return Vocabulary(src.words, src.kinds);
}

std::uint64_t Vocabulary::hash(std::string_view w) {
  std::uint64_t h = w.size() * 0x9E3779B97F4A7C15ULL;
  if (w.size() >= 8) {  // the first 8 and the last 8 bytes (they may overlap)
    std::uint64_t a = 0, z = 0;
    std::memcpy(&a, w.data(), 8);
    std::memcpy(&z, w.data() + w.size() - 8, 8);
    h ^= a * 0xFF51AFD7ED558CCDULL ^ z * 0xC4CEB9FE1A85EC53ULL;
  } else {
    for (const char c : w) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ULL;
  }
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ULL;
  return h ^ (h >> 32);
}

bool Vocabulary::in_table(vocab role, std::string_view w) const {
  const auto r = static_cast<std::size_t>(role);
  const auto& table = exact_[r];
  const std::size_t mask = table.size() - 1;
  for (std::size_t slot = hash(w) & mask; table[slot] != 0; slot = (slot + 1) & mask)
    if (forms_[r][table[slot] - 1].text == w) return true;
  return false;
}

std::size_t Vocabulary::match(vocab role, const char* b, const char* e, int* payload) const {
  if (b >= e) return 0;
  const auto r = static_cast<std::size_t>(role);
  const auto [first, last] = by_byte_[r][static_cast<unsigned char>(*b)];
  if (first == last) return 0;
  const std::size_t avail = static_cast<std::size_t>(e - b);
  std::uint64_t head = 0;  // the input's first bytes, as Entry::head holds a form's
  if (avail >= 8) std::memcpy(&head, b, 8);  // one load
  else std::memcpy(&head, b, avail);
  std::uint32_t head4 = 0;  // its first 4, as head4_ holds them
  std::memcpy(&head4, &head, 4);
  const Entry* entries = entries_[r].data();
  const std::uint32_t* heads = head4_[r].data();
  const std::uint32_t* masks = mask4_[r].data();
  // Entry k, whose first 4 bytes match: the whole form, then a whole word only.
  const auto matches = [&](std::uint32_t k) {
    const Entry& x = entries[k];
    if ((head & x.mask) != x.head || x.size > avail) return false;
    if (x.size > 8 && std::memcmp(b + 8, forms_[r][x.form].text.data() + 8, x.size - 8) != 0) return false;
    return !word_char_at(std::string_view(b, avail), x.size);
  };
  // The entries in order (longest first): the first that matches.
  for (std::uint32_t k = first; k < last; k += 4) {
#if defined(__SSE2__)
    const __m128i eq = _mm_cmpeq_epi32(
        _mm_and_si128(_mm_set1_epi32(static_cast<int>(head4)), _mm_loadu_si128(reinterpret_cast<const __m128i*>(masks + k))),
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(heads + k)));
    auto bits = static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(eq)));
#else
    unsigned bits = 0;
    for (unsigned j = 0; j < 4; ++j) bits |= ((head4 & masks[k + j]) == heads[k + j] ? 1u : 0u) << j;
#endif
    for (; bits != 0; bits &= bits - 1) {
      const std::uint32_t i = k + static_cast<std::uint32_t>(std::countr_zero(bits));
      if (!matches(i)) continue;
      if (payload != nullptr) *payload = forms_[r][entries[i].form].payload;
      return entries[i].size;
    }
  }
  return 0;
}

}  // namespace cmlint::numbers
