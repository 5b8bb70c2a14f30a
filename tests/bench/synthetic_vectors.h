// Synthetic photo-library embeddings for search benchmarks: normalised 640-d vectors on a
// low-rank, clustered manifold (like real CLIP embeddings: scenes repeat, dimensions
// correlate). Uniformly random 640-d vectors would defeat any approximate index and say
// nothing about real libraries.
#pragma once

#include <cstdint>
#include <random>
#include <vector>

#include "index/vector_index.h"

namespace lingualens::bench {

constexpr int kDim = 640;

inline std::vector<float> make_vectors(int64_t n, uint32_t seed) {
  constexpr int kLatent = 64, kCenters = 5000;
  std::mt19937 shared(42);  // the same space and scenes for library and queries
  std::normal_distribution<float> g;
  std::vector<float> proj(static_cast<size_t>(kLatent) * kDim),
      centers(static_cast<size_t>(kCenters) * kLatent);
  for (auto& x : proj) x = g(shared);
  for (auto& x : centers) x = g(shared);
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> pick(0, kCenters - 1);
  std::vector<float> v(static_cast<size_t>(n) * kDim), z(kLatent);
  for (int64_t i = 0; i < n; ++i) {
    const float* c = centers.data() + static_cast<size_t>(pick(rng)) * kLatent;
    for (int l = 0; l < kLatent; ++l) z[l] = c[l] + 0.5f * g(rng);
    float* out = v.data() + static_cast<size_t>(i) * kDim;
    for (int k = 0; k < kDim; ++k) {
      float s = 0.3f * g(rng);
      for (int l = 0; l < kLatent; ++l)
        s += z[l] * proj[static_cast<size_t>(l) * kDim + k] * 0.125f;
      out[k] = s;
    }
    normalize_in_place(out, kDim);
  }
  return v;
}

}  // namespace lingualens::bench
