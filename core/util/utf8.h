// UTF-8 <-> code points. Invalid input is an error, never silently replaced: a photo
// caption that arrives as broken bytes should say so instead of searching for something else.
#pragma once

#include <string>
#include <string_view>

namespace lingualens {

// Throws Error(kInvalidArgument) naming the byte offset of the first invalid sequence.
std::u32string utf8_decode(std::string_view text);
void utf8_append(std::string& out, char32_t cp);
std::string utf8_encode(std::u32string_view text);

}  // namespace lingualens
