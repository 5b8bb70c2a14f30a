// The Multilingual-CLIP model pairs LinguaLens runs: a text tower and the CLIP image tower its
// head was trained to meet, with where each file comes from and what the authors published
// about them. RN50x4 + M-BERT-Base-69 is the default.
//
// ref: Multilingual-CLIP README.md and larger_mclip.md (pairs, XTD R@10), legacy_get-weights.sh
// (legacy heads); openai/CLIP clip/clip.py:_MODELS (image towers; the URL's hash is the file's
// SHA-256); open_clip pretrained.py (ViT-B-16-plus-240, laion400m_e32).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/models/model_manifest.h"

namespace lingualens {

struct PublishedRecall {  // text→image R@10 on XTD (%, the authors' table)
  double en = 0, de = 0, zh = 0, ja = 0;
};

struct ModelPair {
  std::string name;         // the text model's official name ("XLM-Roberta-Large-Vit-B-32")
  std::string image_name;   // "RN50x4", "ViT-B/32", …
  std::string image_file;   // inside the models folder
  std::string text_dir;     // inside the models folder
  std::string text_family;  // "BERT", "DistilBERT", "XLM-RoBERTa"
  int dim = 0;              // the shared embedding size
  int image_size = 0;       // pixels
  std::optional<PublishedRecall> xtd_recall_at_10;
  // Languages whose (machine-translated) captions the text tower was trained on; others work
  // through transfer. ref: the M-BERT model cards' Fine-Tune-Languages.md (69, 40) and
  // larger_mclip.md (7M captions in 48 languages for every 2022 pair).
  int trained_languages = 0;
  bool is_default = false;
};

const std::vector<ModelPair>& model_pairs();
// By name, case-insensitively; null when none.
const ModelPair* find_model_pair(const std::string& name);
const ModelPair& default_model_pair();
// "M-BERT-Base-69, M-BERT-Distil-40, …" for messages.
std::string model_pair_names();

// Where a pair's two models are in `models_dir` (RN50x4 as default_image_model_file finds it);
// `present`: both are there.
struct ModelPairFiles {
  std::filesystem::path image_model, text_model;
  bool present = false;
};
ModelPairFiles model_pair_files(const ModelPair& pair, const std::filesystem::path& models_dir);

// Why a text model cannot search embeddings of an image model ("" when it can): a known image
// tower (RN50x4, ViT-B/32, …) only meets the text models trained for it — XLM-R's 640-d
// B-16+ head and M-BERT's 640-d RN50x4 head have the same size but unrelated spaces. Other
// towers (custom sizes) are only held to the same size.
std::string pairing_problem(const std::string& image_architecture, int image_dim,
                            const std::string& text_family, int text_dim);

// The architecture inside a library's model identity "<architecture>/<dim>/<fingerprint>"
// (the architecture may itself hold '/': "ViT-B/32").
std::string architecture_of_identity(const std::string& identity);

// The pair's files and their sources, in the layout model_pairs() names (text folder with its
// tokenizer files, the base model's config.json in <text_dir>/<modelBase>/ for new-format
// M-CLIP, the legacy head beside its folder's files).
ModelManifest model_pair_manifest(const ModelPair& pair, const ManifestOptions& options = {});

// The base model's config.json a new-format M-CLIP folder names (`modelBase`) and does not hold
// yet, from the Hugging Face Hub into <text_dir>/<modelBase>/ — read from the folder's own
// config.json once it is downloaded, so any pair works (LaBSE's base is not known in advance).
// Empty when nothing is missing or the folder is not new-format M-CLIP.
ModelManifest base_config_manifest(const std::filesystem::path& models_dir, const ModelPair& pair,
                                   const ManifestOptions& options = {});

}  // namespace lingualens
