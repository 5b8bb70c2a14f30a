// How well captions survive translation: the computations of the translation-evaluation
// demo, on embeddings (the caller encodes; see run_evaluation for the usual way).
//
// Per language, following the M-BERT-Base-69 model card: the image × caption cosine matrix,
// for each image the softmax over the captions of 100 × cosine (CLIP's logit scale) in
// percent, diagonal accuracy, and text→image / image→text recall@1/5/10. Across languages:
// each translation's cosine to the reference-language caption of the same image, and the
// overlap of the top-k images each translation retrieves with those of the reference.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/eval/eval_set.h"
#include "core/eval/token_diagnostics.h"
#include "core/types.h"

namespace lingualens {

class TextEncoder;
class ImageEncoder;

struct LanguageResult {
  std::string language;
  std::vector<int> caption_items;                  // item index of each caption (column)
  std::vector<std::vector<float>> cosine;          // [image item][caption column]
  std::vector<std::vector<float>> softmax;         // [image item][caption column], percent
  double accuracy = 0;                             // images whose best caption is their own
  std::map<int, double> recall_t2i, recall_i2t;    // k → fraction, k in {1, 5, 10}
  std::optional<double> mean_cosine_to_reference;  // absent for the reference language
  std::optional<double> overlap_at_k;              // top-k agreement with the reference
  // Per caption (column order): the overlap_k images it retrieves, best first, and its cosine
  // to the reference-language caption of the same image (absent without one, and for the
  // reference language itself).
  std::vector<std::vector<int>> retrieved;
  std::vector<std::optional<double>> cosine_to_reference;
  // How the tokenizer saw each caption, in caption (column) order; filled by run_evaluation
  // (evaluate() has no tokenizer).
  std::vector<CaptionTokens> caption_tokens;
};

struct EvaluationResult {
  std::string reference_language;
  int overlap_k = 5;
  std::vector<LanguageResult> languages;  // reference first
  std::vector<std::string> summary;       // languages from best to worst
};

// image_embeddings[i]: item i. text_embeddings[language][i]: item i's caption (absent when
// the item has no caption in that language). Raw embeddings; normalised here.
EvaluationResult evaluate(const EvalSet& set, const std::vector<Embedding>& image_embeddings,
                          const std::map<std::string, std::map<int, Embedding>>& text_embeddings,
                          const std::vector<std::string>& languages);

struct EvaluationParams {
  std::vector<std::string> languages;  // empty: every language of the set
  // An embedding computed before for this image file by the same image model (the photo
  // library's), or nullopt to encode it. Lets sets of thousands of indexed photos run without
  // re-encoding them.
  std::function<std::optional<Embedding>(const std::filesystem::path&)> stored_embedding;
  int text_batch = 32;
};

struct EvaluationRun {
  EvaluationResult result;
  int64_t images_encoded = 0, images_reused = 0;
};

// Encodes the set's images (streaming: decoded in parallel, encoded in batches, never all in
// memory) and captions, then evaluates. `progress` counts images and captions. Unreadable
// images throw Error naming the file; `cancel` throws Error(kCancelled).
EvaluationRun run_evaluation(const EvalSet& set, const TextEncoder& text, const ImageEncoder& image,
                             const EvaluationParams& params, const ProgressFn& progress = {},
                             const CancelFn& cancel = {});
// The same with default parameters, for `languages` only (or all when empty).
EvaluationResult run_evaluation(const EvalSet& set, const TextEncoder& text,
                                const ImageEncoder& image, std::vector<std::string> languages = {});

}  // namespace lingualens
