// A language code's English name, from ICU's CLDR data: reports show "Kannada (kn)" where
// the set file says "kn".
#pragma once

#include <string>

namespace lingualens {

// "Kannada" for "kn", "Chinese (Traditional)" for "zh-Hant"; the code itself when ICU has no
// name for it.
std::string language_name(const std::string& code);

}  // namespace lingualens
