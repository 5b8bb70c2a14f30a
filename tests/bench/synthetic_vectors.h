// Synthetic photo-library embeddings for search benchmarks: normalised 640-d vectors on a
// low-rank, clustered manifold (like real CLIP embeddings: scenes repeat, dimensions
// correlate). Uniformly random 640-d vectors would defeat any approximate index and say
// nothing about real libraries. Generated in chunks, so a million of them never need to be in
// memory at once.
#pragma once

#include <cstdint>
#include <random>
#include <vector>

#include "index/vector_index.h"

namespace lingualens::bench {

constexpr int kDim = 640;

class SyntheticVectors {
 public:
  explicit SyntheticVectors(uint32_t seed) : rng_(seed) {
    std::mt19937 shared(42);  // the same space and scenes for library and queries
    proj_.resize(static_cast<size_t>(kLatent) * kDim);
    centers_.resize(static_cast<size_t>(kCenters) * kLatent);
    for (auto& x : proj_) x = g_(shared);
    for (auto& x : centers_) x = g_(shared);
  }
  // The next `n` vectors into `out` (n × kDim floats).
  void next(int64_t n, float* out) {
    std::uniform_int_distribution<int> pick(0, kCenters - 1);
    float z[kLatent];
    for (int64_t i = 0; i < n; ++i) {
      const float* c = centers_.data() + static_cast<size_t>(pick(rng_)) * kLatent;
      for (int l = 0; l < kLatent; ++l) z[l] = c[l] + 0.5f * g_(rng_);
      float* v = out + static_cast<size_t>(i) * kDim;
      for (int k = 0; k < kDim; ++k) {
        float s = 0.3f * g_(rng_);
        for (int l = 0; l < kLatent; ++l)
          s += z[l] * proj_[static_cast<size_t>(l) * kDim + k] * 0.125f;
        v[k] = s;
      }
      normalize_in_place(v, kDim);
    }
  }

 private:
  static constexpr int kLatent = 64, kCenters = 5000;
  std::normal_distribution<float> g_;
  std::vector<float> proj_, centers_;
  std::mt19937 rng_;
};

inline std::vector<float> make_vectors(int64_t n, uint32_t seed) {
  std::vector<float> v(static_cast<size_t>(n) * kDim);
  SyntheticVectors(seed).next(n, v.data());
  return v;
}

}  // namespace lingualens::bench
