// The photo library: database, scanner, vector index, incremental indexing and search, with
// the tiny CLIP fixture on generated folders.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>
#include <cmath>

#include <fstream>
#include <map>
#include <random>
#include <set>

#include "core/error.h"
#include "core/image/decode.h"
#include "core/image/image_encoder.h"
#include "index/compressed_vectors.h"
#include "index/indexer.h"
#include "index/library.h"
#include "index/scanner.h"
#include "index/search.h"
#include "index/sq8_scan.h"
#include "index/vector_index.h"
#include "tests/index/clustered_vectors.h"
#include "tests/test_models.h"

namespace lingualens {
namespace {

namespace fs = std::filesystem;

const ImageEncoder& tiny() { return test::tiny_image_encoder(); }

// A fresh scratch folder per test.
fs::path scratch() { return test::scratch(); }

// Copies a seed photo; `salt` appends bytes after the JPEG end marker so the content hash
// differs while the pixels stay the same.
void put_photo(const fs::path& to, const std::string& seed, const std::string& salt = "") {
  fs::create_directories(to.parent_path());
  fs::copy_file(test::data("images-seed/" + seed), to, fs::copy_options::overwrite_existing);
  if (!salt.empty()) std::ofstream(to, std::ios::app | std::ios::binary) << salt;
}

TEST(Scanner, FindsImagesAndSkipsWhatItMust) {
  const auto root = scratch();
  put_photo(root / "a.jpg", "sad.jpg");
  put_photo(root / "sub/b.JPG", "sad.jpg");
  put_photo(root / ".hidden/c.jpg", "sad.jpg");
  put_photo(root / "raw/skip.jpg", "sad.jpg");
  std::ofstream(root / "notes.txt") << "not a photo";
  ASSERT_EQ(::mkfifo((root / "pipe.jpg").c_str(), 0644), 0);
  fs::create_directory_symlink(root, root / "sub/loop");
  ScanParams p;
  p.exclude_patterns = {"raw/*"};
  const auto r = scan_folder(root, p);
  ASSERT_EQ(r.files.size(), 2u);
  EXPECT_EQ(r.files[0].rel_path, "a.jpg");
  EXPECT_EQ(r.files[1].rel_path, "sub/b.JPG");
  EXPECT_GT(r.files[0].size, 0);
  // What was left out as not an image is counted by kind (the FIFO is not a file at all).
  EXPECT_EQ(r.unsupported, (std::map<std::string, int64_t>{{".txt", 1}}));
}

TEST(Scanner, CountsUnsupportedFilesByExtensionAndSaysSo) {
  const auto root = scratch();
  put_photo(root / "a.jpg", "sad.jpg");
  fs::create_directories(root / "sub");
  for (const char* name : {"x.CR2", "y.cr2", "sub/z.Cr2", "clip.MOV", "README"})
    std::ofstream(root / name) << "raw";
  const auto r = scan_folder(root, {});
  ASSERT_EQ(r.files.size(), 1u);
  EXPECT_EQ(r.unsupported, (std::map<std::string, int64_t>{{".cr2", 3}, {".mov", 1}, {"", 1}}));
  EXPECT_EQ(unsupported_summary(r.unsupported),
            "5 files not supported: .cr2 \u00d73, no extension \u00d71, .mov \u00d71");
  EXPECT_EQ(unsupported_summary({}), "");
}

TEST(Scanner, UnreadableFolderIsReportedNotFatal) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every folder";
  const auto root = scratch();
  put_photo(root / "locked/a.jpg", "sad.jpg");
  fs::permissions(root / "locked", fs::perms::none);
  const auto r = scan_folder(root, {});
  fs::permissions(root / "locked", fs::perms::owner_all);
  EXPECT_EQ(r.issues.size(), 1u);
}

TEST(LibraryDb, SecondWriterIsRefusedReadersAreNot) {
  const auto dir = scratch();
  LibraryDb writer(dir, LibraryDb::Mode::kReadWrite);
  EXPECT_EQ(writer.integrity_check(), "ok");
  try {
    LibraryDb second(dir, LibraryDb::Mode::kReadWrite);
    FAIL() << "two writers";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBusy);
  }
  LibraryDb reader(dir, LibraryDb::Mode::kReadOnly);
  EXPECT_EQ(reader.count_indexed(), 0);
}

