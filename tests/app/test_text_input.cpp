// Where CLI texts come from: arguments, stdin lines and JSONL (NUL and newlines intact).
#include <gtest/gtest.h>

#include <sstream>

#include "app/cli/text_input.h"
#include "core/error.h"
#include "tests/test_util.h"

namespace lingualens::cli {
namespace {

TEST(TextInput, ArgumentsAndStdinInOrder) {
  std::istringstream in("from stdin\r\nsecond line\n");
  const auto texts = gather_texts({{"first", "-", "last"}, ""}, in);
  EXPECT_EQ(texts, (std::vector<std::string>{"first", "from stdin", "second line", "last"}));
}

TEST(TextInput, JsonlKeepsNulAndNewlines) {
  const auto f = test::write_temp("texts.jsonl",
                                  "\"a\\u0000b\"\n\n{\"text\": \"two\\nlines\", \"lang\": \"en\"}\n");
  std::istringstream in;
  const auto texts = gather_texts({{}, f.string()}, in);
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[0], std::string("a\0b", 3));
  EXPECT_EQ(texts[1], "two\nlines");
}

TEST(TextInput, BadJsonlNamesFileAndLine) {
  const auto f = test::write_temp("bad.jsonl", "\"ok\"\n{\"txt\": 1}\n");
  std::istringstream in;
  try {
    gather_texts({{}, f.string()}, in);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("bad.jsonl"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos);
  }
}

TEST(TextInput, NothingGivenIsAnError) {
  std::istringstream in;
  EXPECT_THROW(gather_texts({}, in), Error);
}

}  // namespace
}  // namespace lingualens::cli
