// The compressed vector index (index/compressed_vectors.h) as a library uses it: saved and
// loaded with its float store, changes appended to the store in place, an index built in the
// temporary folder moved into the library when saved, old stores cleaned up after a rebuild,
// damaged or missing files rebuilt rather than fatal, and the writer — not the searches —
// changing the index's form and retraining it once the library has grown.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <vector>

#include "index/library.h"
#include "index/library_db.h"
#include "index/vector_index.h"
#include "tests/index/clustered_vectors.h"
#include "tests/test_util.h"

namespace lingualens {
namespace {

namespace fs = std::filesystem;
constexpr int kDim = 32;

// Unit vectors around 50 scenes (photos of a limited number of subjects).
std::vector<float> vectors(int n, uint32_t seed) {
  return test::clustered_unit_vectors(n, kDim, seed, 50);
}

std::vector<int64_t> ids_from(int64_t first, int n) {
  std::vector<int64_t> ids(n);
  for (int i = 0; i < n; ++i) ids[i] = first + i;
  return ids;
}

std::vector<fs::path> stores_in(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".f32") out.push_back(e.path());
  return out;
}

VectorIndexParams compressed_above(int64_t n, const fs::path& store_dir) {
  VectorIndexParams p;
  p.approximate_above = n;
  p.store_dir = store_dir;
  return p;
}

using Hits = std::vector<std::pair<int64_t, float>>;

class CompressedIndex : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = test::scratch(); }
  Hits search(const VectorIndex& index, int t, int k = 10) const {
    return index.search(queries_.data() + static_cast<size_t>(t) * kDim, k);
  }
  fs::path dir_;
  const std::vector<float> v_ = vectors(3000, 1);
  const std::vector<int64_t> ids_ = ids_from(1, 3000);
  const std::vector<float> queries_ = vectors(20, 2);
};

TEST_F(CompressedIndex, SavedAndLoadedItSearchesTheSame) {
  auto index = VectorIndex::build(kDim, ids_, v_, compressed_above(100, dir_));
  ASSERT_TRUE(index->approximate());
  index->save(dir_ / "v.faiss", 5, "m", "lib");
  // The floats live in one store file beside the index, one row per vector.
  const auto stores = stores_in(dir_);
  ASSERT_EQ(stores.size(), 1u);
  EXPECT_EQ(fs::file_size(stores[0]), 3000u * kDim * sizeof(float));
  const auto loaded = VectorIndex::load(dir_ / "v.faiss", 5, "m", kDim, "lib");
  ASSERT_TRUE(loaded);
  EXPECT_TRUE(loaded->approximate());
  EXPECT_EQ(loaded->size(), 3000);
  EXPECT_EQ(loaded->build_tag(), index->build_tag());
  for (int t = 0; t < 20; ++t) EXPECT_EQ(search(*loaded, t), search(*index, t)) << t;
}

TEST_F(CompressedIndex, ChangesAreSearchableAtOnceAndAppendedToTheStoreInPlace) {
  VectorIndex::build(kDim, ids_, v_, compressed_above(100, dir_))
      ->save(dir_ / "v.faiss", 1, "m", "lib");
  const fs::path store = stores_in(dir_).at(0);
  auto index = VectorIndex::load(dir_ / "v.faiss", 1, "m", kDim, "lib");
  ASSERT_TRUE(index);
  // Ten photos removed, five new ones, and photo 50 rewritten (its file was edited).
  const auto fresh = vectors(6, 3);
  std::vector<int64_t> added = ids_from(5001, 5);
  added.push_back(50);
  index->apply(ids_from(1, 10), added, fresh);
  for (size_t i = 0; i < added.size(); ++i) {
    const auto hits = index->search(fresh.data() + i * kDim, 3);
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits[0].first, added[i]);
    EXPECT_NEAR(hits[0].second, 1.0f, 1e-5f);
  }
  for (int t = 0; t < 20; ++t)
    for (const auto& [id, score] : search(*index, t, 100)) EXPECT_GT(id, 10) << "removed";
  EXPECT_EQ(index->size(), 3000 - 10 + 5);
  index->save(dir_ / "v.faiss", 2, "m", "lib");
  // The same store, grown by the six new rows; the removed ones stay as dead space.
  EXPECT_EQ(stores_in(dir_), std::vector<fs::path>{store});
  EXPECT_EQ(fs::file_size(store), (3000u + 6u) * kDim * sizeof(float));
  const auto again = VectorIndex::load(dir_ / "v.faiss", 2, "m", kDim, "lib");
  ASSERT_TRUE(again);
  for (int t = 0; t < 20; ++t) EXPECT_EQ(search(*again, t, 50), search(*index, t, 50)) << t;
  const auto hits = again->search(fresh.data() + 5 * kDim, 1);
  EXPECT_EQ(hits.at(0).first, 50);  // the rewritten row, not its old vector
  EXPECT_NEAR(hits.at(0).second, 1.0f, 1e-5f);
}

