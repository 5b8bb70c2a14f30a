// Small pictures of an evaluation set's photos, for the report's heatmap headers and its
// retrieval tables: decoded upright (EXIF orientation), scaled to fit a square box.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/eval/eval_set.h"

namespace lingualens {

struct ReportThumbnail {
  int width = 0, height = 0;
  std::vector<uint8_t> rgb;  // width * height * 3, row-major; empty when the photo is unreadable
  std::string jpeg;          // the same pixels as JPEG file bytes (for HTML)
  std::string error;         // why there is no picture
  bool ok() const { return !rgb.empty(); }
};

// One per item, in item order. Never throws for a photo that cannot be read (it gets an
// error instead: the report still shows its numbers). Decodes on all cores.
std::vector<ReportThumbnail> report_thumbnails(const EvalSet& set, int max_side = 96);

}  // namespace lingualens
