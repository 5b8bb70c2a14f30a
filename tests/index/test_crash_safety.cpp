// Crash safety and concurrency of the library, with real processes: `lingualens-cli index`
// killed with SIGKILL at random moments many times over a folder of 300 photos (some of them
// broken), and two writers on one library at once.
#include <gtest/gtest.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <random>
#include <set>
#include <thread>

#include "core/error.h"
#include "index/indexer.h"
#include "index/library.h"
#include "index/search.h"
#include "tests/index/crash_photos.h"
#include "tests/support/cli_process.h"
#include "tests/test_models.h"

namespace lingualens {
namespace {

namespace fs = std::filesystem;

pid_t spawn_index(const fs::path& lib, const fs::path& photos) {
  return test::spawn_cli(test::index_args(lib, photos));
}

using test::wait_for;

// 300 distinct photos (small real JPEGs with a salt appended, so each hashes differently)
// and three broken files that must stay recorded as errors through every crash.
}  // namespace

fs::path make_crash_photos(const fs::path& root) {
  const fs::path photos = root / "photos";
  fs::create_directories(photos / "a");
  fs::create_directories(photos / "b");
  const char* seeds[] = {"images-made/formats_q95.jpg", "images-made/dated_2019.jpg",
                         "images-public/gray_L.jpg", "images-public/progressive.jpg",
                         "images-public/cmyk.jpg"};
  for (int k = 0; k < 300; ++k) {
    const auto to = photos / (k % 2 ? "a" : "b") / ("p" + std::to_string(k) + ".jpg");
    fs::copy_file(test::data(seeds[k % 5]), to);
    std::ofstream(to, std::ios::app | std::ios::binary) << "salt" << k;
  }
  fs::copy_file(test::data("images-made/truncated.jpg"), photos / "truncated.jpg");
  fs::copy_file(test::data("images-made/zero_bytes.jpg"), photos / "zero_bytes.jpg");
  fs::copy_file(test::data("images-made/not_an_image.jpg"), photos / "not_an_image.jpg");
  return photos;
}

// Every stored embedding is searchable: the saved FAISS index brought up to date agrees
// with SQLite row for row.
namespace {

void expect_faiss_matches_sqlite(const fs::path& lib, const fs::path& example, int64_t indexed) {
  if (indexed == 0) return;
  Searcher s(lib, nullptr, &test::tiny_image_encoder());
  SearchParams p;
  p.images = {example};
  p.top_k = 1000;
  const auto r = s.search(p);
  EXPECT_EQ(r.library_size, indexed);
  std::set<int64_t> ids;
  for (const auto& h : r.results) ids.insert(h.image.id);
  EXPECT_EQ(static_cast<int64_t>(ids.size()), indexed);
}

// Seconds one `lingualens-cli index` run takes here, start to exit.
double run_seconds(const fs::path& lib, const fs::path& photos) {
  const auto t0 = std::chrono::steady_clock::now();
  test::wait_for(spawn_index(lib, photos));
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

TEST(CrashSafety, TwentyKillsAtRandomMomentsLoseNothing) {
  const auto root = test::scratch();
  const fs::path photos = make_crash_photos(root), lib = root / "lib";
  // Kill moments follow this machine's own speed, so the test means the same on a slow and a
  // fast CPU: an uninterrupted run and one with nothing left to do (start-up and scan) are
  // timed first, in a library of their own; each kill then falls between the start and the
  // end of the work still left, never after the run would have finished.
  const double full = run_seconds(root / "calibration", photos);
  const double idle = run_seconds(root / "calibration", photos);
  const double work = std::max(full - idle, 0.01);
  std::cout << "[ crash ] uninterrupted run " << full << " s, of which start-up " << idle << " s\n";
  std::mt19937 rng(20261127);  // fixed: a failure can be replayed
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  int kills = 0, rounds = 0;
  int64_t last_count = 0;
  double left = 1.0;                  // share of the work not yet committed
  std::map<int64_t, Embedding> seen;  // committed embeddings must never change or vanish
  while (kills < 24 && rounds < 60) {
    ++rounds;
    const double delay = idle * 0.3 + unit(rng) * (idle * 0.7 + 0.9 * left * work);
    const pid_t pid = spawn_index(lib, photos);
    std::this_thread::sleep_for(std::chrono::duration<double>(delay));
    ::kill(pid, SIGKILL);
    const int status = wait_for(pid);
    if (WIFSIGNALED(status)) ++kills;
    std::unique_ptr<LibraryDb> opened;
    try {
      opened = std::make_unique<LibraryDb>(lib, LibraryDb::Mode::kReadOnly);
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kNotFound) << e.what();  // killed before the library existed
      continue;
    }
    LibraryDb& db = *opened;
    ASSERT_EQ(db.integrity_check(), "ok") << "round " << rounds;
    const int64_t n = db.count_indexed();
    EXPECT_GE(n, last_count) << "committed embeddings lost in round " << rounds;
    last_count = n;
    left = std::max(0.0, 1.0 - static_cast<double>(n + db.count_failed()) / 303.0);
    for (auto& [id, emb] : seen) {
      const auto now = db.embedding(id);
      ASSERT_TRUE(now.has_value()) << "image " << id << " vanished in round " << rounds;
      EXPECT_EQ(*now, emb) << "image " << id << " changed in round " << rounds;
    }
    db.for_each_embedding(
        db.meta(meta_key::kImageModel).value_or(""),
        [&](int64_t id, const float* d, int dim) { seen.emplace(id, Embedding(d, d + dim)); });
    expect_faiss_matches_sqlite(lib, photos / "a/p1.jpg", n);
  }
  EXPECT_GE(kills, 20) << "the indexer finished too fast to be killed 20 times";
  const int status = wait_for(spawn_index(lib, photos));
  // 3: files under the folder stay unreadable, whether this run or an earlier one found them.
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 3) << status;
  LibraryDb db(lib, LibraryDb::Mode::kReadOnly);
  EXPECT_EQ(db.integrity_check(), "ok");
  EXPECT_EQ(db.count_indexed(), 300);
  EXPECT_EQ(db.count_failed(), 3);
  expect_faiss_matches_sqlite(lib, photos / "a/p1.jpg", 300);
  std::cout << "[ crash ] " << kills << " SIGKILLs in " << rounds << " runs; " << seen.size()
            << " embeddings committed before the final run, none lost\n";
}

TEST(Concurrency, SecondWriterProcessIsRefusedClearlyAndNothingBreaks) {
  const auto root = test::scratch();
  const fs::path photos = make_crash_photos(root), lib = root / "lib";
  const pid_t first = spawn_index(lib, photos);
  // Wait until the first writer has the library, then start a second one.
  for (int i = 0; i < 200 && !fs::exists(lib / "library.sqlite3"); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const int second = wait_for(spawn_index(lib, photos));
  const int done = wait_for(first);
  EXPECT_TRUE(WIFEXITED(done) && WEXITSTATUS(done) == 3) << done;
  EXPECT_TRUE(WIFEXITED(second) && WEXITSTATUS(second) == 1) << second;  // refused, exit 1
  LibraryDb db(lib, LibraryDb::Mode::kReadOnly);
  EXPECT_EQ(db.integrity_check(), "ok");
  EXPECT_EQ(db.count_indexed(), 300);
  // And in-process, the refusal is kBusy with a message naming the library.
  LibraryDb holder(lib, LibraryDb::Mode::kReadWrite);
  try {
    LibraryDb other(lib, LibraryDb::Mode::kReadWrite);
    FAIL() << "a second writer was allowed";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBusy);
    EXPECT_NE(std::string(e.what()).find(lib.string()), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace lingualens

namespace lingualens {
namespace {

// What the desktop app does: one thread indexes (the only writer) while another searches,
// by words' stand-in (a library image) and by an example file, which shares the image
// encoder with the indexer. Run under ThreadSanitizer too (see README, "Sanitizers").
TEST(Concurrency, SearchingWhileIndexingInOneProcess) {
  const auto root = test::scratch();
  const fs::path photos = make_crash_photos(root), lib = root / "lib";
  {  // a first photo so there is something to search from the start
    Library library(lib, Library::Access::kWrite);
    IndexParams p;
    p.folders = {photos / "a"};
    index_folders(library, test::tiny_image_encoder(), p);
  }
  std::atomic<bool> indexing{true};
  std::thread writer([&] {
    Library library(lib, Library::Access::kWrite);
    IndexParams p;
    p.folders = {photos};
    index_folders(library, test::tiny_image_encoder(), p);
    indexing = false;
  });
  int searches = 0;
  int64_t last_size = 0;
  Searcher s(lib, nullptr, &test::tiny_image_encoder());
  while (indexing || searches < 3) {
    SearchParams q;
    q.images = {photos / "a/p1.jpg"};
    q.top_k = 5;
    const auto r = s.search(q);
    ASSERT_FALSE(r.results.empty());
    EXPECT_GE(r.library_size, last_size);  // the searcher follows the writer's commits
    last_size = r.library_size;
    ++searches;
  }
  writer.join();
  EXPECT_GT(searches, 3);
  SearchParams q;
  q.images = {photos / "a/p1.jpg"};
  EXPECT_EQ(s.search(q).library_size, 450);  // 150 from the first root + 300 from the second
}

}  // namespace
}  // namespace lingualens
