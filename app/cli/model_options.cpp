#include "app/cli/model_options.h"

#include "core/error.h"
#include "core/models/model_manifest.h"
#include "core/models/model_pairs.h"
#include "index/library_location.h"

namespace lingualens::cli {
namespace {

void require(const std::filesystem::path& path, const char* what) {
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) return;
  throw Error(ErrorKind::kNotFound, path,
              std::string(what) +
                  " not found. Run `lingualens-cli models download`, or put the model files in " +
                  default_models_dir().string() +
                  " (RN50x4.pt from OpenAI's CLIP release; the M-CLIP/M-BERT-Base-69 files with "
                  "'M-BERT-Base-69 Linear Weights.pkl' in M-BERT-Base-69/), or choose them with "
                  "--models, --image-model, --text-model");
}

}  // namespace

void ModelOptions::add_to(CLI::App& cmd, bool image, bool text, bool head) {
  cmd.add_option("--models", models_dir,
                 "Folder with the model files (default: " + default_models_dir().string() + ")")
      ->type_name("DIR");
  cmd.add_option("--model-pair", model_pair,
                 "Which Multilingual-CLIP pair to use from <models> (default: M-BERT-Base-69 with "
                 "RN50x4; `lingualens-cli models list` names them); --image-model and "
                 "--text-model still choose single files");
  if (image) {
    cmd.add_option("--image-model", image_model,
                   "CLIP image model as downloaded: OpenAI's RN50x4.pt, ViT-B-32.pt, ViT-L-14.pt, "
                   "open_clip's ViT-B-16-plus-240 checkpoint, a state dict or .safetensors; "
                   "default: <models>/RN50x4.pt")
        ->type_name("FILE");
  }
  if (text) {
    cmd.add_option("--text-model", text_model,
                   "Text model folder as published: M-BERT-Base-69, M-BERT-Distil-40 (BERT / "
                   "DistilBERT with a head .pkl) or a new-format M-CLIP folder (XLM-R, LaBSE; "
                   "head inside); default: <models>/M-BERT-Base-69")
        ->type_name("DIR");
    cmd.add_flag("--half-text-weights", half_text,
                 "Keep the text model's matrices in half precision: ~160 MB less memory and "
                 "~20 % faster queries, embeddings within cosine 0.99999 of the exact ones "
                 "(needs AVX2 + F16C; see BENCHMARKS.md)");
  }
  if (head) {
    cmd.add_option("--text-head", text_head,
                   "The '<model> Linear Weights.pkl' head (default: found in the model folder)")
        ->type_name("FILE");
  }
}

std::filesystem::path ModelOptions::models() const {
  return models_dir.empty() ? default_models_dir() : std::filesystem::path(models_dir);
}

const ModelPair* ModelOptions::pair() const {
  if (model_pair.empty()) return nullptr;
  const ModelPair* p = find_model_pair(model_pair);
  if (!p) {
    throw Error(ErrorKind::kInvalidArgument,
                "--model-pair " + model_pair +
                    " is not a model pair; the pairs are: " + model_pair_names());
  }
  return p;
}

std::filesystem::path ModelOptions::image_model_path() const {
  const ModelPair* chosen = pair();
  const auto p = !image_model.empty()            ? std::filesystem::path(image_model)
                 : chosen && !chosen->is_default ? models() / chosen->image_file
                                                 : default_image_model_file(models());
  require(p, "image model");
  return p;
}

std::filesystem::path ModelOptions::text_model_path() const {
  const ModelPair* chosen = pair();
  const auto p = !text_model.empty() ? std::filesystem::path(text_model)
                 : chosen            ? models() / chosen->text_dir
                                     : models() / "M-BERT-Base-69";
  require(p, "text model");
  return p;
}

TextEncoderParams ModelOptions::text_params(int max_batch) const {
  TextEncoderParams p;
  p.model_dir = text_model_path();
  p.head_file = text_head;
  p.max_batch = max_batch;
  p.half_weights = half_text;
  return p;
}

}  // namespace lingualens::cli
