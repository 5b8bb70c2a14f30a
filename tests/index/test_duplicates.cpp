// The duplicate finder on real photos: seed photos and copies of them made the ways copies are
// made, indexed with the tiny test model. Each copy lands in its original's group, different
// photos never share one, the suggested keeper is the best original, offline folders are shown
// but not offered for removal, neither are read-only ones, and libraries indexed before hashes get
// them without re-encoding.
#include <gtest/gtest.h>

#include <sys/mount.h>
#include <sys/wait.h>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <set>

#include "index/duplicates.h"
#include "index/indexer.h"
#include "index/library.h"
#include "tests/support/exif_thumbnail_writer.h"
#include "tests/test_models.h"

namespace lingualens {
namespace {

namespace fs = std::filesystem;

// Copies of `seed` in `dir`, each named "<stem> <how>.<ext>".
void make_copies(const fs::path& dir, const std::string& seed) {
  const cv::Mat m = cv::imread(test::data("images-seed/" + seed).string());
  ASSERT_FALSE(m.empty()) << seed;
  const std::string stem = fs::path(seed).stem().string();
  fs::create_directories(dir);
  cv::imwrite((dir / (stem + " original.jpg")).string(), m, {cv::IMWRITE_JPEG_QUALITY, 95});
  fs::copy_file(dir / (stem + " original.jpg"), dir / (stem + " identical.jpg"));
  cv::Mat t;
  cv::resize(m, t, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
  cv::imwrite((dir / (stem + " half.jpg")).string(), t);
  cv::imwrite((dir / (stem + " q60.jpg")).string(), m, {cv::IMWRITE_JPEG_QUALITY, 60});
  cv::imwrite((dir / (stem + " converted.png")).string(), m);
  cv::rotate(m, t, cv::ROTATE_90_CLOCKWISE);
  cv::imwrite((dir / (stem + " turned.jpg")).string(), t);
  cv::flip(m, t, 1);
  cv::imwrite((dir / (stem + " mirrored.jpg")).string(), t);
}

std::string stem_of(const std::string& path) {
  const std::string name = fs::path(path).stem().string();
  return name.substr(0, name.rfind(' '));
}

// `lingualens-cli ARGS` through the shell; its stdout, and its exit code in `code`.
std::string run_cli(const std::string& args, int& code) {
  FILE* out = ::popen((std::string("'") + LINGUALENS_CLI + "' " + args).c_str(), "r");
  std::string text;
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, out)) > 0;) text.append(buf, n);
  code = WEXITSTATUS(::pclose(out));
  return text;
}

class Duplicates : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = test::scratch();
    for (const char* seed : {"sad.jpg", "bananas.jpg", "fruit bowl.jpg"})
      make_copies(root_ / "photos", seed);
    // Different photos that must stay apart.
    for (const char* seed : {"Smile.jpg", "green apple.jpg", "happy person.jpg"})
      fs::copy_file(test::data("images-seed/") / seed, root_ / "photos" / seed);
    Library library(root_ / "lib", Library::Access::kWrite);
    IndexParams p;
    p.folders = {root_ / "photos"};
    index_folders(library, test::tiny_image_encoder(), p);
  }
  // Identical and same-photo groups only (the tiny random model says nothing about bursts).
  std::vector<DuplicateGroup> copies() {
    Library library(root_ / "lib", Library::Access::kRead);
    DuplicateParams p;
    p.similar_min_cosine = 2;  // off
    return find_duplicates(library, p);
  }
  fs::path root_;
};

TEST_F(Duplicates, EveryCopyJoinsItsOriginalAndDifferentPhotosStayApart) {
  const auto groups = copies();
  ASSERT_EQ(groups.size(), 3u);
  for (const auto& g : groups) {
    std::set<std::string> stems;
    for (const auto& f : g.files) stems.insert(stem_of(f.photo.path));
    EXPECT_EQ(stems.size(), 1u) << "a group mixes different photos";
    EXPECT_EQ(g.files.size(), 7u) << *stems.begin();  // original + 6 copies
    EXPECT_EQ(g.kind, DuplicateKind::kSame);          // held together by the hashes
    // Kept: a full-size one with the camera's bytes, never the half-size copy.
    EXPECT_EQ(g.files[0].photo.width * g.files[0].photo.height,
              std::max({g.files[1].photo.width * g.files[1].photo.height,
                        g.files[0].photo.width * g.files[0].photo.height}));
    EXPECT_EQ(g.files[0].note.rfind("kept: ", 0), 0u) << g.files[0].note;
    for (const auto& f : g.files) EXPECT_TRUE(f.removable) << f.photo.path;
  }
}

