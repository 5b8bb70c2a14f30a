// The translation-evaluation engine on embeddings whose answers are known, set files, and
// the report files.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "core/error.h"
#include "core/eval/eval_set.h"
#include "core/eval/evaluation.h"
#include "core/eval/retrieval_overlap.h"
#include "core/eval/token_diagnostics.h"
#include "core/text/tokenizer.h"
#include "core/text/vocab.h"
#include "tests/test_util.h"

namespace lingualens {
namespace {

Embedding unit(int i, int dim = 6) {
  Embedding e(static_cast<size_t>(dim), 0.f);
  e[static_cast<size_t>(i)] = 1.f;
  return e;
}

EvalSet four_items() {
  EvalSet set;
  set.name = "test";
  for (int i = 0; i < 4; ++i) {
    EvalItem it;
    it.image = "/img" + std::to_string(i) + ".jpg";
    it.captions["en"] = "caption " + std::to_string(i);
    if (i != 3) it.captions["sv"] = "bildtext " + std::to_string(i);  // one missing
    set.items.push_back(it);
  }
  return set;
}

TEST(Evaluation, PerfectAndSwappedTranslations) {
  const EvalSet set = four_items();
  std::vector<Embedding> images = {unit(0), unit(1), unit(2), unit(3)};
  std::map<std::string, std::map<int, Embedding>> texts;
  for (int i = 0; i < 4; ++i) texts["en"][i] = unit(i);
  texts["sv"][0] = unit(1);  // captions of items 0 and 1 swapped
  texts["sv"][1] = unit(0);
  texts["sv"][2] = unit(2);
  const auto r = evaluate(set, images, texts, {"en", "sv"});
  ASSERT_EQ(r.languages.size(), 2u);
  const auto& en = r.languages[0];
  EXPECT_DOUBLE_EQ(en.accuracy, 1.0);
  EXPECT_DOUBLE_EQ(en.recall_t2i.at(1), 1.0);
  EXPECT_DOUBLE_EQ(en.recall_i2t.at(1), 1.0);
  EXPECT_GT(en.softmax[2][2], 99.99f);  // softmax(100 · cos): cos 1 vs 0
  EXPECT_FALSE(en.mean_cosine_to_reference);
  const auto& sv = r.languages[1];
  EXPECT_EQ(sv.caption_items, (std::vector<int>{0, 1, 2}));
  EXPECT_EQ(sv.cosine.size(), 4u);     // every image
  EXPECT_EQ(sv.cosine[0].size(), 3u);  // three captions
  EXPECT_NEAR(sv.accuracy, 1.0 / 3, 1e-12);
  EXPECT_NEAR(sv.recall_t2i.at(1), 1.0 / 3, 1e-12);
  EXPECT_DOUBLE_EQ(sv.recall_t2i.at(5), 1.0);
  EXPECT_NEAR(*sv.mean_cosine_to_reference, 1.0 / 3, 1e-6);  // only item 2 agrees
  float row = 0;
  for (float p : sv.softmax[3]) row += p;
  EXPECT_NEAR(row, 100.f, 1e-3);
  EXPECT_EQ(r.summary, (std::vector<std::string>{"en", "sv"}));
}

TEST(Evaluation, DifferentEmbeddingSizesAreRefused) {
  const EvalSet set = four_items();
  std::vector<Embedding> images = {unit(0), unit(1), unit(2), unit(3)};
  std::map<std::string, std::map<int, Embedding>> texts;
  texts["en"][0] = unit(0, 8);
  EXPECT_THROW(evaluate(set, images, texts, {"en"}), Error);
}

// Derived by hand from WordPiece (greedy longest match, "##" continuations): "apples" is
// "apple" + "##s", a Kannada word the vocabulary has no piece for is one [UNK].
TEST(TokenDiagnostics, CountsPiecesUnknownsAndCuts) {
  TokenizerOptions o;
  o.max_length = 4;  // [CLS] + 2 pieces + [SEP]
  const BertTokenizer tok(
      Vocab::from_tokens({"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "red", "apple", "##s"}), o);
  const auto c = diagnose_caption(tok, "red apples ಕನ್ನಡ");
  EXPECT_EQ(c.pieces, (std::vector<std::string>{"red", "apple", "##s", "[UNK]"}));
  EXPECT_DOUBLE_EQ(c.unk_share, 0.25);
  EXPECT_DOUBLE_EQ(c.pieces_per_word, 4.0 / 3);
  EXPECT_TRUE(c.truncated);
  EXPECT_EQ(c.unk_token, "[UNK]");
  const auto whole = diagnose_caption(tok, "red");
  EXPECT_FALSE(whole.truncated);
  EXPECT_DOUBLE_EQ(whole.pieces_per_word, 1.0);
  const auto stats = token_stats({c, whole});
  EXPECT_DOUBLE_EQ(stats.unk_share, 0.125);
  EXPECT_EQ(stats.truncated, 1);
}

// Every caption of the shipped sets, in every language: the diagnostics are the tokenizer's own
// pieces (the test model's vocabulary), counted.
TEST(TokenDiagnostics, EqualTheTokenizerForEveryShippedCaption) {
  const auto tok = BertTokenizer::from_model_dir(test::data("mbert-tiny"));
  for (const char* f : {"model-card-set-1.json", "model-card-set-2.json"}) {
    const auto set = load_eval_set(test::data_dir() / ".." / ".." / "resources" / "eval" / f,
                                   test::data("images-seed"));
    for (const auto& item : set.items)
      for (const auto& [lang, caption] : item.captions) {
        const auto d = diagnose_caption(tok, caption);
        const auto pieces = tok.tokenize(caption);
        EXPECT_EQ(d.pieces, pieces) << lang << ": " << caption;
        EXPECT_EQ(d.text, caption);
        const auto unk = std::count(pieces.begin(), pieces.end(), "[UNK]");
        EXPECT_DOUBLE_EQ(d.unk_share, double(unk) / double(pieces.size())) << caption;
        EXPECT_EQ(d.truncated, tok.encode(caption).truncated);
      }
  }
}

TEST(EvalSet, JsonAndTsvLoadTheSame) {
  const auto dir = test::scratch();
  std::ofstream(dir / "set.json") << R"({"name": "n", "reference_language": "en", "items": [
    {"image": "a.jpg", "captions": {"en": "A red apple", "sv": "Ett rött äpple"}},
    {"image": "sub/b.jpg", "captions": {"en": "Bananas"}}]})";
  std::ofstream(dir / "set.tsv")
      << "image\ten\tsv\na.jpg\tA red apple\tEtt rött äpple\nsub/b.jpg\tBananas\t\n";
  for (const char* f : {"set.json", "set.tsv"}) {
    const auto s = load_eval_set(dir / f);
    ASSERT_EQ(s.items.size(), 2u) << f;
    EXPECT_EQ(s.reference_language, "en");
    EXPECT_EQ(s.items[0].image, dir / "a.jpg");
    EXPECT_EQ(s.items[1].image, dir / "sub/b.jpg");
    EXPECT_EQ(s.items[0].captions.at("sv"), "Ett rött äpple");
    EXPECT_FALSE(s.items[1].captions.count("sv"));
    EXPECT_EQ(s.languages(), (std::vector<std::string>{"en", "sv"}));
  }
  save_eval_set_json(load_eval_set(dir / "set.tsv"), dir / "again.json", dir);
  EXPECT_EQ(load_eval_set(dir / "again.json").items[1].captions.at("en"), "Bananas");
}

TEST(EvalSet, BadFilesNameTheProblem) {
  const auto dir = test::scratch();
  std::ofstream(dir / "bad.json") << R"({"items": [{"captions": {}}]})";
  try {
    load_eval_set(dir / "bad.json");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("item 1"), std::string::npos) << e.what();
  }
  EXPECT_THROW(load_eval_set(dir / "missing.json"), Error);
}

TEST(EvalSet, ShippedModelCardSets) {
  for (const char* f : {"model-card-set-1.json", "model-card-set-2.json"}) {
    const auto s = load_eval_set(test::data_dir() / ".." / ".." / "resources" / "eval" / f,
                                 test::data("images-seed"));
    ASSERT_EQ(s.items.size(), 6u) << f;
    EXPECT_EQ(s.languages(),
              (std::vector<std::string>{"en", "ar", "de", "el", "es", "fr", "kn", "ru", "sv"}))
        << f;
    for (const auto& item : s.items) EXPECT_TRUE(std::filesystem::exists(item.image)) << item.image;
  }
}

// The share of the reference's results the other retrieves too, whatever their order; a
// reference shorter than k (a small library) is its own denominator.
TEST(Evaluation, RetrievalOverlapIsTheShareOfTheReferencesResults) {
  EXPECT_DOUBLE_EQ(retrieval_overlap<int>({1, 2, 3, 4, 5}, {5, 4, 9, 8, 1}), 0.6);
  EXPECT_DOUBLE_EQ(retrieval_overlap<int>({1, 2, 3, 4, 5}, {1, 2, 3, 4, 5}), 1.0);
  EXPECT_DOUBLE_EQ(retrieval_overlap<long long>({7, 8}, {8, 1, 2, 3, 4}), 0.5);
  EXPECT_DOUBLE_EQ(retrieval_overlap<int>({}, {1}), 0.0);
}

}  // namespace
}  // namespace lingualens
