// CLIP RN50x4 image path speed: (a) decode + preprocess of a 12-megapixel JPEG, (b) encode
// batches of 1 and 8 with the real RN50x4 architecture and random weights made here.
//   build/tests/bench/bench_image_encoder   (LINGUALENS_THREADS=N to pin the thread count)
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdlib>
#include <opencv2/imgcodecs.hpp>
#include <random>

#include "core/image/clip_preprocess.h"
#include "core/image/decode.h"
#include "core/image/image_encoder.h"
#include "core/runtime.h"
#include "tests/bench/random_weights.h"

namespace lingualens {
namespace {

const ImageEncoder& rn50x4() {
  static const ImageEncoder* enc = [] {
    const char* th = std::getenv("LINGUALENS_THREADS");
    configure_compute_threads(th ? std::atoi(th) : 0);
    return new ImageEncoder(bench::rn50x4_random_weights(), "RN50x4 (random weights)", 8);
  }();
  return *enc;
}

// A 4000 x 3000 photo-like JPEG (smooth gradients + noise), encoded at quality 90.
const std::vector<uint8_t>& jpeg_12mp() {
  static const std::vector<uint8_t> bytes = [] {
    cv::Mat img(3000, 4000, CV_8UC3);
    std::mt19937 rng(1);
    std::uniform_int_distribution<int> noise(-12, 12);
    for (int y = 0; y < img.rows; ++y) {
      auto* p = img.ptr<uint8_t>(y);
      for (int x = 0; x < img.cols; ++x) {
        p[3 * x + 0] = cv::saturate_cast<uint8_t>(128 + 100 * std::sin(x / 300.0) + noise(rng));
        p[3 * x + 1] = cv::saturate_cast<uint8_t>(128 + 100 * std::cos(y / 200.0) + noise(rng));
        p[3 * x + 2] = cv::saturate_cast<uint8_t>((x + y) / 30 + noise(rng));
      }
    }
    std::vector<uint8_t> out;
    cv::imencode(".jpg", img, out, {cv::IMWRITE_JPEG_QUALITY, 90});
    return out;
  }();
  return bytes;
}

void BM_DecodePreprocess12MP(benchmark::State& state) {
  const auto& bytes = jpeg_12mp();
  for (auto _ : state) {
    const auto d = decode_image_bytes(bytes.data(), bytes.size(), "12mp.jpg");
    benchmark::DoNotOptimize(clip_normalize(clip_crop(d.image, 288)));
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["jpeg_MB"] = bytes.size() / 1e6;
}
BENCHMARK(BM_DecodePreprocess12MP)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_Decode12MP(benchmark::State& state) {
  const auto& bytes = jpeg_12mp();
  for (auto _ : state)
    benchmark::DoNotOptimize(decode_image_bytes(bytes.data(), bytes.size(), "12mp.jpg"));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Decode12MP)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_EncodeRN50x4(benchmark::State& state) {
  const auto& enc = rn50x4();
  const int n = static_cast<int>(state.range(0));
  std::vector<float> inputs(static_cast<size_t>(n) * 3 * 288 * 288);
  std::mt19937 rng(3);
  std::normal_distribution<float> dist(0.f, 1.f);
  for (auto& v : inputs) v = dist(rng);
  for (auto _ : state) benchmark::DoNotOptimize(enc.encode_inputs(inputs.data(), n));
  state.SetItemsProcessed(state.iterations() * n);
  state.counters["threads"] = compute_threads();
}
BENCHMARK(BM_EncodeRN50x4)->Arg(1)->Arg(8)->Unit(benchmark::kMillisecond)->MinTime(5.0);

}  // namespace
}  // namespace lingualens

BENCHMARK_MAIN();
