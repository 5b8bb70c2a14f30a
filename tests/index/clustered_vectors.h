// Test vectors with the structure of photo embeddings: unit vectors around a limited number of
// scene centres (the same centres for every seed, so queries and library share their scenes).
#pragma once

#include <cstdint>
#include <random>
#include <vector>

#include "index/vector_index.h"

namespace lingualens::test {

inline std::vector<float> clustered_unit_vectors(int n, int dim, uint32_t seed, int scenes = 300) {
  std::mt19937 shared(99);
  std::normal_distribution<float> d;
  std::vector<float> centers(static_cast<size_t>(scenes) * dim);
  for (auto& x : centers) x = d(shared);
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> pick(0, scenes - 1);
  std::vector<float> v(static_cast<size_t>(n) * dim);
  for (int i = 0; i < n; ++i) {
    const float* c = centers.data() + static_cast<size_t>(pick(rng)) * dim;
    for (int k = 0; k < dim; ++k) v[static_cast<size_t>(i) * dim + k] = c[k] + 0.4f * d(rng);
    normalize_in_place(v.data() + static_cast<size_t>(i) * dim, dim);
  }
  return v;
}

}  // namespace lingualens::test
