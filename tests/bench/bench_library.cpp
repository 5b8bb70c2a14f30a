// The library's everyday costs at scale: re-scanning 100,000 unchanged photos (what the app
// does at every start), the first page of the browse query, a filtered search, and finding
// duplicates over the whole library (target: <= 10 s).
//   build/tests/bench/bench_library [PHOTOS=100000] [--keep DIR] [--photo FILE]
//                                   [--image-model FILE]
// --keep leaves the library and its photos in DIR (for tests/bench/startup_time.sh), --photo
// links every photo to this real image (instead of 1-byte stand-ins) and --image-model
// indexes as that model (default: a random RN50x4).
// Targets (issue "The library in everyday life", 2 cores): re-scan <= 3 s, browse first page
// <= 50 ms, filtered search <= 30 ms. Files are empty stand-ins (a re-scan only stats them);
// rows carry random 640-d embeddings and capture times over ten years, as RN50x4 would.
#include <sys/stat.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#include "core/image/image_encoder.h"
#include "core/image/photo_metadata.h"
#include "core/runtime.h"
#include "index/duplicates.h"
#include "index/indexer.h"
#include "index/library.h"
#include "index/search.h"
#include "tests/bench/random_weights.h"

namespace {

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

template <typename F>
double median_ms(int runs, F&& f) {
  std::vector<double> t;
  for (int k = 0; k < runs; ++k) {
    const auto t0 = Clock::now();
    f();
    t.push_back(ms_since(t0));
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  using namespace lingualens;
  namespace fs = std::filesystem;
  configure_compute_threads(0);
  int n = 100000;
  fs::path dir = fs::temp_directory_path() / "lingualens-bench-library", photo, image_model;
  bool keep = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--keep" && i + 1 < argc) {
      dir = argv[++i];
      keep = true;
    } else if (a == "--photo" && i + 1 < argc) {
      photo = fs::absolute(argv[++i]);
    } else if (a == "--image-model" && i + 1 < argc) {
      image_model = argv[++i];
    } else {
      n = std::atoi(argv[i]);
    }
  }
  fs::remove_all(dir);
  const fs::path photos = dir / "photos";
  const ImageEncoder encoder =
      image_model.empty()
          ? ImageEncoder(bench::rn50x4_random_weights(), "RN50x4 (random weights)", 4)
          : ImageEncoder(ImageEncoderParams{image_model, 4});

  auto t0 = Clock::now();
  {
    Library library(dir / "lib", Library::Access::kWrite);
    const ModelIdentity model = library.use_model(encoder);
    LibraryDb& db = library.db();
    const std::string root = FolderPath::from_user(photos).str();
    fs::create_directories(photos);
    const int64_t root_id = db.add_root(root);
    std::mt19937 rng(1);
    std::normal_distribution<float> gauss;
    std::uniform_int_distribution<int64_t> when(*parse_exif_datetime("2015:01:01 00:00:00"),
                                                *parse_exif_datetime("2025:01:01 00:00:00"));
    LibraryDb::Transaction batch(db);
    for (int i = 0; i < n; ++i) {
      char rel[64];
      std::snprintf(rel, sizeof rel, "d%02d/p%06d.jpg", i % 100, i);
      const fs::path file = photos / rel;
      if (i < 100) fs::create_directories(file.parent_path());
      if (photo.empty()) {
        std::ofstream(file).put('x');
      } else {
        // Links to a copy of the photo (a file takes at most ~65,000 links; the original is
        // left alone). All copies share one modification time, so they index as unchanged.
        const fs::path source = dir / ("source" + std::to_string(i / 50000) + ".jpg");
        if (i % 50000 == 0) fs::copy_file(photo, source);
        fs::create_hard_link(source, file);
      }
      struct stat st {};
      ::stat(file.c_str(), &st);
      ImageRecord r;
      r.root_id = root_id;
      r.rel_path = rel;
      r.size = st.st_size;
      r.mtime_ns = int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
      r.hash = std::to_string(i);
      r.width = 4000;
      r.height = 3000;
      r.taken_at = when(rng);
      r.taken_source = CaptureSource::kExif;
      r.model_id = model.id;
      r.embedding.resize(static_cast<size_t>(model.dim));
      for (auto& v : r.embedding) v = gauss(rng);
      // Perceptual hashes as photos give them: about half the bits set, orientations unrelated.
      PerceptualHashes h;
      for (auto& x : h) x = (uint64_t(rng()) << 32) ^ rng();
      r.phash = h;
      db.upsert(r);
    }
    batch.commit();
    library.save_vectors();
  }
  std::printf("photos %d, threads %d; setup %.1f s\n", n, compute_threads(), ms_since(t0) / 1000);