TEST(LibraryDb, RoundTripsRecordsAndBumpsTheGeneration) {
  const auto dir = scratch();
  LibraryDb db(dir, LibraryDb::Mode::kReadWrite);
  const int64_t g0 = db.generation();
  const int64_t root = db.add_root("/photos");
  ImageRecord r;
  r.root_id = root;
  r.rel_path = "x/ä.jpg";
  r.size = 10;
  r.mtime_ns = 20;
  r.hash = "abc";
  r.taken_at = 1700000000;
  r.camera = "Cam";
  r.embedding = {1.f, 2.f, 3.f};
  r.model_id = "m";
  {
    LibraryDb::Transaction batch(db);
    r.id = db.upsert(r);
    batch.commit();
  }
  const int64_t id = r.id;
  EXPECT_EQ(db.generation(), g0 + 1);
  const auto hit = db.find_by_hash("abc", "m");
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->embedding, r.embedding);
  EXPECT_FALSE(db.find_by_hash("abc", "other-model"));
  const auto info = db.images({id});
  ASSERT_EQ(info.size(), 1u);
  EXPECT_EQ(info[0].path, "/photos/x/ä.jpg");
  EXPECT_EQ(info[0].taken_at, 1700000000);
  {
    LibraryDb::Transaction batch(db);
    db.remove(id);
  }  // not committed: rolled back by the destructor, still there
  EXPECT_EQ(db.count_indexed(), 1);
}

TEST(LibraryDb, TakenRangeSpansDatedIndexedPhotosOnly) {
  const auto dir = scratch();
  LibraryDb db(dir, LibraryDb::Mode::kReadWrite);
  EXPECT_FALSE(db.taken_range());  // empty library
  const int64_t root = db.add_root("/photos");
  auto add = [&](const std::string& name, std::optional<int64_t> taken, bool failed) {
    ImageRecord r;
    r.root_id = root;
    r.rel_path = name;
    r.taken_at = taken;
    r.failed = failed;
    if (!failed) r.embedding = {1.f, 0.f};
    if (failed) r.error = "unreadable";
    r.model_id = "m";
    LibraryDb::Transaction batch(db);
    db.upsert(r);
    batch.commit();
  };
  add("undated.jpg", std::nullopt, false);
  EXPECT_FALSE(db.taken_range());     // no photo has a date
  add("old.jpg", 1262304000, false);  // 2010-01-01
  add("new.jpg", 1700000000, false);
  add("failed.jpg", 100, true);  // failed files do not count
  const auto range = db.taken_range();
  ASSERT_TRUE(range);
  EXPECT_EQ(range->first, 1262304000);
  EXPECT_EQ(range->second, 1700000000);
}

TEST(LibraryDb, SubFoldersCountEverythingBelowThem) {
  const auto dir = scratch();
  LibraryDb db(dir, LibraryDb::Mode::kReadWrite);
  const int64_t root = db.add_root("/photos");
  const int64_t other = db.add_root("/other");
  auto add = [&](int64_t in, const std::string& rel, bool failed) {
    ImageRecord r;
    r.root_id = in;
    r.rel_path = rel;
    r.failed = failed;
    if (failed)
      r.error = "unreadable";
    else
      r.embedding = {1.f, 0.f};
    r.model_id = "m";
    LibraryDb::Transaction batch(db);
    db.upsert(r);
    batch.commit();
  };
  add(root, "top.jpg", false);
  add(root, "2024/a.jpg", false);
  add(root, "2024/summer/b.jpg", false);
  add(root, "2024/summer/c.jpg", true);
  add(root, "2024 trip/d.jpg", false);  // a name that starts like another: its own folder
  add(other, "x/e.jpg", false);
  const auto subs = db.sub_folders(root);
  ASSERT_EQ(subs.size(), 3u);
  EXPECT_EQ(subs[0].rel_path, "2024");
  EXPECT_EQ(subs[0].images, 2);
  EXPECT_EQ(subs[0].failed, 1);
  EXPECT_EQ(subs[1].rel_path, "2024 trip");
  EXPECT_EQ(subs[1].images, 1);
  EXPECT_EQ(subs[2].rel_path, "2024/summer");
  EXPECT_EQ(subs[2].images, 1);
  EXPECT_EQ(subs[2].failed, 1);
}

