// `lingualens-cli models speed`: what a model pair costs on this machine (images/s through the
// image network, one query's time, the models' memory and load times), by a short run.
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/model_options.h"
#include "core/models/pair_speed.h"
#include "core/runtime.h"

namespace lingualens::cli {
namespace {

struct SpeedOptions {
  ModelOptions model;
  int images = 8;
  int queries = 8;
  bool json = false;
};

int run_speed(const SpeedOptions& o, const GlobalOptions& global) {
  configure_compute_threads(global.threads);
  PairSpeedParams p;
  p.image.weights_file = o.model.image_model_path();
  p.text = o.model.text_params();
  p.images = o.images;
  p.queries = o.queries;
  const PairSpeed s = measure_pair_speed(p);
  constexpr double kMiB = 1024.0 * 1024.0;
  if (o.json) {
    std::cout << nlohmann::json{{"image_model", p.image.weights_file.string()},
                                {"text_model", p.text.model_dir.string()},
                                {"images_per_second", s.images_per_second},
                                {"query_ms", s.query_ms},
                                {"image_load_seconds", s.image_load_seconds},
                                {"text_load_seconds", s.text_load_seconds},
                                {"image_model_mb", s.image_model_bytes / kMiB},
                                {"text_model_mb", s.text_model_bytes / kMiB}}
                     .dump()
              << "\n";
    return kExitOk;
  }
  std::cout << "image model  " << p.image.weights_file.string() << "\n"
            << "             " << s.images_per_second << " images/s (network only; decoding "
            << "photos comes on top), loads in " << s.image_load_seconds << " s, "
            << static_cast<long long>(s.image_model_bytes / kMiB) << " MB in memory\n"
            << "text model   " << p.text.model_dir.string() << "\n"
            << "             " << s.query_ms << " ms per query, loads in " << s.text_load_seconds
            << " s, " << static_cast<long long>(s.text_model_bytes / kMiB) << " MB in memory\n";
  return kExitOk;
}

}  // namespace

void add_models_speed_command(CLI::App& models, const GlobalOptions& global, int& exit_code) {
  auto o = std::make_shared<SpeedOptions>();
  auto* cmd = models.add_subcommand(
      "speed", "Measure a model pair on this machine: images/s, ms per query, memory");
  o->model.add_to(*cmd, true, true, true);
  cmd->add_option("--images", o->images, "Images in the timed run")->check(CLI::Range(1, 256));
  cmd->add_option("--queries", o->queries, "Queries in the timed run")->check(CLI::Range(1, 256));
  cmd->add_flag("--json", o->json, "Machine-readable JSON on stdout");
  cmd->callback([o, &global, &exit_code] { exit_code = run_speed(*o, global); });
}

}  // namespace lingualens::cli
