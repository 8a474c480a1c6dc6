// One left-to-right pass of grammar/scan.hpp over the NFC text, producing
// every typed fact in document order.
#pragma once
#include <string_view>

#include "../core/doc_types.hpp"
#include "../core/facts.hpp"

namespace cmlint {

Facts scan(std::string_view nfc_text, const DocTypeTable& doc_types);

// The same scan trying the whole fact grammar wherever the gate lets a word through, not only
// the alternatives that word can start: the reference tests/scan_shortcut_test.cpp compares
// scan() with.
Facts scan_every_fact(std::string_view nfc_text, const DocTypeTable& doc_types);

}  // namespace cmlint
