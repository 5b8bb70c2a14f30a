#include "core/models/model_check.h"

#include <exception>
#include <string_view>

#include "core/text/bert_config.h"
#include "core/text/linear_head.h"
#include "core/text/text_model_layout.h"
#include "core/weights/checkpoint.h"

namespace lingualens {
namespace {

bool is_there(const std::filesystem::path& p) {
  std::error_code ec;
  return !p.empty() && std::filesystem::exists(p, ec);
}

// The embedding size from the attention pool's output projection (as ImageEncoder reads it).
// ref: clip/model.py:ModifiedResNet (attnpool.c_proj: embed_dim -> output_dim)
void check_image(ModelFileCheck& c, int& dim) {
  if (!is_there(c.path)) {
    c.detail = "not found";
    return;
  }
  try {
    const StateDict sd = load_state_dict(c.path);
    // A Vision Transformer: `proj` is (width, dim) (clip/model.py:VisionTransformer), with the
    // prefixes of OpenAI's archives and open_clip's checkpoints.
    for (const char* name :
         {"visual.proj", "state_dict.module.visual.proj", "module.visual.proj"}) {
      const RawTensor* vit = sd.find(name);
      if (vit && vit->shape.size() == 2) {
        dim = static_cast<int>(vit->shape[1]);
        c.state = ModelFileState::kOk;
        c.detail = "Vision Transformer, " + std::to_string(dim) + "-d image embeddings";
        return;
      }
    }
    const RawTensor* proj = sd.find("visual.attnpool.c_proj.weight");
    if (!proj) proj = sd.find("attnpool.c_proj.weight");
    if (!proj || proj->shape.size() != 2) {
      c.state = ModelFileState::kUnreadable;
      c.detail = "not a CLIP image model (no attention-pool or Vision Transformer projection)";
      return;
    }
    dim = static_cast<int>(proj->shape[0]);
    c.state = ModelFileState::kOk;
    c.detail = std::to_string(dim) + "-d image embeddings";
  } catch (const std::exception& e) {
    c.state = ModelFileState::kUnreadable;
    c.detail = e.what();
  }
}

void check_text(ModelFileCheck& c, int& hidden, int& head_dim) {
  if (!is_there(c.path)) {
    c.detail = "not found";
    return;
  }
  if (!is_there(c.path / "config.json")) {
    c.state = ModelFileState::kUnreadable;
    c.detail = "config.json is missing from this folder";
    return;
  }
  const auto weights = c.path / "pytorch_model.bin";
  const auto safetensors = c.path / "model.safetensors";
  try {
    const TextModelLayout layout = read_text_model_layout(c.path);
    const char* vocabulary = layout.sentencepiece ? "sentencepiece.bpe.model" : "vocab.txt";
    if (!is_there(c.path / vocabulary)) {
      c.state = ModelFileState::kUnreadable;
      c.detail = std::string(vocabulary) + " is missing from this folder";
      return;
    }
    hidden = layout.transformer.hidden_size;
    if (layout.head_in_checkpoint) head_dim = layout.head_dim;
    const auto file = is_there(weights) ? weights : safetensors;
    if (!is_there(file)) {
      c.state = ModelFileState::kUnreadable;
      c.detail = "pytorch_model.bin is missing from this folder";
      return;
    }
    if (sniff_checkpoint_format(file) == CheckpointFormat::kUnknown) {
      c.state = ModelFileState::kUnreadable;
      c.detail = file.filename().string() + " is not a PyTorch or safetensors file";
      return;
    }
    c.state = ModelFileState::kOk;
    c.detail = std::string(family_name(layout.family)) + ", hidden size " + std::to_string(hidden);
  } catch (const std::exception& e) {
    c.state = ModelFileState::kUnreadable;
    c.detail = e.what();
  }
}

void check_head(ModelFileCheck& c, int& in, int& out) {
  if (!is_there(c.path)) {
    c.detail = "not found";
    return;
  }
  try {
    const LinearHead head = LinearHead::load(c.path);
    in = head.in;
    out = head.out;
    c.state = ModelFileState::kOk;
    c.detail = std::to_string(in) + " \u2192 " + std::to_string(out);
  } catch (const std::exception& e) {
    c.state = ModelFileState::kUnreadable;
    c.detail = e.what();
  }
}

}  // namespace

ModelSetCheck check_model_files(const std::filesystem::path& image_file,
                                const std::filesystem::path& text_dir,
                                const std::filesystem::path& head_file) {
  ModelSetCheck r;
  r.image.path = image_file;
  r.text.path = text_dir;
  r.head.path = head_file;
  check_image(r.image, r.image_dim);
  int head_inside = 0;
  check_text(r.text, r.text_hidden, head_inside);
  if (head_inside > 0 && !is_there(head_file)) {
    // New-format M-CLIP: LinearTransformation is in the text model's own checkpoint.
    r.head.path = r.text.path;
    r.head.state = ModelFileState::kOk;
    r.head_in = r.text_hidden;
    r.head_out = head_inside;
    r.head.detail = "inside the text model: " + std::to_string(r.head_in) + " \u2192 " +
                    std::to_string(r.head_out);
  } else {
    check_head(r.head, r.head_in, r.head_out);
  }
  // ref: Multilingual-CLIP legacy_multilingual_clip.py (text hidden state -> Linear -> the
  // image model's embedding space): the head must sit between the two.
  if (r.text.state == ModelFileState::kOk && r.head.state == ModelFileState::kOk &&
      r.head_in != r.text_hidden) {
    r.mismatch = "the text head takes " + std::to_string(r.head_in) +
                 "-d input but the text model gives " + std::to_string(r.text_hidden) +
                 "-d hidden states: they are not a pair";
  } else if (r.image.state == ModelFileState::kOk && r.head.state == ModelFileState::kOk &&
             r.head_out != r.image_dim) {
    r.mismatch = "the text head gives " + std::to_string(r.head_out) +
                 "-d embeddings but the image model gives " + std::to_string(r.image_dim) +
                 "-d ones: text and photos would not be comparable";
  }
  return r;
}

}  // namespace lingualens
