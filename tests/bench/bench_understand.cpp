// How long understanding a query takes (the target is 1 ms), over queries in many languages;
// the vocabularies (ICU's month and country names of every locale) are built before timing,
// and their one-time cost is reported beside.
//   build/tests/bench/bench_understand
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>

#include "core/query/country_names.h"
#include "core/query/date_vocabulary.h"
#include "core/query/understand_query.h"

namespace {

const char* const kQueries[] = {
    "Strand im Juli 2023",
    "пляж летом 2019",
    "海 2021年8月",
    "beach in Italy 2019",
    "March of the penguins",
    "l'année dernière à la plage",
    "5 de julio de 2023 playa",
    "ทะเล ปีที่แล้ว",
    "작년 여름 바다",
    "a red apple on a wooden table next to a glass of water in the afternoon light"};

void BM_Understand(benchmark::State& state) {
  lingualens::UnderstandParams params;
  params.today = lingualens::CivilDate{2026, 11, 30};
  size_t k = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(lingualens::understand_query(kQueries[k], params));
    k = (k + 1) % (sizeof kQueries / sizeof kQueries[0]);
  }
}
BENCHMARK(BM_Understand)->Unit(benchmark::kMicrosecond);

}  // namespace

int main(int argc, char** argv) {
  const auto t0 = std::chrono::steady_clock::now();
  lingualens::DateVocabulary::get();
  const auto t1 = std::chrono::steady_clock::now();
  const size_t names = lingualens::CountryNames::get().size();
  const auto t2 = std::chrono::steady_clock::now();
  std::printf("one-time: month names %.0f ms, %zu country names %.0f ms\n",
              std::chrono::duration<double, std::milli>(t1 - t0).count(), names,
              std::chrono::duration<double, std::milli>(t2 - t1).count());
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}
