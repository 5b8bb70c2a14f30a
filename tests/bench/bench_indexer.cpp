// The indexer's own overhead (scan, hash, database, FAISS, metadata) against the time spent
// decoding and encoding, on real-size photos with a real image tower's architecture (random
// weights): RN50x4 (default) or the Vision Transformers of the other model pairs.
//   build/tests/bench/bench_indexer [PHOTOS=24] [rn50x4|vit-b32|vit-l14|vit-b16plus] [fast]
//   targets: overhead <= 5% of encode time; vit-b32 indexes >= 5x faster than rn50x4 (#20)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <random>
#include <string>

#include "core/image/image_encoder.h"
#include "core/runtime.h"
#include "index/indexer.h"
#include "index/library.h"
#include "tests/bench/random_weights.h"

int main(int argc, char** argv) {
  using namespace lingualens;
  namespace fs = std::filesystem;
  configure_compute_threads(0);
  const int n = argc > 1 ? std::atoi(argv[1]) : 24;
  const fs::path dir = fs::temp_directory_path() / "lingualens-bench-indexer";
  fs::remove_all(dir);
  fs::create_directories(dir / "photos");
  std::mt19937 rng(1);
  for (int i = 0; i < n; ++i) {  // 12-megapixel photo-like JPEGs, all different
    cv::Mat img(3000, 4000, CV_8UC3);
    cv::randu(img, cv::Scalar::all(0), cv::Scalar::all(255));
    cv::GaussianBlur(img, img, cv::Size(31, 31), 0);  // smooth, like a photo, not noise
    cv::imwrite((dir / "photos" / ("p" + std::to_string(i) + ".jpg")).string(), img,
                {cv::IMWRITE_JPEG_QUALITY, 90});
  }
  const std::string tower = argc > 2 ? argv[2] : "rn50x4";
  // ref: the published sizes (README, model pairs).
  const ImageEncoder encoder =
      tower == "vit-b32" ? ImageEncoder(bench::vit_random_weights(768, 12, 32, 7, 512), "ViT-B/32",
                                        8, VitActivation::kQuickGelu)
      : tower == "vit-l14" ? ImageEncoder(bench::vit_random_weights(1024, 24, 14, 16, 768),
                                          "ViT-L/14", 8, VitActivation::kQuickGelu)
      : tower == "vit-b16plus"
          ? ImageEncoder(bench::vit_random_weights(896, 12, 16, 15, 640), "ViT-B-16-plus-240", 8,
                         VitActivation::kGelu)
          : ImageEncoder(bench::rn50x4_random_weights(), "RN50x4 (random weights)", 8);
  Library db(dir / "lib", Library::Access::kWrite);
  IndexParams p;
  p.folders = {dir / "photos"};
  p.fast = argc > 3 && std::string(argv[3]) == "fast";  // approximate JPEG decoding
  const IndexSummary s = index_folders(db, encoder, p);
  const double overhead = s.seconds - s.encode_seconds;
  std::printf("photos %d, threads %d, image tower %s%s\n", n, compute_threads(),
              encoder.info().architecture.c_str(), p.fast ? ", fast decoding" : "");
  std::printf(
      "total %.2f s, decode+encode %.2f s (%.2f images/s), indexer overhead %.3f s = %.2f%% of "
      "encode time\n",
      s.seconds, s.encode_seconds, s.images_per_second, overhead,
      100.0 * overhead / s.encode_seconds);
  const auto t0 = std::chrono::steady_clock::now();
  const IndexSummary again = index_folders(db, encoder, p);
  std::printf("re-run with nothing changed: %.3f s (%lld unchanged)\n",
              std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(),
              static_cast<long long>(again.unchanged));
  fs::remove_all(dir);
  return 0;
}
