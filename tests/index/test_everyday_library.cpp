// The library in everyday life: folders spelled every way, drives that come and go, folders
// moved and deleted, capture times in other time zones, browsing, and the search semantics
// (cutoff, paging, malformed queries) that scripts and the app rely on.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <set>

#include "core/error.h"
#include "core/image/photo_metadata.h"
#include "core/util/file_hash.h"
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

// A distinct photo at `to`: a seed image with a salt appended (decoders ignore trailing bytes,
// the content hash does not), so no two copies share an embedding by accident.
void put_photo(const fs::path& to, const std::string& seed, int salt) {
  fs::create_directories(to.parent_path());
  fs::copy_file(test::data("images-seed/" + seed), to, fs::copy_options::overwrite_existing);
  std::ofstream(to, std::ios::app | std::ios::binary) << "salt" << salt;
}

IndexSummary index_into(const fs::path& lib, std::vector<fs::path> folders) {
  Library library(lib, Library::Access::kWrite);
  IndexParams p;
  p.folders = std::move(folders);
  return index_folders(library, tiny(), p);
}

std::set<std::string> names(const SearchResponse& r) {
  std::set<std::string> out;
  for (const auto& h : r.results) out.insert(fs::path(h.image.path).filename().string());
  return out;
}

SearchParams by_example(const fs::path& image, int top_k = 1000) {
  SearchParams p;
  p.images = {image};
  p.top_k = top_k;
  return p;
}

// Sets TZ for the scope of a test (capture times must not depend on it).
class TimeZone {
 public:
  explicit TimeZone(const char* tz) {
    if (const char* old = std::getenv("TZ")) old_ = old, had_ = true;
    ::setenv("TZ", tz, 1);
    ::tzset();
  }
  ~TimeZone() {
    if (had_)
      ::setenv("TZ", old_.c_str(), 1);
    else
      ::unsetenv("TZ");
    ::tzset();
  }

 private:
  std::string old_;
  bool had_ = false;
};

TEST(FolderPath, MatchesWholeComponentsWhateverTheSpelling) {
  const auto root = test::scratch();
  fs::create_directories(root / "photos/2023/x/y");
  fs::create_directories(root / "photos/2023-old");
  const auto folder = FolderPath::from_user(root / "photos/2023/");
  const std::string base = fs::canonical(root).string();
  EXPECT_EQ(folder.str(), base + "/photos/2023");
  EXPECT_TRUE(folder.contains(base + "/photos/2023"));
  EXPECT_TRUE(folder.contains(base + "/photos/2023/a.jpg"));
  EXPECT_TRUE(folder.contains(base + "/photos/2023/x/y/b.jpg"));
  EXPECT_FALSE(folder.contains(base + "/photos/2023-old/a.jpg"));
  EXPECT_FALSE(folder.contains(base + "/photos/2023-old"));
  EXPECT_FALSE(folder.contains(base + "/photos"));
  EXPECT_EQ(folder.relative(base + "/photos/2023/x/y/b.jpg"), "x/y/b.jpg");
  EXPECT_FALSE(folder.relative(base + "/photos/2023-old/b.jpg"));
  // A symbolic link and a relative spelling name the same folder.
  fs::create_directory_symlink(root / "photos", root / "link");
  EXPECT_EQ(FolderPath::from_user(root / "link/2023"), folder);
  const auto cwd = fs::current_path();
  fs::current_path(root / "photos");
  EXPECT_EQ(FolderPath::from_user("2023/x/.."), folder);
  fs::current_path(cwd);
  // An absent folder (an unplugged drive) keeps its spelling.
  EXPECT_EQ(FolderPath::from_user("/media/nowhere/photos/").str(), "/media/nowhere/photos");
  EXPECT_TRUE(FolderPath::from_user("/").contains("/anything/at/all"));
}

