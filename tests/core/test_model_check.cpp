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

// The other pairs' files: a Vision Transformer's size from its projection; a new-format M-CLIP
// folder carries its head inside, so no head file is needed (and its sizes are checked).
TEST(ModelCheck, VisionTransformersAndNewFormatTextModelsAreRecognised) {
  const auto vit = check_model_files(test::data("zoo/clip-vit-b32-tiny/ViT-B-32-tiny.pt"),
                                     test::data("zoo/mclip-xlmr-tiny"), "");
  EXPECT_EQ(vit.image.state, ModelFileState::kOk) << vit.image.detail;
  EXPECT_EQ(vit.image_dim, 24);
  EXPECT_EQ(vit.text.state, ModelFileState::kOk) << vit.text.detail;
  EXPECT_NE(vit.text.detail.find("XLM-RoBERTa"), std::string::npos) << vit.text.detail;
  EXPECT_EQ(vit.head.state, ModelFileState::kOk) << vit.head.detail;  // inside the checkpoint
  EXPECT_EQ(vit.head_in, 32);
  EXPECT_EQ(vit.head_out, 16);
  EXPECT_FALSE(vit.ok());  // 16-d text against 24-d images
  EXPECT_NE(vit.mismatch.find("24"), std::string::npos) << vit.mismatch;
  const auto openclip = check_model_files(
      test::data("zoo/openclip-vit-b16plus240-tiny/vit_b_16_plus_240-tiny-laion400m_e32.pt"),
      test::data("mbert-tiny"), test::data("formats/head_16x16.pkl"));
  EXPECT_EQ(openclip.image.state, ModelFileState::kOk) << openclip.image.detail;
  EXPECT_EQ(openclip.image_dim, 24);
}

}  // namespace
}  // namespace lingualens
