#include "core/text/text_encoder.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

#include "core/error.h"
#include "core/text/bert_config.h"
#include "core/text/bert_ops.h"
#include "core/text/linear_head.h"
#include "core/text/text_model_layout.h"
#include "core/util/fast_linear.h"
#include "core/util/half_linear.h"
#include "core/util/mapped_file.h"
#include "core/weights/checkpoint.h"
#include "core/weights/take_checked.h"
#include "core/weights/to_torch.h"

namespace lingualens {
namespace {

// One of the encoder's matrices: an IEEE-half copy (core/util/half_linear.h), or the fp32
// tensors (straight from the memory-mapped checkpoint; for query/key/value a stacked copy) read
// in place by FastLinear (core/util/fast_linear.h).
class Linear {
 public:
  Linear() = default;
  Linear(torch::Tensor w, torch::Tensor b, bool half) {
    if (half) {
      half_ = std::make_unique<HalfLinear>(w.data_ptr<float>(), b.data_ptr<float>(), w.size(0),
                                           w.size(1));
      // The fp32 copy is not needed any more: its mapped pages leave the resident set.
      release_resident_pages(w.data_ptr(), w.nbytes());
    } else {
      fp32_ = std::make_unique<FastLinear>(w.data_ptr<float>(), b.data_ptr<float>(), w.size(0),
                                           w.size(1));
      w_ = std::move(w);
      b_ = std::move(b);
    }
  }

  // y (rows × out) = x (rows × in) · wᵀ + b
  void run(const float* x, int64_t rows, float* y) const {
    if (half_) {
      half_->run(x, rows, y);
    } else {
      fp32_->run(x, rows, y);
    }
  }

 private:
  std::unique_ptr<HalfLinear> half_;
  std::unique_ptr<FastLinear> fp32_;
  torch::Tensor w_, b_;  // what fp32_ reads
};

struct BertLayer {
  Linear qkv;  // query, key and value stacked: (3·hidden, hidden)
  Linear attn_out, inter, out;
  torch::Tensor attn_ln_w, attn_ln_b, out_ln_w, out_ln_b;
};

// Looks up Hugging Face BERT tensors by name, accepting the key variants found in the wild
// ("bert." prefix from BertFor* checkpoints, TF-style gamma/beta LayerNorm names).
class WeightSource {
 public:
  WeightSource(StateDict& sd, std::filesystem::path file) : sd_(sd), file_(std::move(file)) {}

  // Takes the tensor out of the state dict: its storage is freed as soon as the returned
  // torch tensor (or what is computed from it) no longer needs it.
  torch::Tensor get(const std::string& name, const std::vector<int64_t>& shape) {
    return to_torch_float(take_checked(sd_, resolve(name), shape, file_, name));
  }

 private:
  // The key under which `name` is stored; `name` itself when no variant is present (so the
  // error names the canonical key).
  std::string resolve(const std::string& name) const {
    for (const char* prefix : {"", "bert.", "roberta."}) {
      if (sd_.find(prefix + name)) return prefix + name;
      std::string alt = name;
      if (auto p = alt.rfind("LayerNorm.weight"); p != std::string::npos) {
        alt.replace(p, 16, "LayerNorm.gamma");
      } else if (auto q = alt.rfind("LayerNorm.bias"); q != std::string::npos) {
        alt.replace(q, 14, "LayerNorm.beta");
      }
      if (sd_.find(prefix + alt)) return prefix + alt;
    }
    return name;
  }

