// The language of a short text (a search query), for quiet hints: first the script when it
// names one language on its own (script_language.h), else CLD2's guess from the words, taken
// only when CLD2 calls it reliable and gives it nearly all of the text. Nothing when unsure:
// for hints, no hint beats a wrong one.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lingualens {

// A BCP-47 code ("sv", "de", "zh-Hant"), or nothing.
std::optional<std::string> guess_language(std::string_view utf8);

}  // namespace lingualens
