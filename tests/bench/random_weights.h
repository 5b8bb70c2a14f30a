// Random float32 tensors for benchmarks that need full-size models without downloading them.
#pragma once

#include <memory>
#include <random>
#include <vector>

#include "core/weights/raw_tensor.h"

namespace lingualens::bench {

// Normal(mean, sd) values; sd == 0 fills with `mean` (LayerNorm/BatchNorm parameters).
inline RawTensor random_tensor(std::vector<int64_t> shape, std::mt19937& rng, float mean, float sd) {
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

}  // namespace lingualens::bench
