// The fast indexing mode against the exact path on real photos: decode + preprocess time per
// photo and the cosine between the two embeddings of each photo (on the full-size random
// RN50x4, more sensitive than trained weights), so a user can judge the trade.
//   bench_fast_mode --image-model RN50x4.pt --photos DIR [--reduce-to 288,576]
#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/image/decode.h"
#include "core/image/encode_files.h"
#include "core/image/image_encoder.h"
#include "core/runtime.h"
#include "tests/support/vector_compare.h"

using lingualens::test::cosine;

int main(int argc, char** argv) {
  CLI::App app{"fast indexing mode: speed and deviation"};
  std::string model, photos;
  std::vector<int> reduce_to = {288, 576};
  app.add_option("--image-model", model)->required();
  app.add_option("--photos", photos)->required();
  app.add_option("--reduce-to", reduce_to)->delimiter(',');
  CLI11_PARSE(app, argc, argv);
  lingualens::configure_compute_threads(0);
  const lingualens::ImageEncoder encoder(lingualens::ImageEncoderParams{model, 8});
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(photos)) {
    if (e.path().extension() == ".jpg") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  auto run = [&](int reduce) {
    lingualens::EncodeFilesParams p;
    p.decode.jpeg_reduce_to = reduce;
    // Time decode + preprocess alone on one thread, then the whole path.
    const auto t0 = std::chrono::steady_clock::now();
    for (const auto& f : files)
      encoder.preprocess(lingualens::decode_image_file(f, p.decode).image);
    const double decode_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() /
        files.size();
    const auto t1 = std::chrono::steady_clock::now();
    auto r = lingualens::encode_image_files(encoder, files, p);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
    return std::make_tuple(std::move(r), decode_ms, files.size() / s);
  };
  auto [exact, exact_decode_ms, exact_ips] = run(0);
  // For scale: how different two different photos look to this model.
  double between = 1;
  for (size_t k = 1; k < files.size(); ++k)
    between = std::min(between, cosine(*exact[0].embedding, *exact[k].embedding));
  nlohmann::json out = {
      {"photos", files.size()},
      {"cosine_between_different_photos_min", between},
      {"exact", {{"decode_preprocess_ms", exact_decode_ms}, {"images_per_second", exact_ips}}}};
  for (int reduce : reduce_to) {
    auto [fast, ms, ips] = run(reduce);
    double lo = 1, sum = 0, in_lo = 1;
    lingualens::DecodeOptions fast_decode;
    fast_decode.jpeg_reduce_to = reduce;
    for (size_t k = 0; k < files.size(); ++k) {
      const double c = cosine(*exact[k].embedding, *fast[k].embedding);
      lo = std::min(lo, c);
      sum += c;
      // The model input itself (288×288×3 normalised pixels): exact vs fast.
      const auto a = encoder.preprocess(lingualens::decode_image_file(files[k]).image);
      const auto b = encoder.preprocess(lingualens::decode_image_file(files[k], fast_decode).image);
      in_lo = std::min(in_lo, cosine(a, b));
    }
    out["fast_" + std::to_string(reduce)] = {{"decode_preprocess_ms", ms},
                                             {"images_per_second", ips},
                                             {"cosine_min", lo},
                                             {"cosine_mean", sum / files.size()},
                                             {"input_cosine_min", in_lo}};
  }
  std::printf("%s\n", out.dump(1).c_str());
  return 0;
}
