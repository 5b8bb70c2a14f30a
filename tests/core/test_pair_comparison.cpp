// Two pairs' evaluations side by side: the figures come from each result unchanged, languages
// in the first result's order, those missing from either left out.
#include <gtest/gtest.h>

#include "core/error.h"
#include "core/eval/eval_set.h"
#include "core/eval/pair_comparison.h"
#include "core/image/decode.h"
#include "tests/test_models.h"

namespace lingualens {
namespace {

LanguageResult language(const std::string& code, double accuracy, double r1,
                        std::optional<double> cosine) {
  LanguageResult l;
  l.language = code;
  l.accuracy = accuracy;
  l.recall_t2i = {{1, r1}, {5, 1.0}};
  l.mean_cosine_to_reference = cosine;
  if (cosine) l.overlap_at_k = *cosine / 2;
  return l;
}

TEST(PairComparison, FiguresSideBySideInTheFirstResultsOrder) {
  EvaluationResult a, b;
  a.languages = {language("en", 0.8, 0.7, std::nullopt), language("kn", 0.2, 0.1, 0.4),
                 language("sv", 0.5, 0.4, 0.8)};
  b.languages = {language("en", 0.9, 0.8, std::nullopt), language("sv", 0.6, 0.5, 0.9),
                 language("kn", 0.6, 0.5, 0.7), language("el", 0.3, 0.3, 0.5)};
  const auto c = compare_evaluations(a, b);
  ASSERT_EQ(c.size(), 3u);  // el only in the second
  EXPECT_EQ(c[0].language, "en");
  EXPECT_EQ(c[1].language, "kn");
  EXPECT_DOUBLE_EQ(c[1].first.accuracy, 0.2);
  EXPECT_DOUBLE_EQ(c[1].second.accuracy, 0.6);
  EXPECT_DOUBLE_EQ(c[1].accuracy_gain, 0.4);
  EXPECT_DOUBLE_EQ(*c[1].second.mean_cosine_to_reference, 0.7);
  EXPECT_DOUBLE_EQ(*c[1].second.overlap_at_k, 0.35);
  EXPECT_DOUBLE_EQ(c[2].first.recall_t2i_1, 0.4);
  EXPECT_FALSE(c[0].first.mean_cosine_to_reference);  // the reference language
}

// The second pair runs in its own space: its own encoders, never the first pair's stored
// embeddings, the same result as evaluating with those encoders directly.
TEST(PairComparison, AnotherPairIsEvaluatedWithItsOwnModels) {
  const EvalSet set = load_eval_set(
      std::filesystem::path(LINGUALENS_SOURCE_DIR) / "resources/eval/model-card-set-2.json",
      test::data("images-seed"));
  PairEvaluationParams p;
  p.text = TextEncoderParams{test::data("zoo/mclip-xlmr-tiny"), {}, 32};  // 16-d head inside
  p.image = ImageEncoderParams{test::data("clip-rn-tiny/RN-tiny.pt")};
  p.evaluation.languages = {"en", "sv", "kn"};
  int stored_asked = 0;
  p.evaluation.stored_embedding = [&](const std::filesystem::path&) -> std::optional<Embedding> {
    ++stored_asked;  // the first pair's library: another space
    return Embedding(16, 1.0f);
  };
  int64_t last_done = 0, last_total = 0;
  const EvaluationRun run = evaluate_with_pair(set, p, [&](int64_t d, int64_t t) {
    last_done = d;
    last_total = t;
  });
  EXPECT_EQ(stored_asked, 0);
  EXPECT_EQ(run.images_reused, 0);
  EXPECT_EQ(run.images_encoded, 6);
  EXPECT_EQ(last_done, last_total);

  const TextEncoder text(p.text);
  const EvaluationResult direct =
      run_evaluation(set, text, test::tiny_image_encoder(), {"en", "sv", "kn"});
  ASSERT_EQ(run.result.languages.size(), direct.languages.size());
  for (size_t i = 0; i < direct.languages.size(); ++i) {
    EXPECT_EQ(run.result.languages[i].language, direct.languages[i].language);
    EXPECT_EQ(run.result.languages[i].accuracy, direct.languages[i].accuracy);
    ASSERT_EQ(run.result.languages[i].cosine.size(), direct.languages[i].cosine.size());
    for (size_t r = 0; r < direct.languages[i].cosine.size(); ++r)
      for (size_t c = 0; c < direct.languages[i].cosine[r].size(); ++c)
        EXPECT_NEAR(run.result.languages[i].cosine[r][c], direct.languages[i].cosine[r][c], 1e-6);
  }
}

// A pair with the same image model (Distil-40 beside Base-69) uses the one already loaded, and
// with it the library's stored embeddings, which are in its space.
TEST(PairComparison, ASharedImageModelIsNotLoadedTwiceAndItsStoredEmbeddingsApply) {
  const EvalSet set = load_eval_set(
      std::filesystem::path(LINGUALENS_SOURCE_DIR) / "resources/eval/model-card-set-2.json",
      test::data("images-seed"));
  PairEvaluationParams p;
  p.text = TextEncoderParams{test::data("zoo/mclip-xlmr-tiny"), {}, 32};
  p.image = ImageEncoderParams{test::scratch() / "not-loaded.pt"};  // would throw if loaded
  p.loaded_image = &test::tiny_image_encoder();
  p.evaluation.languages = {"en", "sv"};
  const auto first = set.items.front().image;
  const Embedding stored = test::tiny_image_encoder().encode({decode_image_file(first).image})[0];
  p.evaluation.stored_embedding = [&](const std::filesystem::path& f) -> std::optional<Embedding> {
    if (f == first) return stored;
    return std::nullopt;
  };
  const EvaluationRun run = evaluate_with_pair(set, p);
  EXPECT_EQ(run.images_reused, 1);
  EXPECT_EQ(run.images_encoded, 5);
}

TEST(PairComparison, AMissingModelIsNamedAndCancelStopsBeforeLoading) {
  const EvalSet set = load_eval_set(
      std::filesystem::path(LINGUALENS_SOURCE_DIR) / "resources/eval/model-card-set-2.json",
      test::data("images-seed"));
  PairEvaluationParams p;
  p.text = TextEncoderParams{test::data("zoo/mclip-xlmr-tiny"), {}, 32};
  p.image = ImageEncoderParams{test::scratch() / "ViT-B-32.pt"};
  try {
    evaluate_with_pair(set, p);
    FAIL() << "a missing image model must throw";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("ViT-B-32.pt"), std::string::npos) << e.what();
  }
  try {
    evaluate_with_pair(set, p, {}, [] { return true; });
    FAIL() << "cancel must throw";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kCancelled);
  }
}

}  // namespace
}  // namespace lingualens
