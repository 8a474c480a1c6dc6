// What `cmlint facts` shows: every fact found and every check made on it,
// as flat records with resolved positions.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "diagnostic.hpp"

namespace cmlint {

struct Document;

using FieldValue = std::variant<std::int64_t, std::string, bool>;

struct FactRecord {
  std::string kind;  // "citation", "identifier", "date", "range", "ordinal", "weekday", "header", "ratio", "percent", "check"
  std::string text;
  Span span;         // NFC offsets until resolved
  std::uint32_t offset = 0, line = 0, column = 0;
  std::vector<std::pair<std::string, FieldValue>> fields;
};

// Records of the document's facts and of `checks`, unsorted and unresolved.
std::vector<FactRecord> fact_records(const Document& doc, const std::vector<CheckRecord>& checks);

}  // namespace cmlint
