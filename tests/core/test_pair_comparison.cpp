// Two pairs' evaluations side by side: the figures come from each result unchanged, languages
// in the first result's order, those missing from either left out.
#include <gtest/gtest.h>

#include "core/eval/pair_comparison.h"

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

}  // namespace
}  // namespace lingualens
