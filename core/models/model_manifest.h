// The model files LinguaLens needs, where they come from, and how each is checked.
//
// A manifest lists files by their path inside the models folder (the layout the app and the
// CLI expect by default: `RN50x4.pt` and `M-BERT-Base-69/...`). Each file has an ordered list
// of sources, tried in turn until one serves a file that verifies: against the SHA-256 its
// publisher gives, the checksum the Hugging Face Hub states for it, or (otherwise) the one
// recorded at the first download. A source may serve the same model in another file (OpenAI's
// RN50x4 as OpenCLIP's safetensors on the Hub): it then names its own path. Users behind a
// proxy or offline mirror can replace every URL with `<mirror>/<path>` or supply their own
// manifest as JSON; `models import` places files someone already has.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace lingualens {

struct ModelSource {
  std::string url;
  std::string sha256;  // lowercase hex; empty: not published (see `hub_checksum`)
  // The server states the content's SHA-256 in an `X-Linked-Etag` header (Hugging Face serves
  // large files from LFS this way); verify against it when no checksum is pinned here.
  bool hub_checksum = false;
  std::string path;         // where this source's file is kept; empty: the file's own path
  std::string description;  // who publishes it, for listings ("OpenAI", "Hugging Face Hub")
};

struct ModelFile {
  std::string path;                  // inside the models folder, '/'-separated
  std::vector<ModelSource> sources;  // tried in order

  // Where the file from `source` is kept (its own path, or the file's).
  const std::string& path_of(const ModelSource& source) const {
    return source.path.empty() ? path : source.path;
  }
};

// The host of a URL ("huggingface.co"), for messages.
std::string url_host(const std::string& url);

struct ModelManifest {
  std::vector<ModelFile> files;
};

struct ManifestOptions {
  std::string hf_revision = "main";  // a Hugging Face commit or branch for M-BERT-Base-69
  std::string mirror;                // non-empty: every file from <mirror>/<path>
};

// OpenAI's RN50x4.pt (published SHA-256; then the same weights from the Hub in OpenCLIP's
// layout), the M-CLIP/M-BERT-Base-69 Hugging Face files and the M-BERT-Base-69 linear head as
// published by the Multilingual-CLIP authors (their own link first).
ModelManifest default_model_manifest(const ManifestOptions& options = {});

// Where the image model of the default manifest is, in `models_dir`: RN50x4.pt when present,
// else the Hub's OpenCLIP copy when present, else RN50x4.pt (missing).
std::filesystem::path default_image_model_file(const std::filesystem::path& models_dir);

// {"files": [{"path": ..., "url": ..., "sha256": ...,
//             "sources": [{"url", "sha256", "hub_checksum", "path"}, ...]}]}: a file's own
// url/sha256 is its first source; "sources" adds more. A url may be relative to `mirror`.
// Throws Error(kBadFormat) naming the file and what is wrong.
ModelManifest load_model_manifest(const std::filesystem::path& file,
                                  const std::string& mirror = {});

}  // namespace lingualens
