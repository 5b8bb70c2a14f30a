// Reverse geocoding speed (the target is 100,000 photos a second): random points on land-heavy
// latitudes and points near the shipped places (where photos are), after a one-time load.
//   build/tests/bench/bench_places
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <random>

#include "core/places/gazetteer.h"

namespace {

const lingualens::Gazetteer& gazetteer() {
  static const auto g = lingualens::Gazetteer::load(lingualens::Gazetteer::default_dir());
  return *g;
}

void BM_NearestNearPlaces(benchmark::State& state) {
  const auto& g = gazetteer();
  std::mt19937 rng(1);
  std::uniform_int_distribution<uint32_t> pick(0, static_cast<uint32_t>(g.size() - 1));
  std::normal_distribution<double> jitter(0, 0.05);
  std::vector<std::pair<double, double>> points;
  for (int i = 0; i < 4096; ++i) {
    const auto p = g.place(pick(rng));
    points.emplace_back(p.latitude + jitter(rng), p.longitude + jitter(rng));
  }
  size_t k = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(g.nearest(points[k].first, points[k].second));
    k = (k + 1) % points.size();
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_NearestNearPlaces)->Unit(benchmark::kMicrosecond);

void BM_NearestAnywhere(benchmark::State& state) {
  const auto& g = gazetteer();
  std::mt19937 rng(2);
  std::uniform_real_distribution<double> lat(-56, 72), lon(-180, 180);
  size_t n = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(g.nearest(lat(rng), lon(rng)));
    ++n;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_NearestAnywhere)->Unit(benchmark::kMicrosecond);

}  // namespace

int main(int argc, char** argv) {
  const auto t0 = std::chrono::steady_clock::now();
  const size_t n = gazetteer().size();
  std::printf(
      "load: %zu places in %.0f ms\n", n,
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}
