// The number line of a document's header: "Số: 123/QĐ-UBND" (state, with a
// colon) and "Số 09-NQ/TU" (Party, without). Whether it really is the header
// (near the top, at a line start or after merged columns) is decided from
// its position, not here.
#pragma once
#include "identifiers.hpp"

namespace cmlint::grammar {

struct header_so : TAO_PEGTL_STRING("Số") {};
struct header_colon : one<':'> {};
struct header_number : seq<header_so, opt<blank>, opt<header_colon>, star<blank>, identifier> {};

}  // namespace cmlint::grammar
