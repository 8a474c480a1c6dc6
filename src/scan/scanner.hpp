// One left-to-right pass of grammar/scan.hpp over the NFC text, producing
// every typed fact in document order.
#pragma once
#include <string_view>

#include "../core/doc_types.hpp"
#include "../core/facts.hpp"

namespace cmlint {

Facts scan(std::string_view nfc_text, const DocTypeTable& doc_types);

}  // namespace cmlint
