// The model files LinguaLens needs, where they come from, and how each is checked.
//
// A manifest lists files by their path inside the models folder (the layout the app and the
// CLI expect by default: `RN50x4.pt` and `M-BERT-Base-69/...`). Each file has a source URL and,
// where the publisher gives one, its SHA-256. Users behind a proxy or offline mirror can
// replace every URL with `<mirror>/<path>` or supply their own manifest as JSON.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace lingualens {

struct ModelFile {
  std::string path;  // inside the models folder, '/'-separated
  std::string url;
  std::string sha256;  // lowercase hex; empty: not published (see `hub_checksum`)
  // The server states the content's SHA-256 in an `X-Linked-Etag` header (Hugging Face serves
  // large files from LFS this way); verify against it when no checksum is pinned here.
  bool hub_checksum = false;
};

struct ModelManifest {
  std::vector<ModelFile> files;
};

struct ManifestOptions {
  std::string hf_revision = "main";  // a Hugging Face commit or branch for M-BERT-Base-69
  std::string mirror;                // non-empty: every file from <mirror>/<path>
};

// OpenAI's RN50x4.pt (published SHA-256), the M-CLIP/M-BERT-Base-69 Hugging Face files and
// the M-BERT-Base-69 linear head as published by the Multilingual-CLIP authors.
ModelManifest default_model_manifest(const ManifestOptions& options = {});

// {"files": [{"path": ..., "url": ..., "sha256": ...}]}; url may be relative to `mirror`.
// Throws Error(kBadFormat) naming the file and what is wrong.
ModelManifest load_model_manifest(const std::filesystem::path& file,
                                  const std::string& mirror = {});

}  // namespace lingualens
