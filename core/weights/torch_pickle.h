// Interprets the pickles inside torch.save / TorchScript files (shared by the zip and legacy
// readers). Internal to core/weights.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "core/weights/pickle.h"
#include "core/weights/raw_tensor.h"

namespace lingualens::torch_pickle {

// The globals a torch checkpoint or TorchScript archive may reference.
bool allow_global(const std::string& module, const std::string& name);

// Maps a storage class name ("HalfStorage") to its element type; false when unknown.
bool storage_dtype(const std::string& global_name, DType& out);

// Resolves a persistent id payload ('storage', type, key, location, numel[, view]) to the
// storage it names; called once per tensor that references it.
using StorageResolver =
    std::function<std::shared_ptr<const Storage>(const pickle::Value& persistent_id)>;

// Walks `root` (an OrderedDict, a plain dict, or a TorchScript module object) and adds every
// tensor reachable through string keys / attribute names, joined with '.'.
void collect_tensors(const pickle::Value& root, const StorageResolver& resolve,
                     const std::string& what, StateDict& out);

}  // namespace lingualens::torch_pickle
