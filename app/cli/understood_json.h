// The JSON form of what a query says about when and where, shared by `understand` and
// `search --json` ("understood"): {"text", "after", "before", "country", "place", ...}.
#pragma once

#include <nlohmann/json.hpp>

#include "core/query/understand_query.h"

namespace lingualens::cli {

nlohmann::json understood_json(const UnderstoodQuery& u);

}  // namespace lingualens::cli
