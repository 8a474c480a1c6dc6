// The document model in `cmlint facts`: records of kind "unit" (one per numbered
// unit) and "part" (title, basis, enacting word, recipients, signature, header titles).
#pragma once
#include <vector>

#include "../core/fact_records.hpp"

namespace cmlint {

void structure_records(const Document& doc, std::vector<FactRecord>& out);

}  // namespace cmlint
