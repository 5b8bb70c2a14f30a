// A query's language from its words (CLD2) when its script is shared, and silence whenever
// CLD2's guess is short of evidence or known to be confused with a close relative: a hint must
// never name the wrong language. Outputs are those of Debian 12's CLD2 (its 2015 tables).
#include <gtest/gtest.h>

#include "core/text/language_guess.h"
#include "core/text/language_name.h"

namespace lingualens {
namespace {

TEST(LanguageGuess, ScriptsThatNameOneLanguageComeFirst) {
  EXPECT_EQ(guess_language("ಒಂದು ಹಸಿರು ಸೇಬು"), "kn");
  EXPECT_EQ(guess_language("Μια λευκή γάτα"), "el");
}

TEST(LanguageGuess, SentencesInLatinScriptAreRecognised) {
  EXPECT_EQ(guess_language("red apple on a table"), "en");
  EXPECT_EQ(guess_language("zwei Hunde spielen im Park"), "de");
  EXPECT_EQ(guess_language("un chat noir sur le canapé"), "fr");
  EXPECT_EQ(guess_language("due cani che giocano nel parco"), "it");
  EXPECT_EQ(guess_language("kaksi koiraa leikkii puistossa"), "fi");
  EXPECT_EQ(guess_language("dwa psy bawią się w parku"), "pl");
}

TEST(LanguageGuess, ShortOrConfusableQueriesNameNothing) {
  // Each of these CLD2 calls reliable, and names the wrong language (no, bg, sr).
  EXPECT_FALSE(guess_language("röd äpple på ett bord"));
  EXPECT_FALSE(guess_language("белая кошка на диване"));
  EXPECT_FALSE(guess_language("білий кіт на дивані"));
  // Too few letters to tell.
  EXPECT_FALSE(guess_language("beach"));
  EXPECT_FALSE(guess_language("Eisbär im Schnee"));
  EXPECT_FALSE(guess_language("2019"));
  EXPECT_FALSE(guess_language(""));
  EXPECT_FALSE(guess_language("red apple \xff on a table"));  // not UTF-8
}

TEST(LanguageName, ComesFromIcu) {
  EXPECT_EQ(language_name("kn"), "Kannada");
  EXPECT_EQ(language_name("sv"), "Swedish");
  EXPECT_EQ(language_name("zh-Hant"), "Chinese (Traditional)");
  EXPECT_EQ(language_name("qqq"), "qqq");  // no name: the code itself
}

}  // namespace
}  // namespace lingualens
