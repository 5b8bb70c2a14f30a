// CLIP's Vision Transformer image tower (OpenAI ViT-B/32, ViT-L/14; OpenCLIP ViT-B-16-plus-240),
// loaded from the files as published. Internal to ImageEncoder, which picks it when the
// weights hold `visual.proj`; torch stays in the .cpp.
//
// ref: openai/CLIP clip/model.py (VisionTransformer, Transformer, ResidualAttentionBlock,
// QuickGELU, LayerNorm, build_model); mlfoundations/open_clip src/open_clip/transformer.py
// (VisionTransformer with nn.GELU), factory.py:load_state_dict.
#pragma once

#include <filesystem>
#include <memory>

#include "core/weights/raw_tensor.h"

namespace lingualens {

struct ImageEncoderInfo;

// OpenAI's towers use QuickGELU (x·σ(1.702x)); OpenCLIP's ViT-B-16-plus-240 the exact (erf) GELU.
enum class VitActivation { kAuto, kQuickGelu, kGelu };

class VisionTransformer {
 public:
  // `sd`: the vision tower's tensors without the "visual." prefix. `openai_file`: the weights
  // came as OpenAI ships them (decides kAuto). Fills `info`; throws Error naming `file`.
  VisionTransformer(StateDict sd, const std::filesystem::path& file, bool openai_file,
                    VitActivation activation, ImageEncoderInfo& info);
  ~VisionTransformer();

  // count preprocessed inputs (count × 3 × S × S floats) → count × dim floats in `out`.
  void forward(const float* inputs, int count, float* out) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// True when a state dict (without "visual.") is a Vision Transformer's.
bool is_vision_transformer(const StateDict& sd);

}  // namespace lingualens
