// Multilingual-CLIP text encoder: transformer → attention-masked mean pooling → linear head.
// Transformers: BERT (M-BERT-Base-69, LaBSE), DistilBERT (M-BERT-Distil-40) and XLM-RoBERTa
// (XLM-Roberta-Large-Vit-*), as their folders are published (core/text/text_model_layout.h).
//
// ref: Multilingual-CLIP legacy_multilingual_clip.py:MultilingualClip.forward
//   embs = transformer(**tok)[0]; att = tok['attention_mask']
//   embs = (embs * att.unsqueeze(2)).sum(dim=1) / att.sum(dim=1)[:, None]
//   return clip_head(embs)
// and multilingual_clip/pt_multilingual_clip.py:MultilingualCLIP.forward (the same pooling,
// then LinearTransformation).
//
// Thread-safety: after construction every const method may be called concurrently.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/text/bert_config.h"
#include "core/text/linear_head.h"
#include "core/text/text_tokenizer.h"
#include "core/text/tokenizer.h"
#include "core/types.h"
#include "core/weights/raw_tensor.h"

namespace lingualens {

struct TextEncoderParams {
  std::filesystem::path model_dir;  // config.json, vocab.txt, pytorch_model.bin, ...
  // Empty: found in model_dir (LinearHead::find_in); new-format M-CLIP folders carry theirs in
  // the checkpoint.
  std::filesystem::path head_file;
  int max_batch = 32;  // texts per forward pass
  // The encoder's weight matrices kept as IEEE half where the CPU has AVX2 + F16C: half the
  // memory and ~20 % faster queries; embeddings stay within cosine 0.99999 of the reference but
  // not within its relative-L2 1e-4 (measured up to 1.4e-3), so it is an opt-in deviation
  // (core/util/half_linear.h). Default: fp32 as in the file.
  bool half_weights = false;
};

struct TextEncoderInfo {
  std::string family;  // "BERT", "DistilBERT", "XLM-RoBERTa"
  int hidden_size = 0;
  int layers = 0;
  int dim = 0;                // output embedding size
  bool half_weights = false;  // the encoder's matrices are stored as IEEE half
  std::filesystem::path weights_file;
  std::filesystem::path head_file;  // the checkpoint itself for new-format M-CLIP
};

class TextEncoder {
 public:
  // Loads and validates every file; throws lingualens::Error naming the file at fault.
  explicit TextEncoder(const TextEncoderParams& params);
  // Builds an encoder from parts already in memory (benchmarks, converters). `weights` uses
  // Hugging Face BertModel names; it is consumed so each tensor is released once converted.
  TextEncoder(BertConfig config, BertTokenizer tokenizer, StateDict weights, const LinearHead& head,
              int max_batch = 32, bool half_weights = false);
  ~TextEncoder();
  TextEncoder(TextEncoder&&) noexcept;
  TextEncoder& operator=(TextEncoder&&) noexcept;

  const TextTokenizer& tokenizer() const;
  const TextEncoderInfo& info() const;
  int dim() const { return info().dim; }

  // Raw (not normalised) embeddings, one per text, in input order. Texts are batched by
  // length; a text's embedding does not depend on the others. `progress` counts texts.
  std::vector<Embedding> encode(const std::vector<std::string>& texts,
                                const ProgressFn& progress = {}, const CancelFn& cancel = {}) const;
  // The same for already tokenized texts (ids including the start and end tokens).
  std::vector<Embedding> encode_ids(const std::vector<std::vector<int32_t>>& ids,
                                    const ProgressFn& progress = {},
                                    const CancelFn& cancel = {}) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The weights file of a Hugging Face model folder: pytorch_model.bin, else model.safetensors.
// (Named for BERT, its first user; any text model folder.)
std::filesystem::path find_bert_weights(const std::filesystem::path& model_dir);

}  // namespace lingualens
