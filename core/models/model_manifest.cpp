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
// The same weights on the Hugging Face Hub, where OpenCLIP loads them from since OpenAI's CDN
// links started answering 404 (openai/CLIP#516). ref: open_clip src/open_clip/pretrained.py
// (_RN50x4 "openai": hf_hub="timm/resnet50x4_clip.openai/", quick_gelu=True).
constexpr const char* kRn50x4HubUrl =
    "https://huggingface.co/timm/resnet50x4_clip.openai/resolve/main/open_clip_model.safetensors";
constexpr const char* kRn50x4HubPath = "RN50x4-openclip/open_clip_model.safetensors";
// ref: Multilingual-CLIP legacy_get-weights.sh (the project's own link since M-BERT-Base-69 was
// added; "?dl=1" asks Dropbox for the file rather than its page).
constexpr const char* kHeadUrl =
    "https://www.dropbox.com/s/y4pycinv0eapeb3/M-BERT-Base-69%20Linear%20Weights.pkl?dl=1";
// The link LinguaLens used before: from a third-party copy of multilingual_clip.py.
constexpr const char* kHeadUrlBefore =
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

std::string url_host(const std::string& url) {
  const auto scheme = url.find("://");
  const size_t start = scheme == std::string::npos ? 0 : scheme + 3;
  const size_t end = url.find_first_of("/?#", start);
  const std::string host =
      url.substr(start, end == std::string::npos ? std::string::npos : end - start);
  return host.empty() ? url : host;
}

ModelManifest default_model_manifest(const ManifestOptions& options) {
  ModelManifest m;
  m.files.push_back({"RN50x4.pt",
                     {{kRn50x4Url, kRn50x4Sha256, false, "", "OpenAI (openai/CLIP, clip.py)"},
                      {kRn50x4HubUrl, "", true, kRn50x4HubPath,
                       "Hugging Face Hub, timm/resnet50x4_clip.openai (OpenCLIP's copy of "
                       "OpenAI's weights)"}}});
  const std::string hf =
      "https://huggingface.co/M-CLIP/M-BERT-Base-69/resolve/" + options.hf_revision + "/";
  const std::string hub = "Hugging Face Hub, M-CLIP/M-BERT-Base-69";
  for (const char* name : {"config.json", "vocab.txt", "tokenizer_config.json"}) {
    m.files.push_back({std::string(kTextDir) + "/" + name, {{hf + name, "", false, "", hub}}});
  }
  m.files.push_back({std::string(kTextDir) + "/pytorch_model.bin",
                     {{hf + "pytorch_model.bin", "", true, "", hub}}});
  m.files.push_back({std::string(kTextDir) + "/M-BERT-Base-69 Linear Weights.pkl",
                     {{kHeadUrl, "", false, "", "Multilingual-CLIP (legacy_get-weights.sh)"},
                      {kHeadUrlBefore, "", false, "", "Dropbox copy used by LinguaLens 0.1"}}});
  if (!options.mirror.empty()) {
    for (auto& f : m.files) {
      for (auto& src : f.sources) {
        src.url = join_url(options.mirror, f.path_of(src));
        src.hub_checksum = false;  // a plain mirror has no LFS headers; pinned checksums apply
        src.description = "mirror";
      }
    }
  }
  return m;
}

std::filesystem::path default_image_model_file(const std::filesystem::path& models_dir) {
  std::error_code ec;
  if (std::filesystem::exists(models_dir / "RN50x4.pt", ec)) return models_dir / "RN50x4.pt";
  if (std::filesystem::exists(models_dir / kRn50x4HubPath, ec)) return models_dir / kRn50x4HubPath;
  return models_dir / "RN50x4.pt";
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
    auto parse_source = [&](const nlohmann::json& j, ModelSource& src) {
      if (!j.is_object())
        throw Error(ErrorKind::kBadFormat, file, where + "a source must be an object");
      auto text = [&](const char* key) -> std::string {
        if (!j.contains(key)) return {};
        if (!j[key].is_string())
          throw Error(ErrorKind::kBadFormat, file, where + "\"" + key + "\" must be text");
        return j[key].get<std::string>();
      };
      src.url = text("url");
      src.sha256 = text("sha256");
      src.path = text("path");
      src.description = text("description");
      if (j.contains("hub_checksum")) {
        if (!j["hub_checksum"].is_boolean())
          throw Error(ErrorKind::kBadFormat, file,
                      where + "\"hub_checksum\" must be true or false");
        src.hub_checksum = j["hub_checksum"].get<bool>();
      }
      if (!src.path.empty() && !is_safe_relative(src.path)) {
        throw Error(
            ErrorKind::kBadFormat, file,
            where + "a source's \"path\" must name a file inside the models folder: " + src.path);
      }
      if (!mirror.empty() && (src.url.empty() || src.url.find("://") == std::string::npos)) {
        src.url = join_url(mirror, src.url.empty() ? mf.path_of(src) : src.url);
      }
      if (!src.sha256.empty() &&
          (src.sha256.size() != 64 ||
           src.sha256.find_first_not_of("0123456789abcdef") != std::string::npos)) {
        throw Error(ErrorKind::kBadFormat, file,
                    where + "\"sha256\" must be 64 lowercase hex digits");
      }
      if (src.description.empty()) src.description = url_host(src.url);
    };
    ModelSource first;
    parse_source(f, first);  // the file's own url / sha256 / hub_checksum
    mf.sources.push_back(first);
    if (f.contains("sources")) {
      if (!f["sources"].is_array())
        throw Error(ErrorKind::kBadFormat, file, where + "\"sources\" must be a list");
      for (const auto& j : f["sources"]) {
        ModelSource src;
        parse_source(j, src);
        mf.sources.push_back(std::move(src));
      }
      // A file with no url of its own is described by its sources alone.
      if (mf.sources.size() > 1 && first.url.empty() && first.sha256.empty())
        mf.sources.erase(mf.sources.begin());
    }
    m.files.push_back(std::move(mf));
  }
  return m;
}

}  // namespace lingualens