TEST(LibraryDb, ReadOnlyWithoutLibraryIsNotFound) {
  try {
    LibraryDb db(scratch() / "none", LibraryDb::Mode::kReadOnly);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kNotFound);
  }
}

std::vector<float> random_unit_vectors(int n, int dim, uint32_t seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> d;
  std::vector<float> v(static_cast<size_t>(n) * dim);
  for (auto& x : v) x = d(rng);
  for (int i = 0; i < n; ++i) normalize_in_place(v.data() + static_cast<size_t>(i) * dim, dim);
  return v;
}

std::vector<int64_t> brute_force(const std::vector<float>& v, int dim, const float* q, int k) {
  const int n = static_cast<int>(v.size() / dim);
  std::vector<std::pair<float, int64_t>> s;
  for (int i = 0; i < n; ++i) {
    float dot = 0;
    for (int j = 0; j < dim; ++j) dot += v[static_cast<size_t>(i) * dim + j] * q[j];
    s.emplace_back(dot, 1000 + i);
  }
  std::partial_sort(s.begin(), s.begin() + k, s.end(), std::greater<>());
  std::vector<int64_t> out;
  for (int i = 0; i < k; ++i) out.push_back(s[i].second);
  return out;
}

TEST(VectorIndex, ExactSearchEqualsBruteForce) {
  const int n = 2000, dim = 64;
  const auto v = random_unit_vectors(n, dim, 1);
  std::vector<int64_t> ids(n);
  for (int i = 0; i < n; ++i) ids[i] = 1000 + i;
  const auto index = VectorIndex::build(dim, ids, v);
  EXPECT_FALSE(index->approximate());
  const auto q = random_unit_vectors(20, dim, 2);
  for (int t = 0; t < 20; ++t) {
    const auto got = index->search(q.data() + t * dim, 10);
    const auto want = brute_force(v, dim, q.data() + t * dim, 10);
    ASSERT_EQ(got.size(), 10u);
    for (int i = 0; i < 10; ++i) EXPECT_EQ(got[i].first, want[i]);
  }
}

using test::clustered_unit_vectors;

// 20,000 clustered vectors with ids 1000, 1001, ...; the compressed index above 1,000 vectors.
class ApproximateIndex : public ::testing::Test {
 protected:
  static constexpr int n = 20000, dim = 64;
  const std::vector<float> v = clustered_unit_vectors(n, dim, 3);
  std::vector<int64_t> ids = [] {
    std::vector<int64_t> out(n);
    for (int i = 0; i < n; ++i) out[i] = 1000 + i;
    return out;
  }();
  VectorIndexParams params() const {
    VectorIndexParams p;
    p.approximate_above = 1000;
    return p;
  }
};

TEST_F(ApproximateIndex, RecallAt10AgainstExactWithExactScores) {
  const auto index = VectorIndex::build(dim, ids, v, params());
  EXPECT_TRUE(index->approximate());
  const auto q = clustered_unit_vectors(50, dim, 4);
  int found = 0;
  for (int t = 0; t < 50; ++t) {
    const float* query = q.data() + t * dim;
    const auto got = index->search(query, 10);
    const auto want = brute_force(v, dim, query, 10);
    ASSERT_EQ(got.size(), 10u);
    for (const auto& [id, score] : got) {
      found += std::count(want.begin(), want.end(), id) > 0;
      // Re-ranked: the score is the cosine itself, not the 8-bit codes' estimate.
      float exact = 0;
      for (int k = 0; k < dim; ++k) exact += v[static_cast<size_t>(id - 1000) * dim + k] * query[k];
      EXPECT_NEAR(score, exact, 1e-5f);
    }
    for (size_t i = 1; i < got.size(); ++i) EXPECT_GE(got[i - 1].second, got[i].second);
  }
  EXPECT_GE(found / 500.0, 0.97);
}

