// The language a query's script names on its own, and silence whenever the script is shared or
// mixed: a hint must never name the wrong language.
#include <gtest/gtest.h>

#include "core/text/script_language.h"

namespace lingualens {
namespace {

TEST(ScriptLanguage, SingleLanguageScriptsNameTheirLanguage) {
  EXPECT_EQ(language_by_script("ಬಿಳಿ ಬೆಕ್ಕು"), "kn");         // Kannada, with its vowel signs
  EXPECT_EQ(language_by_script("Μια λευκή γάτα"), "el");  // Greek
  EXPECT_EQ(language_by_script("하얀 고양이"), "ko");     // Hangul
  EXPECT_EQ(language_by_script("白い猫"), "ja");          // kanji with kana
  EXPECT_EQ(language_by_script("ねこ"), "ja");
  EXPECT_EQ(language_by_script("แมวสีขาว"), "th");     // Thai
  EXPECT_EQ(language_by_script("חתול לבן"), "he");    // Hebrew
  EXPECT_EQ(language_by_script("ಬೆಕ್ಕು 2019!"), "kn");  // digits and punctuation
}

TEST(ScriptLanguage, SharedOrMixedScriptsNameNothing) {
  EXPECT_FALSE(language_by_script("white cat"));  // Latin: dozens of languages
  EXPECT_FALSE(language_by_script("Eisbär im Schnee"));
  EXPECT_FALSE(language_by_script("белая кошка"));     // Cyrillic: ru, uk, bg, …
  EXPECT_FALSE(language_by_script("قطة بيضاء"));       // Arabic script: ar, fa, ur
  EXPECT_FALSE(language_by_script("白猫"));            // Han alone: Chinese or Japanese
  EXPECT_FALSE(language_by_script("सफ़ेद बिल्ली"));       // Devanagari: hi, mr, ne
  EXPECT_FALSE(language_by_script("ಬೆಕ್ಕು cat photo"));  // mixed
  EXPECT_FALSE(language_by_script("2019 !?"));         // no letters
  EXPECT_FALSE(language_by_script(""));
  EXPECT_FALSE(language_by_script("\xff\xfe"));  // not UTF-8
}

}  // namespace
}  // namespace lingualens
