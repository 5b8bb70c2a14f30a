// The freedesktop.org trash without Qt: a file goes to the home trash with its info file,
// a second file of the same name does not overwrite the first, and restoring puts it back.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/error.h"
#include "core/util/trash.h"
#include "tests/test_util.h"

namespace lingualens {
namespace {

namespace fs = std::filesystem;

TEST(Trash, MovesWithItsInfoAndRestores) {
  const fs::path dir = test::scratch();
  const char* old = std::getenv("XDG_DATA_HOME");
  const std::string saved = old ? old : "";
  ::setenv("XDG_DATA_HOME", (dir / "data").c_str(), 1);  // same drive as the photo
  fs::create_directories(dir / "photos");
  const fs::path photo = dir / "photos" / "beach 1%.jpg";
  std::ofstream(photo) << "one";
  const fs::path in_trash = move_to_trash(photo);
  EXPECT_FALSE(fs::exists(photo));
  EXPECT_EQ(in_trash, dir / "data/Trash/files/beach 1%.jpg");
  std::ifstream info(dir / "data/Trash/info/beach 1%.jpg.trashinfo");
  std::stringstream text;
  text << info.rdbuf();
  EXPECT_NE(
      text.str().find("[Trash Info]\nPath=" + (dir / "photos").string() + "/beach%201%25.jpg\n"),
      std::string::npos)
      << text.str();
  EXPECT_NE(text.str().find("DeletionDate="), std::string::npos);
  // Another file of that name: kept apart.
  std::ofstream(photo) << "two";
  const fs::path second = move_to_trash(photo);
  EXPECT_EQ(second.filename(), "beach 1% (2).jpg");
  // Restoring the first puts it back where it was.
  EXPECT_EQ(restore_from_trash(in_trash), photo);
  std::ifstream back(photo);
  std::string content;
  back >> content;
  EXPECT_EQ(content, "one");
  EXPECT_FALSE(fs::exists(dir / "data/Trash/info/beach 1%.jpg.trashinfo"));
  // Its place is taken now: the second cannot come back over it.
  EXPECT_THROW(restore_from_trash(second), Error);
  EXPECT_THROW(move_to_trash(dir / "photos" / "missing.jpg"), Error);
  if (old)
    ::setenv("XDG_DATA_HOME", saved.c_str(), 1);
  else
    ::unsetenv("XDG_DATA_HOME");
}

}  // namespace
}  // namespace lingualens
