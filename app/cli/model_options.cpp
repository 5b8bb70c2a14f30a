#include "app/cli/model_options.h"

#include "index/library_location.h"

namespace lingualens::cli {

void TextModelOptions::add_to(CLI::App& cmd, bool with_head) {
  cmd.add_option("--models", models_dir,
                 "Folder with the model files (default: " + default_models_dir().string() + ")");
  cmd.add_option("--text-model", text_model,
                 "Hugging Face text model folder (config.json, vocab.txt, pytorch_model.bin); "
                 "default: <models>/M-BERT-Base-69");
  if (with_head) {
    cmd.add_option("--text-head", text_head,
                   "The '<model> Linear Weights.pkl' head (default: found in the model folder)");
  }
}

std::filesystem::path TextModelOptions::resolved_text_model() const {
  if (!text_model.empty()) return text_model;
  const std::filesystem::path models =
      models_dir.empty() ? default_models_dir() : std::filesystem::path(models_dir);
  return models / "M-BERT-Base-69";
}

void ImageModelOptions::add_to(CLI::App& cmd) {
  cmd.add_option("--models", models_dir,
                 "Folder with the model files (default: " + default_models_dir().string() + ")");
  cmd.add_option("--image-model", image_model,
                 "OpenAI CLIP ResNet weights (RN50x4.pt as downloaded, a state dict or "
                 ".safetensors); default: <models>/RN50x4.pt");
}

std::filesystem::path ImageModelOptions::resolved_image_model() const {
  if (!image_model.empty()) return image_model;
  const std::filesystem::path models =
      models_dir.empty() ? default_models_dir() : std::filesystem::path(models_dir);
  return models / "RN50x4.pt";
}

}  // namespace lingualens::cli
