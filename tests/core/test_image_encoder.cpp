// The CLIP ResNet image tower against the reference embeddings of OpenAI's CLIP code for the
// tiny RN fixture (official TorchScript archive format, both dtype layouts).
#include <gtest/gtest.h>

#include "core/error.h"
#include "core/image/clip_preprocess.h"
#include "core/image/decode.h"
#include "core/image/image_encoder.h"
#include "core/weights/checkpoint.h"
#include "tests/test_models.h"

namespace lingualens {
namespace {

const ImageEncoder& tiny() { return test::tiny_image_encoder(); }

struct Case {
  std::string name;
  std::filesystem::path file, crop;
  std::vector<float> embedding;
};

std::vector<Case> cases(const std::string& set) {
  std::vector<Case> out;
  for (const auto& j : test::read_jsonl(test::data("expected/" + set + "/cases.jsonl"))) {
    out.push_back({j["name"],
                   test::data(j["root"].get<std::string>() + "/" + j["file"].get<std::string>()),
                   test::data("expected/clip-rn-tiny/" +
                              test::stored_crop(j.value("crop_png", std::string()))),
                   j["embedding"]});
  }
  return out;
}

TEST(ImageEncoder, InfersTheArchitectureFromTheWeights) {
  const auto& i = tiny().info();
  EXPECT_EQ(i.layers, (std::vector<int>{1, 1, 1, 1}));
  EXPECT_EQ(i.width, 8);
  EXPECT_EQ(i.input_size, 288);
  EXPECT_EQ(i.dim, 16);
  EXPECT_EQ(i.heads, 4);
}

TEST(ImageEncoder, NetworkMatchesReferenceOnReferenceInputs) {
  // Feed the reference crop so that only the network is compared.
  for (const auto& c : cases("clip-rn-tiny")) {
    const Image8 crop = decode_image_file(c.crop).image;
    const auto input = clip_normalize(crop);
    const auto got = tiny().encode_inputs(input.data(), 1);
    EXPECT_GE(test::cosine(got[0], c.embedding), 0.99999) << c.name;
  }
}

TEST(ImageEncoder, EndToEndFromFilesMatchesReference) {
  std::vector<Image8> images;
  std::vector<Case> kept;
  for (const auto& c : cases("clip-rn-tiny")) {
    if (c.name.find("exif_orientation") != std::string::npos ||
        c.name.find("gray16") != std::string::npos)
      continue;
    images.push_back(decode_image_file(c.file).image);
    kept.push_back(c);
  }
  const auto got = tiny().encode(images);  // batches of 8
  for (size_t k = 0; k < kept.size(); ++k) {
    EXPECT_GE(test::cosine(got[k], kept[k].embedding), 0.99999) << kept[k].name;
    EXPECT_LE(test::relative_l2(got[k], kept[k].embedding), 1e-4) << kept[k].name;
  }
}

TEST(ImageEncoder, AllHalfArchiveMatchesItsReference) {
  const ImageEncoder half(ImageEncoderParams{test::data("clip-rn-tiny/RN-tiny-allhalf.pt"), 8});
  for (const auto& c : cases("clip-rn-tiny-allhalf")) {
    if (c.name.find("exif_orientation") != std::string::npos ||
        c.name.find("gray16") != std::string::npos)
      continue;
    const auto got = half.encode({decode_image_file(c.file).image});
    EXPECT_GE(test::cosine(got[0], c.embedding), 0.99999) << c.name;
  }
}

TEST(ImageEncoder, BatchedEqualsSingle) {
  std::vector<Image8> images;
  for (const char* f : {"red apple.jpg", "bananas.jpg", "sad.jpg"}) {
    images.push_back(decode_image_file(test::data(std::string("images-seed/") + f)).image);
  }
  const auto batched = tiny().encode(images);
  for (size_t k = 0; k < images.size(); ++k) {
    EXPECT_GE(test::cosine(tiny().encode({images[k]})[0], batched[k]), 0.99999);
  }
}

ErrorKind load_error(const std::filesystem::path& file, std::string* msg = nullptr) {
  try {
    ImageEncoder enc(ImageEncoderParams{file, 8});
  } catch (const Error& e) {
    if (msg) *msg = e.what();
    EXPECT_NE(std::string(e.what()).find(file.filename().string()), std::string::npos) << e.what();
    return e.kind();
  }
  ADD_FAILURE() << "loaded " << file;
  return ErrorKind::kInvalidArgument;
}

TEST(ImageEncoder, NonClipArchiveIsRefused) {
  std::string msg;
  EXPECT_EQ(load_error(test::data("mbert-tiny/pytorch_model.bin"), &msg), ErrorKind::kMismatch);
  EXPECT_NE(msg.find("CLIP"), std::string::npos) << msg;
}

TEST(ImageEncoder, TruncatedArchiveIsRefused) {
  std::ifstream in(test::data("clip-rn-tiny/RN-tiny.pt"), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(load_error(test::write_temp("RN-cut.pt", bytes.substr(0, bytes.size() * 2 / 3))),
            ErrorKind::kBadFormat);
}

TEST(ImageEncoder, MissingOrMisshapenTensor) {
  StateDict sd = load_state_dict(test::data("clip-rn-tiny/RN-tiny.pt"));
  StateDict missing;
  StateDict misshapen;
  for (const auto& [name, t] : sd.items()) {
    if (name != "visual.layer3.0.conv2.weight") missing.add(name, t);
    RawTensor copy = t;
    if (name == "visual.attnpool.k_proj.bias") copy.shape = {copy.shape[0] / 2};
    misshapen.add(name, copy);
  }
  try {
    ImageEncoder enc(std::move(missing), "RN-missing.pt");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kMismatch);
    EXPECT_NE(std::string(e.what()).find("visual.layer3.0.conv2.weight"), std::string::npos)
        << e.what();
  }
  try {
    ImageEncoder enc(std::move(misshapen), "RN-misshapen.pt");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kMismatch);
    EXPECT_NE(std::string(e.what()).find("attnpool.k_proj.bias"), std::string::npos) << e.what();
  }
}

TEST(ImageEncoder, StateDictWithoutVisualPrefixLoads) {
  StateDict visual =
      load_state_dict(test::data("clip-rn-tiny/RN-tiny.pt")).with_prefix_stripped("visual.");
  ImageEncoder enc(std::move(visual), "visual-only.pt");
  const Image8 img = decode_image_file(test::data("images-seed/red apple.jpg")).image;
  EXPECT_EQ(enc.encode({img})[0], tiny().encode({img})[0]);
}

}  // namespace
}  // namespace lingualens

