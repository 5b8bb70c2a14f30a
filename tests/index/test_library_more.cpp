// Library behaviour that needs more than one actor: metadata and date filters, text queries,
// a reader next to a writer.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <random>
#include <thread>

#include "core/error.h"
#include "core/image/image_encoder.h"
#include "core/image/photo_metadata.h"
#include "core/text/text_encoder.h"
#include "core/weights/checkpoint.h"
#include "index/indexer.h"
#include "index/library.h"
#include "index/search.h"
#include "index/vector_index.h"
#include "tests/test_models.h"

namespace lingualens {
namespace {

namespace fs = std::filesystem;

const ImageEncoder& tiny() { return test::tiny_image_encoder(); }

fs::path scratch() { return test::scratch(); }

IndexSummary index_into(const fs::path& lib, const fs::path& photos) {
  Library library(lib, Library::Access::kWrite);
  IndexParams p;
  p.folders = {photos};
  return index_folders(library, tiny(), p);
}

TEST(PhotoMetadata, CaptureTimeCameraAndGps) {
  const auto m = read_photo_metadata(test::data("images-made/dated_2019.jpg"));
  ASSERT_TRUE(m.taken_at);
  EXPECT_EQ(*m.taken_at, *parse_exif_datetime("2019:06:01 12:00:00"));
  EXPECT_EQ(*m.taken_at, 1559390400);  // 2019-06-01T12:00:00 as UTC
  EXPECT_EQ(m.camera, "LinguaCam Z9");
  ASSERT_TRUE(m.latitude && m.longitude);
  EXPECT_NEAR(*m.latitude, 59.0, 1e-9);
  const auto south = read_photo_metadata(test::data("images-made/dated_2023.jpg"));
  EXPECT_NEAR(*south.latitude, -33.0, 1e-9);
  EXPECT_NEAR(*south.longitude, -70.0, 1e-9);
  EXPECT_FALSE(read_photo_metadata(test::data("images-made/not_an_image.jpg")).taken_at);
  EXPECT_FALSE(parse_exif_datetime("2019:13:01 12:00:00"));
}

TEST(LibrarySearch, DateFiltersAndDateSort) {
  const auto root = scratch();
  fs::create_directories(root / "photos");
  fs::copy_file(test::data("images-made/dated_2019.jpg"), root / "photos/a.jpg");
  fs::copy_file(test::data("images-made/dated_2023.jpg"), root / "photos/b.jpg");
  fs::copy_file(test::data("images-seed/sad.jpg"), root / "photos/undated.jpg");
  // No EXIF date: the file's time stands in for it (here 2015, before both dated photos).
  fs::last_write_time(root / "photos/undated.jpg",
                      fs::file_time_type::clock::now() - std::chrono::hours(24 * 365 * 11));
  index_into(root / "lib", root / "photos");
  Searcher s(root / "lib", nullptr, &tiny());
  SearchParams p;
  p.images = {root / "photos/undated.jpg"};
  p.scope.taken_after = *parse_exif_datetime("2020:01:01 00:00:00");
  auto r = s.search(p);
  ASSERT_EQ(r.results.size(), 1u);
  EXPECT_EQ(fs::path(r.results[0].image.path).filename(), "b.jpg");
  EXPECT_EQ(r.results[0].image.camera, "LinguaCam Z9");
  p.scope.taken_after.reset();
  p.sort = SearchParams::Sort::kDate;
  r = s.search(p);
  ASSERT_EQ(r.results.size(), 3u);
  EXPECT_EQ(fs::path(r.results[0].image.path).filename(), "b.jpg");  // newest first
  EXPECT_EQ(fs::path(r.results[1].image.path).filename(), "a.jpg");
  EXPECT_EQ(fs::path(r.results[2].image.path).filename(), "undated.jpg");
  EXPECT_EQ(r.results[1].image.taken_source, CaptureSource::kExif);
  EXPECT_EQ(r.results[2].image.taken_source, CaptureSource::kFile);
}

// The tiny text model with a random 16 → 16 head, so text lives in the tiny image space.
const TextEncoder& text16() {
  static const TextEncoder* enc = [] {
    const auto dir = test::data("mbert-tiny");
    LinearHead head;
    head.in = 16;
    head.out = 16;
    std::mt19937 rng(5);
    std::normal_distribution<float> d;
    for (int k = 0; k < 16 * 16; ++k) head.weight.push_back(d(rng));
    head.bias.assign(16, 0.f);
    return new TextEncoder(BertConfig::load(dir / "config.json"),
                           BertTokenizer::from_model_dir(dir),
                           load_state_dict(dir / "pytorch_model.bin"), head);
  }();
  return *enc;
}

TEST(LibrarySearch, TextQueriesCombineTermsAsVectorArithmetic) {
  const auto root = scratch();
  for (const char* f : {"red apple.jpg", "bananas.jpg", "sad.jpg", "Smile.jpg"}) {
    fs::create_directories(root / "photos");
    fs::copy_file(test::data(std::string("images-seed/") + f), root / "photos" / f);
  }
  index_into(root / "lib", root / "photos");
  Searcher s(root / "lib", &text16(), &tiny());
  SearchParams p;
  p.query = "röd äpple -ledsen";
  p.top_k = 10;
  const auto r = s.search(p);
  ASSERT_EQ(r.results.size(), 4u);
  auto pos = text16().encode({"röd äpple"})[0];
  auto neg = text16().encode({"ledsen"})[0];
  normalize_in_place(pos.data(), 16);
  normalize_in_place(neg.data(), 16);
  Embedding q(16);
  for (int k = 0; k < 16; ++k) q[k] = pos[k] - neg[k];
  for (const auto& h : r.results) {
    EXPECT_NEAR(h.score, test::cosine(*s.library().db().embedding(h.image.id), q), 1e-4);
  }
  EXPECT_GT(r.encode_ms, 0);
}

TEST(LibrarySearch, QueriesWhoseTermsCancelOutAreRefused) {
  const auto root = scratch();
  fs::create_directories(root / "photos");
  fs::copy_file(test::data("images-seed/sad.jpg"), root / "photos/sad.jpg");
  index_into(root / "lib", root / "photos");
  Searcher s(root / "lib", &text16(), &tiny());
  for (const char* q : {"apple -apple", "red apple -\"red apple\"", "+cat -cat"}) {
    SearchParams p;
    p.query = q;
    try {
      s.search(p);
      ADD_FAILURE() << "searched: " << q;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kInvalidArgument) << q;
      EXPECT_NE(std::string(e.what()).find("cancel out"), std::string::npos) << e.what();
    }
  }
  SearchParams fine;
  fine.query = "apple -pear";
  EXPECT_NO_THROW(s.search(fine));
}

TEST(LibrarySearch, ReadersDoNotWaitForTheWriter) {
  const auto root = scratch();
  fs::create_directories(root / "photos");
  fs::copy_file(test::data("images-seed/sad.jpg"), root / "photos/sad.jpg");
  index_into(root / "lib", root / "photos");
  LibraryDb writer(root / "lib", LibraryDb::Mode::kReadWrite);
  LibraryDb::Transaction batch(writer);  // a long write transaction in progress
  ImageRecord r;
  r.root_id = writer.roots()[0].id;
  r.rel_path = "pending.jpg";
  r.embedding.assign(16, 0.5f);
  r.model_id = writer.meta(meta_key::kImageModel).value();
  writer.upsert(r);
  const auto t0 = std::chrono::steady_clock::now();
  Searcher s(root / "lib", nullptr, &tiny());
  SearchParams p;
  p.images = {root / "photos/sad.jpg"};
  const auto res = s.search(p);
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(4));  // no busy wait
  EXPECT_EQ(res.results.size(), 1u);  // the uncommitted row is invisible
  batch.commit();
}

