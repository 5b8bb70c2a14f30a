// Files for a translation evaluation: per language a CSV of the cosine and softmax matrices
// and a PNG heatmap (heatmap_png.h), a summary CSV, and one self-contained HTML report with
// the photos, heatmaps, retrieval beside the reference's, and the tokenizer's pieces
// (report_html.h).
#pragma once

#include <filesystem>

#include "core/eval/eval_set.h"
#include "core/eval/evaluation.h"

namespace lingualens {

// Creates `dir` if needed. Throws Error(kIo) naming the file that could not be written.
void write_evaluation_report(const EvaluationResult& result, const EvalSet& set,
                             const std::filesystem::path& dir);

}  // namespace lingualens