namespace lingualens {
namespace {

TEST(ImageEncoder, OpenClipHubCopyGivesTheSameModelAndEmbeddings) {
  // OpenAI's RN50x4 now also comes from the Hugging Face Hub in OpenCLIP's layout: a fp32
  // safetensors state dict without OpenAI's integer entries (made by
  // tests/data/clip-rn-tiny/make_openclip_copy.py from the tiny archive).
  const ImageEncoder hub(
      ImageEncoderParams{test::data("clip-rn-tiny/openclip/open_clip_model.safetensors"), 8});
  const ImageEncoder& openai = test::tiny_image_encoder();
  EXPECT_EQ(hub.info().architecture, openai.info().architecture);
  EXPECT_EQ(hub.info().fingerprint, openai.info().fingerprint);  // one model for the library
  std::vector<Image8> images;
  for (const char* name : {"images-seed/sad.jpg", "images-seed/bananas.jpg",
                           "images-public/cmyk.jpg", "images-public/palette_P.png"}) {
    images.push_back(decode_image_file(test::data(name)).image);
  }
  const auto a = openai.encode(images), b = hub.encode(images);
  ASSERT_EQ(a.size(), b.size());
  for (size_t k = 0; k < a.size(); ++k) EXPECT_EQ(a[k], b[k]) << k;  // bit for bit
}

}  // namespace
}  // namespace lingualens