TEST_F(Duplicates, KindsCanBeAskedForOnTheirOwn) {
  Library library(root_ / "lib", Library::Access::kRead);
  DuplicateParams p;
  p.similar_min_cosine = 2;
  p.only = DuplicateKind::kIdentical;
  const auto identical = find_duplicates(library, p);  // only the byte-for-byte copies
  ASSERT_EQ(identical.size(), 3u);
  for (const auto& g : identical) {
    EXPECT_EQ(g.kind, DuplicateKind::kIdentical);
    ASSERT_EQ(g.files.size(), 2u);
    EXPECT_EQ(g.files[0].photo.hash, g.files[1].photo.hash);
  }
  p.only = DuplicateKind::kSame;
  EXPECT_EQ(find_duplicates(library, p).size(), 3u);
  p.only.reset();
  p.scope.under = FolderPath::from_user(root_ / "photos");
  EXPECT_EQ(find_duplicates(library, p).size(), 3u);
  EXPECT_EQ(parse_duplicate_kind("same"), DuplicateKind::kSame);
  EXPECT_FALSE(parse_duplicate_kind("twins"));
}

TEST_F(Duplicates, OfflineFoldersAreShownButNotOfferedForRemoval) {
  fs::rename(root_ / "photos", root_ / "unplugged");
  const auto groups = copies();
  ASSERT_EQ(groups.size(), 3u);
  for (const auto& g : groups)
    for (const auto& f : g.files) {
      EXPECT_FALSE(f.removable);
      EXPECT_NE(f.note.find("not connected"), std::string::npos) << f.note;
    }
}

// The photos' folder made read-only in place (a read-only bind mount over itself), as a
// write-protected card or a share mounted read-only is. Root writes through permission bits, so
// only a read-only mount shows the case; where mounting is not allowed the test is skipped.
class ReadOnlyMount {
 public:
  explicit ReadOnlyMount(const fs::path& dir) : dir_(dir) {
    if (::mount(dir.c_str(), dir.c_str(), nullptr, MS_BIND, nullptr) != 0) return;
    mounted_ = true;
    ok_ = ::mount(nullptr, dir.c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) == 0;
  }
  ~ReadOnlyMount() {
    if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
  }
  bool ok() const { return ok_; }

 private:
  fs::path dir_;
  bool mounted_ = false, ok_ = false;
};

TEST_F(Duplicates, ReadOnlyFoldersAreShownButLeftAlone) {
  ReadOnlyMount read_only(root_ / "photos");
  if (!read_only.ok()) GTEST_SKIP() << "mounting is not allowed here";
  const auto groups = copies();
  ASSERT_EQ(groups.size(), 3u);
  for (const auto& g : groups)
    for (const auto& f : g.files) {
      EXPECT_FALSE(f.removable) << f.photo.path;
      EXPECT_NE(f.note.find("read-only"), std::string::npos) << f.note;
    }
  // --trash touches nothing there and says nothing failed.
  int code = 0;
  ::setenv("XDG_DATA_HOME", (root_ / "data").c_str(), 1);
  const auto j = nlohmann::json::parse(
      run_cli("duplicates --library '" + (root_ / "lib").string() + "' --trash --json", code));
  ::unsetenv("XDG_DATA_HOME");
  EXPECT_EQ(code, 0);
  for (const auto& g : j["groups"])
    for (const auto& f : g["files"]) EXPECT_FALSE(f.contains("trashed")) << f["path"];
  int left = 0;
  for (const auto& e : fs::directory_iterator(root_ / "photos")) left += e.is_regular_file();
  EXPECT_EQ(left, 3 * 7 + 3);
  Library library(root_ / "lib", Library::Access::kRead);
  EXPECT_EQ(library.db().count_indexed(), 3 * 7 + 3);
}

TEST_F(Duplicates, LibrariesIndexedBeforeHashesGetThemWithoutReencoding) {
  // A photo as an older LinguaLens recorded it: embedding, no perceptual hashes.
  const fs::path extra = root_ / "photos" / "sad old copy.jpg";
  fs::copy_file(root_ / "photos" / "sad original.jpg", extra);
  {
    Library library(root_ / "lib", Library::Access::kWrite);
    const ModelIdentity model = library.use_model(test::tiny_image_encoder());
    LibraryDb& db = library.db();
    const auto root = db.find_root(FolderPath::from_user(root_ / "photos").str());
    ASSERT_TRUE(root);
    ImageRecord r;
    r.root_id = root->id;
    r.rel_path = "sad old copy.jpg";
    r.size = static_cast<int64_t>(fs::file_size(extra));
    r.mtime_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                     fs::last_write_time(extra).time_since_epoch())
                     .count();
    r.hash = "old";
    r.embedding.assign(static_cast<size_t>(model.dim), 0.5f);
    r.model_id = model.id;
    LibraryDb::Transaction batch(db);
    db.upsert(r);
    batch.commit();
  }
  IndexSummary s;
  {
    Library library(root_ / "lib", Library::Access::kWrite);
    IndexParams p;
    p.folders = {root_ / "photos"};
    s = index_folders(library, test::tiny_image_encoder(), p);
  }
  EXPECT_EQ(s.added + s.updated, 0);  // nothing encoded again
  const auto groups = copies();
  bool found = false;
  for (const auto& g : groups)
    for (const auto& f : g.files) found |= fs::path(f.photo.path).filename() == "sad old copy.jpg";
  EXPECT_TRUE(found) << "the old row got its hashes and joined its original";
}

