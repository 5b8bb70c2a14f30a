#include "core/image/image_encoder.h"

#include <torch/torch.h>

#include <cmath>
#include <map>
#include <set>

#include "core/error.h"
#include "core/image/clip_preprocess.h"
#include "core/util/file_hash.h"
#include "core/util/mapped_file.h"
#include "core/weights/checkpoint.h"
#include "core/weights/take_checked.h"
#include "core/weights/to_torch.h"

namespace lingualens {
namespace {

struct BatchNorm {
  torch::Tensor weight, bias, mean, var;
};

// A convolution with its batch norm folded in (inference): w' = w·γ/√(σ²+ε), b' = β − μ·γ/√(σ²+ε).
// Deviation from the reference, which runs conv then batch_norm: one pass over the activations
// instead of two. Measured on RN50x4, 2 cores: batch 8 from 2.2 to 2.7 images/s. The folded
// weights are computed in double precision; the parity tests against the reference's
// embeddings (cosine ≥ 0.99999, tests/core/test_image_encoder.cpp) hold. (Channels-last
// activations were measured too: 8% slower with this LibTorch, so not used.)
//
// Where LibTorch has oneDNN (MKL-DNN), the folded weights are also re-laid out once for it
// (`packed`) and the trunk's activations stay in oneDNN's blocked layout from the first
// convolution to the last: torch::conv2d would otherwise reorder every weight and every
// activation into that layout and back on each call. Same convolution kernels, so the same
// numbers (parity tests unchanged); measured on RN50x4, 2 cores, batch 4: see BENCHMARKS.md.
struct ConvBn {
  torch::Tensor weight, bias;  // oneDNN tensors when packed
  int64_t padding = 0, stride = 1;
  bool packed = false;
};

struct Bottleneck {
  ConvBn conv1, conv2, conv3, down;
  int stride = 1;
  bool has_downsample = false;
};

ConvBn fold(const torch::Tensor& w, const BatchNorm& bn) {
  const auto scale = bn.weight.to(torch::kDouble) / torch::sqrt(bn.var.to(torch::kDouble) + 1e-5);
  ConvBn out;
  out.weight = (w.to(torch::kDouble) * scale.view({-1, 1, 1, 1})).to(torch::kFloat);
  out.bias = (bn.bias.to(torch::kDouble) - bn.mean.to(torch::kDouble) * scale).to(torch::kFloat);
  return out;
}

// True when LibTorch was built with oneDNN, whose layout the trunk then runs in.
bool use_onednn_layout() {
  static const bool yes = at::hasMKLDNN();
  return yes;
}

void pack_for_onednn(ConvBn& c) {
  c.weight = at::mkldnn_reorder_conv2d_weight(c.weight.to_mkldnn(), {c.padding, c.padding},
                                              {c.stride, c.stride}, {1, 1}, 1);
  c.bias = c.bias.to_mkldnn();
  c.packed = true;
}

// Takes tensors out of the state dict by name with shape checks, so every error names the
// tensor and the file, and memory is released as the weights are converted.
class Weights {
 public:
  Weights(StateDict& sd, std::filesystem::path file) : sd_(sd), file_(std::move(file)) {}

  const RawTensor* peek(const std::string& name) const { return sd_.find(name); }

  torch::Tensor take(const std::string& name, const std::vector<int64_t>& shape) {
    return to_torch_float(take_checked(sd_, name, shape, file_, "visual." + name));
  }

  // A convolution and its batch norm, folded (and packed for oneDNN where available); the
  // source bytes leave the resident set.
  ConvBn conv_bn(const std::string& conv, const std::vector<int64_t>& shape, const std::string& bn,
                 int64_t padding = 0, int64_t stride = 1) {
    const torch::Tensor w = take(conv, shape);
    const BatchNorm b = batch_norm(bn, shape[0]);
    ConvBn out = fold(w, b);
    out.padding = padding;
    out.stride = stride;
    if (use_onednn_layout()) pack_for_onednn(out);
    release_resident_pages(w.data_ptr(), w.nbytes());
    return out;
  }

  BatchNorm batch_norm(const std::string& prefix, int64_t n) {
    return {take(prefix + ".weight", {n}), take(prefix + ".bias", {n}),
            take(prefix + ".running_mean", {n}), take(prefix + ".running_var", {n})};
  }

  const std::filesystem::path& file() const { return file_; }

