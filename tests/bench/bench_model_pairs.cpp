// What each Multilingual-CLIP pair costs on this machine: images/s per image tower (the real
// architectures with random weights made here, network only, batches of 4 and 16) and the latency of a
// ten-token query per text tower. The towers' sizes are the published ones (README, model
// pairs); the text towers share mbert-tiny's 119,547-token vocabulary (the embedding lookup
// costs the same whatever the vocabulary's size; XLM-R's own is 250,002).
//   build/tests/bench/bench_model_pairs   (LINGUALENS_THREADS=N to pin the thread count)
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <random>

#include "core/image/image_encoder.h"
#include "core/runtime.h"
#include "core/text/text_encoder.h"
#include "tests/bench/random_weights.h"

namespace lingualens {
namespace {

void configure_threads_once() {
  static const bool done = [] {
    const char* th = std::getenv("LINGUALENS_THREADS");
    configure_compute_threads(th ? std::atoi(th) : 0);
    return true;
  }();
  (void)done;
}

const ImageEncoder& image_tower(int which) {
  static std::map<int, std::unique_ptr<ImageEncoder>> cache;
  auto& slot = cache[which];
  if (!slot) {
    configure_threads_once();
    switch (which) {
      case 0:
        slot = std::make_unique<ImageEncoder>(bench::rn50x4_random_weights(), "RN50x4", 16);
        break;
      case 1:  // OpenAI ViT-B/32: width 768, 12 layers, patch 32, 224 px, 512-d
        slot = std::make_unique<ImageEncoder>(bench::vit_random_weights(768, 12, 32, 7, 512),
                                              "ViT-B/32", 16, VitActivation::kQuickGelu);
        break;
      case 2:  // OpenAI ViT-L/14: width 1024, 24 layers, patch 14, 224 px, 768-d
        slot = std::make_unique<ImageEncoder>(bench::vit_random_weights(1024, 24, 14, 16, 768),
                                              "ViT-L/14", 16, VitActivation::kQuickGelu);
        break;
      default:  // OpenCLIP ViT-B-16-plus-240: width 896, 12 layers, patch 16, 240 px, 640-d
        slot = std::make_unique<ImageEncoder>(bench::vit_random_weights(896, 12, 16, 15, 640),
                                              "ViT-B-16-plus-240", 16, VitActivation::kGelu);
    }
  }
  return *slot;
}

void BM_ImageTower(benchmark::State& state) {
  const auto& enc = image_tower(static_cast<int>(state.range(0)));
  const int n = static_cast<int>(state.range(1)), S = enc.input_size();
  std::vector<float> inputs(static_cast<size_t>(n) * 3 * S * S);
  std::mt19937 rng(3);
  std::normal_distribution<float> dist(0.f, 1.f);
  for (auto& v : inputs) v = dist(rng);
  for (auto _ : state) benchmark::DoNotOptimize(enc.encode_inputs(inputs.data(), n));
  state.SetItemsProcessed(state.iterations() * n);
  state.SetLabel(enc.info().architecture);
  state.counters["threads"] = compute_threads();
}
BENCHMARK(BM_ImageTower)
    ->ArgNames({"tower", "batch"})
    ->Args({0, 4})
    ->Args({1, 4})
    ->Args({1, 16})
    ->Args({2, 4})
    ->Args({3, 4})
    ->Unit(benchmark::kMillisecond)
    ->MinTime(4.0);

struct TextTower {
  const char* name;
  int64_t hidden, intermediate;
  int layers, heads, types, dim;
  bool roberta;
};
constexpr TextTower kTextTowers[] = {
    {"M-BERT-Base-69 (BERT-base)", 768, 3072, 12, 12, 2, 640, false},
    {"M-BERT-Distil-40 (DistilBERT)", 768, 3072, 6, 12, 0, 640, false},
    {"XLM-R Large", 1024, 4096, 24, 16, 1, 512, true},
    {"LaBSE (BERT-base)", 768, 3072, 12, 12, 2, 768, false}};

const TextEncoder& text_tower(int which) {
  static std::map<int, std::unique_ptr<TextEncoder>> cache;
  auto& slot = cache[which];
  if (!slot) {
    configure_threads_once();
    const TextTower& t = kTextTowers[which];
    BertConfig c;
    c.vocab_size = 119547;
    c.hidden_size = static_cast<int>(t.hidden);
    c.num_hidden_layers = t.layers;
    c.num_attention_heads = t.heads;
    c.intermediate_size = static_cast<int>(t.intermediate);
    c.type_vocab_size = t.types;
    c.positions_after_padding = t.roberta;
    c.pad_token_id = t.roberta ? 1 : 0;
    c.max_position_embeddings = t.roberta ? 514 : 512;
    c.layer_norm_eps = t.roberta ? 1e-5 : 1e-12;
    auto tok = BertTokenizer::from_model_dir(std::string(LINGUALENS_TEST_DATA) + "/mbert-tiny");
    LinearHead head;
    head.in = static_cast<int>(t.hidden);
    head.out = t.dim;
    std::mt19937 rng(5);
    std::normal_distribution<float> dist(0.f, 0.02f);
    head.weight.resize(static_cast<size_t>(head.in) * head.out);
    for (auto& v : head.weight) v = dist(rng);
    head.bias.assign(static_cast<size_t>(head.out), 0.f);
    slot = std::make_unique<TextEncoder>(
        c, std::move(tok),
        bench::bert_random_weights(c.vocab_size, t.hidden, t.layers, t.intermediate,
                                   c.max_position_embeddings, t.types),
        head, 1);
  }
  return *slot;
}

void BM_QueryLatency(benchmark::State& state) {
  const int which = static_cast<int>(state.range(0));
  const auto& enc = text_tower(which);
  const std::vector<std::vector<int32_t>> query = {
      {101, 10133, 39683, 10119, 10105, 12331, 10106, 10105, 15311, 102}};  // ten ids
  for (auto _ : state) benchmark::DoNotOptimize(enc.encode_ids(query));
  state.SetLabel(kTextTowers[which].name);
  state.counters["threads"] = compute_threads();
}
BENCHMARK(BM_QueryLatency)
    ->ArgName("tower")
    ->Arg(0)
    ->Arg(1)
    ->Arg(2)
    ->Arg(3)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(3.0);

}  // namespace
}  // namespace lingualens

BENCHMARK_MAIN();
