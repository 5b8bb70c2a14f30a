#include "core/models/model_manifest.h"

#include <algorithm>

#include <fstream>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/util/regular_file.h"

namespace lingualens {
namespace {

// ref: CLIP clip/clip.py:_MODELS — the hash in the URL is the file's SHA-256.
constexpr const char* kRn50x4Sha256 =
    "7e526bd135e493cef0776de27d5f42653e6b4c8bf9e0f653bb11773263205fdd";
constexpr const char* kRn50x4Url =
    "https://openaipublic.azureedge.net/clip/models/"
    "7e526bd135e493cef0776de27d5f42653e6b4c8bf9e0f653bb11773263205fdd/RN50x4.pt";
// ref: Multilingual-CLIP legacy/multilingual_clip.py:AVAILABLE_MODELS['M-BERT-Base-69'].weight_link
constexpr const char* kHeadUrl =
    "https://www.dropbox.com/s/axe2pm8hte06gk3/M-BERT-Base-69%20Linear%20Weights.pkl?dl=1";
constexpr const char* kTextDir = "M-BERT-Base-69";

// A file inside the models folder: relative, no "." or ".." or empty components, not a folder
// ("dir/"), and not a name the downloader uses itself (its checksum list, partial downloads).
bool is_safe_relative(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.back() == '/') return false;
  if (path.find('\0') != std::string::npos) return false;
  size_t start = 0;
  for (;;) {
    const size_t end = std::min(path.find('/', start), path.size());
    const std::string part = path.substr(start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    if (end == path.size()) break;
    start = end + 1;
  }
  if (path == "checksums.sha256") return false;
  if (path.size() > 5 && path.compare(path.size() - 5, 5, ".part") == 0) return false;
  return true;
}

std::string join_url(const std::string& base, const std::string& path) {
  std::string out = base;
  while (!out.empty() && out.back() == '/') out.pop_back();
  out += '/';
  for (char c : path) {
    if (c == ' ')
      out += "%20";
    else
      out += c;
  }
  return out;
}

}  // namespace

ModelManifest default_model_manifest(const ManifestOptions& options) {
  ModelManifest m;
  m.files.push_back({"RN50x4.pt", kRn50x4Url, kRn50x4Sha256, false});
  const std::string hf =
      "https://huggingface.co/M-CLIP/M-BERT-Base-69/resolve/" + options.hf_revision + "/";
  for (const char* name : {"config.json", "vocab.txt", "tokenizer_config.json"}) {
    m.files.push_back({std::string(kTextDir) + "/" + name, hf + name, "", false});
  }
  m.files.push_back(
      {std::string(kTextDir) + "/pytorch_model.bin", hf + "pytorch_model.bin", "", true});
  m.files.push_back(
      {std::string(kTextDir) + "/M-BERT-Base-69 Linear Weights.pkl", kHeadUrl, "", false});
  if (!options.mirror.empty()) {
    for (auto& f : m.files) {
      f.url = join_url(options.mirror, f.path);
      f.hub_checksum = false;  // a plain mirror has no LFS headers; pinned checksums still apply
    }
  }
  return m;
}

ModelManifest load_model_manifest(const std::filesystem::path& file, const std::string& mirror) {
  require_regular_file(file);
  std::ifstream in(file);
  if (!in) throw Error(ErrorKind::kNotFound, file, "cannot open the model manifest");
  nlohmann::json j;
  try {
    in >> j;
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::kBadFormat, file, std::string("not valid JSON: ") + e.what());
  }
  if (!j.is_object() || !j.contains("files") || !j["files"].is_array()) {
    throw Error(ErrorKind::kBadFormat, file, "expected {\"files\": [...]}");
  }
  ModelManifest m;
  int n = 0;
  for (const auto& f : j["files"]) {
    ++n;
    const std::string where = "entry " + std::to_string(n) + ": ";
    if (!f.is_object() || !f.contains("path") || !f["path"].is_string()) {
      throw Error(ErrorKind::kBadFormat, file, where + "needs a string \"path\"");
    }
    ModelFile mf;
    mf.path = f["path"].get<std::string>();
    if (!is_safe_relative(mf.path)) {
      throw Error(ErrorKind::kBadFormat, file,
                  where +
                      "\"path\" must name a file inside the models folder (no \"..\", \".\", "
                      "trailing \"/\", or the downloader's own checksums.sha256 / *.part): " +
                      mf.path);
    }
    mf.url = f.value("url", std::string());
    mf.sha256 = f.value("sha256", std::string());
    mf.hub_checksum = f.value("hub_checksum", false);
    if (!mirror.empty() && (mf.url.empty() || mf.url.find("://") == std::string::npos)) {
      mf.url = join_url(mirror, mf.url.empty() ? mf.path : mf.url);
    }
    if (!mf.sha256.empty() &&
        (mf.sha256.size() != 64 ||
         mf.sha256.find_first_not_of("0123456789abcdef") != std::string::npos)) {
      throw Error(ErrorKind::kBadFormat, file,
                  where + "\"sha256\" must be 64 lowercase hex digits");
    }
    m.files.push_back(std::move(mf));
  }
  return m;
}

}  // namespace lingualens
