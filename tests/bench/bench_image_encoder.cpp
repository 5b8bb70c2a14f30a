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

// RN50x4: blocks (4, 6, 10, 6), width 80, 288 px, 640-d (OpenAI's published configuration).
const ImageEncoder& rn50x4() {
  static const ImageEncoder* enc = [] {
    const char* th = std::getenv("LINGUALENS_THREADS");
    configure_compute_threads(th ? std::atoi(th) : 0);
    std::mt19937 rng(7);
    StateDict sd;
    auto conv = [&](const std::string& n, int64_t out, int64_t in, int64_t k) {
      sd.add(n, bench::random_tensor({out, in, k, k}, rng, 0.f, std::sqrt(2.f / float(in * k * k))));
    };
    auto bn = [&](const std::string& n, int64_t c) {
      sd.add(n + ".weight", bench::random_tensor({c}, rng, 1.f, 0.f));
      sd.add(n + ".bias", bench::random_tensor({c}, rng, 0.f, 0.f));
      sd.add(n + ".running_mean", bench::random_tensor({c}, rng, 0.f, 0.f));
      sd.add(n + ".running_var", bench::random_tensor({c}, rng, 1.f, 0.f));
    };
    const int64_t W = 80;
    conv("visual.conv1.weight", W / 2, 3, 3);
    bn("visual.bn1", W / 2);
    conv("visual.conv2.weight", W / 2, W / 2, 3);
    bn("visual.bn2", W / 2);
    conv("visual.conv3.weight", W, W / 2, 3);
    bn("visual.bn3", W);
    const int blocks[4] = {4, 6, 10, 6};
    int64_t inplanes = W;
    for (int s = 0; s < 4; ++s) {
      const int64_t planes = W << s;
      for (int i = 0; i < blocks[s]; ++i) {
        const std::string p = "visual.layer" + std::to_string(s + 1) + "." + std::to_string(i) + ".";
        conv(p + "conv1.weight", planes, inplanes, 1);
        bn(p + "bn1", planes);
        conv(p + "conv2.weight", planes, planes, 3);
        bn(p + "bn2", planes);
        conv(p + "conv3.weight", planes * 4, planes, 1);
        bn(p + "bn3", planes * 4);
        if (i == 0) {
          conv(p + "downsample.0.weight", planes * 4, inplanes, 1);
          bn(p + "downsample.1", planes * 4);
        }
        inplanes = planes * 4;
      }
    }
    const int64_t E = W * 32;
    sd.add("visual.attnpool.positional_embedding", bench::random_tensor({82, E}, rng, 0.f, 1.f / std::sqrt(float(E))));
    for (const char* m : {"q_proj", "k_proj", "v_proj"}) {
      sd.add(std::string("visual.attnpool.") + m + ".weight", bench::random_tensor({E, E}, rng, 0.f, 0.02f));
      sd.add(std::string("visual.attnpool.") + m + ".bias", bench::random_tensor({E}, rng, 0.f, 0.f));
    }
    sd.add("visual.attnpool.c_proj.weight", bench::random_tensor({640, E}, rng, 0.f, 0.02f));
    sd.add("visual.attnpool.c_proj.bias", bench::random_tensor({640}, rng, 0.f, 0.f));
    return new ImageEncoder(std::move(sd), "RN50x4 (random weights)", 8);
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
  for (auto _ : state) benchmark::DoNotOptimize(decode_image_bytes(bytes.data(), bytes.size(), "12mp.jpg"));
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
