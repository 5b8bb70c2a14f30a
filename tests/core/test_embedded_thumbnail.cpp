// The EXIF preview a camera embeds is found without decoding the photo, with the photo's
// orientation; files without one (or with broken metadata) simply have none.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "core/image/embedded_thumbnail.h"
#include "tests/support/exif_thumbnail_writer.h"
#include "tests/test_util.h"

namespace lingualens {
namespace {

std::vector<uint8_t> file_bytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(EmbeddedThumbnail, FoundWithTheOrientationOfThePhoto) {
  const auto dir = test::scratch();
  const auto photo = dir / "photo.jpg";
  std::filesystem::copy_file(test::data("images-seed/sad.jpg"), photo);
  EXPECT_FALSE(read_embedded_thumbnail(photo));  // none yet
  const auto preview = file_bytes(test::data("images-public/gray_L.jpg"));
  test_support::embed_exif_thumbnail(photo, preview, 6);
  const auto thumb = read_embedded_thumbnail(photo);
  ASSERT_TRUE(thumb);
  EXPECT_EQ(thumb->jpeg, preview);
  EXPECT_EQ(thumb->orientation, 6);
}

TEST(EmbeddedThumbnail, NoneForOtherFilesOrBrokenOnes) {
  EXPECT_FALSE(read_embedded_thumbnail(test::data("images-seed/purple apple.png")));
  EXPECT_FALSE(read_embedded_thumbnail(test::data("images-made/truncated.jpg")));
  EXPECT_FALSE(read_embedded_thumbnail(test::data("images-made/zero_bytes.jpg")));
  EXPECT_FALSE(read_embedded_thumbnail(test::scratch() / "missing.jpg"));
}

}  // namespace
}  // namespace lingualens
