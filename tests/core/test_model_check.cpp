// The first-run check of a set of model files, on the fixture models written by the official
// code: each file's state, and whether the three fit together.
#include <gtest/gtest.h>

#include "core/models/model_check.h"
#include "tests/test_util.h"

namespace lingualens {
namespace {

TEST(ModelCheck, AMatchingSetIsOkWithItsSizes) {
  const auto r = check_model_files(test::data("clip-rn-tiny/RN-tiny.pt"), test::data("mbert-tiny"),
                                   test::data("formats/head_16x16.pkl"));
  EXPECT_TRUE(r.ok()) << r.mismatch << r.image.detail << r.text.detail << r.head.detail;
  EXPECT_EQ(r.image_dim, 16);
  EXPECT_EQ(r.text_hidden, r.head_in);
  EXPECT_EQ(r.head_out, 16);
  // OpenCLIP's safetensors copy of the same model is as good.
  const auto s = check_model_files(test::data("clip-rn-tiny/openclip/open_clip_model.safetensors"),
                                   test::data("mbert-tiny"), test::data("formats/head_16x16.pkl"));
  EXPECT_TRUE(s.ok()) << s.image.detail;
  EXPECT_EQ(s.image_dim, 16);
}

TEST(ModelCheck, AHeadForAnotherTextModelIsRefusedWithTheReason) {
  const auto r = check_model_files(test::data("clip-rn-tiny/RN-tiny.pt"), test::data("mbert-tiny"),
                                   test::data("formats/head_in32.pkl"));
  EXPECT_EQ(r.head.state, ModelFileState::kOk);  // a readable head…
  EXPECT_FALSE(r.ok());                          // …that does not fit
  EXPECT_NE(r.mismatch.find("32"), std::string::npos) << r.mismatch;
}

TEST(ModelCheck, EachFileSaysWhatIsWrongWithIt) {
  const auto dir = test::scratch();
  const auto r = check_model_files(dir / "RN50x4.pt", test::data("formats"),
                                   test::data("formats/head_evil.pkl"));
  EXPECT_EQ(r.image.state, ModelFileState::kMissing);
  EXPECT_EQ(r.text.state, ModelFileState::kUnreadable);  // a folder without config.json
  EXPECT_NE(r.text.detail.find("config.json"), std::string::npos) << r.text.detail;
  EXPECT_EQ(r.head.state, ModelFileState::kUnreadable);
  EXPECT_FALSE(r.head.detail.empty());
  EXPECT_FALSE(r.ok());
  const auto n = check_model_files(test::data("formats/not_a_checkpoint.zip"),
                                   test::data("mbert-tiny"), test::data("formats/head_16x16.pkl"));
  EXPECT_EQ(n.image.state, ModelFileState::kUnreadable);
  EXPECT_TRUE(n.mismatch.empty());  // nothing to compare with an unreadable image model
}

}  // namespace
}  // namespace lingualens