TEST(EverydayLibrary, UnderMatchesWholeFolderNamesAtAnyDepth) {
  const auto root = test::scratch();
  const fs::path photos = root / "photos";
  put_photo(photos / "2023/a.jpg", "sad.jpg", 1);
  put_photo(photos / "2023/trip/day1/b.jpg", "bananas.jpg", 2);
  put_photo(photos / "2023-old/c.jpg", "Smile.jpg", 3);
  put_photo(photos / "20230/d.jpg", "red apple.jpg", 4);
  index_into(root / "lib", {photos});
  Searcher s(root / "lib", nullptr, &tiny());
  auto p = by_example(photos / "2023/a.jpg");
  p.scope.under = FolderPath::from_user(photos / "2023");
  EXPECT_EQ(names(s.search(p)), (std::set<std::string>{"a.jpg", "b.jpg"}));
  p.scope.under = FolderPath::from_user(photos / "2023/trip/day1");
  EXPECT_EQ(names(s.search(p)), (std::set<std::string>{"b.jpg"}));
  fs::create_directory_symlink(photos, root / "alias");
  p.scope.under = FolderPath::from_user(root / "alias/2023/");
  EXPECT_EQ(names(s.search(p)), (std::set<std::string>{"a.jpg", "b.jpg"}));
  p.scope.under = FolderPath::from_user(root);  // above the library folder: everything
  EXPECT_EQ(s.search(p).results.size(), 4u);
  p.scope.under = FolderPath::from_user(root / "elsewhere");
  EXPECT_TRUE(s.search(p).results.empty());
  // Browsing takes the same filter.
  SearchParams browse;
  browse.scope.under = FolderPath::from_user(photos / "2023");
  EXPECT_EQ(names(s.search(browse)), (std::set<std::string>{"a.jpg", "b.jpg"}));
}

TEST(EverydayLibrary, OfflineFolderIsKeptHiddenAndComesBackWithoutReencoding) {
  const auto root = test::scratch();
  const fs::path home = root / "home", drive = root / "drive", lib = root / "lib";
  put_photo(home / "a.jpg", "sad.jpg", 1);
  put_photo(drive / "b.jpg", "bananas.jpg", 2);
  put_photo(drive / "sub/c.jpg", "Smile.jpg", 3);
  index_into(lib, {home, drive});
  const std::string drive_path = FolderPath::from_user(drive).str();

  fs::rename(drive, root / "unplugged");  // the drive is gone
  put_photo(home / "new.jpg", "red apple.jpg", 4);
  IndexSummary s;
  {
    Library library(lib, Library::Access::kWrite);
    IndexParams p;  // every folder of the library, as the app's start-up check does
    ASSERT_NO_THROW(s = index_folders(library, tiny(), p));
    EXPECT_EQ(s.added, 1);  // the healthy folder went on
    EXPECT_EQ(s.removed, 0);
    ASSERT_EQ(s.offline.size(), 1u);
    EXPECT_EQ(s.offline[0], drive_path);
    // Naming the offline folder explicitly is no error either.
    IndexParams named;
    named.folders = {drive};
    EXPECT_NO_THROW(index_folders(library, tiny(), named));
    const auto folders = library.folders();
    ASSERT_EQ(folders.size(), 2u);
    for (const auto& f : folders) {
      EXPECT_EQ(f.online, f.path.str() != drive_path) << f.path.str();
      if (!f.online) {
        EXPECT_EQ(f.images, 2);  // its photos are kept
      }
    }
    EXPECT_EQ(library.db().count_indexed(), 4);
  }
  Searcher searcher(lib, nullptr, &tiny());
  auto p = by_example(home / "a.jpg");
  EXPECT_EQ(names(searcher.search(p)), (std::set<std::string>{"a.jpg", "new.jpg"}));
  p.scope.include_offline = true;
  EXPECT_EQ(searcher.search(p).results.size(), 4u);
  SearchParams browse;
  EXPECT_EQ(searcher.search(browse).results.size(), 2u);

  fs::rename(root / "unplugged", drive);  // plugged in again
  const IndexSummary back = index_into(lib, {});
  EXPECT_EQ(back.added + back.updated + back.reused, 0);  // nothing re-encoded
  EXPECT_EQ(back.unchanged, 4);
  EXPECT_TRUE(back.offline.empty());
  p.scope.include_offline = false;
  EXPECT_EQ(searcher.search(p).results.size(), 4u);
}

