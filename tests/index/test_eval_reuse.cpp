// The translation evaluation reuses the library's stored embeddings for photos already
// indexed (and unchanged), and gives the same matrices as encoding them afresh.
#include <gtest/gtest.h>

#include <fstream>

#include "core/eval/evaluation.h"
#include "core/image/encode_files.h"
#include "core/text/text_encoder.h"
#include "index/indexer.h"
#include "index/library.h"
#include "index/stored_embeddings.h"
#include "tests/test_models.h"

namespace lingualens {
namespace {

namespace fs = std::filesystem;

TEST(EvalReuse, LibraryEmbeddingsAreReusedAndGiveTheSameResult) {
  const auto root = test::scratch();
  const fs::path photos = root / "photos";
  fs::create_directories(photos);
  for (const auto& e : fs::directory_iterator(test::data("images-seed"))) {
    if (e.path().extension() != ".txt") fs::copy_file(e.path(), photos / e.path().filename());
  }
  {
    Library library(root / "lib", Library::Access::kWrite);
    IndexParams p;
    p.folders = {photos};
    index_folders(library, test::tiny_image_encoder(), p);
  }
  EvalSet set = load_eval_set(
      fs::path(LINGUALENS_SOURCE_DIR) / "resources/eval/model-card-set-2.json", photos);
  const TextEncoder text(
      TextEncoderParams{test::data("mbert-tiny"), test::data("formats/head_16x16.pkl"), 32});
  const auto& image = test::tiny_image_encoder();

  EvaluationParams fresh;
  fresh.languages = {"en", "sv"};
  int64_t last_done = 0, last_total = 0;
  const EvaluationRun a = run_evaluation(set, text, image, fresh, [&](int64_t d, int64_t t) {
    last_done = d;
    last_total = t;
  });
  EXPECT_EQ(a.images_encoded, 6);
  EXPECT_EQ(a.images_reused, 0);
  EXPECT_EQ(last_done, last_total);
  EXPECT_EQ(last_total, 6 + 12);  // 6 images, 6 captions in each of 2 languages

  // Touch one photo: its stored embedding is stale and must be recomputed.
  const fs::path touched = set.items[0].image;
  fs::last_write_time(touched, fs::last_write_time(touched) + std::chrono::seconds(5));
  StoredEmbeddings stored(root / "lib", image);
  EvaluationParams reuse = fresh;
  reuse.stored_embedding = [&](const fs::path& p) { return stored.find(p); };
  const EvaluationRun b = run_evaluation(set, text, image, reuse);
  EXPECT_EQ(b.images_reused, 5);
  EXPECT_EQ(b.images_encoded, 1);
  ASSERT_EQ(a.result.languages.size(), b.result.languages.size());
  for (size_t l = 0; l < a.result.languages.size(); ++l) {
    const auto& x = a.result.languages[l].cosine;
    const auto& y = b.result.languages[l].cosine;
    for (size_t i = 0; i < x.size(); ++i) {
      for (size_t j = 0; j < x[i].size(); ++j) EXPECT_NEAR(x[i][j], y[i][j], 1e-5);
    }
  }
  // Another model's library is not used.
  const ImageEncoder other_model(
      ImageEncoderParams{test::data("clip-rn-tiny/RN-tiny-allhalf.pt"), 8});
  StoredEmbeddings other(root / "lib", other_model);
  EXPECT_FALSE(other.find(set.items[1].image).has_value());
}

TEST(EvalReuse, MatricesEqualBruteForceFromTheEncoders) {
  // What `encode-text` and `encode-image` print, combined by hand: cosine, then per image the
  // softmax over captions of 100 × cosine, in percent.
  const EvalSet set =
      load_eval_set(fs::path(LINGUALENS_SOURCE_DIR) / "resources/eval/model-card-set-1.json",
                    test::data("images-seed"));
  const TextEncoder text(
      TextEncoderParams{test::data("mbert-tiny"), test::data("formats/head_16x16.pkl"), 32});
  const auto& image = test::tiny_image_encoder();
  const EvaluationResult r = run_evaluation(set, text, image, {"en", "kn"});
  std::vector<Embedding> imgs;
  for (const auto& item : set.items)
    imgs.push_back(encode_image_files(image, {item.image})[0].embedding.value());
  for (const auto& lang : r.languages) {
    std::vector<std::string> captions;
    for (int c : lang.caption_items)
      captions.push_back(set.items[static_cast<size_t>(c)].captions.at(lang.language));
    const auto txt = text.encode(captions);
    for (size_t i = 0; i < imgs.size(); ++i) {
      std::vector<double> logits;
      for (size_t c = 0; c < txt.size(); ++c) {
        const double cos = test::cosine(imgs[i], txt[c]);
        EXPECT_NEAR(lang.cosine[i][c], cos, 1e-5) << lang.language << " " << i << "," << c;
        logits.push_back(100 * cos);
      }
      const double mx = *std::max_element(logits.begin(), logits.end());
      double z = 0;
      for (double l : logits) z += std::exp(l - mx);
      for (size_t c = 0; c < txt.size(); ++c) {
        EXPECT_NEAR(lang.softmax[i][c], 100 * std::exp(logits[c] - mx) / z, 1e-3) << lang.language;
      }
    }
  }
}

}  // namespace
}  // namespace lingualens
