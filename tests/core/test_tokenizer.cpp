// BertTokenizer against the reference ids of Hugging Face's Python BertTokenizer for every
// case in tests/data/texts-public.jsonl (33 languages + edge cases), plus unit cases.
#include <gtest/gtest.h>

#include "core/error.h"
#include "core/text/tokenizer.h"
#include "tests/test_util.h"

namespace lingualens {
namespace {

const BertTokenizer& mbert() {
  static const BertTokenizer tok = BertTokenizer::from_model_dir(test::data("mbert-tiny"));
  return tok;
}

TEST(Tokenizer, MatchesReferenceIdsForEveryPublicCase) {
  const auto cases = test::read_jsonl(test::data("texts-public.jsonl"));
  ASSERT_GE(cases.size(), 140u);
  for (const auto& c : cases) {
    const auto got = mbert().encode(c["text"].get<std::string>());
    const auto want = c["ids"].get<std::vector<int32_t>>();
    EXPECT_EQ(got.ids, want) << c["id"];
    EXPECT_EQ(got.truncated, c["truncated"].get<bool>()) << c["id"];
  }
}

TEST(Tokenizer, ReadsTheModelsConfiguration) {
  const auto& o = mbert().options();
  EXPECT_FALSE(o.lower_case);
  EXPECT_TRUE(o.tokenize_chinese_chars);
  EXPECT_FALSE(o.strip_accents.has_value());
  EXPECT_EQ(o.max_length, 512);
  EXPECT_EQ(mbert().vocab().size(), 119547u);
}

TEST(Tokenizer, TruncatesTo510WordPiecesPlusSpecials) {
  std::string text;
  for (int k = 0; k < 700; ++k) text += "apple ";
  const auto t = mbert().encode(text);
  EXPECT_TRUE(t.truncated);
  EXPECT_EQ(t.ids.size(), 512u);
  EXPECT_EQ(t.word_pieces, 1400u);  // "app" "##le"
  EXPECT_EQ(mbert().vocab().token(t.ids.back()), "[SEP]");
}

TEST(Tokenizer, RejectsInvalidUtf8) {
  try {
    mbert().encode("caf\xc3");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kInvalidArgument);
  }
}

BertTokenizer tiny(TokenizerOptions o = {}) {
  return BertTokenizer(Vocab::from_tokens({"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "un",
                                           "##aff", "##able", "aff", "!", "##a", "a", "ä"}),
                       o);
}

TEST(Tokenizer, GreedyLongestMatchFirst) {
  EXPECT_EQ(tiny().tokenize("unaffable!"),
            (std::vector<std::string>{"un", "##aff", "##able", "!"}));
  // An unmatchable rest makes the whole word one [UNK], not a partial split.
  EXPECT_EQ(tiny().tokenize("unaffablez aff"), (std::vector<std::string>{"[UNK]", "aff"}));
}

TEST(Tokenizer, WordsOverTheCharacterLimitBecomeUnk) {
  const std::string a100(100, 'a'), a101(101, 'a');
  EXPECT_EQ(tiny().tokenize(a100).size(), 100u);  // a ##a ##a ...
  EXPECT_EQ(tiny().tokenize(a101), (std::vector<std::string>{"[UNK]"}));
}

TEST(Tokenizer, LowerCaseAndAccentStrippingWhenConfigured) {
  TokenizerOptions o;
  o.lower_case = true;  // strip_accents unset: follows lower_case, as in the reference
  EXPECT_EQ(tiny(o).tokenize("UNAFFABLE Ä"), (std::vector<std::string>{"un", "##aff", "##able", "a"}));
  o.strip_accents = false;
  EXPECT_EQ(tiny(o).tokenize("Ä"), (std::vector<std::string>{"ä"}));
}

TEST(Tokenizer, SpecialTokensInTextStayWhole) {
  EXPECT_EQ(tiny().tokenize("a[MASK]aff"), (std::vector<std::string>{"a", "[MASK]", "aff"}));
}

TEST(Tokenizer, MissingSpecialTokenInVocabIsAnError) {
  try {
    BertTokenizer(Vocab::from_tokens({"[PAD]", "[CLS]", "[SEP]"}), {});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kMismatch);
    EXPECT_NE(std::string(e.what()).find("[UNK]"), std::string::npos);
  }
}

TEST(Tokenizer, MissingVocabNamesTheFile) {
  const auto dir = std::filesystem::temp_directory_path() / "lingualens_tests" / "no_vocab";
  std::filesystem::create_directories(dir);
  try {
    BertTokenizer::from_model_dir(dir);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kNotFound);
    EXPECT_NE(std::string(e.what()).find("vocab.txt"), std::string::npos);
  }
}

}  // namespace
}  // namespace lingualens