TEST(EverydayLibrary, RelinkMovesAFolderAndKeepsEveryEmbedding) {
  const auto root = test::scratch();
  const fs::path old_place = root / "mnt/usb1/photos", lib = root / "lib";
  put_photo(old_place / "a.jpg", "sad.jpg", 1);
  put_photo(old_place / "x/b.jpg", "bananas.jpg", 2);
  index_into(lib, {old_place});
  std::map<std::string, Embedding> before;
  {
    const Library library(lib, Library::Access::kRead);
    const auto& db = library.db();
    for (const auto& name : {"a.jpg", "x/b.jpg"}) {
      const auto id = db.find_image(FolderPath::from_user(old_place).str() + "/" + name);
      ASSERT_TRUE(id);
      before[name] = *db.embedding(*id);
    }
  }
  fs::create_directories(root / "media/usb");
  fs::rename(root / "mnt/usb1/photos", root / "media/usb/photos");
  const fs::path new_place = root / "media/usb/photos";
  {
    Library library(lib, Library::Access::kWrite);
    EXPECT_THROW(
        library.relink(FolderPath::from_user(root / "nope"), FolderPath::from_user(new_place)),
        Error);
    library.relink(FolderPath::from_user(old_place), FolderPath::from_user(new_place));
    ASSERT_TRUE(library.folder(FolderPath::from_user(new_place)));
    EXPECT_TRUE(library.folder(FolderPath::from_user(new_place))->online);
    for (const auto& [name, emb] : before) {
      const auto id = library.db().find_image(FolderPath::from_user(new_place).str() + "/" + name);
      ASSERT_TRUE(id) << name;
      EXPECT_EQ(*library.db().embedding(*id), emb);
    }
  }
  const IndexSummary s = index_into(lib, {new_place});
  EXPECT_EQ(s.added + s.updated + s.reused + s.removed, 0);
  EXPECT_EQ(s.unchanged, 2);
  Searcher searcher(lib, nullptr, &tiny());
  EXPECT_EQ(searcher.search(by_example(new_place / "a.jpg")).results.size(), 2u);
}

TEST(EverydayLibrary, DeletedFoldersLeaveAndVanishedFilesAreNeverShown) {
  const auto root = test::scratch();
  const fs::path photos = root / "photos", lib = root / "lib";
  put_photo(photos / "keep.jpg", "sad.jpg", 1);
  put_photo(photos / "trip/a.jpg", "bananas.jpg", 2);
  put_photo(photos / "trip/b.jpg", "Smile.jpg", 3);
  index_into(lib, {photos});
  Searcher searcher(lib, nullptr, &tiny());
  // Deleted since the last scan: dropped from results and reported, never shown as live.
  fs::remove_all(photos / "trip");
  const auto r = searcher.search(by_example(photos / "keep.jpg"));
  EXPECT_EQ(names(r), (std::set<std::string>{"keep.jpg"}));
  EXPECT_EQ(r.vanished.size(), 2u);
  SearchParams browse;
  EXPECT_EQ(names(searcher.search(browse)), (std::set<std::string>{"keep.jpg"}));
  // The next scan forgets them.
  const IndexSummary s = index_into(lib, {photos});
  EXPECT_EQ(s.removed, 2);
  EXPECT_TRUE(searcher.search(by_example(photos / "keep.jpg")).vanished.empty());
}