 private:
  StateDict& sd_;
  std::filesystem::path file_;
};

torch::Tensor conv(const torch::Tensor& x, const ConvBn& c) {
  if (c.packed) {
    return at::mkldnn_convolution(x, c.weight, c.bias, {c.padding, c.padding}, {c.stride, c.stride},
                                  {1, 1}, 1);
  }
  return torch::conv2d(x, c.weight, c.bias, c.stride, c.padding);
}

std::string architecture_name(const std::vector<int>& layers, int width) {
  static const std::map<std::pair<std::vector<int>, int>, std::string> kKnown = {
      {{{3, 4, 6, 3}, 64}, "RN50"},
      {{{3, 4, 23, 3}, 64}, "RN101"},
      {{{4, 6, 10, 6}, 80}, "RN50x4"},
      {{{6, 8, 18, 8}, 96}, "RN50x16"},
      {{{3, 15, 36, 10}, 128}, "RN50x64"}};
  auto it = kKnown.find({layers, width});
  return it == kKnown.end() ? "ResNet (custom size)" : it->second;
}

}  // namespace

struct ImageEncoder::Impl {
  ImageEncoderInfo info;
  int max_batch = kDefaultImageBatch;
  VitActivation vit_activation = VitActivation::kAuto;
  std::unique_ptr<VisionTransformer> vit;  // set for a Vision Transformer; else the ResNet
  ConvBn stem1, stem2, stem3;
  std::vector<Bottleneck> blocks;
  torch::Tensor pos_emb, q_w, q_b, k_w, k_b, v_w, v_b, c_w, c_b;

