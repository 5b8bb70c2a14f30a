// The CLIP Vision Transformer towers against the reference embeddings of OpenAI's CLIP code
// (ViT-B/32, ViT-L/14 archives) and open_clip (ViT-B-16-plus-240 checkpoint), for the tiny
// random-weight models of the fixtures' model zoo (tests/data/zoo, see its README).
#include <gtest/gtest.h>

#include "core/error.h"
#include "core/image/clip_preprocess.h"
#include "core/image/decode.h"
#include "core/image/image_encoder.h"
#include "core/weights/checkpoint.h"
#include "tests/test_models.h"

namespace lingualens {
namespace {

struct Case {
  std::string name;
  std::filesystem::path file, crop;  // crop: empty when the set has none
  std::vector<float> embedding;
};

std::vector<Case> cases(const std::string& model) {
  std::vector<Case> out;
  for (const auto& j : test::read_jsonl(test::data("zoo/expected/" + model + "/cases.jsonl"))) {
    if (j["status"] != "ok") continue;
    const std::string crop = j.value("crop_png", std::string());
    out.push_back({j["name"],
                   test::data(j["root"].get<std::string>() + "/" + j["file"].get<std::string>()),
                   crop.empty() ? std::filesystem::path()
                                : test::data("zoo/expected/" + model + "/" + test::stored_crop(crop)),
                   j["embedding"]});
  }
  return out;
}

// 16-bit gray is our one deliberate deviation (scaled, not clipped: tests/core/
// test_image_preprocess.cpp); EXIF orientation is read as the reference does (ignored).
bool deviates(const Case& c) { return c.name.find("gray16") != std::string::npos; }

Image8 as_reference_decodes(const std::filesystem::path& file) {
  DecodeOptions opt;
  opt.apply_exif_orientation = false;
  return decode_image_file(file, opt).image;
}

void expect_matches(const ImageEncoder& encoder, const std::string& model, int expected_cases) {
  int checked = 0;
  for (const auto& c : cases(model)) {
    if (deviates(c)) continue;
    const auto got = encoder.encode({as_reference_decodes(c.file)});
    EXPECT_GE(test::cosine(got[0], c.embedding), 0.99999) << model << " " << c.name;
    EXPECT_LE(test::relative_l2(got[0], c.embedding), 1e-4) << model << " " << c.name;
    ++checked;
  }
  EXPECT_EQ(checked, expected_cases) << model;
}

TEST(VisionTransformer, OpenAiVitB32MatchesTheReference) {
  const ImageEncoder vit(ImageEncoderParams{test::data("zoo/clip-vit-b32-tiny/ViT-B-32-tiny.pt")});
  const auto& i = vit.info();
  EXPECT_EQ(i.input_size, 224);
  EXPECT_EQ(i.patch_size, 32);
  EXPECT_EQ(i.width, 128);
  EXPECT_EQ(i.heads, 2);
  EXPECT_EQ(i.layers, std::vector<int>{2});
  EXPECT_EQ(i.dim, 24);
  EXPECT_EQ(i.activation, "QuickGELU");
  expect_matches(vit, "clip-vit-b32-tiny", 18);
}

TEST(VisionTransformer, OpenAiVitL14MatchesTheReference) {
  const ImageEncoder vit(ImageEncoderParams{test::data("zoo/clip-vit-l14-tiny/ViT-L-14-tiny.pt")});
  EXPECT_EQ(vit.info().input_size, 224);
  EXPECT_EQ(vit.info().patch_size, 14);
  EXPECT_EQ(vit.info().dim, 20);
  EXPECT_EQ(vit.info().activation, "QuickGELU");
  expect_matches(vit, "clip-vit-l14-tiny", 18);
}

TEST(VisionTransformer, OpenClipB16PlusCheckpointMatchesTheReference) {
  const ImageEncoder vit(ImageEncoderParams{
      test::data("zoo/openclip-vit-b16plus240-tiny/vit_b_16_plus_240-tiny-laion400m_e32.pt")});
  EXPECT_EQ(vit.info().input_size, 240);
  EXPECT_EQ(vit.info().patch_size, 16);
  EXPECT_EQ(vit.info().activation, "GELU");
  expect_matches(vit, "openclip-vit-b16plus240-tiny", 18);
}

// The same weights as open_clip's plain state dict (open_clip_pytorch_model.bin on the
// Hugging Face hub: no "state_dict", no "module."): the checkpoint's tensors renamed.
TEST(VisionTransformer, OpenClipPlainStateDictLoadsTheSame) {
  const auto file =
      test::data("zoo/openclip-vit-b16plus240-tiny/vit_b_16_plus_240-tiny-laion400m_e32.pt");
  const StateDict checkpoint = load_state_dict(file);
  StateDict plain;
  for (const auto& [name, t] : checkpoint.items()) {
    ASSERT_EQ(name.rfind("state_dict.module.", 0), 0u) << name;
    plain.add(name.substr(18), t);
  }
  const ImageEncoder vit(std::move(plain), "open_clip_pytorch_model.bin");
  EXPECT_EQ(vit.info().activation, "GELU");
  expect_matches(vit, "openclip-vit-b16plus240-tiny", 18);
}

// Swapping the activation is the mistake parity must catch (fixtures README: rel-L2 ≥ 4.6e-3).
TEST(VisionTransformer, TheWrongActivationIsCaught) {
  ImageEncoderParams p{test::data("zoo/clip-vit-b32-tiny/ViT-B-32-tiny.pt")};
  p.vit_activation = VitActivation::kGelu;
  const ImageEncoder wrong(p);
  const auto c = cases("clip-vit-b32-tiny").front();
  const auto got = wrong.encode({as_reference_decodes(c.file)});
  EXPECT_GT(test::relative_l2(got[0], c.embedding), 1e-3);
}

// Each tower's own input size: OpenAI's 224 and OpenCLIP's 240 crops, pixel for pixel, for the
// edge-case images (the seed photos' crops are not stored: their embeddings check them).
TEST(VisionTransformer, CropsAtEachModelsSizeMatchTheReference) {
  for (const auto& [model, size] :
       {std::pair<std::string, int>{"clip-vit-b32-tiny", 224}, {"openclip-vit-b16plus240-tiny", 240}}) {
    int checked = 0;
    for (const auto& c : cases(model)) {
      if (deviates(c) || c.crop.empty() || !std::filesystem::exists(c.crop)) continue;
      const Image8 got = clip_crop(as_reference_decodes(c.file), size);
      const Image8 want = decode_image_file(c.crop).image;
      ASSERT_EQ(got.width, want.width) << c.name;
      ASSERT_EQ(got.height, want.height) << c.name;
      EXPECT_EQ(to_rgb(got).pixels, to_rgb(want).pixels) << model << " " << c.name;
      ++checked;
    }
    EXPECT_EQ(checked, 8) << model;
  }
}

TEST(VisionTransformer, IncompleteFilesAreNamed) {
  StateDict sd = load_state_dict(test::data("zoo/clip-vit-b32-tiny/ViT-B-32-tiny.pt"));
  StateDict cut;
  for (const auto& [name, t] : sd.items())
    if (name != "visual.transformer.resblocks.1.mlp.c_fc.bias") cut.add(name, t);
  try {
    ImageEncoder broken(std::move(cut), "ViT-B-32.pt");
    FAIL() << "loaded without a tensor";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("resblocks.1.mlp.c_fc.bias"), std::string::npos)
        << e.what();
    EXPECT_NE(std::string(e.what()).find("ViT-B-32.pt"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace lingualens
