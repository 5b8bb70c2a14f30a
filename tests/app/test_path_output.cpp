// How the CLI prints paths: every byte recoverable from JSON, one result per line in plain text.
#include <gtest/gtest.h>

#include "app/cli/path_output.h"
#include "core/util/base64.h"

namespace lingualens::cli {
namespace {

TEST(PathOutput, Utf8IsRecognisedExactly) {
  EXPECT_TRUE(is_valid_utf8("/photos/Eisbär/белая кошка/海.jpg"));
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_FALSE(is_valid_utf8("/photos/caf\xe9.jpg"));  // Latin-1 é
  EXPECT_FALSE(is_valid_utf8("\xc3"));                 // cut short
  EXPECT_FALSE(is_valid_utf8("\xc0\xaf"));             // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));         // a surrogate
  EXPECT_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));     // past U+10FFFF
}

TEST(PathOutput, Base64IsTheStandardAlphabetWithPadding) {
  EXPECT_EQ(base64(""), "");
  EXPECT_EQ(base64("f"), "Zg==");
  EXPECT_EQ(base64("fo"), "Zm8=");
  EXPECT_EQ(base64("foo"), "Zm9v");
  EXPECT_EQ(base64("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64(std::string("\xff\xfe\x00", 3)), "//4A");
}

TEST(PathOutput, NonUtf8PathsCarryTheirExactBytes) {
  nlohmann::json j;
  put_path(j, "path", "/photos/ok.jpg");
  EXPECT_FALSE(j.contains("path_b64"));
  const std::string latin1 = "/photos/caf\xe9.jpg";
  put_path(j, "path", latin1);
  ASSERT_TRUE(j.contains("path_b64"));
  EXPECT_EQ(j["path_b64"], base64(latin1));
  // The JSON stays printable; "path" reads with U+FFFD where the byte was.
  const std::string text = dump(j);
  EXPECT_NE(text.find("caf\xef\xbf\xbd.jpg"), std::string::npos) << text;
}

TEST(PathOutput, LinesEscapeWhatWouldBreakThem) {
  EXPECT_EQ(escape_for_line("a\nb\tc\\d\x01.jpg"), "a\\nb\\tc\\\\d\\x01.jpg");
  EXPECT_EQ(escape_for_line("/фото/ok.jpg"), "/фото/ok.jpg");
}

}  // namespace
}  // namespace lingualens::cli