TEST_F(CompressedIndex, BuiltInTheTemporaryFolderItMovesIntoTheLibraryWhenSaved) {
  auto index = VectorIndex::build(kDim, ids_, v_, compressed_above(100, {}));
  EXPECT_TRUE(stores_in(dir_).empty());
  index->save(dir_ / "v.faiss", 1, "m", "lib");
  ASSERT_EQ(stores_in(dir_).size(), 1u);
  const auto loaded = VectorIndex::load(dir_ / "v.faiss", 1, "m", kDim, "lib");
  ASSERT_TRUE(loaded);
  for (int t = 0; t < 5; ++t) EXPECT_EQ(search(*loaded, t), search(*index, t));
}

TEST_F(CompressedIndex, ARebuildLeavesOnlyItsOwnStore) {
  VectorIndex::build(kDim, ids_, v_, compressed_above(100, dir_))
      ->save(dir_ / "v.faiss", 1, "m", "lib");
  const auto first = stores_in(dir_);
  auto rebuilt = VectorIndex::build(kDim, ids_, v_, compressed_above(100, dir_));
  rebuilt->save(dir_ / "v.faiss", 2, "m", "lib");
  const auto now = stores_in(dir_);
  ASSERT_EQ(now.size(), 1u);
  EXPECT_NE(now[0], first.at(0));
  // An index built and never saved takes its store with it.
  { VectorIndex::build(kDim, ids_, v_, compressed_above(100, dir_)); }
  EXPECT_EQ(stores_in(dir_).size(), 1u);
}

TEST_F(CompressedIndex, FarFewerRowsThanExpectedGiveAnExactIndex) {
  const auto few = VectorIndex::build(
      kDim, 5000, [&](const VectorSink& sink) { sink(ids_.data(), v_.data(), 20); },
      compressed_above(100, dir_));
  EXPECT_FALSE(few->approximate());
  EXPECT_EQ(few->size(), 20);
  EXPECT_EQ(few->search(v_.data() + 7 * kDim, 1).at(0).first, ids_[7]);
  const auto none = VectorIndex::build(
      kDim, 5000, [](const VectorSink&) {}, compressed_above(100, dir_));
  EXPECT_EQ(none->size(), 0);
  EXPECT_TRUE(none->search(v_.data(), 5).empty());
}

