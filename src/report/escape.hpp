// Escaping shared by the machine-readable reporters.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace cmlint {

// Valid UTF-8 with every ill-formed sequence replaced by U+FFFD.
std::string valid_utf8(std::string_view s);

// Text for an XML 1.0 attribute or element: & < > " ' escaped; the C0 controls XML 1.0
// cannot carry (all but tab, newline, carriage return) and ill-formed UTF-8 become U+FFFD;
// in attributes tab, newline and carriage return are written as character references so
// that attribute-value normalisation keeps them.
std::string xml_escape(std::string_view s, bool attribute = true);

// A path as a URI reference (RFC 3986): bytes outside the unreserved set and '/' are
// percent-encoded (so Vietnamese names become %E1%BB%87…); an absolute path gets file://.
std::string path_uri(std::string_view path);

// 128 bits of FNV-1a (two seeds) as 32 hex digits: a stable fingerprint, not a security hash.
std::string hex_fingerprint(std::string_view data);

}  // namespace cmlint
