#include "toml_tree.hpp"

#include <string>
#include <vector>

namespace cmlint {

toml::table build_toml(std::span<const TomlStep> steps) {
  toml::table root;
  std::vector<toml::node*> open{&root};  // nodes are heap-allocated: pointers stay valid
  for (const TomlStep& s : steps) {
    toml::node& parent = *open.back();
    const auto put = [&](auto&& value) -> toml::node* {
      if (auto* t = parent.as_table()) return &t->insert_or_assign(s.key, std::forward<decltype(value)>(value)).first->second;
      auto* a = parent.as_array();
      a->push_back(std::forward<decltype(value)>(value));
      return &a->back();
    };
    switch (s.kind) {
      case TomlStep::table: open.push_back(put(toml::table{})); break;
      case TomlStep::array: open.push_back(put(toml::array{})); break;
      case TomlStep::end: open.pop_back(); break;
      case TomlStep::string: put(std::string(s.text)); break;
      case TomlStep::integer: put(s.integer_value); break;
      case TomlStep::floating: put(s.float_value); break;
      case TomlStep::boolean: put(s.integer_value != 0); break;
    }
  }
  return root;
}

}  // namespace cmlint
