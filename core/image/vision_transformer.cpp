#include "core/image/vision_transformer.h"

#include <torch/torch.h>

#include <cmath>
#include <cstring>
#include <set>

#include "core/error.h"
#include "core/image/image_encoder.h"
#include "core/util/fast_linear.h"
#include "core/weights/take_checked.h"
#include "core/weights/to_torch.h"

namespace lingualens {
namespace {

constexpr double kLayerNormEps = 1e-5;  // torch.nn.LayerNorm's default, as both references use

// A linear layer through oneDNN's matmul (core/util/fast_linear.h) reading the weights in
// place. Deviation from the reference's torch.nn.Linear (OpenBLAS): the same fp32 products in
// another summation order; a batch's token rows (4 × 50 for ViT-B/32) are a shape OpenBLAS
// handles poorly. Measured on 2 AVX2 cores, ViT-B/32 batch 4: see BENCHMARKS.md.
class Linear {
 public:
  Linear() = default;
  Linear(torch::Tensor w, torch::Tensor b)
      : w_(std::move(w)),
        b_(std::move(b)),
        fast_(std::make_unique<FastLinear>(w_.data_ptr<float>(), b_.data_ptr<float>(), w_.size(0),
                                           w_.size(1))) {}
  // x: (…, in) contiguous → (…, out)
  torch::Tensor operator()(const torch::Tensor& x) const {
    auto in = x.contiguous();
    auto sizes = in.sizes().vec();
    sizes.back() = w_.size(0);
    auto y = torch::empty(sizes, in.options());
    fast_->run(in.data_ptr<float>(), in.numel() / w_.size(1), y.data_ptr<float>());
    return y;
  }

 private:
  torch::Tensor w_, b_;
  std::unique_ptr<FastLinear> fast_;
};

struct Block {
  torch::Tensor ln1_w, ln1_b, ln2_w, ln2_b;
  Linear in, out, fc, proj;
};

}  // namespace

bool is_vision_transformer(const StateDict& sd) {
  return sd.find("proj") && sd.find("class_embedding") && sd.find("conv1.weight");
}

struct VisionTransformer::Impl {
  int64_t width = 0, patch = 0, grid = 0, heads = 0, dim = 0;
  bool quick_gelu = true;
  torch::Tensor conv1, class_emb, pos_emb, ln_pre_w, ln_pre_b, ln_post_w, ln_post_b, proj;
  std::vector<Block> blocks;