TEST(LibrarySearch, FollowsCommitsMadeAfterTheIndexWasSaved) {
  const auto root = scratch();
  fs::create_directories(root / "photos");
  fs::copy_file(test::data("images-seed/sad.jpg"), root / "photos/sad.jpg");
  fs::copy_file(test::data("images-seed/bananas.jpg"), root / "photos/bananas.jpg");
  index_into(root / "lib", root / "photos");
  Searcher open_searcher(root / "lib", nullptr, &tiny());
  SearchParams p;
  p.images = {root / "photos/sad.jpg"};
  p.top_k = 10;
  EXPECT_EQ(open_searcher.search(p).results.size(), 2u);
  {  // a writer commits rows without saving the vector index (an indexing run in progress)
    LibraryDb writer(root / "lib", LibraryDb::Mode::kReadWrite);
    const auto sad = *writer.find_image(fs::weakly_canonical(root / "photos/sad.jpg").string());
    ImageRecord r;
    r.root_id = writer.roots()[0].id;
    r.rel_path = "new.jpg";
    r.embedding = *writer.embedding(sad);
    r.model_id = writer.meta(meta_key::kImageModel).value();
    fs::copy_file(root / "photos/sad.jpg", root / "photos/new.jpg");  // results must exist
    LibraryDb::Transaction batch(writer);
    writer.upsert(r);
    writer.remove(*writer.find_image(fs::weakly_canonical(root / "photos/bananas.jpg").string()));
    batch.commit();
  }
  for (Searcher* s : {&open_searcher, new Searcher(root / "lib", nullptr, &tiny())}) {
    const auto r = s->search(p);
    ASSERT_EQ(r.results.size(), 2u);  // sad.jpg and new.jpg; bananas.jpg is gone
    EXPECT_EQ(fs::path(r.results[1].image.path).filename(), "new.jpg");
    EXPECT_NEAR(r.results[1].score, 1.0, 1e-4);
    if (s != &open_searcher) delete s;
  }
}

}  // namespace
}  // namespace lingualens
