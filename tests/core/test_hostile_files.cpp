// Findings from attacking LinguaLens with crafted files (tests/data/hostile/make_hostile.py):
// each must end in a clear error naming the file, quickly and within bounded memory — never
// a crash, a hang, or a read past the end of a mapping.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <fstream>

#include "core/error.h"
#include "core/eval/eval_set.h"
#include "core/image/decode.h"
#include "core/text/bert_config.h"
#include "core/util/mapped_file.h"
#include "core/weights/checkpoint.h"
#include "core/weights/formats.h"
#include "core/weights/zip_index.h"
#include "tests/test_util.h"

namespace lingualens {
namespace {

namespace fs = std::filesystem;

fs::path hostile(const std::string& name) { return test::data("hostile/" + name); }

// Runs `load` and returns the Error it throws (failing the test when it throws nothing).
template <typename F>
Error error_of(F&& load) {
  try {
    load();
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << "no error";
  return Error(ErrorKind::kInvalidArgument, "none");
}

TEST(HostileFiles, ChainOfNestedParametersIsRefusedWithoutRecursing) {
  // 100,000 nested _rebuild_parameter calls overflowed the stack of every command.
  const Error e = error_of([] { load_state_dict(hostile("param_chain_100k.pt")); });
  EXPECT_EQ(e.kind(), ErrorKind::kBadFormat);
  EXPECT_NE(std::string(e.what()).find("param_chain_100k.pt"), std::string::npos) << e.what();
  EXPECT_NE(std::string(e.what()).find("nested too deeply"), std::string::npos) << e.what();
}

TEST(HostileFiles, ObjectSharedUnderManyNamesIsRefusedQuickly) {
  // One dict under two keys, 60 levels deep: 2^60 paths; it hung and grew to 14 GB.
  const auto t0 = std::chrono::steady_clock::now();
  const Error e = error_of([] { load_state_dict(hostile("shared_dict_60.pt")); });
  EXPECT_EQ(e.kind(), ErrorKind::kBadFormat);
  EXPECT_NE(std::string(e.what()).find("shared objects"), std::string::npos) << e.what();
  // Bounded work (a million visits at most), not a timing test: generous on any machine.
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(60));
}

TEST(HostileFiles, Zip64ExtraFieldRunningPastItsEndIsNotRead) {
  const auto mapped = MappedFile::open(hostile("zip64_extra_overrun.zip"));
  EXPECT_FALSE(read_zip_index(*mapped).has_value());  // ASan reported the overread before
}

TEST(HostileFiles, InflationIsCappedBeforeAnythingIsAllocated) {
  // 64 KiB of "deflated" tensor data declaring 2.3 GB.
  const Error e = error_of([] { load_state_dict(hostile("inflates_to_2g.pt")); });
  EXPECT_EQ(e.kind(), ErrorKind::kBadFormat);
  EXPECT_NE(std::string(e.what()).find("decompression bomb"), std::string::npos) << e.what();
}

TEST(HostileFiles, SafetensorsHeaderOverTheCapIsRefusedUnparsed) {
  // A 100 MB header (the file is sparse: no disk is used) cost 4 GB to parse.
  const fs::path file = test::scratch() / "huge-header.safetensors";
  {
    std::ofstream out(file, std::ios::binary);
    const uint64_t header = 100u << 20;
    out.write(reinterpret_cast<const char*>(&header), 8);
  }
  fs::resize_file(file, 8 + (100u << 20) + 16);
  const Error e = error_of([&] { formats::load_safetensors(file); });
  EXPECT_EQ(e.kind(), ErrorKind::kTooLarge);
  EXPECT_NE(std::string(e.what()).find("16 MB"), std::string::npos) << e.what();
}

TEST(HostileFiles, TiffSizeGuardSeesTheLargerOfDuplicateWidths) {
  // ImageWidth 30000 then 16: the guard read 16 and libtiff decoded 900 MP.
  const Error e = error_of([] { decode_image_file(hostile("tiff_duplicate_width.tiff")); });
  EXPECT_EQ(e.kind(), ErrorKind::kTooLarge) << e.what();
  EXPECT_NE(std::string(e.what()).find("30000x30000"), std::string::npos) << e.what();
}

TEST(HostileFiles, Os2BitmapDecodesAtItsRealSize) {
  // Its 16-bit header fields were read as 32-bit: refused as 262148x1572865.
  const DecodedImage d = decode_image_file(hostile("os2_4x4.bmp"));
  ASSERT_EQ(d.image.width, 4);
  ASSERT_EQ(d.image.height, 4);
  // Bottom-up rows: the file's row y is the image's row 3 - y; blue = 10y, red = 50 + 40x.
  for (int y = 0; y < 4; ++y) {
    for (int x = 0; x < 4; ++x) {
      const uint8_t* px = d.image.row(3 - y) + 3 * x;
      EXPECT_EQ(px[0], 50 + 40 * x);
      EXPECT_EQ(px[1], 100);
      EXPECT_EQ(px[2], 10 * y);
    }
  }
}

TEST(HostileFiles, NamedPipeAsAModelFileIsRefusedNotWaitedOn) {
  const fs::path fifo = test::scratch() / "RN50x4.pt";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  for (auto load : std::initializer_list<std::function<void()>>{
           [&] { load_state_dict(fifo); }, [&] { BertConfig::load(fifo); },
           [&] { MappedFile::open(fifo); }, [&] { load_eval_set(fifo); }}) {
    const Error e = error_of(load);
    EXPECT_NE(std::string(e.what()).find(fifo.string()), std::string::npos) << e.what();
  }
}

TEST(HostileFiles, LanguageCodesThatWouldNameFilesElsewhereAreRefused) {
  for (const char* set : {"eval_lang_traversal.json", "eval_lang_absolute.tsv"}) {
    const Error e = error_of([&] { load_eval_set(hostile(set)); });
    EXPECT_EQ(e.kind(), ErrorKind::kBadFormat) << set;
    EXPECT_NE(std::string(e.what()).find("not a language code"), std::string::npos) << e.what();
  }
  for (const char* good : {"en", "sv", "zh-Hans", "sr-Latn-RS", "kn", "yue"})
    EXPECT_TRUE(is_language_tag(good)) << good;
  for (const char* bad : {"../../X", "/abs/X", "e", "en-", "-en", "en..", "a.b", "en/sv", "", "1a"})
    EXPECT_FALSE(is_language_tag(bad)) << bad;
}

TEST(HostileFiles, ConfigWithANegativeLayerNormEpsilonIsRefused) {
  // It made every text embedding NaN, which was then stored and searched.
  const auto file = test::write_temp("config.json", R"({"vocab_size": 10, "hidden_size": 4,
      "num_hidden_layers": 1, "num_attention_heads": 1, "intermediate_size": 4,
      "layer_norm_eps": -1})");
  const Error e = error_of([&] { BertConfig::load(file); });
  EXPECT_EQ(e.kind(), ErrorKind::kBadFormat);
  EXPECT_NE(std::string(e.what()).find("layer_norm_eps"), std::string::npos) << e.what();
}

}  // namespace
}  // namespace lingualens
