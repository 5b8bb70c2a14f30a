// Checkpoint formats: the same tensors from torch.save zip, legacy torch.save and
// safetensors files written by the official writer (tests/data/formats/make_formats.py).
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>

#include "core/error.h"
#include "core/weights/checkpoint.h"
#include "core/weights/numpy_pickle.h"
#include "tests/test_util.h"

namespace lingualens {
namespace {

using test::data;

ErrorKind load_error(const std::filesystem::path& file, std::string* message = nullptr) {
  try {
    load_state_dict(file);
  } catch (const Error& e) {
    if (message) *message = e.what();
    EXPECT_NE(std::string(e.what()).find(file.filename().string()), std::string::npos)
        << "error does not name the file: " << e.what();
    return e.kind();
  }
  ADD_FAILURE() << file << " loaded without error";
  return ErrorKind::kInvalidArgument;
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

class CheckpointFormats : public ::testing::TestWithParam<std::string> {};

TEST_P(CheckpointFormats, MatchTorchValuesExactly) {
  const auto file = data("formats/" + GetParam());
  std::ifstream in(data("formats/expected.json"));
  const auto expected = nlohmann::json::parse(in);
  const StateDict sd = load_state_dict(file);
  ASSERT_EQ(sd.size(), expected.size());
  for (const auto& [name, want] : expected.items()) {
    const RawTensor* t = sd.find(name);
    ASSERT_NE(t, nullptr) << name;
    EXPECT_EQ(dtype_name(t->dtype), want["dtype"].get<std::string>()) << name;
    EXPECT_EQ(t->shape, want["shape"].get<std::vector<int64_t>>()) << name;
    const auto values = t->to_float_vector();
    const auto want_values = want["values"].get<std::vector<double>>();
    ASSERT_EQ(values.size(), want_values.size()) << name;
    for (size_t k = 0; k < values.size(); ++k) {
      EXPECT_EQ(values[k], static_cast<float>(want_values[k])) << name << "[" << k << "]";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(AllFormats, CheckpointFormats,
                         ::testing::Values("small_zip.pt", "small_zip_deflated.pt", "small_legacy.pt",
                                           "small.safetensors"));

TEST(Checkpoint, SniffsFormats) {
  EXPECT_EQ(sniff_checkpoint_format(data("formats/small_zip.pt")), CheckpointFormat::kTorchZip);
  EXPECT_EQ(sniff_checkpoint_format(data("formats/small_legacy.pt")), CheckpointFormat::kTorchLegacy);
  EXPECT_EQ(sniff_checkpoint_format(data("formats/small.safetensors")), CheckpointFormat::kSafetensors);
  EXPECT_EQ(sniff_checkpoint_format(data("mbert-tiny/vocab.txt")), CheckpointFormat::kUnknown);
}

TEST(Checkpoint, SharedStorageAndOffsetsSurvive) {
  const StateDict sd = load_state_dict(data("formats/small_zip.pt"));
  const RawTensor* full = sd.find("full");
  const RawTensor* slice = sd.find("slice");
  ASSERT_TRUE(full && slice);
  EXPECT_EQ(full->storage.get(), slice->storage.get());  // one storage, read once
  EXPECT_EQ(slice->offset, 3);
  EXPECT_FALSE(sd.find("transposed")->is_contiguous());
}

TEST(Checkpoint, HuggingFaceBinLoads) {
  const StateDict sd = load_state_dict(data("mbert-tiny/pytorch_model.bin"));
  const RawTensor* pos = sd.find("embeddings.position_ids");
  ASSERT_NE(pos, nullptr);
  EXPECT_EQ(pos->dtype, DType::kI64);
  EXPECT_EQ(pos->shape, (std::vector<int64_t>{1, 512}));
  const RawTensor* we = sd.find("embeddings.word_embeddings.weight");
  ASSERT_NE(we, nullptr);
  EXPECT_EQ(we->shape, (std::vector<int64_t>{119547, 16}));
}

TEST(Checkpoint, MissingFileIsNotFound) {
  EXPECT_EQ(load_error(data("formats/does_not_exist.pt")), ErrorKind::kNotFound);
}

TEST(Checkpoint, RandomBytesAreRejected) {
  EXPECT_EQ(load_error(test::write_temp("garbage.bin", std::string(1000, 'x'))), ErrorKind::kBadFormat);
  EXPECT_EQ(load_error(test::write_temp("empty.bin", "")), ErrorKind::kBadFormat);
}

TEST(Checkpoint, TruncatedFilesAreRejected) {
  for (const char* name : {"small_zip.pt", "small_legacy.pt", "small.safetensors"}) {
    const std::string bytes = read_file(data(std::string("formats/") + name));
    for (size_t cut : {bytes.size() / 3, bytes.size() - 7}) {
      const auto f = test::write_temp(std::string("cut_") + name, bytes.substr(0, cut));
      std::string msg;
      EXPECT_EQ(load_error(f, &msg), ErrorKind::kBadFormat) << name << " cut at " << cut << ": " << msg;
    }
  }
}

TEST(Checkpoint, MaliciousPickleInAnArchiveIsRefused) {
  std::string msg;
  EXPECT_EQ(load_error(data("formats/evil_zip.pt"), &msg), ErrorKind::kUnsupported);
  EXPECT_NE(msg.find("os.system"), std::string::npos) << msg;
}

TEST(Checkpoint, ZipWithoutDataPklIsNotACheckpoint) {
  std::string msg;
  EXPECT_EQ(load_error(data("formats/not_a_checkpoint.zip"), &msg), ErrorKind::kBadFormat);
}

TEST(Checkpoint, SafetensorsHeaderLies) {
  // Header says the tensor spans bytes beyond the file.
  std::string header = R"({"w":{"dtype":"F32","shape":[1000],"data_offsets":[0,4000]}})";
  std::string bytes(8, '\0');
  const uint64_t n = header.size();
  std::memcpy(bytes.data(), &n, 8);
  bytes += header + std::string(16, '\0');
  EXPECT_EQ(load_error(test::write_temp("lying.safetensors", bytes)), ErrorKind::kBadFormat);
  // Shape disagrees with the byte count.
  header = R"({"w":{"dtype":"F32","shape":[3],"data_offsets":[0,16]}})";
  bytes.assign(8, '\0');
  const uint64_t m = header.size();
  std::memcpy(bytes.data(), &m, 8);
  bytes += header + std::string(16, '\0');
  EXPECT_EQ(load_error(test::write_temp("shape.safetensors", bytes)), ErrorKind::kBadFormat);
}

TEST(NumpyPickle, HeadVariantsAgree) {
  const auto ref = load_numpy_array_list(data("mbert-tiny/M-BERT-Base-69 Linear Weights.pkl"));
  ASSERT_EQ(ref.size(), 2u);
  EXPECT_EQ(ref[0].shape, (std::vector<int64_t>{16, 8}));
  EXPECT_EQ(ref[1].shape, (std::vector<int64_t>{8}));
  for (const char* variant : {"p2", "p4", "p5", "fortran"}) {
    const auto arrays = load_numpy_array_list(
        data(std::string("mbert-tiny/M-BERT-Base-69 Linear Weights.") + variant + ".pkl"));
    ASSERT_EQ(arrays.size(), 2u) << variant;
    for (size_t k = 0; k < 2; ++k) {
      EXPECT_EQ(arrays[k].shape, ref[k].shape) << variant;
      EXPECT_EQ(arrays[k].to_float_vector(), ref[k].to_float_vector()) << variant;
    }
  }
}

TEST(NumpyPickle, NotAPickle) {
  try {
    load_numpy_array_list(data("mbert-tiny/config.json"));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadFormat);
    EXPECT_NE(std::string(e.what()).find("config.json"), std::string::npos);
  }
}

}  // namespace
}  // namespace lingualens