TEST(EverydayLibrary, BrowseListsEveryPhotoNewestFirstWithPaging) {
  const auto root = test::scratch();
  const fs::path photos = root / "photos", lib = root / "lib";
  const char* seeds[] = {"sad.jpg", "bananas.jpg", "Smile.jpg", "red apple.jpg"};
  const auto now = fs::file_time_type::clock::now();
  for (int k = 0; k < 30; ++k) {
    const fs::path f = photos / ("p" + std::to_string(k) + ".jpg");
    put_photo(f, seeds[k % 4], k);
    fs::last_write_time(f, now - std::chrono::hours(24 * k));  // p0 newest, p29 oldest
  }
  fs::create_directories(photos / "dated");
  fs::copy_file(test::data("images-made/dated_2019.jpg"), photos / "dated/d2019.jpg");
  index_into(lib, {photos});
  Searcher searcher(lib, nullptr, nullptr);  // browsing needs no model
  SearchParams p;
  p.top_k = 7;
  std::vector<std::string> order;
  for (p.offset = 0;; p.offset += p.top_k) {
    const auto r = searcher.search(p);
    EXPECT_TRUE(r.browse);
    EXPECT_EQ(r.matches, 31);
    if (r.results.empty()) break;
    for (const auto& h : r.results) order.push_back(fs::path(h.image.path).filename().string());
  }
  ASSERT_EQ(order.size(), 31u);  // paging reaches every photo
  for (int k = 0; k < 30; ++k) EXPECT_EQ(order[k], "p" + std::to_string(k) + ".jpg");
  EXPECT_EQ(order[30], "d2019.jpg");
  // Same filters as a search.
  SearchParams dated;
  dated.scope.taken_before = *parse_exif_datetime("2020:01:01 00:00:00");
  EXPECT_EQ(names(searcher.search(dated)), (std::set<std::string>{"d2019.jpg"}));
}

TEST(EverydayLibrary, AdaptiveCutoffDependsOnTheQueryAndLibraryOnly) {
  const auto root = test::scratch();
  const fs::path photos = root / "photos", lib = root / "lib";
  const char* seeds[] = {"sad.jpg", "bananas.jpg", "Smile.jpg", "red apple.jpg", "fruit bowl.jpg"};
  for (int k = 0; k < 60; ++k)
    put_photo(photos / ("p" + std::to_string(k) + ".jpg"), seeds[k % 5], k);
  index_into(lib, {photos});
  Searcher searcher(lib, nullptr, &tiny());
  std::set<float> cutoffs;
  for (int top : {1, 5, 20, 500}) {
    for (int offset : {0, 3, 40}) {
      auto p = by_example(photos / "p0.jpg", top);
      p.offset = offset;
      cutoffs.insert(searcher.search(p).adaptive_cutoff);
      p.scope.under = FolderPath::from_user(photos);
      cutoffs.insert(searcher.search(p).adaptive_cutoff);
    }
  }
  EXPECT_EQ(cutoffs.size(), 1u);
}

TEST(EverydayLibrary, NonFiniteEmbeddingsAreNeverStored) {
  const auto root = test::scratch();
  LibraryDb db(root / "lib", LibraryDb::Mode::kReadWrite);
  const int64_t folder = db.add_root("/photos");
  ImageRecord r;
  r.root_id = folder;
  r.rel_path = "nan.jpg";
  r.embedding = {1.f, std::nanf(""), 0.f};
  r.model_id = "m";
  LibraryDb::Transaction batch(db);
  EXPECT_THROW(db.upsert(r), Error);
  r.embedding = {1.f, INFINITY, 0.f};
  EXPECT_THROW(db.upsert(r), Error);
  batch.commit();
  EXPECT_EQ(db.count_indexed(), 0);
}

TEST(EverydayLibrary, ResetDatabaseNeverTrustsTheOldVectorIndex) {
  const auto root = test::scratch();
  const fs::path lib = root / "lib";
  put_photo(root / "one/a.jpg", "sad.jpg", 1);
  put_photo(root / "one/b.jpg", "bananas.jpg", 2);
  put_photo(root / "two/c.jpg", "Smile.jpg", 3);
  put_photo(root / "two/d.jpg", "red apple.jpg", 4);
  index_into(lib, {root / "one"});
  const fs::path saved = root / "vectors.faiss";
  fs::copy_file(vector_index_file(lib), saved);
  fs::copy_file(vector_index_file(lib).string() + ".json", saved.string() + ".json");
  // The database is deleted and filled again with other photos, to the same generation.
  fs::remove(lib / "library.sqlite3");
  fs::remove(lib / "library.sqlite3-wal");
  fs::remove(lib / "library.sqlite3-shm");
  index_into(lib, {root / "two"});
  fs::copy_file(saved, vector_index_file(lib), fs::copy_options::overwrite_existing);
  fs::copy_file(saved.string() + ".json", vector_index_file(lib).string() + ".json",
                fs::copy_options::overwrite_existing);
  Searcher searcher(lib, nullptr, &tiny());
  EXPECT_EQ(names(searcher.search(by_example(root / "two/c.jpg"))),
            (std::set<std::string>{"c.jpg", "d.jpg"}));
}