TEST_F(ApproximateIndex, DeepPagesAreFilled) {
  // Paging far down the results asks for more than the nearest lists hold: they widen.
  const auto index = VectorIndex::build(dim, ids, v, params());
  const auto q = clustered_unit_vectors(1, dim, 6);
  const auto got = index->search(q.data(), 15000);
  ASSERT_EQ(got.size(), 15000u);
  std::set<int64_t> seen;
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_TRUE(seen.insert(got[i].first).second) << "twice: " << got[i].first;
    if (i > 0) {
      EXPECT_GE(got[i - 1].second, got[i].second);
    }
  }
}

TEST_F(ApproximateIndex, FilteredSearchReturnsOnlyAllowedIdsAndFindsThem) {
  VectorIndexParams p = params();
  for (bool approximate : {false, true}) {
    p.approximate_above = approximate ? 1000 : n + 1;
    const auto index = VectorIndex::build(dim, ids, v, p);
    ASSERT_EQ(index->approximate(), approximate);
    // Every 10th photo (a folder) and every other one (half the library), plus an id not in
    // the index: the compressed index scores a small set exactly and probes lists for a large.
    for (int every : {10, 2}) {
      std::vector<int64_t> allowed;
      std::vector<float> allowed_vectors;
      for (int i = 0; i < n; i += every) {
        allowed.push_back(ids[i]);
        allowed_vectors.insert(allowed_vectors.end(), v.begin() + i * dim,
                               v.begin() + (i + 1) * dim);
      }
      allowed.push_back(999999);
      const auto q = clustered_unit_vectors(20, dim, 4);
      int found = 0;
      for (int t = 0; t < 20; ++t) {
        const auto got = index->search(q.data() + t * dim, 10, &allowed);
        ASSERT_EQ(got.size(), 10u);
        const auto want_rows = brute_force(allowed_vectors, dim, q.data() + t * dim, 10);
        for (const auto& g : got) {
          ASSERT_EQ((g.first - 1000) % every, 0) << "not an allowed id: " << g.first;
          found +=
              std::count(want_rows.begin(), want_rows.end(), 1000 + (g.first - 1000) / every) > 0;
        }
      }
      if (approximate && every == 2)
        EXPECT_GE(found / 200.0, 0.9);
      else
        EXPECT_EQ(found, 200) << "every " << every;  // exact
    }
  }
}

TEST_F(ApproximateIndex, CodesAreReadAsFaissWritesThem) {
  // The search's own kernel against FAISS's reconstruction of every stored vector.
  VectorIndexParams p = params();
  const auto q = clustered_unit_vectors(3, dim, 5);
  const VectorStream rows = [&](const VectorSink& sink) { sink(ids.data(), v.data(), n); };
  const auto backend = build_compressed(dim, n, rows, p);
  for (int t = 0; t < 3; ++t)
    EXPECT_LT(compressed_kernel_error(*backend, q.data() + t * dim), 1e-4f);
}

TEST(Sq8Scan, Avx2AndPortableAgree) {
  if (!sq8_avx2_supported()) GTEST_SKIP() << "no AVX2 here";
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> byte(0, 255);
  std::normal_distribution<float> g;
  for (int dim : {8, 16, 37, 640, 768}) {
    std::vector<uint8_t> codes(static_cast<size_t>(50) * dim);
    for (auto& c : codes) c = static_cast<uint8_t>(byte(rng));
    std::vector<float> w(dim), a(50), b(50);
    for (auto& x : w) x = g(rng) / 255.0f;
    sq8_scores(w.data(), codes.data(), 50, dim, a.data());
    sq8_scores_portable(w.data(), codes.data(), 50, dim, b.data());
    for (int i = 0; i < 50; ++i) EXPECT_NEAR(a[i], b[i], 1e-4f * (1 + std::abs(b[i]))) << dim;
  }
}

