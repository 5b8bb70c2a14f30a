// Checks a set of model files before anything is loaded for real: each file is there and
// readable in its format, and the three fit together (the text head takes the text model's
// hidden size and gives the image model's embedding size). The first-run dialog shows this
// per file as soon as a file is chosen, so an incompatible head is refused on the spot instead
// of every search failing after hours of indexing. Reads the image checkpoint's tensors once
// (about a second for RN50x4); call off the UI thread.
#pragma once

#include <filesystem>
#include <string>

namespace lingualens {

enum class ModelFileState { kMissing, kUnreadable, kOk };

struct ModelFileCheck {
  std::filesystem::path path;
  ModelFileState state = ModelFileState::kMissing;
  std::string detail;  // what is wrong, or what was found ("RN50x4, 640-d")
};

struct ModelSetCheck {
  ModelFileCheck image, text, head;
  int image_dim = 0;    // embedding size of the image model
  int text_hidden = 0;  // hidden size of the text model
  int head_in = 0, head_out = 0;
  std::string mismatch;  // why the files do not fit together; empty when they do
  bool ok() const {
    return image.state == ModelFileState::kOk && text.state == ModelFileState::kOk &&
           head.state == ModelFileState::kOk && mismatch.empty();
  }
};

// `text_dir`: the Hugging Face folder (config.json, vocab.txt, pytorch_model.bin).
ModelSetCheck check_model_files(const std::filesystem::path& image_file,
                                const std::filesystem::path& text_dir,
                                const std::filesystem::path& head_file);

}  // namespace lingualens
