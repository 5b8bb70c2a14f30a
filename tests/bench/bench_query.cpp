// Query latency as a user sees it, on real model files: load the text model (cold start),
// then for one short query repeatedly: tokenize + encode + search 100k stored vectors.
// With --image-model and --index-folder it then indexes that folder with both models loaded,
// as the desktop app does, and reports the peak resident memory.
// Prints JSON for tests/bench/compare_reference.sh.
//   bench_query --text-model DIR --text-head FILE [--query TEXT] [--repeat N] [--vectors N]
//               [--image-model FILE --index-folder DIR --library DIR]
#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>

#include <sys/resource.h>

#include "core/image/image_encoder.h"
#include "core/runtime.h"
#include "core/text/text_encoder.h"
#include "index/indexer.h"
#include "index/library.h"
#include "index/vector_index.h"
#include "tests/bench/synthetic_vectors.h"

int main(int argc, char** argv) {
  using Clock = std::chrono::steady_clock;
  CLI::App app{"query latency on real model files"};
  std::string model, head, query = "ein roter Apfel auf dem Tisch";
  int repeat = 100, threads = 0;
  int64_t vectors = 100000;
  std::string image_model, index_folder, library;
  app.add_option("--text-model", model)->required();
  app.add_option("--text-head", head);
  app.add_option("--query", query);
  app.add_option("--repeat", repeat);
  app.add_option("--vectors", vectors);
  app.add_option("--threads", threads);
  bool half = false;
  app.add_flag("--half-text-weights", half, "the text encoder's matrices in half precision");
  app.add_option("--image-model", image_model);
  app.add_option("--index-folder", index_folder);
  app.add_option("--library", library);
  int image_batch = lingualens::kDefaultImageBatch;
  app.add_option("--image-batch", image_batch, "images per forward pass while indexing");
  CLI11_PARSE(app, argc, argv);
  lingualens::configure_compute_threads(threads);
  const auto ms = [](Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
  };

  const auto t0 = Clock::now();
  const lingualens::TextEncoder text(lingualens::TextEncoderParams{model, head, 32, half});
  const auto first = text.encode({query});
  const double cold_ms = ms(Clock::now() - t0);

  std::unique_ptr<lingualens::VectorIndex> index;
  if (vectors > 0) {
    const auto v = lingualens::bench::make_vectors(vectors, 1);
    std::vector<int64_t> ids(static_cast<size_t>(vectors));
    for (int64_t i = 0; i < vectors; ++i) ids[static_cast<size_t>(i)] = i;
    index = lingualens::VectorIndex::build(lingualens::bench::kDim, ids, v);
  }

  std::vector<double> encode, total;
  for (int r = 0; r < repeat; ++r) {
    const auto a = Clock::now();
    auto e = text.encode({query})[0];
    const auto b = Clock::now();
    if (index && static_cast<int>(e.size()) == index->dim()) {
      lingualens::normalize_in_place(e.data(), index->dim());
      index->search(e.data(), 20);
    }
    encode.push_back(ms(b - a));
    total.push_back(ms(Clock::now() - a));
  }
  auto pct = [](std::vector<double> x, double p) {
    std::sort(x.begin(), x.end());
    return x[std::min(x.size() - 1, static_cast<size_t>(p * static_cast<double>(x.size())))];
  };
  nlohmann::json j = {{"tokens", text.tokenizer().encode(query).ids.size()},
                      {"cold_start_ms", cold_ms},
                      {"encode_p50_ms", pct(encode, 0.5)},
                      {"encode_p99_ms", pct(encode, 0.99)},
                      {"search_p50_ms", pct(total, 0.5)},
                      {"search_p99_ms", pct(total, 0.99)},
                      {"vectors", vectors},
                      {"approximate", index && index->approximate()},
                      {"threads", lingualens::compute_threads()}};
  if (!image_model.empty() && !index_folder.empty()) {
    const lingualens::ImageEncoder image(lingualens::ImageEncoderParams{image_model, image_batch});
    lingualens::Library db(library, lingualens::Library::Access::kWrite);
    lingualens::IndexParams p;
    p.folders = {index_folder};
    const auto s = lingualens::index_folders(db, image, p);
    j["indexed_images_per_second"] = s.images_per_second;
  }
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  j["peak_rss_mb"] = static_cast<double>(ru.ru_maxrss) / 1024.0;
  std::printf("%s\n", j.dump().c_str());
  return first.empty() ? 1 : 0;
}