  StateDict& sd_;
  std::filesystem::path file_;
};

// ref: transformers/models/distilbert/modeling_distilbert.py (Embeddings, MultiHeadSelfAttention,
// FFN, TransformerBlock): the same computation as BERT's layer — attention, out_lin, residual +
// sa_layer_norm, lin1, activation, lin2, residual + output_layer_norm — under other names.
// Renamed to BERT's so one loader serves both. A "distilbert." prefix (DistilBertFor*
// checkpoints) is dropped.
StateDict distilbert_as_bert(const StateDict& sd) {
  static const std::pair<const char*, const char*> kParts[] = {
      {"attention.q_lin.", "attention.self.query."},
      {"attention.k_lin.", "attention.self.key."},
      {"attention.v_lin.", "attention.self.value."},
      {"attention.out_lin.", "attention.output.dense."},
      {"sa_layer_norm.", "attention.output.LayerNorm."},
      {"ffn.lin1.", "intermediate.dense."},
      {"ffn.lin2.", "output.dense."},
      {"output_layer_norm.", "output.LayerNorm."}};
  StateDict out;
  for (const auto& [key, t] : sd.items()) {
    std::string name = key.rfind("distilbert.", 0) == 0 ? key.substr(11) : key;
    const std::string layer = "transformer.layer.";
    if (name.rfind(layer, 0) == 0) {
      const size_t dot = name.find('.', layer.size());
      if (dot != std::string::npos) {
        const std::string index = name.substr(layer.size(), dot - layer.size());
        const std::string rest = name.substr(dot + 1);
        for (const auto& [from, to] : kParts) {
          if (rest.rfind(from, 0) == 0) {
            name = "encoder.layer." + index + "." + to + rest.substr(std::strlen(from));
            break;
          }
        }
      }
    }
    out.add(std::move(name), t);
  }
  return out;
}

}  // namespace

std::filesystem::path find_bert_weights(const std::filesystem::path& model_dir) {
  std::error_code ec;
  for (const char* name : {"pytorch_model.bin", "model.safetensors"}) {
    if (std::filesystem::is_regular_file(model_dir / name, ec)) return model_dir / name;
  }
  throw Error(ErrorKind::kNotFound, model_dir,
              "no pytorch_model.bin or model.safetensors in the model folder");
}

struct TextEncoder::Impl {
  BertConfig config;
  std::unique_ptr<TextTokenizer> tokenizer;
  TextEncoderInfo info;
  int max_batch = 32;
  bool half_weights = false;
  torch::Tensor word_emb, pos_emb, type_emb0, emb_ln_w, emb_ln_b;
  std::vector<BertLayer> layers;
  torch::Tensor head_w_t, head_b;  // head_w_t: (out, in) as torch.nn.Linear stores it

  Impl(BertConfig cfg, std::unique_ptr<TextTokenizer> tok)
      : config(std::move(cfg)), tokenizer(std::move(tok)) {}

