// Model file options shared by every subcommand that loads a model.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>

namespace lingualens::cli {

struct TextModelOptions {
  std::string models_dir;  // --models: the folder holding the default model files
  std::string text_model;  // --text-model DIR
  std::string text_head;   // --text-head FILE

  void add_to(CLI::App& cmd, bool with_head);
  // --text-model, else <models>/M-BERT-Base-69 (models: --models or the default folder).
  std::filesystem::path resolved_text_model() const;
};

struct ImageModelOptions {
  std::string models_dir;   // --models
  std::string image_model;  // --image-model FILE

  void add_to(CLI::App& cmd);
  // --image-model, else <models>/RN50x4.pt.
  std::filesystem::path resolved_image_model() const;
};

}  // namespace lingualens::cli
