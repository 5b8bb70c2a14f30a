// A language code's name, from ICU's CLDR data: reports show "Kannada (kn)" where the set file
// says "kn"; the translated interface says "Kannada" in German, "カンナダ語" in Japanese.
#pragma once

#include <string>

namespace lingualens {

// "Kannada" for "kn", "Chinese (Traditional)" for "zh-Hant" (in English, or in the language
// `in_language` names: "de", "zh_CN"); the code itself when ICU has no name for it.
std::string language_name(const std::string& code, const std::string& in_language = "en");

}  // namespace lingualens
