#include "core/models/pair_speed.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <random>

#include "core/error.h"

namespace lingualens {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// The process's resident memory (/proc/self/statm: pages); 0 where there is no /proc.
std::int64_t resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  std::int64_t size = 0, resident = 0;
  if (!(statm >> size >> resident)) return 0;
  return resident * static_cast<std::int64_t>(sysconf(_SC_PAGESIZE));
}

void check_cancel(const CancelFn& cancel) {
  if (cancel && cancel()) throw Error(ErrorKind::kCancelled, "speed measurement cancelled");
}

// Queries of a typical length (the tokenizer's work is part of a query's time).
const char* const kQueries[] = {"a dog running on the beach at sunset",
                                "Eisbär im Schnee",
                                "белая кошка на диване",
                                "夕焼けの海と小さな船",
                                "red apple on a wooden table",
                                "قطة بيضاء تنام",
                                "vieille voiture rouge dans une rue étroite",
                                "niños jugando al fútbol en el parque"};

}  // namespace

PairSpeed measure_pair_speed(const PairSpeedParams& params, const ProgressFn& progress,
                             const CancelFn& cancel) {
  if (params.images < 1 || params.queries < 1)
    throw Error(ErrorKind::kInvalidArgument, "the speed run needs at least one image and query");
  PairSpeed out;
  const std::int64_t total = params.images + params.queries;
  std::int64_t done = 0;

  std::int64_t before = resident_bytes();
  auto start = Clock::now();
  const ImageEncoder image(params.image);
  out.image_load_seconds = seconds_since(start);
  out.image_model_bytes = std::max<std::int64_t>(0, resident_bytes() - before);
  check_cancel(cancel);

  // Noise in the network's input range; one batch untimed (first-call allocations, oneDNN's
  // kernel choice), then the timed images in the encoder's own batches.
  const int s = image.input_size();
  const std::size_t per_image = static_cast<std::size_t>(3) * s * s;
  std::vector<float> inputs(per_image * static_cast<std::size_t>(params.images));
  std::mt19937 random(7);
  std::normal_distribution<float> noise(0.0f, 1.0f);
  for (float& v : inputs) v = noise(random);
  image.encode_inputs(inputs.data(), std::min(params.images, image.max_batch()), cancel);
  start = Clock::now();
  image.encode_inputs(inputs.data(), params.images, cancel);
  out.images_per_second = params.images / std::max(1e-9, seconds_since(start));
  done = params.images;
  if (progress) progress(done, total);
  check_cancel(cancel);

  before = resident_bytes();
  start = Clock::now();
  const TextEncoder text(params.text);
  out.text_load_seconds = seconds_since(start);
  out.text_model_bytes = std::max<std::int64_t>(0, resident_bytes() - before);
  check_cancel(cancel);
  text.encode({kQueries[0]});  // untimed warm-up
  double query_seconds = 0;
  for (int i = 0; i < params.queries; ++i) {
    check_cancel(cancel);
    start = Clock::now();
    text.encode({kQueries[static_cast<std::size_t>(i) % std::size(kQueries)]});
    query_seconds += seconds_since(start);
    if (progress) progress(++done, total);
  }
  out.query_ms = 1000.0 * query_seconds / params.queries;
  return out;
}

}  // namespace lingualens
