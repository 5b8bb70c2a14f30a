// The library on a full disk and on a read-only medium: a clear error, nothing lost, and a
// read-only library still searchable.
#include <gtest/gtest.h>
#include <sys/mount.h>
#include <unistd.h>

#include <map>

#include "core/error.h"
#include "index/library.h"
#include "index/search.h"
#include "tests/index/crash_photos.h"
#include "tests/support/cli_process.h"
#include "tests/test_models.h"

namespace lingualens {
namespace {

namespace fs = std::filesystem;

std::map<int64_t, Embedding> all_embeddings(const LibraryDb& db) {
  std::map<int64_t, Embedding> out;
  db.for_each_embedding(
      db.meta(meta_key::kImageModel).value_or(""),
      [&](int64_t id, const float* d, int dim) { out.emplace(id, Embedding(d, d + dim)); });
  return out;
}

TEST(Resilience, FullDiskGivesAClearErrorAndLosesNothing) {
  const auto root = test::scratch();
  const fs::path photos = make_crash_photos(root), lib = root / "lib";
  // A first, complete run while only half of the photos are there.
  fs::rename(photos / "b", root / "b.later");
  ASSERT_EQ(WEXITSTATUS(test::wait_for(test::spawn_cli(test::index_args(lib, photos)))), 3);
  fs::rename(root / "b.later", photos / "b");
  std::map<int64_t, Embedding> before;
  {
    LibraryDb db(lib, LibraryDb::Mode::kReadOnly);
    before = all_embeddings(db);
    ASSERT_EQ(before.size(), 150u);
  }
  // Then the disk "fills up": no file may grow past 40 KB, so the write-ahead log fills after a
  // few batches (RLIMIT_FSIZE makes writes fail with EFBIG, as a full disk does with ENOSPC).
  const int blocks = 80;
  const fs::path err = root / "stderr.txt";
  const int status =
      test::wait_for(test::spawn_cli(test::index_args(lib, photos), err.string(),
                                     "ulimit -f " + std::to_string(blocks) + "; trap '' XFSZ;"));
  ASSERT_TRUE(WIFEXITED(status)) << "killed by signal " << WTERMSIG(status);
  EXPECT_EQ(WEXITSTATUS(status), 1);
  const std::string message = test::slurp_text(err);
  EXPECT_NE(message.find("library.sqlite3"), std::string::npos) << message;
  EXPECT_NE(message.find("could not write"), std::string::npos) << message;
  {
    LibraryDb db(lib, LibraryDb::Mode::kReadOnly);
    EXPECT_EQ(db.integrity_check(), "ok");
    EXPECT_LT(db.count_indexed(), 300);  // it did stop part-way
    EXPECT_GE(db.count_indexed(), 150);
    const auto after = all_embeddings(db);
    for (const auto& [id, emb] : before) {
      auto it = after.find(id);
      ASSERT_NE(it, after.end()) << "image " << id << " lost";
      EXPECT_EQ(it->second, emb);
    }
  }
  // Space again: the next run completes.
  const int again = test::wait_for(test::spawn_cli(test::index_args(lib, photos)));
  EXPECT_TRUE(WIFEXITED(again) && (WEXITSTATUS(again) == 0 || WEXITSTATUS(again) == 3)) << again;
  LibraryDb db(lib, LibraryDb::Mode::kReadOnly);
  EXPECT_EQ(db.count_indexed(), 300);
}

// Makes `dir` read-only for this process: a read-only tmpfs mount when we are root (root
// ignores permission bits), plain permissions otherwise. Restores on destruction.
class ReadOnlyFolder {
 public:
  explicit ReadOnlyFolder(const fs::path& dir) : dir_(dir) {
    if (geteuid() != 0) {
      fs::permissions(dir_,
                      fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                      fs::perm_options::remove);
      ok_ = true;
      return;
    }
    // Copy the contents aside, mount a tmpfs over the folder, copy them in, remount read-only.
    const fs::path aside = dir_.string() + ".aside";
    fs::rename(dir_, aside);
    fs::create_directories(dir_);
    if (::mount("none", dir_.c_str(), "tmpfs", 0, "size=16m") != 0) {
      fs::remove(dir_);
      fs::rename(aside, dir_);
      return;  // not allowed here (a container without CAP_SYS_ADMIN)
    }
    for (const auto& e : fs::directory_iterator(aside))
      fs::copy(e.path(), dir_ / e.path().filename());
    mounted_ = true;
    ok_ = ::mount("none", dir_.c_str(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0;
  }
  ~ReadOnlyFolder() {
    if (mounted_) ::umount(dir_.c_str());
    if (geteuid() != 0) fs::permissions(dir_, fs::perms::owner_write, fs::perm_options::add);
  }
  bool ok() const { return ok_; }

 private:
  fs::path dir_;
  bool ok_ = false, mounted_ = false;
};

TEST(Resilience, ReadOnlyLibraryRefusesUpdatesAndStillSearches) {
  const auto root = test::scratch();
  const fs::path photos = root / "photos", lib = root / "lib";
  fs::create_directories(photos);
  for (const char* name : {"red apple.jpg", "sad.jpg", "bananas.jpg"}) {
    fs::copy_file(test::data(std::string("images-seed/") + name), photos / name);
  }
  ASSERT_EQ(WEXITSTATUS(test::wait_for(test::spawn_cli(test::index_args(lib, photos)))), 0);
  ReadOnlyFolder read_only(lib);
  if (!read_only.ok())
    GTEST_SKIP() << "cannot make a read-only folder here (root without mount permission)";
  try {
    LibraryDb db(lib, LibraryDb::Mode::kReadWrite);
    FAIL() << "opened a read-only library for writing";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kIo);
    EXPECT_NE(std::string(e.what()).find("write access"), std::string::npos) << e.what();
  }
  const fs::path err = root / "stderr.txt";
  EXPECT_EQ(
      WEXITSTATUS(test::wait_for(test::spawn_cli(test::index_args(lib, photos), err.string()))), 1);
  EXPECT_NE(test::slurp_text(err).find(lib.string()), std::string::npos) << test::slurp_text(err);
  // Searching needs no writes, even of SQLite's shared-memory file.
  Searcher s(lib, nullptr, &test::tiny_image_encoder());
  SearchParams p;
  p.images = {photos / "sad.jpg"};
  const auto r = s.search(p);
  ASSERT_EQ(r.results.size(), 3u);
  EXPECT_EQ(fs::path(r.results[0].image.path).filename(), "sad.jpg");
  EXPECT_EQ(s.library().db().integrity_check(), "ok");
}

}  // namespace
}  // namespace lingualens