TEST(EverydayLibrary, DamagedVectorIndexFilesAreRebuiltNotFatal) {
  const auto root = test::scratch();
  const fs::path lib = root / "lib";
  put_photo(root / "photos/a.jpg", "sad.jpg", 1);
  put_photo(root / "photos/b.jpg", "bananas.jpg", 2);
  index_into(lib, {root / "photos"});
  const std::string json = vector_index_file(lib).string() + ".json";
  const char* damaged[] = {R"({"generation": "1", "model_id": 5, "dim": "16", "library_id": []})",
                           R"({"generation": 1.5})", "[]", "not json", ""};
  for (const char* text : damaged) {
    std::ofstream(json, std::ios::trunc) << text;
    Searcher searcher(lib, nullptr, &tiny());
    EXPECT_EQ(searcher.search(by_example(root / "photos/a.jpg")).results.size(), 2u) << text;
    // Indexing and forgetting work too (and write a sound index again).
    EXPECT_NO_THROW(index_into(lib, {root / "photos"})) << text;
  }
  // A vectors.faiss that declares far more vectors than memory holds.
  {
    std::ofstream out(vector_index_file(lib), std::ios::binary | std::ios::trunc);
    out << "IxM2";
    const int32_t d = 16;
    const int64_t n = int64_t(1) << 36;
    out.write(reinterpret_cast<const char*>(&d), 4);
    out.write(reinterpret_cast<const char*>(&n), 8);
  }
  Searcher searcher(lib, nullptr, &tiny());
  EXPECT_EQ(searcher.search(by_example(root / "photos/a.jpg")).results.size(), 2u);
}

TEST(EverydayLibrary, LibraryOfTheSameWeightsUnderItsOldModelNameStillOpens) {
  const auto root = test::scratch();
  const fs::path lib = root / "lib";
  put_photo(root / "photos/a.jpg", "sad.jpg", 1);
  index_into(lib, {root / "photos"});
  const auto& info = tiny().info();
  const std::string legacy = info.architecture + "/" + std::to_string(info.dim) + "/" +
                             model_fingerprint(info.weights_file);
  {
    LibraryDb db(lib, LibraryDb::Mode::kReadWrite);
    db.rename_model(model_identity(tiny()).id, legacy);  // as an older LinguaLens wrote it
  }
  {
    Searcher searcher(lib, nullptr, &tiny());  // read: accepted as it is
    EXPECT_EQ(searcher.search(by_example(root / "photos/a.jpg")).results.size(), 1u);
  }
  const IndexSummary s = index_into(lib, {root / "photos"});  // write: renamed, not re-encoded
  EXPECT_EQ(s.unchanged, 1);
  const Library library(lib, Library::Access::kRead);
  EXPECT_EQ(library.model()->id, model_identity(tiny()).id);
}

TEST(ModelIdentity, FollowsTheWeightsNotTheFileTheyCameIn) {
  // The same weights from OpenAI's TorchScript archive and as a plain state dict in memory
  // (with every tensor converted to float32) are one model; other weights are another.
  StateDict sd = load_state_dict(test::data("clip-rn-tiny/RN-tiny.pt"));
  StateDict as_float;
  for (const auto& [name, t] : sd.items()) {
    auto values = std::make_shared<std::vector<float>>(t.to_float_vector());
    RawTensor f;
    auto storage = std::make_shared<Storage>();
    storage->data = std::shared_ptr<const std::byte>(
        values, reinterpret_cast<const std::byte*>(values->data()));
    storage->nbytes = values->size() * sizeof(float);
    storage->dtype = DType::kF32;
    f.storage = storage;
    f.dtype = DType::kF32;
    f.shape = t.shape;
    as_float.add(name, f);
  }
  const ImageEncoder converted(std::move(as_float), "converted in memory");
  EXPECT_EQ(model_identity(converted).id, model_identity(tiny()).id);
  const ImageEncoder other(ImageEncoderParams{test::data("clip-rn-tiny/RN-tiny-allhalf.pt"), 8});
  EXPECT_NE(model_identity(other).id, model_identity(tiny()).id);
}

