// What the perceptual hashes add to indexing: the time to hash a decoded 12-megapixel photo
// (8 orientations) beside the time to decode it; RN50x4's encoding (~700 core-ms per photo,
// BENCHMARKS.md) comes on top of the decode.
//   build/tests/bench/bench_perceptual_hash PHOTO.jpg [RUNS=20]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "core/image/decode.h"
#include "core/image/perceptual_hash.h"

int main(int argc, char** argv) {
  using Clock = std::chrono::steady_clock;
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_perceptual_hash PHOTO [RUNS]\n");
    return 2;
  }
  const int runs = argc > 2 ? std::atoi(argv[2]) : 20;
  std::vector<double> decode_ms, hash_ms;
  for (int r = 0; r < runs; ++r) {
    auto t0 = Clock::now();
    const lingualens::DecodedImage d = lingualens::decode_image_file(argv[1]);
    auto t1 = Clock::now();
    const auto h = lingualens::perceptual_hashes(d.image);
    auto t2 = Clock::now();
    decode_ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    hash_ms.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
    if (h[0] == 0 && r == 0) std::fprintf(stderr, "(an all-zero hash)\n");
  }
  std::sort(decode_ms.begin(), decode_ms.end());
  std::sort(hash_ms.begin(), hash_ms.end());
  const double dec = decode_ms[decode_ms.size() / 2], hash = hash_ms[hash_ms.size() / 2];
  std::printf(
      "decode p50 %.1f ms, hashes p50 %.2f ms: %.1f %% of the decode, %.2f %% of decode + "
      "700 ms of RN50x4\n",
      dec, hash, 100 * hash / dec, 100 * hash / (dec + 700));
  return 0;
}