  torch::Tensor attention(const torch::Tensor& x, const Block& b) const;
  torch::Tensor run(const torch::Tensor& input) const;
};

// ref: clip/model.py:build_model (vision_width, vision_layers, vision_patch_size, grid_size,
// image_resolution) and VisionTransformer.__init__ (heads = width // 64).
VisionTransformer::VisionTransformer(StateDict sd, const std::filesystem::path& file,
                                     bool openai_file, VitActivation activation,
                                     ImageEncoderInfo& info)
    : impl_(std::make_unique<Impl>()) {
  auto& m = *impl_;
  const RawTensor* c1 = sd.find("conv1.weight");
  const RawTensor* pos = sd.find("positional_embedding");
  const RawTensor* pr = sd.find("proj");
  if (!c1 || !pos || !pr || c1->shape.size() != 4 || pos->shape.size() != 2 ||
      pr->shape.size() != 2) {
    throw Error(ErrorKind::kMismatch, file,
                "not a CLIP Vision Transformer: 'visual.conv1.weight', "
                "'visual.positional_embedding' or 'visual.proj' is missing or misshapen");
  }
  m.width = c1->shape[0];
  m.patch = c1->shape[3];
  m.grid = std::llround(std::sqrt(static_cast<double>(pos->shape[0] - 1)));
  m.dim = pr->shape[1];
  if (m.width <= 0 || m.width % 64 || m.patch <= 0 || c1->shape[2] != m.patch ||
      c1->shape[1] != 3 || m.grid * m.grid + 1 != pos->shape[0] || pos->shape[1] != m.width ||
      pr->shape[0] != m.width) {
    throw Error(ErrorKind::kMismatch, file,
                "inconsistent Vision Transformer sizes: conv1 " + c1->shape_string() +
                    ", positional embedding " + pos->shape_string() + ", proj " +
                    pr->shape_string());
  }
  m.heads = m.width / 64;
  std::set<int> ids;
  for (const auto& [name, t] : sd.items()) {
    const std::string p = "transformer.resblocks.";
    if (name.rfind(p, 0) == 0) ids.insert(std::stoi(name.substr(p.size())));
  }
  const int layers = static_cast<int>(ids.size());
  if (layers == 0 || *ids.rbegin() != layers - 1)
    throw Error(ErrorKind::kMismatch, file, "no or gapped 'visual.transformer.resblocks.N'");
  m.quick_gelu =
      activation == VitActivation::kAuto ? openai_file : activation == VitActivation::kQuickGelu;

  const auto take = [&](const std::string& name, const std::vector<int64_t>& shape) {
    // OpenAI stores most of these as fp16; the reference computes in fp32 (model.float()).
    return to_torch_float(take_checked(sd, name, shape, file, "visual." + name)).clone();
  };
  const int64_t W = m.width;
  m.conv1 = take("conv1.weight", {W, 3, m.patch, m.patch});
  m.class_emb = take("class_embedding", {W});
  m.pos_emb = take("positional_embedding", {m.grid * m.grid + 1, W});
  m.ln_pre_w = take("ln_pre.weight", {W});
  m.ln_pre_b = take("ln_pre.bias", {W});
  for (int l = 0; l < layers; ++l) {
    const std::string p = "transformer.resblocks." + std::to_string(l) + ".";
    const RawTensor* fc = sd.find(p + "mlp.c_fc.weight");
    const int64_t hidden = fc && fc->shape.size() == 2 ? fc->shape[0] : 4 * W;
    Block b;
    b.ln1_w = take(p + "ln_1.weight", {W});
    b.ln1_b = take(p + "ln_1.bias", {W});
    b.in =
        Linear(take(p + "attn.in_proj_weight", {3 * W, W}), take(p + "attn.in_proj_bias", {3 * W}));
    b.out = Linear(take(p + "attn.out_proj.weight", {W, W}), take(p + "attn.out_proj.bias", {W}));
    b.ln2_w = take(p + "ln_2.weight", {W});
    b.ln2_b = take(p + "ln_2.bias", {W});
    b.fc = Linear(take(p + "mlp.c_fc.weight", {hidden, W}), take(p + "mlp.c_fc.bias", {hidden}));
    b.proj = Linear(take(p + "mlp.c_proj.weight", {W, hidden}), take(p + "mlp.c_proj.bias", {W}));
    m.blocks.push_back(std::move(b));
  }
  m.ln_post_w = take("ln_post.weight", {W});
  m.ln_post_b = take("ln_post.bias", {W});
  m.proj = take("proj", {W, m.dim});

  info.width = static_cast<int>(W);
  info.heads = static_cast<int>(m.heads);
  info.layers = {layers};
  info.input_size = static_cast<int>(m.patch * m.grid);
  info.dim = static_cast<int>(m.dim);
  info.patch_size = static_cast<int>(m.patch);
  info.activation = m.quick_gelu ? "QuickGELU" : "GELU";
  const std::string size = "/" + std::to_string(m.patch);
  if (W == 768 && layers == 12 && m.patch == 32 && m.grid == 7)
    info.architecture = "ViT-B/32";
  else if (W == 1024 && layers == 24 && m.patch == 14 && m.grid == 16)
    info.architecture = "ViT-L/14";
  else if (W == 896 && layers == 12 && m.patch == 16 && m.grid == 15)
    info.architecture = "ViT-B/16-plus-240";
  else
    info.architecture = "ViT" + size + " (custom size)";
}

VisionTransformer::~VisionTransformer() = default;

// ref: torch.nn.functional.multi_head_attention_forward as ResidualAttentionBlock.attention
// calls it (self-attention, no mask, q scaled by 1/√head_dim before q·kᵀ).
torch::Tensor VisionTransformer::Impl::attention(const torch::Tensor& x, const Block& b) const {
  const int64_t N = x.size(0), L = x.size(1), W = width, hd = W / heads;
  auto qkv = b.in(x).view({N, L, 3, heads, hd}).permute({2, 0, 3, 1, 4});
  auto q = qkv[0] * (1.0 / std::sqrt(static_cast<double>(hd)));
  auto attn = torch::softmax(torch::matmul(q, qkv[1].transpose(-2, -1)), -1);
  auto ctx = torch::matmul(attn, qkv[2]).transpose(1, 2).reshape({N, L, W});
  return b.out(ctx);
}

// ref: clip/model.py:VisionTransformer.forward, ResidualAttentionBlock.forward
torch::Tensor VisionTransformer::Impl::run(const torch::Tensor& input) const {
  const int64_t N = input.size(0), W = width;
  auto x = torch::conv2d(input, conv1, {}, patch);        // (N, W, g, g), no bias
  x = x.reshape({N, W, grid * grid}).permute({0, 2, 1});  // row-major patches
  x = torch::cat({class_emb.view({1, 1, W}).expand({N, 1, W}), x}, 1) + pos_emb;
  x = torch::layer_norm(x, {W}, ln_pre_w, ln_pre_b, kLayerNormEps);
  for (const auto& b : blocks) {
    x = x + attention(torch::layer_norm(x, {W}, b.ln1_w, b.ln1_b, kLayerNormEps), b);
    auto h = b.fc(torch::layer_norm(x, {W}, b.ln2_w, b.ln2_b, kLayerNormEps));
    if (quick_gelu)
      h.mul_(torch::sigmoid(h * 1.702));
    else
      torch::gelu_(h);
    x = x + b.proj(h);
  }
  auto cls = torch::layer_norm(x.select(1, 0), {W}, ln_post_w, ln_post_b, kLayerNormEps);
  return torch::matmul(cls, proj);  // proj is (W, dim): x @ proj, not a Linear
}

void VisionTransformer::forward(const float* inputs, int count, float* out) const {
  const int64_t S = impl_->patch * impl_->grid;
  auto batch = torch::from_blob(const_cast<float*>(inputs), {count, 3, S, S}, torch::kFloat);
  auto emb = impl_->run(batch).contiguous();
  std::memcpy(out, emb.data_ptr<float>(), sizeof(float) * static_cast<size_t>(emb.numel()));
}

}  // namespace lingualens