TEST(VectorIndex, SavedIndexLoadsOnlyForItsGenerationAndModel) {
  const auto dir = scratch();
  const auto v = random_unit_vectors(10, 8, 5);
  const auto index = VectorIndex::build(8, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, v);
  index->save(dir / "v.faiss", 7, "model-a", "lib-1");
  EXPECT_TRUE(VectorIndex::load(dir / "v.faiss", 7, "model-a", 8, "lib-1"));
  EXPECT_FALSE(VectorIndex::load(dir / "v.faiss", 8, "model-a", 8, "lib-1"));
  EXPECT_FALSE(VectorIndex::load(dir / "v.faiss", 7, "model-b", 8, "lib-1"));
  // Another library's index (a database reset and refilled to the same generation).
  EXPECT_FALSE(VectorIndex::load(dir / "v.faiss", 7, "model-a", 8, "lib-2"));
  std::ofstream(dir / "v.faiss", std::ios::trunc) << "garbage";
  EXPECT_FALSE(VectorIndex::load(dir / "v.faiss", 7, "model-a", 8, "lib-1"));
}

class PhotoLibrary : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = scratch();
    photos_ = root_ / "photos";
    lib_ = root_ / "library";
    put_photo(photos_ / "fruit/red apple.jpg", "red apple.jpg");
    put_photo(photos_ / "fruit/green apple.jpg", "green apple.jpg");
    put_photo(photos_ / "fruit/bananas.jpg", "bananas.jpg");
    put_photo(photos_ / "people/sad.jpg", "sad.jpg");
    put_photo(photos_ / "people/happy person.jpg", "happy person.jpg");
    put_photo(photos_ / "people/Smile.jpg", "Smile.jpg");
    fs::copy_file(test::data("images-made/truncated.jpg"), photos_ / "broken.jpg");
  }
  IndexSummary index() {
    Library library(lib_, Library::Access::kWrite);
    IndexParams p;
    p.folders = {photos_};
    return index_folders(library, tiny(), p);
  }
  fs::path root_, photos_, lib_;
};

TEST_F(PhotoLibrary, AddModifyMoveCopyDeleteRerun) {
  auto s = index();
  EXPECT_EQ(s.added, 6);
  EXPECT_EQ(s.failed, 1);
  s = index();  // nothing changed
  EXPECT_EQ(s.unchanged, 7);
  EXPECT_EQ(s.added + s.updated + s.reused + s.removed, 0);

  fs::rename(photos_ / "fruit/bananas.jpg", photos_ / "people/bananas moved.jpg");  // move
  fs::copy_file(photos_ / "people/sad.jpg", photos_ / "fruit/sad copy.jpg");        // copy
  put_photo(photos_ / "fruit/green apple.jpg", "purple apple.png");                 // modify
  fs::last_write_time(photos_ / "fruit/green apple.jpg",
                      fs::file_time_type::clock::now() + std::chrono::hours(1));
  fs::remove(photos_ / "people/Smile.jpg");  // delete
  s = index();
  EXPECT_EQ(s.reused, 2);
  EXPECT_EQ(s.updated, 1);
  EXPECT_EQ(s.removed, 2);  // Smile.jpg and the old path of bananas.jpg
  EXPECT_EQ(s.added, 0);

  LibraryDb db(lib_, LibraryDb::Mode::kReadOnly);
  EXPECT_EQ(db.count_indexed(), 6);
  EXPECT_EQ(db.count_failed(), 1);
  const auto failed = db.failed_files();
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_NE(failed[0].error.find("truncated"), std::string::npos);
  EXPECT_EQ(db.integrity_check(), "ok");
  // The moved file kept its embedding: identical to encoding the file now.
  const auto id =
      db.find_image(fs::weakly_canonical(photos_ / "people/bananas moved.jpg").string());
  ASSERT_TRUE(id);
  const auto fresh =
      tiny().encode({decode_image_file(photos_ / "people/bananas moved.jpg").image})[0];
  EXPECT_GE(test::cosine(*db.embedding(*id), fresh), 0.99999);
}

