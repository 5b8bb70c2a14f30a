// What a model pair costs on this machine, measured by a short run of each tower: images per
// second through the image network (preprocessed input; decoding the photos comes on top),
// the time of one search query through the text model, the memory the loaded models take and
// how long they take to load. Settings ▸ Model pair and `lingualens-cli models speed` show it.
#pragma once

#include <cstdint>

#include "core/image/image_encoder.h"
#include "core/text/text_encoder.h"
#include "core/types.h"

namespace lingualens {

struct PairSpeedParams {
  ImageEncoderParams image;  // weights_file: the pair's image tower
  TextEncoderParams text;    // model_dir (and head_file): its text tower
  int images = 8;            // timed images, after one untimed warm-up batch
  int queries = 8;           // timed one-text queries, after one untimed warm-up
};

struct PairSpeed {
  double images_per_second = 0;
  double query_ms = 0;
  double image_load_seconds = 0;
  double text_load_seconds = 0;
  // Resident memory the loaded models add to the process (Linux /proc; 0 elsewhere).
  std::int64_t image_model_bytes = 0;
  std::int64_t text_model_bytes = 0;
};

// Loads both towers and runs them on synthetic input (the numbers do not depend on what an
// image shows). `progress` counts steps out of images + queries; throws lingualens::Error for
// files that do not load, kCancelled when `cancel` says so.
PairSpeed measure_pair_speed(const PairSpeedParams& params, const ProgressFn& progress = {},
                             const CancelFn& cancel = {});

}  // namespace lingualens
