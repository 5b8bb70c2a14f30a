// Random float32 tensors for benchmarks that need full-size models without downloading them.
#pragma once

#include <cmath>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "core/weights/raw_tensor.h"

namespace lingualens::bench {

// Normal(mean, sd) values; sd == 0 fills with `mean` (LayerNorm/BatchNorm parameters).
inline RawTensor random_tensor(std::vector<int64_t> shape, std::mt19937& rng, float mean,
                               float sd) {
  RawTensor t;
  t.shape = std::move(shape);
  const auto n = static_cast<size_t>(t.numel());
  std::shared_ptr<float[]> buf(new float[n]);
  std::normal_distribution<float> dist(mean, sd > 0 ? sd : 1.f);
  for (size_t k = 0; k < n; ++k) buf[k] = sd > 0 ? dist(rng) : mean;
  auto st = std::make_shared<Storage>();
  st->data = std::shared_ptr<const std::byte>(buf, reinterpret_cast<const std::byte*>(buf.get()));
  st->nbytes = n * sizeof(float);
  t.storage = st;
  return t;
}

// OpenAI's RN50x4 vision tower shapes (blocks 4, 6, 10, 6; width 80; 288 px; 640-d), keys
// with the "visual." prefix as in RN50x4.pt, He-initialised convolutions, identity BatchNorm.
inline StateDict rn50x4_random_weights(uint32_t seed = 7) {
  std::mt19937 rng(seed);
  StateDict sd;
  auto conv = [&](const std::string& n, int64_t out, int64_t in, int64_t k) {
    sd.add(n, random_tensor({out, in, k, k}, rng, 0.f, std::sqrt(2.f / float(in * k * k))));
  };
  auto bn = [&](const std::string& n, int64_t c) {
    sd.add(n + ".weight", random_tensor({c}, rng, 1.f, 0.f));
    sd.add(n + ".bias", random_tensor({c}, rng, 0.f, 0.f));
    sd.add(n + ".running_mean", random_tensor({c}, rng, 0.f, 0.f));
    sd.add(n + ".running_var", random_tensor({c}, rng, 1.f, 0.f));
  };
  const int64_t W = 80;
  conv("visual.conv1.weight", W / 2, 3, 3);
  bn("visual.bn1", W / 2);
  conv("visual.conv2.weight", W / 2, W / 2, 3);
  bn("visual.bn2", W / 2);
  conv("visual.conv3.weight", W, W / 2, 3);
  bn("visual.bn3", W);
  const int blocks[4] = {4, 6, 10, 6};
  int64_t inplanes = W;
  for (int s = 0; s < 4; ++s) {
    const int64_t planes = W << s;
    for (int i = 0; i < blocks[s]; ++i) {
      const std::string p = "visual.layer" + std::to_string(s + 1) + "." + std::to_string(i) + ".";
      conv(p + "conv1.weight", planes, inplanes, 1);
      bn(p + "bn1", planes);
      conv(p + "conv2.weight", planes, planes, 3);
      bn(p + "bn2", planes);
      conv(p + "conv3.weight", planes * 4, planes, 1);
      bn(p + "bn3", planes * 4);
      if (i == 0) {
        conv(p + "downsample.0.weight", planes * 4, inplanes, 1);
        bn(p + "downsample.1", planes * 4);
      }
      inplanes = planes * 4;
    }
  }
  const int64_t E = W * 32;
  sd.add("visual.attnpool.positional_embedding",
         random_tensor({82, E}, rng, 0.f, 1.f / std::sqrt(float(E))));
  for (const char* m : {"q_proj", "k_proj", "v_proj"}) {
    sd.add(std::string("visual.attnpool.") + m + ".weight", random_tensor({E, E}, rng, 0.f, 0.02f));
    sd.add(std::string("visual.attnpool.") + m + ".bias", random_tensor({E}, rng, 0.f, 0.f));
  }
  sd.add("visual.attnpool.c_proj.weight", random_tensor({640, E}, rng, 0.f, 0.02f));
  sd.add("visual.attnpool.c_proj.bias", random_tensor({640}, rng, 0.f, 0.f));
  return sd;
}

// A CLIP Vision Transformer's shapes (clip/model.py:VisionTransformer), keys with "visual.":
// width W, `layers` blocks, patch P, grid G (input P·G px), output `dim`.
inline StateDict vit_random_weights(int64_t W, int layers, int64_t P, int64_t G, int64_t dim,
                                    uint32_t seed = 7) {
  std::mt19937 rng(seed);
  StateDict sd;
  auto add = [&](const std::string& n, std::vector<int64_t> s, float mean = 0.f,
                 float sd_ = 0.02f) {
    sd.add("visual." + n, random_tensor(std::move(s), rng, mean, sd_));
  };
  add("conv1.weight", {W, 3, P, P});
  add("class_embedding", {W});
  add("positional_embedding", {G * G + 1, W});
  add("ln_pre.weight", {W}, 1.f, 0.f);
  add("ln_pre.bias", {W}, 0.f, 0.f);
  for (int l = 0; l < layers; ++l) {
    const std::string p = "transformer.resblocks." + std::to_string(l) + ".";
    add(p + "ln_1.weight", {W}, 1.f, 0.f);
    add(p + "ln_1.bias", {W}, 0.f, 0.f);
    add(p + "attn.in_proj_weight", {3 * W, W});
    add(p + "attn.in_proj_bias", {3 * W}, 0.f, 0.f);
    add(p + "attn.out_proj.weight", {W, W});
    add(p + "attn.out_proj.bias", {W}, 0.f, 0.f);
    add(p + "ln_2.weight", {W}, 1.f, 0.f);
    add(p + "ln_2.bias", {W}, 0.f, 0.f);
    add(p + "mlp.c_fc.weight", {4 * W, W});
    add(p + "mlp.c_fc.bias", {4 * W}, 0.f, 0.f);
    add(p + "mlp.c_proj.weight", {W, 4 * W});
    add(p + "mlp.c_proj.bias", {W}, 0.f, 0.f);
  }
  add("ln_post.weight", {W}, 1.f, 0.f);
  add("ln_post.bias", {W}, 0.f, 0.f);
  add("proj", {W, dim});
  return sd;
}

// BERT-named encoder weights of any size (Hugging Face BertModel keys; XLM-R and DistilBERT
// load through the same names). `types`: token-type rows (0: none, as DistilBERT).
inline StateDict bert_random_weights(int64_t vocab, int64_t H, int layers, int64_t I,
                                     int64_t positions, int64_t types, uint32_t seed = 42) {
  std::mt19937 rng(seed);
  StateDict sd;
  auto add = [&](const std::string& n, std::vector<int64_t> s, float mean = 0.f,
                 float sd_ = 0.02f) { sd.add(n, random_tensor(std::move(s), rng, mean, sd_)); };
  add("embeddings.word_embeddings.weight", {vocab, H});
  add("embeddings.position_embeddings.weight", {positions, H});
  if (types > 0) add("embeddings.token_type_embeddings.weight", {types, H});
  add("embeddings.LayerNorm.weight", {H}, 1.f, 0.f);
  add("embeddings.LayerNorm.bias", {H}, 0.f, 0.f);
  for (int l = 0; l < layers; ++l) {
    const std::string p = "encoder.layer." + std::to_string(l) + ".";
    for (const char* m : {"attention.self.query", "attention.self.key", "attention.self.value",
                          "attention.output.dense"}) {
      add(p + m + ".weight", {H, H});
      add(p + m + ".bias", {H});
    }
    add(p + "intermediate.dense.weight", {I, H});
    add(p + "intermediate.dense.bias", {I});
    add(p + "output.dense.weight", {H, I});
    add(p + "output.dense.bias", {H});
    for (const char* ln : {"attention.output.LayerNorm", "output.LayerNorm"}) {
      add(p + ln + ".weight", {H}, 1.f, 0.f);
      add(p + ln + ".bias", {H}, 0.f, 0.f);
    }
  }
  return sd;
}

}  // namespace lingualens::bench
