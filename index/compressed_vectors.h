// The compressed index for large libraries: an inverted file (k-means lists over the
// embeddings, FAISS's IndexIVFScalarQuantizer: 8-bit residual codes, 640 bytes a photo instead
// of 2,560) finds candidates, which are re-ranked with the exact floats read from the
// memory-mapped store (float_store.h). Scores are therefore the same cosines the exact index
// gives; only which photos reach the top can differ (recall, measured by bench_vector_search).
// Internal to index/ (see vector_backend.h); tests use it directly.
#pragma once

#include <memory>

#include "index/vector_backend.h"

namespace lingualens {

// `expected`: about how many rows `rows` will give (sizes the lists).
std::unique_ptr<VectorBackend> build_compressed(int dim, int64_t expected, const VectorStream& rows,
                                                const VectorIndexParams& params);
// nullptr when the files do not fit together (derived data: the caller rebuilds).
std::unique_ptr<VectorBackend> load_compressed(const std::filesystem::path& index_file, int dim,
                                               const nlohmann::json& meta,
                                               const VectorIndexParams& params);

// For tests: the largest difference, over every stored vector, between the score the search's
// own kernel gives `query` and the inner product with FAISS's reconstruction of that vector.
float compressed_kernel_error(const VectorBackend& index, const float* query);

}  // namespace lingualens
