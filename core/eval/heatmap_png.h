// The PNG heatmap of one language of an evaluation: the photos' thumbnails as row headers,
// the captions (wrapped, in any script, right-aligned when written right to left) as column
// headers, the softmax percentage in each cell with the photo's own caption framed, and the
// colour scale with its unit. Text goes through Pango (HarfBuzz shaping, bidi, fontconfig's
// fallback to the Noto font of each script), which OpenCV's Hershey fonts cannot do.
#pragma once

#include <filesystem>
#include <vector>

#include "core/eval/eval_set.h"
#include "core/eval/evaluation.h"
#include "core/eval/report_thumbnails.h"

namespace lingualens {

// Up to this many captions the cells carry their numbers and the headers their photos and
// words; above it the cells shrink to coloured squares (the numbers stay in the CSV).
inline constexpr int kHeatmapDetailedLimit = 60;
// Above this many images no heatmap is drawn (it would be an unreadable poster of pixels).
inline constexpr int kHeatmapMaxItems = 1000;

// `thumbnails`: one per item (report_thumbnails), or empty for none. Throws Error(kIo) naming
// the file when it cannot be written.
void write_heatmap_png(const LanguageResult& result, const EvalSet& set,
                       const std::vector<ReportThumbnail>& thumbnails,
                       const std::filesystem::path& file);

}  // namespace lingualens