TEST_F(CompressedIndex, MissingOrDamagedFilesReadAsNoIndex) {
  VectorIndex::build(kDim, ids_, v_, compressed_above(100, dir_))
      ->save(dir_ / "v.faiss", 1, "m", "lib");
  ASSERT_TRUE(VectorIndex::load(dir_ / "v.faiss", 1, "m", kDim, "lib"));
  const fs::path rows = dir_ / "v.faiss.rows";
  const auto good = fs::file_size(rows);
  fs::resize_file(rows, good - 8);  // cut short
  EXPECT_FALSE(VectorIndex::load(dir_ / "v.faiss", 1, "m", kDim, "lib"));
  fs::resize_file(rows, good);
  {  // the first photo's id overwritten: rows out of order
    std::fstream f(rows, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(8 + 16 + 8);  // magic, store tag, count
    const int64_t huge = int64_t{1} << 50;
    f.write(reinterpret_cast<const char*>(&huge), sizeof huge);
  }
  EXPECT_FALSE(VectorIndex::load(dir_ / "v.faiss", 1, "m", kDim, "lib"));
  VectorIndex::build(kDim, ids_, v_, compressed_above(100, dir_))
      ->save(dir_ / "v.faiss", 1, "m", "lib");
  fs::resize_file(stores_in(dir_).at(0), 1000);  // a store shorter than its rows
  EXPECT_FALSE(VectorIndex::load(dir_ / "v.faiss", 1, "m", kDim, "lib"));
  fs::remove(stores_in(dir_).at(0));
  EXPECT_FALSE(VectorIndex::load(dir_ / "v.faiss", 1, "m", kDim, "lib"));
}

// Rows with random embeddings straight into a library's database (no photos needed: the
// index only reads embeddings).
void add_rows(Library& library, int n, uint32_t seed) {
  LibraryDb& db = library.db();
  if (db.roots().empty()) db.add_root("/photos");
  const int64_t root = db.roots()[0].id;
  const auto v = vectors(n, seed);
  LibraryDb::Transaction batch(db);
  for (int i = 0; i < n; ++i) {
    ImageRecord r;
    r.root_id = root;
    r.rel_path = "p" + std::to_string(seed) + "-" + std::to_string(i) + ".jpg";
    r.embedding.assign(v.begin() + static_cast<size_t>(i) * kDim,
                       v.begin() + static_cast<size_t>(i + 1) * kDim);
    r.model_id = "test-model";
    db.upsert(r);
  }
  batch.commit();
}

std::string saved_kind(const fs::path& lib) {
  std::ifstream in(vector_index_file(lib).string() + ".json");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (const char* kind : {"ivf-sq8", "exact"})
    if (text.find(std::string("\"") + kind + "\"") != std::string::npos) return kind;
  return "";
}

TEST(CompressedLibrary, TheWriterChangesFormAndRetrainsAndSearchesFollow) {
  const fs::path lib = test::scratch() / "lib";
  VectorIndexParams p;
  p.approximate_above = 500;
  Library writer(lib, Library::Access::kWrite);
  writer.set_vector_params(p);
  writer.db().set_meta(meta_key::kImageModel, "test-model");
  writer.db().set_meta(meta_key::kImageDim, std::to_string(kDim));
  add_rows(writer, 400, 1);
  writer.save_vectors();
  EXPECT_EQ(saved_kind(lib), "exact");
  Library reader(lib, Library::Access::kRead);
  reader.set_vector_params(p);
  ASSERT_FALSE(reader.vectors()->approximate());
  // Past the threshold: the reader keeps its exact index (no search waits for a rebuild)…
  add_rows(writer, 300, 2);
  EXPECT_FALSE(reader.vectors()->approximate());
  EXPECT_EQ(reader.vectors()->size(), 700);
  // …until the writer, after its run, builds the compressed one; the reader then takes it.
  writer.save_vectors();
  EXPECT_EQ(saved_kind(lib), "ivf-sq8");
  add_rows(writer, 10, 3);  // and whatever was committed since
  EXPECT_TRUE(reader.vectors()->approximate());
  EXPECT_EQ(reader.vectors()->size(), 710);
  const std::string trained = reader.vectors()->build_tag();
  // Grown four times past what it was trained on: trained again, its old store removed.
  add_rows(writer, 2200, 4);
  writer.save_vectors();
  EXPECT_NE(VectorIndex::saved_build(vector_index_file(lib)), trained);
  ASSERT_TRUE(reader.vectors()->approximate());
  EXPECT_NE(reader.vectors()->build_tag(), trained);
  EXPECT_EQ(reader.vectors()->size(), 2910);
  EXPECT_EQ(stores_in(lib).size(), 1u);
  // Every stored vector finds itself first, with cosine 1.
  const auto probe = vectors(5, 4);
  for (int i = 0; i < 5; ++i) {
    const auto hits = reader.vectors()->search(probe.data() + i * kDim, 1);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_NEAR(hits[0].second, 1.0f, 1e-5f);
  }
}

}  // namespace
}  // namespace lingualens
