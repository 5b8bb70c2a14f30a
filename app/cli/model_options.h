// Model file options shared by every subcommand that loads a model:
// --models DIR, --image-model FILE, --text-model DIR, --text-head FILE, --half-text-weights.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>

#include "core/text/text_encoder.h"

namespace lingualens {
struct ModelPair;
}

namespace lingualens::cli {

struct ModelOptions {
  std::string models_dir;   // --models: the folder holding the default model files
  std::string image_model;  // --image-model FILE
  std::string text_model;   // --text-model DIR
  std::string text_head;    // --text-head FILE
  std::string model_pair;   // --model-pair NAME: the pair's files under <models>
  bool half_text = false;   // --half-text-weights

  void add_to(CLI::App& cmd, bool image, bool text, bool head);
  // The chosen path, or the default under <models>; throws Error(kNotFound) explaining how
  // to get the model when it is not there.
  std::filesystem::path image_model_path() const;
  std::filesystem::path text_model_path() const;
  // Everything the text options choose, ready for TextEncoder.
  TextEncoderParams text_params(int max_batch = 32) const;

 private:
  std::filesystem::path models() const;
  const ModelPair* pair() const;  // null: none chosen; throws for an unknown name
};

}  // namespace lingualens::cli