TEST_F(Duplicates, CliListsGroupsAsJsonAndTrashesTheExtras) {
  const std::string lib = "--library '" + (root_ / "lib").string() + "'";
  int code = 0;
  const auto j = nlohmann::json::parse(run_cli("duplicates " + lib + " --kind same --json", code));
  EXPECT_EQ(code, 0);
  ASSERT_EQ(j["groups"].size(), 3u);
  for (const auto& g : j["groups"]) {
    EXPECT_EQ(g["kind"], "same");
    EXPECT_EQ(g["keep"], g["files"][0]["path"]);
    for (const auto& f : g["files"]) {
      for (const char* key : {"path", "width", "height", "size", "taken_at", "reason"})
        EXPECT_TRUE(f.contains(key)) << key;
    }
  }
  run_cli("duplicates " + lib + " --kind twins", code);
  EXPECT_NE(code, 0);  // a bad kind is refused
  run_cli("duplicates " + lib + " --similar-cosine 1.5 2>/dev/null", code);
  EXPECT_NE(code, 0);  // so is a cosine above 1

  // --trash: every file but the kept ones goes to the trash, and the library forgets them.
  ::setenv("XDG_DATA_HOME", (root_ / "data").c_str(), 1);
  run_cli("duplicates " + lib + " --kind same --trash --json", code);
  ::unsetenv("XDG_DATA_HOME");
  EXPECT_EQ(code, 0);
  int left = 0;
  for (const auto& e : fs::directory_iterator(root_ / "photos")) left += e.is_regular_file();
  EXPECT_EQ(left, 3 + 3);  // the 3 kept and the 3 different photos
  EXPECT_EQ(
      std::distance(fs::directory_iterator(root_ / "data/Trash/files"), fs::directory_iterator()),
      18);
  Library library(root_ / "lib", Library::Access::kRead);
  EXPECT_EQ(library.db().count_indexed(), 6);
  EXPECT_TRUE(copies().empty());
}

// Bursts: two different photos taken ten seconds apart and a third two hours later. Whether they
// form a group follows the two thresholds (cosine measured on the stored embeddings, since the
// tiny random model's values mean nothing), in the library and through the CLI's options.
TEST(DuplicateShots, SimilarShotsFollowBothThresholds) {
  const fs::path root = test::scratch();
  fs::create_directories(root / "photos");
  const std::pair<const char*, const char*> shots[] = {{"Smile.jpg", "2024:07:01 10:00:00"},
                                                       {"happy person.jpg", "2024:07:01 10:00:10"},
                                                       {"bananas.jpg", "2024:07:01 12:00:00"}};
  for (const auto& [name, when] : shots) {
    fs::copy_file(test::data("images-seed/") / name, root / "photos" / name);
    test_support::set_exif_date(root / "photos" / name, when);
  }
  float cosine = 0;
  {
    Library library(root / "lib", Library::Access::kWrite);
    IndexParams p;
    p.folders = {root / "photos"};
    index_folders(library, test::tiny_image_encoder(), p);
    const auto a = library.db().find_image((root / "photos/Smile.jpg").string());
    const auto b = library.db().find_image((root / "photos/happy person.jpg").string());
    ASSERT_TRUE(a && b);
    const auto ea = library.db().embedding(*a), eb = library.db().embedding(*b);
    ASSERT_TRUE(ea && eb);
    double dot = 0, na = 0, nb = 0;
    for (size_t i = 0; i < ea->size(); ++i) {
      dot += double((*ea)[i]) * (*eb)[i];
      na += double((*ea)[i]) * (*ea)[i];
      nb += double((*eb)[i]) * (*eb)[i];
    }
    cosine = static_cast<float>(dot / std::sqrt(na * nb));
  }
  ASSERT_LT(cosine, 0.999f) << "the two photos must be told apart by the cosine threshold";
  Library library(root / "lib", Library::Access::kRead);
  DuplicateParams p;
  p.similar_min_cosine = cosine - 1e-4f;
  p.similar_max_seconds = 60;
  auto groups = find_duplicates(library, p);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].kind, DuplicateKind::kSimilar);
  EXPECT_EQ(groups[0].files.size(), 2u);
  p.similar_max_seconds = 5;  // ten seconds apart is too far
  EXPECT_TRUE(find_duplicates(library, p).empty());
  p.similar_max_seconds = 60;
  p.similar_min_cosine = cosine + 1e-3f;  // not alike enough
  EXPECT_TRUE(find_duplicates(library, p).empty());
  if (cosine >= 0.5f) {  // the CLI takes thresholds from 0.5
    int code = 0;
    const std::string args = "duplicates --library '" + (root / "lib").string() +
                             "' --json --similar-within 60 --similar-cosine " +
                             std::to_string(cosine - 1e-4f);
    EXPECT_EQ(nlohmann::json::parse(run_cli(args, code))["groups"].size(), 1u);
    EXPECT_EQ(code, 0);
  }
}

}  // namespace
}  // namespace lingualens