  void load(StateDict sd, const std::filesystem::path& file);
  torch::Tensor forward(const torch::Tensor& x) const;
  torch::Tensor attention_pool(const torch::Tensor& x) const;
};

// ref: clip/model.py:build_model (vision part) and ModifiedResNet.__init__
void ImageEncoder::Impl::load(StateDict sd, const std::filesystem::path& file) {
  // ref: open_clip factory.py:load_state_dict — a training checkpoint keeps the weights under
  // 'state_dict', and a model saved wrapped for several GPUs prefixes every key with "module.".
  if (!sd.items().empty() && sd.items().front().first.rfind("state_dict.", 0) == 0)
    sd = sd.with_prefix_stripped("state_dict.");
  if (!sd.items().empty() && sd.items().front().first.rfind("module.", 0) == 0)
    sd = sd.with_prefix_stripped("module.");
  // OpenAI's archives carry the text tower's sizes as int64 scalars and half-precision
  // weights (clip/model.py:convert_weights); OpenCLIP's files are all float32.
  const RawTensor* conv1 = sd.find("visual.conv1.weight");
  const bool openai_file =
      sd.find("input_resolution") || (conv1 && conv1->dtype == DType::kF16);
  bool has_visual = false;
  for (const auto& [name, t] : sd.items()) {
    if (name.rfind("visual.", 0) == 0) has_visual = true;
  }
  if (has_visual) sd = sd.with_prefix_stripped("visual.");
  info.fingerprint = weights_fingerprint(sd);
  info.weights_file = file;
  if (is_vision_transformer(sd)) {
    vit = std::make_unique<VisionTransformer>(std::move(sd), file, openai_file, vit_activation,
                                              info);
    return;
  }
  if (sd.find("proj") || sd.find("transformer.resblocks.0.attn.in_proj_weight") ||
      sd.find("class_embedding")) {
    throw Error(ErrorKind::kMismatch, file,
                "a Vision Transformer CLIP model without its patch embedding, class embedding "
                "or projection: the file is incomplete");
  }
  Weights w(sd, file);
  const RawTensor* pos = w.peek("attnpool.positional_embedding");
  const RawTensor* l1 = w.peek("layer1.0.conv1.weight");
  if (!pos || !l1 || pos->shape.size() != 2 || l1->shape.size() != 4) {
    throw Error(ErrorKind::kMismatch, file,
                "not a CLIP ResNet model: no 'visual.attnpool.positional_embedding' / "
                "'visual.layer1.0.conv1.weight' tensors");
  }
  // Blocks per stage: distinct block indices under layer{b}.
  std::vector<int> layers;
  for (int b = 1; b <= 4; ++b) {
    std::set<std::string> ids;
    const std::string prefix = "layer" + std::to_string(b) + ".";
    for (const auto& [name, t] : sd.items()) {
      if (name.rfind(prefix, 0) == 0)
        ids.insert(name.substr(prefix.size(), name.find('.', prefix.size()) - prefix.size()));
    }
    if (ids.empty())
      throw Error(ErrorKind::kMismatch, file, "missing stage 'visual." + prefix + "'");
    layers.push_back(static_cast<int>(ids.size()));
  }
  const int64_t width = l1->shape[0];
  const int64_t grid = std::llround(std::sqrt(static_cast<double>(pos->shape[0] - 1)));
  if (grid * grid + 1 != pos->shape[0] || width <= 0 || width % 2) {
    throw Error(ErrorKind::kMismatch, file,
                "unexpected attention-pool positional embedding " + pos->shape_string());
  }
  const int64_t embed = width * 32;
  const RawTensor* cproj = w.peek("attnpool.c_proj.weight");
  if (!cproj || cproj->shape.size() != 2) {
    throw Error(ErrorKind::kMismatch, file, "missing tensor 'visual.attnpool.c_proj.weight'");
  }
  info.layers = layers;
  info.width = static_cast<int>(width);
  info.heads = static_cast<int>(width * 32 / 64);
  info.input_size = static_cast<int>(grid * 32);
  info.dim = static_cast<int>(cproj->shape[0]);
  info.architecture = architecture_name(layers, info.width);

  stem1 = w.conv_bn("conv1.weight", {width / 2, 3, 3, 3}, "bn1", 1, 2);
  stem2 = w.conv_bn("conv2.weight", {width / 2, width / 2, 3, 3}, "bn2", 1);
  stem3 = w.conv_bn("conv3.weight", {width, width / 2, 3, 3}, "bn3", 1);
  int64_t inplanes = width;
  for (int stage = 0; stage < 4; ++stage) {
    const int64_t planes = width << stage;
    for (int i = 0; i < layers[stage]; ++i) {
      const std::string p = "layer" + std::to_string(stage + 1) + "." + std::to_string(i) + ".";
      Bottleneck b;
      b.stride = (stage > 0 && i == 0) ? 2 : 1;
      b.conv1 = w.conv_bn(p + "conv1.weight", {planes, inplanes, 1, 1}, p + "bn1");
      b.conv2 = w.conv_bn(p + "conv2.weight", {planes, planes, 3, 3}, p + "bn2", 1);
      b.conv3 = w.conv_bn(p + "conv3.weight", {planes * 4, planes, 1, 1}, p + "bn3");
      b.has_downsample = b.stride > 1 || inplanes != planes * 4;
      if (b.has_downsample) {
        b.down =
            w.conv_bn(p + "downsample.0.weight", {planes * 4, inplanes, 1, 1}, p + "downsample.1");
      }
      blocks.push_back(std::move(b));
      inplanes = planes * 4;
    }
  }
  pos_emb = w.take("attnpool.positional_embedding", {grid * grid + 1, embed});
  q_w = w.take("attnpool.q_proj.weight", {embed, embed});
  q_b = w.take("attnpool.q_proj.bias", {embed});
  k_w = w.take("attnpool.k_proj.weight", {embed, embed});
  k_b = w.take("attnpool.k_proj.bias", {embed});
  v_w = w.take("attnpool.v_proj.weight", {embed, embed});
  v_b = w.take("attnpool.v_proj.bias", {embed});
  c_w = w.take("attnpool.c_proj.weight", {info.dim, embed});
  c_b = w.take("attnpool.c_proj.bias", {info.dim});
  // The folded convolutions are copies; copy these too, so that no tensor still points into
  // the memory-mapped file and the mapping (whose touched pages count as resident memory) is
  // released when the state dict goes. (Peak RSS indexing RN50x4: 1060 -> 930 MB.)
  for (torch::Tensor* t : {&pos_emb, &q_w, &q_b, &k_w, &k_b, &v_w, &v_b, &c_w, &c_b})
    *t = t->clone();
}

// ref: clip/model.py:AttentionPool2d.forward (F.multi_head_attention_forward with the mean
// token as the only query).
torch::Tensor ImageEncoder::Impl::attention_pool(const torch::Tensor& feat) const {
  const int64_t N = feat.size(0), C = feat.size(1);
  auto x = feat.flatten(2).permute({2, 0, 1});          // (HW, N, C)
  x = torch::cat({x.mean(0, /*keepdim=*/true), x}, 0);  // (HW+1, N, C)
  x = x + pos_emb.unsqueeze(1);
  const int64_t L = x.size(0), heads = info.heads, hd = C / heads;
  auto q = torch::linear(x.narrow(0, 0, 1), q_w, q_b);  // (1, N, C)
  auto k = torch::linear(x, k_w, k_b);                  // (L, N, C)
  auto v = torch::linear(x, v_w, v_b);
  q = q.reshape({1, N * heads, hd}).transpose(0, 1) / std::sqrt(static_cast<double>(hd));
  k = k.reshape({L, N * heads, hd}).transpose(0, 1);
  v = v.reshape({L, N * heads, hd}).transpose(0, 1);
  auto attn = torch::softmax(torch::bmm(q, k.transpose(1, 2)), -1);  // (N*heads, 1, L)
  auto out = torch::bmm(attn, v).transpose(0, 1).reshape({1, N, C});
  return torch::linear(out, c_w, c_b).squeeze(0);
}

// ref: clip/model.py:ModifiedResNet.forward and Bottleneck.forward
torch::Tensor ImageEncoder::Impl::forward(const torch::Tensor& input) const {
  auto x = conv(stem1.packed ? input.to_mkldnn() : input, stem1).relu_();
  x = conv(x, stem2).relu_();
  x = conv(x, stem3).relu_();
  x = torch::avg_pool2d(x, 2);
  for (const auto& b : blocks) {
    auto out = conv(x, b.conv1).relu_();
    out = conv(out, b.conv2).relu_();
    if (b.stride > 1) out = torch::avg_pool2d(out, b.stride);
    out = conv(out, b.conv3);
    auto identity = x;
    if (b.has_downsample) {
      identity = b.stride > 1 ? torch::avg_pool2d(x, b.stride) : x;
      identity = conv(identity, b.down);
    }
    x = torch::relu_(out.add_(identity));
  }
  return attention_pool(x.is_mkldnn() ? x.to_dense() : x);
}

ImageEncoder::ImageEncoder(const ImageEncoderParams& params)
    : ImageEncoder(load_state_dict(params.weights_file), params.weights_file, params.max_batch,
                   params.vit_activation) {}

ImageEncoder::ImageEncoder(StateDict weights, const std::filesystem::path& origin, int max_batch,
                           VitActivation vit_activation)
    : impl_(std::make_unique<Impl>()) {
  impl_->max_batch = std::max(1, max_batch);
  impl_->vit_activation = vit_activation;
  c10::InferenceMode guard;
  impl_->load(std::move(weights), origin);
}

ImageEncoder::~ImageEncoder() = default;
ImageEncoder::ImageEncoder(ImageEncoder&&) noexcept = default;
ImageEncoder& ImageEncoder::operator=(ImageEncoder&&) noexcept = default;

const ImageEncoderInfo& ImageEncoder::info() const { return impl_->info; }
int ImageEncoder::max_batch() const { return impl_->max_batch; }

std::vector<float> ImageEncoder::preprocess(const Image8& image) const {
  return clip_normalize(clip_crop(image, impl_->info.input_size));
}

std::vector<Embedding> ImageEncoder::encode_inputs(const float* inputs, int count,
                                                   const CancelFn& cancel) const {
  const int64_t S = impl_->info.input_size;
  const int64_t per_image = 3 * S * S;
  std::vector<Embedding> out;
  out.reserve(static_cast<size_t>(count));
  c10::InferenceMode guard;
  for (int start = 0; start < count; start += impl_->max_batch) {
    if (cancel && cancel()) throw Error(ErrorKind::kCancelled, "image encoding cancelled");
    const int n = std::min(impl_->max_batch, count - start);
    const int64_t d = impl_->info.dim;
    torch::Tensor emb;
    if (impl_->vit) {
      emb = torch::empty({n, d}, torch::kFloat);
      impl_->vit->forward(inputs + start * per_image, n, emb.data_ptr<float>());
    } else {
      auto batch = torch::from_blob(const_cast<float*>(inputs) + start * per_image,
                                    {n, 3, S, S}, torch::kFloat);
      emb = impl_->forward(batch).contiguous();
    }
    const float* p = emb.data_ptr<float>();
    for (int64_t i = 0; i < n * d; ++i) {
      if (!std::isfinite(p[i])) {
        throw Error(ErrorKind::kBadFormat, impl_->info.weights_file,
                    "the image model computed NaN or infinite values: its weights are broken, so "
                    "its embeddings cannot be used");
      }
    }
    for (int k = 0; k < n; ++k) out.emplace_back(p + k * d, p + (k + 1) * d);
  }
  return out;
}

std::vector<Embedding> ImageEncoder::encode(const std::vector<Image8>& images,
                                            const CancelFn& cancel) const {
  const size_t per_image = static_cast<size_t>(3) * input_size() * input_size();
  std::vector<float> inputs(per_image * images.size());
  for (size_t k = 0; k < images.size(); ++k) {
    clip_normalize(clip_crop(images[k], input_size()), inputs.data() + k * per_image);
  }
  return encode_inputs(inputs.data(), static_cast<int>(images.size()), cancel);
}

}  // namespace lingualens