TEST(CaptureTime, WallClockAsTheCameraWroteItInEveryTimeZone) {
  const auto root = test::scratch();
  fs::create_directories(root / "photos");
  fs::copy_file(test::data("images-made/dated_tokyo_offset.jpg"), root / "photos/tokyo.jpg");
  put_photo(root / "photos/undated.jpg", "sad.jpg", 1);
  // The undated photo's file time: 2024-07-01 12:00 UTC.
  const auto mtime = std::chrono::system_clock::time_point(std::chrono::seconds(1719835200));
  fs::last_write_time(root / "photos/undated.jpg", fs::file_time_type::clock::now() +
                                                       (mtime - std::chrono::system_clock::now()));
  const int64_t exif_wall = *parse_exif_datetime("2024:03:10 22:02:00");
  for (const char* tz : {"America/New_York", "Asia/Tokyo", "UTC", "Pacific/Kiritimati"}) {
    SCOPED_TRACE(tz);
    const TimeZone zone(tz);
    const fs::path lib =
        root / (std::string("lib-") + std::to_string(std::hash<std::string>{}(tz)));
    index_into(lib, {root / "photos"});
    Searcher searcher(lib, nullptr, nullptr);
    SearchParams p;
    std::map<std::string, ImageInfo> by_name;
    for (auto& h : searcher.search(p).results)
      by_name[fs::path(h.image.path).filename().string()] = h.image;
    ASSERT_EQ(by_name.size(), 2u);
    const ImageInfo& t = by_name["tokyo.jpg"];
    EXPECT_EQ(t.taken_at, exif_wall);  // 22:02 on the 10th, wherever it is viewed
    EXPECT_EQ(t.taken_offset, 9 * 60);
    EXPECT_EQ(t.taken_source, CaptureSource::kExif);
    // The date filter compares wall-clock calendar dates: the 10th, not the 9th or the 11th.
    SearchParams day;
    day.scope.taken_after = *parse_exif_datetime("2024:03:10 00:00:00");
    day.scope.taken_before = *parse_exif_datetime("2024:03:10 23:59:59");
    EXPECT_EQ(names(searcher.search(day)), (std::set<std::string>{"tokyo.jpg"}));
    // A file time is the local wall clock of where it was indexed, with that offset.
    const ImageInfo& u = by_name["undated.jpg"];
    EXPECT_EQ(u.taken_source, CaptureSource::kFile);
    ASSERT_TRUE(u.taken_offset);
    EXPECT_EQ(*u.taken_at, 1719835200 + int64_t(*u.taken_offset) * 60);
    std::tm local{};
    const std::time_t tt = 1719835200;
    localtime_r(&tt, &local);
    EXPECT_EQ(*u.taken_offset, local.tm_gmtoff / 60);
  }
}

TEST(CaptureTime, OffsetsParse) {
  EXPECT_EQ(parse_exif_offset("+09:00"), 540);
  EXPECT_EQ(parse_exif_offset("-05:30"), -330);
  EXPECT_EQ(parse_exif_offset("+00:00"), 0);
  EXPECT_FALSE(parse_exif_offset("09:00"));
  EXPECT_FALSE(parse_exif_offset("+25:00"));
  EXPECT_FALSE(parse_exif_offset("   :  "));
  const auto m = read_photo_metadata(test::data("images-made/dated_tokyo_offset.jpg"));
  EXPECT_EQ(m.taken_offset, 540);
  EXPECT_FALSE(read_photo_metadata(test::data("images-made/dated_2019.jpg")).taken_offset);
}

}  // namespace
}  // namespace lingualens
