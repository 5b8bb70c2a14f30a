// The Multilingual-CLIP pairs: which text model may search which image model's embeddings,
// and where each pair's files come from.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>

#include "core/error.h"
#include "core/models/model_pairs.h"
#include "core/models/pair_speed.h"
#include "index/library_location.h"
#include "tests/test_models.h"

namespace lingualens {
namespace {

TEST(ModelPairs, EveryPublishedPairIsListedOnceWithItsDefault) {
  std::set<std::string> names;
  int defaults = 0;
  for (const auto& p : model_pairs()) {
    EXPECT_TRUE(names.insert(p.name).second) << p.name;
    defaults += p.is_default;
    EXPECT_GT(p.dim, 0);
    EXPECT_FALSE(p.image_file.empty());
    EXPECT_GT(p.trained_languages, 0) << p.name;
  }
  EXPECT_EQ(find_model_pair("M-BERT-Distil-40")->trained_languages, 40);
  EXPECT_EQ(defaults, 1);
  EXPECT_EQ(default_model_pair().name, "M-BERT-Base-69");
  EXPECT_EQ(default_model_pair().image_name, "RN50x4");
  for (const char* n :
       {"M-BERT-Distil-40", "XLM-Roberta-Large-Vit-B-32", "XLM-Roberta-Large-Vit-L-14",
        "LABSE-Vit-L-14", "XLM-Roberta-Large-Vit-B-16Plus"})
    EXPECT_TRUE(names.count(n)) << n;
  ASSERT_TRUE(find_model_pair("xlm-roberta-large-vit-b-32"));
  EXPECT_EQ(find_model_pair("xlm-roberta-large-vit-b-32")->image_name, "ViT-B/32");
  EXPECT_EQ(find_model_pair("nonsense"), nullptr);
}

// Same size is not enough: XLM-R's B-16+ head and M-BERT's RN50x4 head are both 640-d.
TEST(ModelPairs, OnlyTheTextModelsTrainedForAnImageModelMayMeetIt) {
  EXPECT_EQ(pairing_problem("RN50x4", 640, "BERT", 640), "");
  EXPECT_EQ(pairing_problem("RN50x4", 640, "DistilBERT", 640), "");
  EXPECT_EQ(pairing_problem("ViT-B/16-plus-240", 640, "XLM-RoBERTa", 640), "");
  EXPECT_EQ(pairing_problem("ViT-L/14", 768, "BERT", 768), "");  // LaBSE
  const std::string wrong = pairing_problem("RN50x4", 640, "XLM-RoBERTa", 640);
  EXPECT_NE(wrong.find("M-BERT-Base-69"), std::string::npos) << wrong;
  EXPECT_NE(pairing_problem("ViT-B/32", 512, "BERT", 512), "");
  EXPECT_NE(pairing_problem("RN50x4", 640, "BERT", 512), "");  // sizes differ
  // Towers of other sizes (the tests' tiny models) are held to the size only.
  EXPECT_EQ(pairing_problem("ResNet (custom size)", 16, "XLM-RoBERTa", 16), "");
  EXPECT_NE(pairing_problem("ResNet (custom size)", 16, "BERT", 8), "");
}

TEST(ModelPairs, TheArchitectureComesOutOfALibrarysModelIdentity) {
  EXPECT_EQ(architecture_of_identity("RN50x4/640/abc"), "RN50x4");
  EXPECT_EQ(architecture_of_identity("ViT-B/32/512/abc"), "ViT-B/32");
  EXPECT_EQ(architecture_of_identity("nonsense"), "");
}

TEST(ModelPairs, EachPairDownloadsItsOwnFiles) {
  for (const auto& p : model_pairs()) {
    const ModelManifest m = model_pair_manifest(p);
    std::set<std::string> paths;
    for (const auto& f : m.files) {
      paths.insert(f.path);
      ASSERT_FALSE(f.sources.empty()) << f.path;
    }
    EXPECT_TRUE(paths.count(p.image_file)) << p.name;
    EXPECT_TRUE(paths.count(p.text_dir + "/config.json")) << p.name;
    EXPECT_TRUE(paths.count(p.text_dir + "/pytorch_model.bin")) << p.name;
    if (p.text_family == "XLM-RoBERTa") {
      EXPECT_TRUE(paths.count(p.text_dir + "/sentencepiece.bpe.model")) << p.name;
      EXPECT_TRUE(paths.count(p.text_dir + "/xlm-roberta-large/config.json")) << p.name;
    } else {
      EXPECT_TRUE(paths.count(p.text_dir + "/vocab.txt")) << p.name;
    }
    for (const auto& f : m.files) {
      // OpenAI's URLs carry the file's SHA-256; it is pinned.
      const auto& s = f.sources.front();
      if (s.url.find("openaipublic") != std::string::npos) {
        EXPECT_EQ(s.sha256.size(), 64u) << s.url;
        EXPECT_NE(s.url.find(s.sha256), std::string::npos) << s.url;
      }
      // Hugging Face serves the large files from LFS with their SHA-256.
      if (f.path.find("pytorch_model.bin") != std::string::npos) {
        EXPECT_TRUE(s.hub_checksum) << f.path;
      }
    }
  }
  const auto distil = model_pair_manifest(*find_model_pair("M-BERT-Distil-40"));
  bool head = false;
  for (const auto& f : distil.files)
    head = head || f.path == "M-BERT-Distil-40/M-BERT Distil 40 Linear Weights.pkl";
  EXPECT_TRUE(head);
  // A mirror serves every file at <mirror>/<path>.
  ManifestOptions o;
  o.mirror = "https://mirror.example/models/";
  for (const auto& f : model_pair_manifest(*find_model_pair("M-BERT-Distil-40"), o).files)
    EXPECT_EQ(
        f.sources.front().url.rfind("https://mirror.example/models/M-BERT-Distil-40", 0) == 0 ||
            f.path == "RN50x4.pt",
        true)
        << f.sources.front().url;
}

// Each pair has its own library unless one is chosen: spaces never mix by default.
TEST(ModelPairs, EachPairHasItsOwnDefaultLibrary) {
  EXPECT_EQ(default_library_dir(), default_data_dir());
  EXPECT_EQ(default_library_dir("M-BERT-Base-69"), default_data_dir());
  EXPECT_EQ(default_library_dir("xlm-roberta-large-vit-b-32"),
            default_data_dir() / "libraries" / "XLM-Roberta-Large-Vit-B-32");
  EXPECT_NE(default_library_dir("LABSE-Vit-L-14"),
            default_library_dir("XLM-Roberta-Large-Vit-L-14"));
  EXPECT_EQ(default_library_dir("nonsense"), default_data_dir());
}

// Where a pair's files are, and whether both are there (RN50x4 also in the Hub's layout).
TEST(ModelPairs, APairsFilesAreFoundInTheModelsFolder) {
  namespace fs = std::filesystem;
  const fs::path models = test::scratch();
  const ModelPair& xlmr = *find_model_pair("XLM-Roberta-Large-Vit-B-32");
  ModelPairFiles f = model_pair_files(xlmr, models);
  EXPECT_EQ(f.image_model, models / "ViT-B-32.pt");
  EXPECT_EQ(f.text_model, models / "XLM-Roberta-Large-Vit-B-32");
  EXPECT_FALSE(f.present);
  fs::create_directories(f.text_model);
  std::ofstream(f.text_model / "config.json") << "{}";
  EXPECT_FALSE(model_pair_files(xlmr, models).present);  // the image model is missing
  std::ofstream(f.image_model) << "x";
  EXPECT_TRUE(model_pair_files(xlmr, models).present);
  // The default pair's RN50x4 where the Hub mirror keeps it.
  f = model_pair_files(default_model_pair(), models);
  EXPECT_EQ(f.image_model, default_image_model_file(models));
  EXPECT_EQ(f.text_model, models / "M-BERT-Base-69");
}

// The base model a new-format folder names is only known once its config.json is here (LaBSE's
// could not be pinned in advance): then it is what gets fetched, into the folder's sub-folder.
TEST(ModelPairs, TheBaseConfigComesFromTheFoldersOwnConfig) {
  namespace fs = std::filesystem;
  const fs::path models = test::scratch();
  const ModelPair& labse = *find_model_pair("LABSE-Vit-L-14");
  EXPECT_TRUE(base_config_manifest(models, labse).files.empty());  // nothing downloaded yet
  fs::create_directories(models / labse.text_dir);
  fs::copy_file(test::data("zoo/mclip-labse-tiny/config.json"),
                models / labse.text_dir / "config.json");
  const ModelManifest m = base_config_manifest(models, labse);
  ASSERT_EQ(m.files.size(), 1u);
  EXPECT_EQ(m.files[0].path, "LABSE-Vit-L-14/labse-tiny-random/config.json");
  EXPECT_EQ(m.files[0].sources.at(0).url,
            "https://huggingface.co/labse-tiny-random/resolve/main/config.json");
  fs::create_directories(models / labse.text_dir / "labse-tiny-random");
  fs::copy_file(test::data("zoo/mclip-labse-tiny/labse-tiny-random/config.json"),
                models / labse.text_dir / "labse-tiny-random/config.json");
  EXPECT_TRUE(base_config_manifest(models, labse).files.empty());  // there now
  // A legacy folder has no base; a hostile modelBase never leaves the folder.
  EXPECT_TRUE(base_config_manifest(models, *find_model_pair("M-BERT-Distil-40")).files.empty());
  std::ofstream(models / labse.text_dir / "config.json")
      << R"({"model_type": "M-CLIP", "modelBase": "../../../etc"})";
  EXPECT_TRUE(base_config_manifest(models, labse).files.empty());
}

// What a pair costs on this machine: both towers run, every step is reported, the numbers are
// there (never compared with a speed: machines differ).
TEST(PairSpeed, MeasuresBothTowersOfAPair) {
  PairSpeedParams p;
  p.image.weights_file = test::data("clip-rn-tiny/RN-tiny.pt");
  p.text.model_dir = test::data("mbert-tiny");
  p.images = 3;
  p.queries = 2;
  std::vector<int64_t> steps;
  const PairSpeed s = measure_pair_speed(p, [&](int64_t done, int64_t total) {
    steps.push_back(done);
    EXPECT_EQ(total, 5);
  });
  EXPECT_GT(s.images_per_second, 0);
  EXPECT_GT(s.query_ms, 0);
  EXPECT_GE(s.image_load_seconds, 0);
  EXPECT_GE(s.text_load_seconds, 0);
  EXPECT_GE(s.image_model_bytes, 0);
  ASSERT_FALSE(steps.empty());
  EXPECT_EQ(steps.back(), 5);
  EXPECT_TRUE(std::is_sorted(steps.begin(), steps.end()));
}

TEST(PairSpeed, StopsWhenAskedAndNamesTheFileThatDoesNotLoad) {
  PairSpeedParams p;
  p.image.weights_file = test::data("clip-rn-tiny/RN-tiny.pt");
  p.text.model_dir = test::data("mbert-tiny");
  try {
    measure_pair_speed(p, {}, [] { return true; });
    FAIL() << "not cancelled";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kCancelled);
  }
  p.image.weights_file = test::data("no-such-model.pt");
  try {
    measure_pair_speed(p);
    FAIL() << "a missing file measured";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("no-such-model.pt"), std::string::npos) << e.what();
  }
  p.images = 0;
  EXPECT_THROW(measure_pair_speed(p), Error);
}

}  // namespace
}  // namespace lingualens