  for (int run = 1; run <= 2; ++run) {
    Library library(dir / "lib", Library::Access::kWrite);
    t0 = Clock::now();
    const IndexSummary s = index_folders(library, encoder, IndexParams{});
    std::printf("re-scan of every folder, nothing changed (run %d): %.2f s (%lld unchanged)\n", run,
                ms_since(t0) / 1000, static_cast<long long>(s.unchanged));
  }

  Searcher browser(dir / "lib", nullptr, nullptr);
  SearchParams browse;
  browse.top_k = 100;
  t0 = Clock::now();
  browser.search(browse);
  std::printf("browse, first page of 100, cold: %.1f ms\n", ms_since(t0));
  std::printf("browse, first page of 100, p50: %.1f ms\n",
              median_ms(21, [&] { browser.search(browse); }));
  browse.offset = n / 2;
  std::printf("browse, page at offset %d, p50: %.1f ms\n", n / 2,
              median_ms(11, [&] { browser.search(browse); }));

  Searcher searcher(dir / "lib", nullptr, nullptr);
  SearchParams query;
  query.image_ids = {1};
  query.top_k = 100;
  t0 = Clock::now();
  searcher.search(query);
  std::printf("search, first (loads the saved vector index): %.1f ms\n", ms_since(t0));
  std::printf("search, no filter, p50: %.1f ms\n", median_ms(21, [&] { searcher.search(query); }));
  query.scope.under = FolderPath::from_user(photos / "d07");  // 1 % of the library
  std::printf("search, under one folder (1 %%), p50: %.1f ms\n",
              median_ms(21, [&] { searcher.search(query); }));
  query.scope.under.reset();
  query.scope.taken_after = *parse_exif_datetime("2019:06:01 00:00:00");
  query.scope.taken_before = *parse_exif_datetime("2019:08:31 23:59:59");  // ~2.5 %
  std::printf("search, one summer (2.5 %%), p50: %.1f ms\n",
              median_ms(21, [&] { searcher.search(query); }));
  query.scope.under = FolderPath::from_user(photos / "d07");
  std::printf("search, folder and summer (0.025 %%), p50: %.1f ms\n",
              median_ms(21, [&] { searcher.search(query); }));
  {
    Library library(dir / "lib", Library::Access::kRead);
    t0 = Clock::now();
    const auto all = library.db().duplicate_candidates(library.filter(LibraryScope{}));
    std::printf("duplicates: reading %zu candidates: %.2f s\n", all.size(), ms_since(t0) / 1000);
    DuplicateParams only_same;
    only_same.only = DuplicateKind::kSame;
    t0 = Clock::now();
    find_duplicates(library, only_same);
    std::printf("duplicates: identical + same: %.2f s\n", ms_since(t0) / 1000);
    t0 = Clock::now();
    const auto groups = find_duplicates(library, DuplicateParams{});
    std::printf("duplicates over every photo (identical, same, similar): %.2f s, %zu groups\n",
                ms_since(t0) / 1000, groups.size());
  }
  if (!keep) fs::remove_all(dir);
  return 0;
}
