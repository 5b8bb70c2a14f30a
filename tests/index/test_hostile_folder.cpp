// A photo folder built to hurt: decompression bombs, truncated, empty and fake images,
// absurd and self-referencing EXIF, FIFOs and device nodes, symlink loops, non-UTF-8 and
// 255-byte file names, and files that change or vanish while the indexer reads them. The run
// must finish (a watchdog fails the test after two minutes), index every good photo, and
// record every bad one with its reason.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <thread>

#include "core/error.h"
#include "index/indexer.h"
#include "index/library.h"
#include "index/search.h"
#include "tests/test_models.h"

namespace lingualens {
namespace {

namespace fs = std::filesystem;

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void write_bytes(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary) << bytes;
}

// A JPEG whose APP1 EXIF block is nonsense: orientation 9999, a sub-IFD pointer far past the
// end, a string claiming a gigabyte, and IFD0's "next IFD" pointing back at itself.
std::string jpeg_with_absurd_exif(const std::string& jpeg, bool huge_count) {
  auto u16 = [](std::string& s, unsigned v) {
    s += char(v & 0xff);
    s += char(v >> 8);
  };
  auto u32 = [&](std::string& s, uint32_t v) {
    u16(s, v & 0xffff);
    u16(s, v >> 16);
  };
  std::string tiff = "II*";
  tiff += '\0';
  u32(tiff, 8);
  u16(tiff, huge_count ? 0xffff : 3);  // entries
  u16(tiff, 0x0112);
  u16(tiff, 3);
  u32(tiff, 1);
  u32(tiff, 9999);  // Orientation
  u16(tiff, 0x8769);
  u16(tiff, 4);
  u32(tiff, 1);
  u32(tiff, 0x7ffffff0);  // Exif IFD
  u16(tiff, 0x0132);
  u16(tiff, 2);
  u32(tiff, 0x40000000);
  u32(tiff, 0xffffff00);  // DateTime
  u32(tiff, 8);           // next IFD: IFD0 again
  std::string app1 = "Exif";
  app1 += std::string(2, '\0');
  app1 += tiff;
  const size_t len = app1.size() + 2;
  std::string seg = "\xff\xe1";
  seg += char(len >> 8);
  seg += char(len & 0xff);
  return jpeg.substr(0, 2) + seg + app1 + jpeg.substr(2);
}

TEST(HostileFolder, EveryBadFileIsRecordedAndTheRunFinishes) {
  std::atomic<bool> done{false};
  std::thread watchdog([&] {
    for (int i = 0; i < 1200 && !done; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (!done) {
      std::cerr << "HostileFolder: the indexer hangs\n";
      std::_Exit(1);
    }
  });
  const auto root = test::scratch();
  const fs::path photos = root / "photos";
  fs::create_directories(photos / "deep");
  const std::string good = read_bytes(test::data("images-made/formats_q95.jpg"));
  const char* bad[] = {"bomb_50000x50000.png", "bomb_60000x60000.tiff", "truncated.jpg",
                       "zero_bytes.jpg",       "not_an_image.jpg",      "zero_width.png"};
  for (const char* name : bad)
    fs::copy_file(test::data(std::string("images-made/") + name), photos / name);
  write_bytes(photos / "absurd_exif.jpg", jpeg_with_absurd_exif(good, false));
  write_bytes(photos / "absurd_exif_count.jpg", jpeg_with_absurd_exif(good, true));
  ASSERT_EQ(::mkfifo((photos / "pipe.jpg").c_str(), 0644), 0);          // would block a reader
  fs::create_symlink("/dev/zero", photos / "zero_device.jpg");          // endless
  fs::create_symlink("/dev/urandom", photos / "random_device.png");     // endless noise
  fs::create_directory_symlink(photos, photos / "deep/loop");           // a cycle
  fs::create_symlink(photos / "nowhere.jpg", photos / "dangling.jpg");  // points nowhere
  const std::string latin1 = "caf\xe9 cr\xe8me.jpg";                    // not UTF-8
  write_bytes(photos / latin1, good + "1");
  const std::string long_name = std::string(251, 'x') + ".jpg";  // NAME_MAX
  write_bytes(photos / "deep" / long_name, good + "2");
  for (int k = 0; k < 12; ++k)
    write_bytes(photos / ("ok" + std::to_string(k) + ".jpg"), good + std::to_string(k + 10));
  write_bytes(photos / "vanishes.jpg", good + "v");
  write_bytes(photos / "shrinks.jpg", good + "s");

  Library library(root / "lib", Library::Access::kWrite);
  LibraryDb& db = library.db();
  IndexParams p;
  p.folders = {photos};
  bool mutated = false;
  // Once the indexer has listed the files, one disappears and one is cut short.
  const auto progress = [&](const IndexProgress& pr) {
    if (mutated || pr.phase == "scanning") return;
    mutated = true;
    fs::remove(photos / "vanishes.jpg");
    fs::resize_file(photos / "shrinks.jpg", 300);
  };
  IndexSummary s;
  ASSERT_NO_THROW(s = index_folders(library, test::tiny_image_encoder(), p, progress));
  done = true;
  watchdog.join();
  EXPECT_TRUE(mutated);

  std::map<std::string, std::string> failed;
  for (const auto& f : db.failed_files()) failed[fs::path(f.path).filename().string()] = f.error;
  for (const char* name : bad) {
    ASSERT_TRUE(failed.count(name)) << name << " was not recorded as failed";
    EXPECT_FALSE(failed[name].empty()) << name;
  }
  EXPECT_NE(failed["bomb_50000x50000.png"].find("pixels"), std::string::npos)
      << failed["bomb_50000x50000.png"];
  // Nonsense EXIF does not spoil good pixels: indexed, orientation ignored.
  EXPECT_FALSE(failed.count("absurd_exif.jpg")) << failed["absurd_exif.jpg"];
  EXPECT_FALSE(failed.count("absurd_exif_count.jpg")) << failed["absurd_exif_count.jpg"];
  // Special files are never opened; nothing pretends to be a photo.
  for (const char* name : {"pipe.jpg", "zero_device.jpg", "random_device.png", "dangling.jpg"}) {
    EXPECT_FALSE(db.find_image((fs::weakly_canonical(photos) / name).string()).has_value()) << name;
  }
  // The cut-short file is an error, the vanished one is not kept as a photo.
  EXPECT_TRUE(failed.count("shrinks.jpg"));
  EXPECT_FALSE(db.find_image((fs::weakly_canonical(photos) / "vanishes.jpg").string()).has_value());
  // Odd names are ordinary photos.
  EXPECT_TRUE(db.find_image((fs::weakly_canonical(photos) / latin1).string()).has_value());
  EXPECT_TRUE(
      db.find_image((fs::weakly_canonical(photos) / "deep" / long_name).string()).has_value());
  EXPECT_EQ(db.count_indexed(), 12 + 2 + 2);  // ok*, absurd EXIF ×2, Latin-1 and long names
  EXPECT_EQ(db.integrity_check(), "ok");

  // Searching returns the odd names byte for byte.
  Searcher searcher(root / "lib", nullptr, &test::tiny_image_encoder());
  SearchParams q;
  q.image_ids = {*db.find_image((fs::weakly_canonical(photos) / latin1).string())};
  q.top_k = 100;
  bool found = false;
  for (const auto& h : searcher.search(q).results)
    found |= fs::path(h.image.path).filename() == latin1;
  EXPECT_TRUE(found);
  std::cout << "[ hostile ] " << std::size(bad) + 11 << " hostile cases, " << failed.size()
            << " recorded errors\n";
}

}  // namespace
}  // namespace lingualens
