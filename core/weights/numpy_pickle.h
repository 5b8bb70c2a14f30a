// NumPy arrays inside Python pickles, as written by pickle.dump / pickle.dumps of ndarrays
// (protocols 2-5, C or Fortran order). The Multilingual-CLIP head is such a file.
#pragma once

#include <filesystem>
#include <vector>

#include "core/weights/raw_tensor.h"

namespace lingualens {

// Reads a pickle whose top level is a list or tuple of NumPy arrays and returns them in order.
// Only NumPy's own reconstruction globals are accepted. Throws lingualens::Error naming the file.
std::vector<RawTensor> load_numpy_array_list(const std::filesystem::path& file);

}  // namespace lingualens
