// Plain value types and callback types used across the core; no heavy headers here.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace lingualens {

// A raw model output vector (not normalised): what the reference returns.
using Embedding = std::vector<float>;

// Called with (done, total) units of work; may be called from a worker thread.
using ProgressFn = std::function<void(int64_t done, int64_t total)>;
// Returns true when the caller wants the operation to stop as soon as possible.
using CancelFn = std::function<bool()>;

}  // namespace lingualens
