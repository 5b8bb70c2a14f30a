// Two model pairs on the same evaluation set, side by side: which pair keeps my language's
// captions closest to the reference language's, and finds their photos best? Each pair is
// evaluated in its own space (run_evaluation); only the figures are compared.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/eval/evaluation.h"

namespace lingualens {

struct PairFigures {
  double accuracy = 0;
  double recall_t2i_1 = 0;
  std::optional<double> mean_cosine_to_reference, overlap_at_k;
};

struct LanguageComparison {
  std::string language;
  PairFigures first, second;
  double accuracy_gain = 0;  // second − first
};

// Languages evaluated by both, in the first result's order (reference first). A language
// missing from either is left out.
std::vector<LanguageComparison> compare_evaluations(const EvaluationResult& first,
                                                    const EvaluationResult& second);

}  // namespace lingualens
