#include "core/eval/pair_comparison.h"

#include <algorithm>

#include "core/error.h"

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

EvaluationRun evaluate_with_pair(const EvalSet& set, const PairEvaluationParams& params,
                                 const ProgressFn& progress, const CancelFn& cancel) {
  const auto check = [&] {
    if (cancel && cancel()) throw Error(ErrorKind::kCancelled, "evaluation cancelled");
  };
  check();
  const TextEncoder text(params.text);
  check();
  if (params.loaded_image)
    return run_evaluation(set, text, *params.loaded_image, params.evaluation, progress, cancel);
  const ImageEncoder image(params.image);
  EvaluationParams evaluation = params.evaluation;
  evaluation.stored_embedding = nullptr;  // another image model's space
  return run_evaluation(set, text, image, evaluation, progress, cancel);
}

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
