// lingualens-cli encode-image / preprocess
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/model_options.h"
#include "core/image/encode_files.h"
#include "core/runtime.h"
#include "core/util/npy.h"

namespace lingualens::cli {
namespace {

struct ImageCommandOptions {
  ModelOptions model;
  std::vector<std::string> images;
  std::string out;
  bool json = false;
  bool ignore_exif = false;
  double max_megapixels = 200;
  int batch = kDefaultImageBatch;
};

void add_decode_options(CLI::App& cmd, ImageCommandOptions& o) {
  cmd.add_flag("--ignore-exif-orientation", o.ignore_exif,
               "Encode the stored pixels as they are, like the reference (default: rotate "
               "photos upright as their EXIF orientation says)");
  cmd.add_option("--max-megapixels", o.max_megapixels,
                 "Refuse larger images before decoding them (decompression bombs)")
      ->check(CLI::PositiveNumber);
}

DecodeOptions decode_options(const ImageCommandOptions& o) {
  DecodeOptions d;
  d.apply_exif_orientation = !o.ignore_exif;
  d.max_pixels = static_cast<int64_t>(o.max_megapixels * 1e6);
  return d;
}

int run_encode_image(const ImageCommandOptions& o) {
  const ImageEncoder encoder(ImageEncoderParams{o.model.image_model_path(), o.batch});
  std::vector<std::filesystem::path> paths(o.images.begin(), o.images.end());
  EncodeFilesParams params;
  params.decode = decode_options(o);
  const auto results = encode_image_files(encoder, paths, params);
  size_t failed = 0;
  for (const auto& r : results) {
    if (!r.embedding) {
      ++failed;
      if (!o.json) spdlog::error("{}", r.error);
    }
  }
  if (o.json) {
    nlohmann::json j;
    j["dim"] = encoder.dim();
    j["embeddings"] = nlohmann::json::array();
    j["errors"] = nlohmann::json::array();
    for (const auto& r : results) {
      if (r.embedding) {
        j["embeddings"].push_back(*r.embedding);
      } else {
        j["embeddings"].push_back(nullptr);
        j["errors"].push_back(
            {{"path", r.path.string()}, {"error", r.error}, {"kind", to_string(r.error_kind)}});
      }
    }
    std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    for (const auto& r : results) {
      if (!r.embedding) continue;
      std::string line = r.path.string() + "\t";
      char buf[32];
      for (float v : *r.embedding) {
        std::snprintf(buf, sizeof buf, "%s%.9g", line.back() == '\t' ? "" : " ",
                      static_cast<double>(v));
        line += buf;
      }
      std::cout << line << "\n";
    }
  }
  if (failed == 0) return kExitOk;
  return failed == results.size() ? kExitFailure : kExitPartial;
}

int run_preprocess(const ImageCommandOptions& o) {
  const ImageEncoder encoder(ImageEncoderParams{o.model.image_model_path(), 1});
  const auto decoded = decode_image_file(o.images.at(0), decode_options(o));
  NpyArray a;
  const int s = encoder.input_size();
  a.shape = {3, s, s};
  a.data = encoder.preprocess(decoded.image);
  write_npy(o.out, a);
  spdlog::info("{}: {}x{} {} → {} ({}x{}x{} float32)", o.images[0], decoded.image.width,
               decoded.image.height, mode_name(decoded.image.mode), o.out, 3, s, s);
  return kExitOk;
}

}  // namespace

void register_image_commands(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto enc_opts = std::make_shared<ImageCommandOptions>();
  auto* enc =
      app.add_subcommand("encode-image", "Print each image's raw (not normalised) embedding");
  enc_opts->model.add_to(*enc, true, false, false);
  enc->add_option("images", enc_opts->images, "Image files")->required()->type_name("FILE");
  enc->add_flag("--json", enc_opts->json, "Machine-readable JSON on stdout");
  enc->add_option("--batch", enc_opts->batch, "Images per forward pass")->check(CLI::Range(1, 256));
  add_decode_options(*enc, *enc_opts);
  enc->callback([enc_opts, &global, &exit_code] {
    configure_compute_threads(global.threads);
    exit_code = run_encode_image(*enc_opts);
  });

  auto pre_opts = std::make_shared<ImageCommandOptions>();
  auto* pre =
      app.add_subcommand("preprocess", "Write the network input of an image (float32 3xHxW .npy)");
  pre_opts->model.add_to(*pre, true, false, false);
  pre->add_option("image", pre_opts->images, "Image file")
      ->required()
      ->expected(1)
      ->type_name("FILE");
  pre->add_option("--out", pre_opts->out, "Output .npy file")->required()->type_name("FILE");
  add_decode_options(*pre, *pre_opts);
  pre->callback([pre_opts, &exit_code] { exit_code = run_preprocess(*pre_opts); });
}

}  // namespace lingualens::cli
