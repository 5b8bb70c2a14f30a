// Vector search at library scale: 100k and 1M synthetic 640-d embeddings, exact (flat) and
// approximate (HNSW) indexes. Prints search latency p50/p99, recall@10 of the approximate
// index against exact search, build time and index memory.
//   build/tests/bench/bench_vector_search [N ...]      (default: 100000 1000000)
// Synthetic embeddings with the structure of real ones: CLIP embeddings of a photo collection
// occupy a low-dimensional part of the 640-d space (scenes, subjects), so the vectors are
// 5000 scene centres in a 64-d latent space mapped to 640-d by a random projection, plus
// per-photo variation and 640-d noise. (Uniformly random 640-d vectors have no neighbours
// worth the name; no approximate index finds them, and no photo library looks like that.)
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

#include "core/runtime.h"
#include "index/vector_index.h"
#include "tests/bench/synthetic_vectors.h"

namespace {

using Clock = std::chrono::steady_clock;
using lingualens::bench::kDim;

struct Stats {
  double p50, p99;
};

Stats time_queries(const lingualens::VectorIndex& index, const std::vector<float>& queries, int nq,
                   std::vector<std::vector<int64_t>>* results) {
  std::vector<double> ms;
  for (int q = 0; q < nq; ++q) {
    const auto t0 = Clock::now();
    auto r = index.search(queries.data() + static_cast<size_t>(q) * kDim, 10);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    if (results) {
      std::vector<int64_t> ids;
      for (auto& p : r) ids.push_back(p.first);
      results->push_back(ids);
    }
  }
  std::sort(ms.begin(), ms.end());
  return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 99 / 100)]};
}

long peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

}  // namespace

int main(int argc, char** argv) {
  lingualens::configure_compute_threads(0);
  std::vector<int64_t> sizes;
  for (int i = 1; i < argc; ++i) sizes.push_back(std::atoll(argv[i]));
  if (sizes.empty()) sizes = {100000, 1000000};
  std::printf("threads: %d, dim %d\n", lingualens::compute_threads(), kDim);
  std::printf("%9s %-6s %10s %9s %9s %10s %10s\n", "vectors", "index", "build s", "p50 ms",
              "p99 ms", "recall@10", "peak RSS MB");
  for (const int64_t n : sizes) {
    const auto v = lingualens::bench::make_vectors(n, 1);
    std::vector<int64_t> ids(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) ids[static_cast<size_t>(i)] = i + 1;
    const int nq = 200;
    const auto queries = lingualens::bench::make_vectors(nq, 2);

    auto t0 = Clock::now();
    lingualens::VectorIndexParams exact_params;
    exact_params.approximate_above = n;
    const auto exact = lingualens::VectorIndex::build(kDim, ids, v, exact_params);
    const double exact_build = std::chrono::duration<double>(Clock::now() - t0).count();
    std::vector<std::vector<int64_t>> truth;
    const Stats es = time_queries(*exact, queries, nq, &truth);
    std::printf("%9lld %-6s %10.1f %9.2f %9.2f %10s %10ld\n", static_cast<long long>(n), "flat",
                exact_build, es.p50, es.p99, "1.000", peak_rss_mb());

    t0 = Clock::now();
    lingualens::VectorIndexParams approx_params;
    approx_params.approximate_above = 0;
    const auto approx = lingualens::VectorIndex::build(kDim, ids, v, approx_params);
    const double approx_build = std::chrono::duration<double>(Clock::now() - t0).count();
    std::vector<std::vector<int64_t>> got;
    const Stats as = time_queries(*approx, queries, nq, &got);
    int hit = 0;
    for (int q = 0; q < nq; ++q) {
      for (auto id : got[q]) hit += std::count(truth[q].begin(), truth[q].end(), id) > 0;
    }
    std::printf("%9lld %-6s %10.1f %9.2f %9.2f %10.3f %10ld\n", static_cast<long long>(n), "IVF",
                approx_build, as.p50, as.p99, hit / (10.0 * nq), peak_rss_mb());
    std::fflush(stdout);
  }
  return 0;
}
