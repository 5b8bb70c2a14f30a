// RawTensor → torch tensor, for use inside .cpp files that already include LibTorch.
// (Only a forward declaration here, so this header stays cheap to include.)
#pragma once

#include "core/weights/raw_tensor.h"

namespace at {
class Tensor;
}

namespace lingualens {

// A contiguous float32 tensor with the same values. Contiguous float32 data is shared with
// the RawTensor's storage (no copy); anything else is converted into a new buffer.
at::Tensor to_torch_float(const RawTensor& t);

}  // namespace lingualens
