// Scoring 8-bit scalar-quantised vectors (and plain floats) against a query: the inner loops of
// the compressed search index. Each stored component is code/255 of its dimension's range, so a
// score is sum(w[k] * code[k]) plus a constant, with w the query scaled per dimension (see
// compressed_vectors.cpp). Written here rather than left to FAISS because Debian's FAISS is a
// generic x86-64 build: its scalar-quantizer scan runs at ~0.9 µs per 640-d vector on the
// 2-core test machine, this one at ~0.05 µs with AVX2 (chosen at run time; portable loop
// otherwise).
#pragma once

#include <cstdint>

namespace lingualens {

// out[i] = sum_k w[k] * codes[i * dim + k] for i < n.
void sq8_scores(const float* w, const uint8_t* codes, int64_t n, int dim, float* out);
// The same with the portable loop (tests compare the two).
void sq8_scores_portable(const float* w, const uint8_t* codes, int64_t n, int dim, float* out);
bool sq8_avx2_supported();

// out[i] = sum_k q[k] * rows[i * dim + k] for i < n: list centroids and re-ranked candidates
// (Debian's generic FAISS build scores 2,000 centroids in ~1.5 ms, this in ~0.2 ms).
void float_scores(const float* q, const float* rows, int64_t n, int dim, float* out);

}  // namespace lingualens
