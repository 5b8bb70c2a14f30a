#include "core/models/model_pairs.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>

namespace lingualens {
namespace {

ModelPair pair(std::string name, std::string image_name, std::string image_file, std::string family,
               int dim, int image_size, std::optional<PublishedRecall> recall,
               int trained_languages) {
  ModelPair p;
  p.name = std::move(name);
  p.image_name = std::move(image_name);
  p.image_file = std::move(image_file);
  p.text_dir = p.name;
  p.text_family = std::move(family);
  p.dim = dim;
  p.image_size = image_size;
  p.xtd_recall_at_10 = recall;
  p.trained_languages = trained_languages;
  return p;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// ref: clip/clip.py:_MODELS
constexpr const char* kOpenAi = "https://openaipublic.azureedge.net/clip/models/";
struct OpenAiFile {
  const char* file;
  const char* sha256;
};
constexpr OpenAiFile kOpenAiFiles[] = {
    {"RN50x4.pt", "7e526bd135e493cef0776de27d5f42653e6b4c8bf9e0f653bb11773263205fdd"},
    {"ViT-B-32.pt", "40d365715913c9da98579312b702a82c18be219cc2a73407c4526f58eba950af"},
    {"ViT-L-14.pt", "b8cca3fd41ae0c99ba7e8951adf17d267cdb84cd88be6f7c2e0eca1737a03836"}};
// ref: open_clip pretrained.py (ViT-B-16-plus-240 "laion400m_e32"); the name carries only the
// first 8 hex digits of its SHA-256, so the checksum is the one recorded at first download.
constexpr const char* kOpenClipB16Plus =
    "https://github.com/mlfoundations/open_clip/releases/download/v0.2-weights/"
    "vit_b_16_plus_240-laion400m_e32-699c4b84.pt";
// ref: Multilingual-CLIP legacy_get-weights.sh
constexpr const char* kDistilHead =
    "https://www.dropbox.com/s/oihqzctnty5e9kk/M-BERT%20Distil%2040%20Linear%20Weights.pkl?dl=1";

}  // namespace

const std::vector<ModelPair>& model_pairs() {
  static const std::vector<ModelPair> pairs = [] {
    std::vector<ModelPair> v;
    v.push_back(pair("M-BERT-Base-69", "RN50x4", "RN50x4.pt", "BERT", 640, 288, {}, 69));
    v.back().is_default = true;
    v.push_back(pair("M-BERT-Distil-40", "RN50x4", "RN50x4.pt", "DistilBERT", 640, 288, {}, 40));
    v.push_back(pair("XLM-Roberta-Large-Vit-B-32", "ViT-B/32", "ViT-B-32.pt", "XLM-RoBERTa", 512,
                     224, PublishedRecall{91.8, 88.7, 89.3, 81.0}, 48));
    v.push_back(pair("XLM-Roberta-Large-Vit-L-14", "ViT-L/14", "ViT-L-14.pt", "XLM-RoBERTa", 768,
                     224, PublishedRecall{92.4, 90.6, 89.7, 81.9}, 48));
    v.push_back(pair("LABSE-Vit-L-14", "ViT-L/14", "ViT-L-14.pt", "BERT", 768, 224,
                     PublishedRecall{91.6, 89.6, 88.9, 73.9}, 48));
    v.push_back(pair("XLM-Roberta-Large-Vit-B-16Plus", "ViT-B/16-plus-240",
                     "vit_b_16_plus_240-laion400m_e32-699c4b84.pt", "XLM-RoBERTa", 640, 240,
                     PublishedRecall{95.0, 93.0, 94.0, 84.2}, 48));
    return v;
  }();
  return pairs;
}

const ModelPair* find_model_pair(const std::string& name) {
  for (const auto& p : model_pairs())
    if (lower(p.name) == lower(name)) return &p;
  return nullptr;
}

const ModelPair& default_model_pair() { return model_pairs().front(); }

std::string model_pair_names() {
  std::string out;
  for (const auto& p : model_pairs()) out += (out.empty() ? "" : ", ") + p.name;
  return out;
}

ModelPairFiles model_pair_files(const ModelPair& pair, const std::filesystem::path& models_dir) {
  ModelPairFiles f;
  // RN50x4 may also be where the Hub mirror keeps it (default_image_model_file knows).
  f.image_model = pair.image_file == "RN50x4.pt" ? default_image_model_file(models_dir)
                                                 : models_dir / pair.image_file;
  f.text_model = models_dir / pair.text_dir;
  std::error_code ec;
  f.present = std::filesystem::is_regular_file(f.image_model, ec) &&
              std::filesystem::is_regular_file(f.text_model / "config.json", ec);
  return f;
}

std::string pairing_problem(const std::string& image_architecture, int image_dim,
                            const std::string& text_family, int text_dim) {
  const std::string sizes = std::to_string(text_dim) + "-d";
  if (text_dim != image_dim) {
    return "the text model gives " + sizes + " embeddings but the image model gives " +
           std::to_string(image_dim) + "-d ones";
  }
  bool known_image = false;
  std::string partners;
  for (const auto& p : model_pairs()) {
    if (p.image_name != image_architecture) continue;
    known_image = true;
    if (p.text_family == text_family && p.dim == text_dim) return "";
    partners += (partners.empty() ? "" : ", ") + p.name;
  }
  if (!known_image) return "";
  return "the text model (" + text_family + ", " + sizes + ") was not trained for " +
         image_architecture + " image embeddings, whose text models are " + partners +
         ": its searches would compare unrelated spaces";
}

std::string architecture_of_identity(const std::string& identity) {
  const size_t fp = identity.rfind('/');
  if (fp == std::string::npos || fp == 0) return "";
  const size_t dim = identity.rfind('/', fp - 1);
  return dim == std::string::npos ? "" : identity.substr(0, dim);
}

ModelManifest model_pair_manifest(const ModelPair& p, const ManifestOptions& options) {
  if (p.is_default) return default_model_manifest(options);
  ModelManifest m;
  bool image_done = false;
  for (const auto& f : kOpenAiFiles) {
    if (p.image_file == f.file) {
      m.files.push_back({p.image_file,
                         {{std::string(kOpenAi) + f.sha256 + "/" + f.file, f.sha256, false, "",
                           "OpenAI (openai/CLIP, clip.py)"}}});
      image_done = true;
    }
  }
  if (!image_done)
    m.files.push_back({p.image_file, {{kOpenClipB16Plus, "", false, "", "open_clip releases"}}});
  const std::string hf =
      "https://huggingface.co/M-CLIP/" + p.name + "/resolve/" + options.hf_revision + "/";
  const std::string hub = "Hugging Face Hub, M-CLIP/" + p.name;
  std::vector<std::string> small = {"config.json", "tokenizer_config.json",
                                    "special_tokens_map.json"};
  if (p.text_family == "XLM-RoBERTa") {
    small.push_back("sentencepiece.bpe.model");
  } else {
    small.push_back("vocab.txt");
  }
  for (const auto& name : small)
    m.files.push_back({p.text_dir + "/" + name, {{hf + name, "", false, "", hub}}});
  m.files.push_back(
      {p.text_dir + "/pytorch_model.bin", {{hf + "pytorch_model.bin", "", true, "", hub}}});
  if (p.name == "M-BERT-Distil-40") {
    m.files.push_back(
        {p.text_dir + "/M-BERT Distil 40 Linear Weights.pkl",
         {{kDistilHead, "", false, "", "Multilingual-CLIP (legacy_get-weights.sh)"}}});
  } else if (p.text_family == "XLM-RoBERTa") {
    // New format: the transformer's sizes come from the base model's own config.json.
    m.files.push_back({p.text_dir + "/xlm-roberta-large/config.json",
                       {{"https://huggingface.co/xlm-roberta-large/resolve/main/config.json", "",
                         false, "", "Hugging Face Hub, xlm-roberta-large"}}});
  }
  if (!options.mirror.empty()) {
    for (auto& f : m.files) {
      for (auto& src : f.sources) {
        std::string url = options.mirror;
        while (!url.empty() && url.back() == '/') url.pop_back();
        for (char c : "/" + f.path_of(src))
          url += c == ' ' ? std::string("%20") : std::string(1, c);
        src.url = url;
        src.hub_checksum = false;
        src.description = "mirror";
      }
    }
  }
  return m;
}

ModelManifest base_config_manifest(const std::filesystem::path& models_dir, const ModelPair& p,
                                   const ManifestOptions& options) {
  ModelManifest m;
  const auto config = models_dir / p.text_dir / "config.json";
  std::ifstream in(config, std::ios::binary);
  if (!in) return m;
  const auto j = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || j.value("model_type", "") != "M-CLIP" || !j.contains("modelBase") ||
      !j["modelBase"].is_string())
    return m;
  const std::string base = j["modelBase"].get<std::string>();
  // A Hub model id ("xlm-roberta-large", "org/name"): nothing that climbs out of the folder.
  const bool safe = !base.empty() && base.find("..") == std::string::npos && base.front() != '/' &&
                    std::all_of(base.begin(), base.end(), [](unsigned char c) {
                      return std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '/';
                    });
  std::error_code ec;
  if (!safe || std::filesystem::exists(models_dir / p.text_dir / base / "config.json", ec))
    return m;
  const std::string path = p.text_dir + "/" + base + "/config.json";
  const std::string url = options.mirror.empty()
                              ? "https://huggingface.co/" + base + "/resolve/main/config.json"
                              : options.mirror + "/" + path;
  m.files.push_back({path, {{url, "", false, "", "Hugging Face Hub, " + base}}});
  return m;
}

}  // namespace lingualens
