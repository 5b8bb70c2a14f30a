// Embedding comparisons shared by the tests and the benchmark tools (no GoogleTest here, so
// benchmarks can use them too).
#pragma once

#include <cmath>
#include <vector>

namespace lingualens::test {

inline double cosine(const std::vector<float>& a, const std::vector<float>& b) {
  double ab = 0, aa = 0, bb = 0;
  for (size_t k = 0; k < a.size(); ++k) {
    ab += double(a[k]) * b[k];
    aa += double(a[k]) * a[k];
    bb += double(b[k]) * b[k];
  }
  return ab / std::sqrt(aa * bb);
}

// ||a - b|| / ||b||
inline double relative_l2(const std::vector<float>& a, const std::vector<float>& b) {
  double d = 0, n = 0;
  for (size_t k = 0; k < a.size(); ++k) {
    d += (double(a[k]) - b[k]) * (double(a[k]) - b[k]);
    n += double(b[k]) * b[k];
  }
  return std::sqrt(d / n);
}

}  // namespace lingualens::test
