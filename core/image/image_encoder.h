// CLIP image towers, loaded from the files as published: the ResNets ("ModifiedResNet": 3-conv
// stem, anti-aliased bottlenecks with average pooling, attention pooling; RN50x4 is the
// default) and the Vision Transformers (OpenAI ViT-B/32, ViT-L/14; OpenCLIP ViT-B-16-plus-240,
// core/image/vision_transformer.h).
//
// ref: openai/CLIP clip/model.py (Bottleneck, AttentionPool2d, ModifiedResNet, build_model)
// The architecture is inferred from the weights as build_model does, so RN50, RN101, RN50x4
// (the default: 288 px, 640-d), RN50x16 and RN50x64 all load. Weights stored in fp16 are
// computed in fp32, as the reference does on CPU (clip.load(..., jit=False) → model.float()).
//
// Thread-safety: after construction every const method may be called concurrently.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/image/image.h"
#include "core/image/vision_transformer.h"
#include "core/types.h"
#include "core/weights/raw_tensor.h"

namespace lingualens {

// Images per forward pass. 4, not 8: on 2 AVX2 cores both run at the same speed end to end
// (1.9–2.3 images/s over 48 photos of 12 MP, runs vary ±10 %), but every convolution's
// transient copies (oneDNN's blocked input and output) scale with the batch, and batch 4 keeps
// the peak resident memory of indexing ~200 MB lower (BENCHMARKS.md).
inline constexpr int kDefaultImageBatch = 4;

struct ImageEncoderParams {
  std::filesystem::path weights_file;  // RN50x4.pt (TorchScript), a state dict, or .safetensors
  int max_batch = kDefaultImageBatch;  // images per forward pass
  // Vision Transformers: kAuto takes QuickGELU for OpenAI's files (TorchScript archives with
  // fp16 weights and `input_resolution`), exact GELU for OpenCLIP's (all fp32).
  VitActivation vit_activation = VitActivation::kAuto;
};

struct ImageEncoderInfo {
  std::string architecture;  // "RN50x4", "ViT-B/32", or "ResNet (custom size)"…
  std::vector<int> layers;   // ResNet: bottleneck blocks per stage; ViT: {transformer blocks}
  int width = 0;             // ResNet: stem width; ViT: transformer width
  int heads = 0;             // attention-pool / attention heads
  int patch_size = 0;        // ViT: pixels per patch side (0 for ResNets)
  std::string activation;    // ViT: "QuickGELU" or "GELU"
  int input_size = 0;        // pixels (288 for RN50x4)
  int dim = 0;               // embedding size (640 for RN50x4)
  std::filesystem::path weights_file;
  // weights_fingerprint() of the vision tower's tensors, computed once while loading: what a
  // library records as its model, whatever file format the weights came in.
  std::string fingerprint;
};

class ImageEncoder {
 public:
  // Loads and validates the weights; throws lingualens::Error naming the file.
  explicit ImageEncoder(const ImageEncoderParams& params);
  // From a state dict already in memory (keys with or without the "visual." prefix).
  ImageEncoder(StateDict weights, const std::filesystem::path& origin,
               int max_batch = kDefaultImageBatch,
               VitActivation vit_activation = VitActivation::kAuto);
  ~ImageEncoder();
  ImageEncoder(ImageEncoder&&) noexcept;
  ImageEncoder& operator=(ImageEncoder&&) noexcept;

  const ImageEncoderInfo& info() const;
  int dim() const { return info().dim; }
  int input_size() const { return info().input_size; }
  int max_batch() const;

  // The network input of one decoded image: 3 × input_size × input_size floats.
  std::vector<float> preprocess(const Image8& image) const;

  // Raw (not normalised) embeddings of `count` preprocessed inputs laid out one after the
  // other (count × 3 × S × S floats), in batches of max_batch.
  std::vector<Embedding> encode_inputs(const float* inputs, int count,
                                       const CancelFn& cancel = {}) const;
  // Preprocess + encode.
  std::vector<Embedding> encode(const std::vector<Image8>& images,
                                const CancelFn& cancel = {}) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lingualens
