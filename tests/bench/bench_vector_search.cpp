// Vector search at library scale: N synthetic 640-d embeddings (tests/bench/synthetic_vectors.h),
// searched with the index the library would choose at N ("default": exact up to 50,000,
// compressed above) and, for comparison, with the exact flat index at every N ("flat"). One row
// per index: N, index, build seconds, search p50/p99 (ms, one query at a time, k = 10),
// recall@10 against exact search, the peak RSS of the process that built and searched it, and
// that process's RSS before the index existed (base_MB: code and libraries).
//   build/tests/bench/bench_vector_search [--no-flat] [N ...]      (default: 100000 1000000)
// LISTS=… and NPROBE=… override the compressed index's list count and probes (tuning).
// Each row comes from its own process (the program runs itself), so each peak RSS is that
// index's alone. The vectors are generated once per N into a file in $TMPDIR (not timed), then
// streamed from it in chunks, as the library streams them from SQLite; the ground truth is
// computed in chunks at the same time and saved beside them.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "core/util/fast_linear.h"
#include "index/vector_index.h"
#include "tests/bench/synthetic_vectors.h"

namespace {

using Clock = std::chrono::steady_clock;
using lingualens::bench::kDim;
constexpr int kQueries = 200, kTop = 10;
constexpr int64_t kChunk = 16384;

long peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

// The N vectors in a file (ids are row + 1), and the exact top-10 of each query.
struct Data {
  std::filesystem::path file;
  std::vector<float> queries;
  std::vector<std::vector<int64_t>> truth;
};

Data make_data(int64_t n, const std::filesystem::path& dir) {
  Data d;
  d.file = dir / ("vectors-" + std::to_string(n) + ".bin");
  d.queries = lingualens::bench::make_vectors(kQueries, 2);
  lingualens::bench::SyntheticVectors gen(1);
  std::ofstream out(d.file, std::ios::binary | std::ios::trunc);
  std::vector<float> chunk, scores;
  // Per query: the best (score, id) so far.
  std::vector<std::vector<std::pair<float, int64_t>>> best(kQueries);
  for (int64_t at = 0; at < n; at += kChunk) {
    const int64_t count = std::min(kChunk, n - at);
    chunk.resize(static_cast<size_t>(count) * kDim);
    gen.next(count, chunk.data());
    out.write(reinterpret_cast<const char*>(chunk.data()),
              static_cast<std::streamsize>(chunk.size() * sizeof(float)));
    scores.resize(static_cast<size_t>(count) * kQueries);
    lingualens::FastLinear(chunk.data(), nullptr, count, kDim)
        .run(d.queries.data(), kQueries, scores.data());
    for (int q = 0; q < kQueries; ++q) {
      auto& b = best[q];
      for (int64_t i = 0; i < count; ++i) b.emplace_back(scores[q * count + i], at + i + 1);
      std::partial_sort(b.begin(), b.begin() + std::min<size_t>(kTop, b.size()), b.end(),
                        std::greater<>());
      b.resize(std::min<size_t>(kTop, b.size()));
    }
  }
  std::ofstream truth(d.file.string() + ".truth");
  for (const auto& b : best) {
    for (const auto& [score, id] : b) truth << id << ' ';
    truth << '\n';
  }
  return d;
}

Data load_data(int64_t n, const std::filesystem::path& dir) {
  Data d;
  d.file = dir / ("vectors-" + std::to_string(n) + ".bin");
  d.queries = lingualens::bench::make_vectors(kQueries, 2);
  std::ifstream truth(d.file.string() + ".truth");
  d.truth.assign(kQueries, std::vector<int64_t>(kTop));
  for (auto& row : d.truth)
    for (auto& id : row) truth >> id;
  return d;
}

// Runs this program with `args` and waits for it.
void run_self(const char* self, const std::vector<std::string>& args) {
  std::fflush(stdout);
  const pid_t child = ::fork();
  if (child == 0) {
    std::vector<char*> argv{const_cast<char*>(self)};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv("/proc/self/exe", argv.data());
    std::_Exit(127);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
}

// The rows of the file, a chunk at a time.
lingualens::VectorStream stream_of(const std::filesystem::path& file, int64_t n) {
  return [file, n](const lingualens::VectorSink& sink) {
    std::ifstream in(file, std::ios::binary);
    std::vector<float> chunk;
    std::vector<int64_t> ids;
    for (int64_t at = 0; at < n; at += kChunk) {
      const int64_t count = std::min(kChunk, n - at);
      chunk.resize(static_cast<size_t>(count) * kDim);
      in.read(reinterpret_cast<char*>(chunk.data()),
              static_cast<std::streamsize>(chunk.size() * sizeof(float)));
      ids.resize(static_cast<size_t>(count));
      for (int64_t i = 0; i < count; ++i) ids[i] = at + i + 1;
      sink(ids.data(), chunk.data(), count);
    }
  };
}

// The process's resident memory now (MB), before the index exists: libraries and the queries.
long rss_now_mb() {
  std::ifstream status("/proc/self/status");
  std::string key;
  long kb = 0;
  while (status >> key) {
    if (key == "VmRSS:") {
      status >> kb;
      break;
    }
    status.ignore(1 << 10, '\n');
  }
  return kb / 1024;
}

void run_row(int64_t n, bool flat, const Data& d, const std::filesystem::path& dir) {
  const long base_mb = rss_now_mb();
  lingualens::VectorIndexParams p;
  if (flat) p.approximate_above = n;
  p.store_dir = dir;
  if (const char* e = std::getenv("NPROBE")) p.ivf_nprobe = std::atoi(e);
  if (const char* e = std::getenv("LISTS")) p.ivf_lists = std::atoi(e);
  const auto t0 = Clock::now();
  const auto index = lingualens::VectorIndex::build(kDim, n, stream_of(d.file, n), p);
  const double build_s = std::chrono::duration<double>(Clock::now() - t0).count();
  std::vector<double> ms;
  int hit = 0;
  for (int q = 0; q < kQueries; ++q) {
    const auto s0 = Clock::now();
    const auto r = index->search(d.queries.data() + static_cast<size_t>(q) * kDim, kTop);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - s0).count());
    for (const auto& [id, score] : r)
      hit += std::count(d.truth[q].begin(), d.truth[q].end(), id) > 0;
  }
  std::sort(ms.begin(), ms.end());
  const char* name = flat ? "flat" : index->approximate() ? "default" : "default(exact)";
  std::printf("%9lld %-15s %8.1f %8.2f %8.2f %10.3f %12ld %8ld\n", static_cast<long long>(n), name,
              build_s, ms[ms.size() / 2], ms[ms.size() * 99 / 100], hit / double(kTop * kQueries),
              peak_rss_mb(), base_mb);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  // The children: `--prepare N DIR` writes the vectors and truth, `--row N flat|default DIR`
  // prints one row.
  if (argc == 4 && std::strcmp(argv[1], "--prepare") == 0) {
    make_data(std::atoll(argv[2]), argv[3]);
    return 0;
  }
  if (argc == 5 && std::strcmp(argv[1], "--row") == 0) {
    const int64_t n = std::atoll(argv[2]);
    run_row(n, std::strcmp(argv[3], "flat") == 0, load_data(n, argv[4]), argv[4]);
    return 0;
  }
  bool with_flat = true;
  std::vector<int64_t> sizes;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--no-flat") == 0)
      with_flat = false;
    else
      sizes.push_back(std::atoll(argv[i]));
  }
  if (sizes.empty()) sizes = {100000, 1000000};
  const auto dir = std::filesystem::temp_directory_path() /
                   ("bench_vector_search-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::printf("cores: %u, dim %d, %d queries, k = %d\n", std::thread::hardware_concurrency(), kDim,
              kQueries, kTop);
  std::printf("%9s %-15s %8s %8s %8s %10s %12s %8s\n", "N", "index", "build_s", "p50_ms", "p99_ms",
              "recall@10", "peak_rss_MB", "base_MB");
  for (const int64_t n : sizes) {
    const std::string size = std::to_string(n);
    run_self(argv[0], {"--prepare", size, dir.string()});
    run_self(argv[0], {"--row", size, "default", dir.string()});
    if (with_flat) run_self(argv[0], {"--row", size, "flat", dir.string()});
  }
  std::filesystem::remove_all(dir);
  return 0;
}
