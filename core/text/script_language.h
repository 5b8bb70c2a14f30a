// The language a text's script names on its own: Kannada script is Kannada, Greek is Greek,
// Hangul Korean, kana Japanese. Latin, Cyrillic, Arabic, Han or Devanagari text is written in
// many languages, so it names none; nor does text that mixes scripts. Used for quiet hints
// ("this language did poorly in your last evaluation"), where no hint beats a wrong one.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lingualens {

// A BCP-47 code, or nothing when unsure: at least 90 % of the letters (characters of a real
// script: digits, punctuation and combining marks do not count) in one single-language script.
std::optional<std::string> language_by_script(std::string_view utf8);

}  // namespace lingualens
