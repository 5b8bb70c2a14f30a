// The evaluation's HTML report: one self-contained file (thumbnails embedded once, as CSS
// classes) that a browser opens anywhere.
//
// - Summary: per language accuracy, recall, cosine to the reference, overlap, and how the
//   tokenizer read the captions ([UNK] share, pieces per word, captions cut short, a sentence
//   saying what stands out), best first.
// - Per language: the heatmap with photos as row headers and captions as column headers; then,
//   per caption, the reference caption beside it, their cosine, and the photos each retrieves
//   side by side, those the other does not retrieve marked; then the tokenizer's pieces.
//
// Numbers are written twice: rounded for reading and exact in data-* attributes, so tests (and
// scripts) can hold the page to the engine's result.
#pragma once

#include <string>
#include <vector>

#include "core/eval/eval_set.h"
#include "core/eval/evaluation.h"
#include "core/eval/report_thumbnails.h"

namespace lingualens {

// Above this many captions a language's retrieval table shows the ones furthest from the
// reference (lowest cosine) only; every number stays in the CSV files.
inline constexpr int kReportRetrievalRows = 100;

// `thumbnails`: one per item, or empty (file names instead of pictures).
std::string evaluation_report_html(const EvaluationResult& result, const EvalSet& set,
                                   const std::vector<ReportThumbnail>& thumbnails);

}  // namespace lingualens