TEST_F(PhotoLibrary, SearchEqualsBruteForceOverStoredEmbeddings) {
  index();
  Searcher searcher(lib_, nullptr, &tiny());
  SearchParams p;
  p.images = {photos_ / "fruit/red apple.jpg"};
  p.top_k = 100;
  const auto r = searcher.search(p);
  ASSERT_EQ(r.results.size(), 6u);
  // Brute force: cosine between the query image's embedding and every stored one.
  auto q = tiny().encode({decode_image_file(photos_ / "fruit/red apple.jpg").image})[0];
  std::vector<std::pair<float, std::string>> want;
  LibraryDb db(lib_, LibraryDb::Mode::kReadOnly);
  db.for_each_embedding(
      db.meta(meta_key::kImageModel).value(), [&](int64_t id, const float* v, int d) {
        Embedding e(v, v + d);
        want.emplace_back(static_cast<float>(test::cosine(e, q)), db.images({id})[0].path);
      });
  std::sort(want.begin(), want.end(), std::greater<>());
  for (size_t k = 0; k < want.size(); ++k) {
    EXPECT_EQ(r.results[k].image.path, want[k].second);
    EXPECT_NEAR(r.results[k].score, want[k].first, 1e-4);
  }
  EXPECT_NEAR(r.results[0].score, 1.0, 1e-4);  // the image itself
}

TEST_F(PhotoLibrary, FiltersPagingAndCombinedQueries) {
  index();
  Searcher searcher(lib_, nullptr, &tiny());
  SearchParams p;
  p.images = {photos_ / "fruit/red apple.jpg"};
  p.scope.under = FolderPath::from_user(photos_ / "people");
  auto r = searcher.search(p);
  ASSERT_EQ(r.results.size(), 3u);
  for (const auto& h : r.results) EXPECT_TRUE(p.scope.under->contains(h.image.path));

  SearchParams page = p;
  page.scope.under.reset();
  page.top_k = 2;
  page.offset = 2;
  SearchParams everything;
  everything.images = p.images;
  everything.top_k = 100;
  const auto all = searcher.search(everything);
  r = searcher.search(page);
  ASSERT_EQ(r.results.size(), 2u);
  EXPECT_EQ(r.results[0].image.path, all.results[2].image.path);

  // Two example images: the query vector is their normalised sum.
  SearchParams both;
  LibraryDb db(lib_, LibraryDb::Mode::kReadOnly);
  const auto a = *db.find_image(fs::weakly_canonical(photos_ / "fruit/red apple.jpg").string());
  const auto b = *db.find_image(fs::weakly_canonical(photos_ / "people/sad.jpg").string());
  both.image_ids = {a, b};
  both.top_k = 100;
  r = searcher.search(both);
  Embedding ea = *db.embedding(a), eb = *db.embedding(b);
  normalize_in_place(ea.data(), 16);
  normalize_in_place(eb.data(), 16);
  Embedding sum(16);
  for (int k = 0; k < 16; ++k) sum[k] = ea[k] + eb[k];
  for (const auto& h : r.results) {
    EXPECT_NEAR(h.score, test::cosine(*db.embedding(h.image.id), sum), 1e-4) << h.image.path;
  }
  SearchParams high = both;
  high.min_score = 0.99f;
  EXPECT_LT(searcher.search(high).results.size(), r.results.size());
}

TEST_F(PhotoLibrary, AnotherModelIsRefused) {
  index();
  const ImageEncoder other(ImageEncoderParams{test::data("clip-rn-tiny/RN-tiny-allhalf.pt"), 8});
  {
    Library library(lib_, Library::Access::kWrite);
    IndexParams p;
    p.folders = {photos_};
    try {
      index_folders(library, other, p);
      FAIL();
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kMismatch);
    }
  }
  EXPECT_THROW(Searcher(lib_, nullptr, &other), Error);
}

