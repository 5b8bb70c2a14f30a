// Two model pairs on the same evaluation set, side by side: which pair keeps my language's
// captions closest to the reference language's, and finds their photos best? Each pair is
// evaluated in its own space (run_evaluation); only the figures are compared.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/eval/evaluation.h"
#include "core/image/image_encoder.h"
#include "core/text/text_encoder.h"

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

// The second pair's models: loaded for one evaluation, in their own space (no library's stored
// embeddings: those belong to the first pair's image model, unless it is the same one), and
// freed afterwards.
struct PairEvaluationParams {
  ImageEncoderParams image;
  TextEncoderParams text;
  // The same image model is already loaded (M-BERT-Distil-40 beside M-BERT-Base-69 both use
  // RN50x4): used instead of loading `image` again, and then the library's stored embeddings
  // (evaluation.stored_embedding) are in the same space and used too.
  const ImageEncoder* loaded_image = nullptr;
  EvaluationParams evaluation;  // its stored_embedding is used only with loaded_image
};

// Loads the pair's encoders (a missing or unreadable file throws Error naming it), evaluates the
// set with them and frees them. `progress` counts as run_evaluation's; `cancel` throws
// Error(kCancelled), also between loading the two models.
EvaluationRun evaluate_with_pair(const EvalSet& set, const PairEvaluationParams& params,
                                 const ProgressFn& progress = {}, const CancelFn& cancel = {});

// Languages evaluated by both, in the first result's order (reference first). A language
// missing from either is left out.
std::vector<LanguageComparison> compare_evaluations(const EvaluationResult& first,
                                                    const EvaluationResult& second);

}  // namespace lingualens
