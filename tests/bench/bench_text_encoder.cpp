// M-BERT-Base-69 text encoder speed with the real architecture (BERT-base multilingual:
// 12 layers, hidden 768, 119,547-token vocabulary, 640-d head) and random weights made here.
//
//   build/tests/bench/bench_text_encoder [--benchmark_filter=...] [--threads N via
//   LINGUALENS_THREADS]
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <random>

#include "core/runtime.h"
#include "core/text/text_encoder.h"
#include "tests/bench/random_weights.h"

namespace lingualens {
namespace {

// The full-size encoder, built once (about 1.4 GB of random weights take a few seconds).
const TextEncoder& full_size_encoder() {
  static const TextEncoder* enc = [] {
    configure_compute_threads(
        std::getenv("LINGUALENS_THREADS") ? std::atoi(std::getenv("LINGUALENS_THREADS")) : 0);
    BertConfig c;
    c.vocab_size = 119547;
    c.hidden_size = 768;
    c.num_hidden_layers = 12;
    c.num_attention_heads = 12;
    c.intermediate_size = 3072;
    StateDict sd = bench::bert_random_weights(c.vocab_size, 768, 12, 3072, 512, 2);
    LinearHead head;
    head.in = 768;
    head.out = 640;
    std::mt19937 rng(43);
    std::normal_distribution<float> dist(0.f, 0.02f);
    head.weight.resize(768 * 640);
    for (auto& w : head.weight) w = dist(rng);
    head.bias.assign(640, 0.f);
    // The real multilingual vocabulary, so tokenization costs what it costs in the product.
    auto tok = BertTokenizer::from_model_dir(std::string(LINGUALENS_TEST_DATA) + "/mbert-tiny");
    return new TextEncoder(c, std::move(tok), std::move(sd), head, 32);
  }();
  return *enc;
}

void BM_TextQueryShort(benchmark::State& state) {
  const auto& enc = full_size_encoder();
  const std::string query = "Ein Eisbär im Schnee";  // about 8 tokens with [CLS]/[SEP]
  state.counters["tokens"] = static_cast<double>(enc.tokenizer().encode(query).ids.size());
  state.counters["threads"] = compute_threads();
  for (auto _ : state) benchmark::DoNotOptimize(enc.encode({query}));
}
BENCHMARK(BM_TextQueryShort)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

void BM_TextBatch32Captions(benchmark::State& state) {
  const auto& enc = full_size_encoder();
  const std::vector<std::string> base = {"A man on a motorcycle",
                                         "Ein Mann auf einem Motorrad",
                                         "Un homme sur une moto",
                                         "Мужчина на мотоцикле",
                                         "A bunch of bananas hanging from a tree",
                                         "Ett grönt äpple",
                                         "Μια ομάδα από μπανάνες",
                                         "ಹಸಿರು ಸೇಬು",
                                         "Una persona feliz riendo",
                                         "白い猫がソファで寝ている"};
  std::vector<std::string> texts;
  for (int k = 0; k < 32; ++k) texts.push_back(base[k % base.size()]);
  for (auto _ : state) benchmark::DoNotOptimize(enc.encode(texts));
  state.SetItemsProcessed(state.iterations() * 32);
  state.counters["threads"] = compute_threads();
}
BENCHMARK(BM_TextBatch32Captions)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_Tokenize(benchmark::State& state) {
  const auto& tok = full_size_encoder().tokenizer();
  for (auto _ : state) benchmark::DoNotOptimize(tok.encode("Ein Eisbär läuft im Schnee, 2024"));
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace lingualens

BENCHMARK_MAIN();