  void load_weights(StateDict sd, const std::filesystem::path& file);
  void load_head(const LinearHead& h, const std::filesystem::path& file);
  // pt_multilingual_clip.py's LinearTransformation: (out, in) weight and bias, as stored.
  void load_checkpoint_head(StateDict& sd, int out, const std::filesystem::path& file);
  void act_(torch::Tensor& x) const;  // the activation, in place
  torch::Tensor forward(const torch::Tensor& ids, const torch::Tensor& mask) const;
};

void TextEncoder::Impl::load_weights(StateDict sd, const std::filesystem::path& file) {
  const int64_t H = config.hidden_size, I = config.intermediate_size;
  WeightSource w(sd, file);
  const RawTensor* we = nullptr;
  for (const char* k :
       {"embeddings.word_embeddings.weight", "bert.embeddings.word_embeddings.weight"}) {
    if (!we) we = sd.find(k);
  }
  if (we && !we->shape.empty() && we->shape[0] != config.vocab_size) {
    throw Error(ErrorKind::kMismatch, file,
                "the word embeddings have " + std::to_string(we->shape[0]) +
                    " rows but config.json says vocab_size " + std::to_string(config.vocab_size));
  }
  word_emb = w.get("embeddings.word_embeddings.weight", {config.vocab_size, H});
  pos_emb = w.get("embeddings.position_embeddings.weight", {config.max_position_embeddings, H});
  // Every text is one segment: token type 0 throughout (DistilBERT has no token types).
  type_emb0 = config.type_vocab_size > 0
                  ? w.get("embeddings.token_type_embeddings.weight", {config.type_vocab_size, H})[0]
                  : torch::zeros({H});
  emb_ln_w = w.get("embeddings.LayerNorm.weight", {H});
  emb_ln_b = w.get("embeddings.LayerNorm.bias", {H});
  for (int l = 0; l < config.num_hidden_layers; ++l) {
    const std::string p = "encoder.layer." + std::to_string(l) + ".";
    const auto linear = [&](const std::string& name, int64_t out, int64_t in) {
      return Linear(w.get(p + name + ".weight", {out, in}), w.get(p + name + ".bias", {out}),
                    half_weights);
    };
    BertLayer L;
    {
      // Query, key and value as one matrix: the tokens pass once instead of three times, and
      // each layer runs one parallel region instead of three (~1 ms per query).
      std::vector<torch::Tensor> ws, bs;
      for (const char* part : {"query", "key", "value"}) {
        ws.push_back(w.get(p + "attention.self." + part + ".weight", {H, H}));
        bs.push_back(w.get(p + "attention.self." + part + ".bias", {H}));
      }
      auto qkv_w = torch::cat(ws), qkv_b = torch::cat(bs);
      for (const auto& t : ws) release_resident_pages(t.data_ptr(), t.nbytes());
      L.qkv = Linear(std::move(qkv_w), std::move(qkv_b), half_weights);
    }
    L.attn_out = linear("attention.output.dense", H, H);
    L.attn_ln_w = w.get(p + "attention.output.LayerNorm.weight", {H});
    L.attn_ln_b = w.get(p + "attention.output.LayerNorm.bias", {H});
    L.inter = linear("intermediate.dense", I, H);
    L.out = linear("output.dense", H, I);
    L.out_ln_w = w.get(p + "output.LayerNorm.weight", {H});
    L.out_ln_b = w.get(p + "output.LayerNorm.bias", {H});
    layers.push_back(std::move(L));
  }
  if (tokenizer->vocab_size() != static_cast<size_t>(config.vocab_size)) {
    const bool spm = tokenizer->pad_id() == 1 && tokenizer->unk_token() == "<unk>";
    throw Error(ErrorKind::kMismatch,
                file.parent_path() / (spm ? "sentencepiece.bpe.model" : "vocab.txt"),
                "has " + std::to_string(tokenizer->vocab_size()) + " tokens but the model has " +
                    std::to_string(config.vocab_size) +
                    " embeddings: vocabulary and weights do not belong together");
  }
  info.weights_file = file;
  info.half_weights = half_weights;
}

void TextEncoder::Impl::load_head(const LinearHead& h, const std::filesystem::path& file) {
  if (h.in != config.hidden_size) {
    throw Error(ErrorKind::kMismatch, file,
                "the head expects " + std::to_string(h.in) +
                    "-d input but the text model's "
                    "hidden size is " +
                    std::to_string(config.hidden_size));
  }
  auto w = torch::from_blob(const_cast<float*>(h.weight.data()), {h.in, h.out}, torch::kFloat);
  head_w_t = w.t().contiguous();  // (out, in), a copy that owns its memory
  head_b = torch::from_blob(const_cast<float*>(h.bias.data()), {h.out}, torch::kFloat).clone();
  info.dim = h.out;
  info.head_file = file;
}

void TextEncoder::Impl::load_checkpoint_head(StateDict& sd, int out,
                                             const std::filesystem::path& file) {
  const int64_t in = config.hidden_size;
  head_w_t = to_torch_float(take_checked(sd, "LinearTransformation.weight", {out, in}, file,
                                         "LinearTransformation.weight"))
                 .clone();
  head_b = to_torch_float(take_checked(sd, "LinearTransformation.bias", {out}, file,
                                       "LinearTransformation.bias"))
               .clone();
  info.dim = out;
  info.head_file = file;
}

void TextEncoder::Impl::act_(torch::Tensor& x) const {
  if (config.hidden_act == "gelu") {
    torch::gelu_(x);  // erf form, as HF's "gelu"
  } else if (config.hidden_act == "relu") {
    torch::relu_(x);
  } else {
    torch::gelu_(x, "tanh");  // gelu_new / gelu_pytorch_tanh
  }
}

// ref: transformers/models/bert/modeling_bert.py (BertEmbeddings, BertSelfAttention,
// BertSelfOutput, BertIntermediate, BertOutput), eval mode (dropout is the identity).
torch::Tensor TextEncoder::Impl::forward(const torch::Tensor& ids,
                                         const torch::Tensor& mask) const {
  const int64_t B = ids.size(0), L = ids.size(1), H = config.hidden_size;
  const int64_t nh = config.num_attention_heads;
  const double eps = config.layer_norm_eps;
  auto x = word_emb.index_select(0, ids.reshape({-1})).view({B, L, H});
  if (config.positions_after_padding) {
    // ref: modeling_roberta.py:create_position_ids_from_input_ids — padding_idx + the count
    // of non-padding ids so far; a padding id (also one typed in the text) sits at padding_idx.
    const auto real = ids.ne(config.pad_token_id).to(torch::kLong);
    const auto positions = torch::cumsum(real, 1) * real + config.pad_token_id;
    x = x + type_emb0 + pos_emb.index_select(0, positions.reshape({-1})).view({B, L, H});
  } else {
    x = x + type_emb0 + pos_emb.narrow(0, 0, L);
  }
  x = torch::layer_norm(x, {H}, emb_ln_w, emb_ln_b, eps);
  x = x.contiguous();
  // One buffer per intermediate for the whole pass (rows = every token of the batch).
  const int64_t rows = B * L, I = config.intermediate_size;
  const auto buffer = [&](int64_t cols) { return torch::empty({B, L, cols}, x.options()); };
  auto qkv = buffer(3 * H), ctx = buffer(H), t = buffer(H), a = buffer(H), inter = buffer(I);
  const auto mask_c = mask.contiguous();
  const auto f = [](const torch::Tensor& tensor) { return tensor.data_ptr<float>(); };
  for (const auto& layer : layers) {
    layer.qkv.run(f(x), rows, f(qkv));
    bert_self_attention(f(qkv), mask_c.data_ptr<float>(), B, L, H, nh, f(ctx));
    layer.attn_out.run(f(ctx), rows, f(t));
    add_layer_norm(f(t), f(x), f(layer.attn_ln_w), f(layer.attn_ln_b), eps, rows, H, f(a));
    layer.inter.run(f(a), rows, f(inter));
    act_(inter);
    layer.out.run(f(inter), rows, f(t));
    add_layer_norm(f(t), f(a), f(layer.out_ln_w), f(layer.out_ln_b), eps, rows, H, f(x));
  }
  auto m = mask.unsqueeze(2);
  auto pooled = (x * m).sum(1) / mask.sum(1).unsqueeze(1);
  return torch::linear(pooled, head_w_t, head_b);
}

TextEncoder::TextEncoder(const TextEncoderParams& params) {
  const auto& dir = params.model_dir;
  const TextModelLayout layout = read_text_model_layout(dir);
  impl_ = std::make_unique<Impl>(layout.transformer, load_text_tokenizer(dir, layout));
  impl_->max_batch = std::max(1, params.max_batch);
  impl_->half_weights = params.half_weights && HalfLinear::supported();
  impl_->info.family = family_name(layout.family);
  c10::InferenceMode guard;
  const auto weights_file = find_bert_weights(dir);
  StateDict sd = load_state_dict(weights_file);
  if (layout.head_in_checkpoint && params.head_file.empty()) {
    impl_->load_checkpoint_head(sd, layout.head_dim, weights_file);
  } else {
    const auto head_file = params.head_file.empty() ? LinearHead::find_in(dir) : params.head_file;
    impl_->load_head(LinearHead::load(head_file), head_file);
  }
  if (layout.head_in_checkpoint) {
    // ref: pt_multilingual_clip.py — the transformer is the `transformer` attribute.
    sd = sd.with_prefix_stripped("transformer.");
  } else if (layout.family == TextModelLayout::Family::kDistilBert) {
    sd = distilbert_as_bert(sd);
  }
  impl_->load_weights(std::move(sd), weights_file);
  impl_->info.hidden_size = impl_->config.hidden_size;
  impl_->info.layers = impl_->config.num_hidden_layers;
}

TextEncoder::TextEncoder(BertConfig config, BertTokenizer tokenizer, StateDict weights,
                         const LinearHead& head, int max_batch, bool half_weights) {
  if (tokenizer.options().max_length > config.max_tokens()) {
    auto opts = tokenizer.options();
    opts.max_length = config.max_tokens();
    tokenizer = BertTokenizer(tokenizer.vocab(), opts);
  }
  impl_ = std::make_unique<Impl>(std::move(config),
                                 std::make_unique<BertTokenizer>(std::move(tokenizer)));
  impl_->info.family = "BERT";
  impl_->max_batch = std::max(1, max_batch);
  impl_->half_weights = half_weights && HalfLinear::supported();
  c10::InferenceMode guard;
  impl_->load_head(head, "(head in memory)");
  impl_->load_weights(std::move(weights), "(weights in memory)");
  impl_->info.hidden_size = impl_->config.hidden_size;
  impl_->info.layers = impl_->config.num_hidden_layers;
}

TextEncoder::~TextEncoder() = default;
TextEncoder::TextEncoder(TextEncoder&&) noexcept = default;
TextEncoder& TextEncoder::operator=(TextEncoder&&) noexcept = default;

const TextTokenizer& TextEncoder::tokenizer() const { return *impl_->tokenizer; }
const TextEncoderInfo& TextEncoder::info() const { return impl_->info; }

std::vector<Embedding> TextEncoder::encode(const std::vector<std::string>& texts,
                                           const ProgressFn& progress,
                                           const CancelFn& cancel) const {
  std::vector<std::vector<int32_t>> ids;
  ids.reserve(texts.size());
  for (const auto& t : texts) ids.push_back(impl_->tokenizer->encode(t).ids);
  return encode_ids(ids, progress, cancel);
}

std::vector<Embedding> TextEncoder::encode_ids(const std::vector<std::vector<int32_t>>& ids,
                                               const ProgressFn& progress,
                                               const CancelFn& cancel) const {
  const int64_t n = static_cast<int64_t>(ids.size());
  const int64_t vocab = impl_->config.vocab_size;
  const int64_t max_len = impl_->config.max_tokens();
  for (const auto& seq : ids) {
    if (seq.empty() || static_cast<int64_t>(seq.size()) > max_len) {
      throw Error(ErrorKind::kInvalidArgument,
                  "a token sequence must hold 1 to " + std::to_string(max_len) + " ids");
    }
    for (int32_t id : seq) {
      if (id < 0 || id >= vocab) throw Error(ErrorKind::kInvalidArgument, "token id out of range");
    }
  }
  // Similar lengths share a batch, so little time is spent on padding.
  std::vector<int64_t> order(static_cast<size_t>(n));
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](int64_t a, int64_t b) { return ids[a].size() < ids[b].size(); });
  std::vector<Embedding> out(static_cast<size_t>(n));
  c10::InferenceMode guard;
  for (int64_t start = 0; start < n; start += impl_->max_batch) {
    if (cancel && cancel()) throw Error(ErrorKind::kCancelled, "text encoding cancelled");
    const int64_t count = std::min<int64_t>(impl_->max_batch, n - start);
    int64_t L = 0;
    for (int64_t k = 0; k < count; ++k) L = std::max<int64_t>(L, ids[order[start + k]].size());
    auto tok = torch::full({count, L}, impl_->tokenizer->pad_id(), torch::kLong);
    auto mask = torch::zeros({count, L}, torch::kFloat);
    auto tok_a = tok.accessor<int64_t, 2>();
    auto mask_a = mask.accessor<float, 2>();
    for (int64_t k = 0; k < count; ++k) {
      const auto& seq = ids[order[start + k]];
      for (size_t j = 0; j < seq.size(); ++j) {
        tok_a[k][j] = seq[j];
        mask_a[k][j] = 1.f;
      }
    }
    auto emb = impl_->forward(tok, mask).contiguous();
    const int64_t d = emb.size(1);
    const float* p = emb.data_ptr<float>();
    for (int64_t i = 0; i < count * d; ++i) {
      if (!std::isfinite(p[i])) {
        throw Error(ErrorKind::kBadFormat, impl_->info.weights_file,
                    "the text model computed NaN or infinite values: its weights or config.json "
                    "are broken, so its embeddings cannot be used");
      }
    }
    for (int64_t k = 0; k < count; ++k) out[order[start + k]].assign(p + k * d, p + (k + 1) * d);
    if (progress) progress(start + count, n);
  }
  return out;
}

}  // namespace lingualens
