// Loading model weights from the file formats people actually download.
//
//  - torch.save zip archives (PyTorch >= 1.6; Hugging Face pytorch_model.bin)
//  - TorchScript archives (OpenAI's RN50x4.pt): every tensor reachable from the module
//    object graph, named by attribute path ("visual.layer1.0.conv1.weight")
//  - the legacy non-zip torch.save format (checkpoints written before 2020)
//  - .safetensors
//
// Pickles are read by our strict reader (core/weights/pickle.h): nothing is executed and
// only the globals a checkpoint needs are accepted. Tensor bytes are read once, straight into
// their final buffers, so loading needs about one file size of memory.
#pragma once

#include <filesystem>

#include "core/weights/raw_tensor.h"

namespace lingualens {

enum class CheckpointFormat { kTorchZip, kTorchLegacy, kSafetensors, kUnknown };

// Looks at the first bytes of the file. Throws kNotFound / kIo when it cannot be read.
CheckpointFormat sniff_checkpoint_format(const std::filesystem::path& file);

// Every tensor in the file, in file order. Throws lingualens::Error naming the file.
StateDict load_state_dict(const std::filesystem::path& file);

}  // namespace lingualens