TEST_F(PhotoLibrary, ForgetFolder) {
  index();
  Library library(lib_, Library::Access::kWrite);
  EXPECT_EQ(forget_folder(library, photos_), 7);
  EXPECT_EQ(library.db().count_indexed(), 0);
  EXPECT_TRUE(library.db().roots().empty());
  EXPECT_THROW(forget_folder(library, photos_), Error);
}

TEST(QueryParser, PlusMinusAndQuotes) {
  const auto t = parse_query("red apple +table -people -\"fruit bowl\" size -5");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].text, "red apple");
  EXPECT_EQ(t[0].weight, 1.f);
  EXPECT_EQ(t[1].text, "table");
  EXPECT_EQ(t[2].text, "people");
  EXPECT_EQ(t[2].weight, -1.f);
  EXPECT_EQ(t[3].text, "fruit bowl size -5");
  EXPECT_EQ(t[3].weight, -1.f);
  EXPECT_TRUE(parse_query("   ").empty());
  const auto w = parse_query("beach +sunset^0.5 -people^2 10:30");
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(w[1].text, "sunset");
  EXPECT_FLOAT_EQ(w[1].weight, 0.5f);
  EXPECT_EQ(w[2].text, "people 10:30");
  EXPECT_FLOAT_EQ(w[2].weight, -2.f);
  EXPECT_EQ(parse_query("белая кошка")[0].text, "белая кошка");
}

TEST(Search, QueryNeverYieldsEmptyTerms) {
  // Found by fuzz_query: "-^5" made a term with no words (an empty text to encode).
  // Each either parses into non-empty terms or is refused as malformed, never an empty term.
  for (const char* q : {"-^5", "^2", "+^0.5 x", "\"fr=it bowl\"\xc7 appl\"red app\"re.5 -+x^-2 -^5",
                        "\"\"^2", "-\"\""}) {
    try {
      for (const auto& t : parse_query(q)) EXPECT_FALSE(t.text.empty()) << q;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kInvalidArgument) << q;
    }
  }
  const auto quoted = parse_query("\"fruit bowl\"^0.5 -people");
  ASSERT_EQ(quoted.size(), 2u);
  EXPECT_EQ(quoted[0].text, "fruit bowl");
  EXPECT_FLOAT_EQ(quoted[0].weight, 0.5f);
  EXPECT_THROW(parse_query("-^5"), Error);  // a weight with nothing to weigh
}

TEST(QueryParser, MalformedQueriesAreRefusedNamingTheProblem) {
  const std::pair<const char*, const char*> cases[] = {
      {"+", "'+'"},           {"-", "'-'"},
      {"^2", "'^2'"},         {"apple^abc", "'apple^abc'"},
      {"apple^", "'apple^'"}, {"beach +sunset^0", "'sunset^0'"},
      {"red ^1e9", "'^1e9'"},
  };
  for (const auto& [query, named] : cases) {
    try {
      parse_query(query);
      ADD_FAILURE() << "accepted: " << query;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kInvalidArgument) << query;
      EXPECT_NE(std::string(e.what()).find(named), std::string::npos) << e.what();
    }
  }
  // Still fine: numbers, negative numbers and weights that weigh something.
  EXPECT_EQ(parse_query("Route 66 -5 degrees")[0].text, "Route 66 -5 degrees");
  EXPECT_EQ(parse_query("\"fruit bowl\" ^2").size(), 1u);
}

TEST(Search, RepeatedWeightsDoNotCompound) {
  // Found by fuzz_query: hundreds of "^5" on one term multiplied its weight to infinity.
  std::string q = "b+a -x";
  for (int i = 0; i < 300; ++i) q += " ^5";
  for (const auto& t : parse_query(q)) EXPECT_TRUE(std::isfinite(t.weight)) << t.text;
  const auto t = parse_query("-people^2 ^3");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_FLOAT_EQ(t[0].weight, -3.f);  // the last weight wins, the sign stays
}

}  // namespace
}  // namespace lingualens
