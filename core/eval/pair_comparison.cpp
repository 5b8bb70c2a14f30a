#include "core/eval/pair_comparison.h"

#include <algorithm>

namespace lingualens {
namespace {

PairFigures figures(const LanguageResult& l) {
  PairFigures f;
  f.accuracy = l.accuracy;
  if (auto it = l.recall_t2i.find(1); it != l.recall_t2i.end()) f.recall_t2i_1 = it->second;
  f.mean_cosine_to_reference = l.mean_cosine_to_reference;
  f.overlap_at_k = l.overlap_at_k;
  return f;
}

}  // namespace

std::vector<LanguageComparison> compare_evaluations(const EvaluationResult& first,
                                                    const EvaluationResult& second) {
  std::vector<LanguageComparison> out;
  for (const auto& a : first.languages) {
    const auto b = std::find_if(second.languages.begin(), second.languages.end(),
                                [&](const LanguageResult& l) { return l.language == a.language; });
    if (b == second.languages.end()) continue;
    LanguageComparison c;
    c.language = a.language;
    c.first = figures(a);
    c.second = figures(*b);
    c.accuracy_gain = c.second.accuracy - c.first.accuracy;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace lingualens
