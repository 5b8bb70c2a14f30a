// lingualens-cli: parse arguments, wire the subcommands, report errors.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <iostream>
#include <thread>

#include "app/cli/commands.h"
#include "core/error.h"

int main(int argc, char** argv) {
  using namespace lingualens;
  auto log = spdlog::stderr_color_mt("lingualens");
  log->set_pattern("%^%l%$: %v");
  spdlog::set_default_logger(log);

  CLI::App app{"LinguaLens: search your photos by describing them, in any of 69 languages"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "lingualens-cli " LINGUALENS_VERSION);
  app.fallthrough();
  cli::GlobalOptions global;
  app.add_option("--threads", global.threads, "Compute threads (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  app.add_flag("-v,--verbose", global.verbose, "Log more detail to stderr");
  app.parse_complete_callback([&] {
    if (global.verbose) spdlog::set_level(spdlog::level::debug);
    // More threads than the hardware runs at once only adds switching (10000 ran for minutes).
    const int hardware = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    if (global.threads > hardware) {
      spdlog::warn("--threads {}: this machine runs {} threads at once; using {}", global.threads,
                   hardware, hardware);
      global.threads = hardware;
    }
  });
  int exit_code = cli::kExitOk;
  cli::register_text_commands(app, global, exit_code);
  cli::register_image_commands(app, global, exit_code);
  cli::register_library_commands(app, global, exit_code);
  cli::register_eval_commands(app, global, exit_code);
  cli::register_model_commands(app, global, exit_code);
  cli::register_duplicate_commands(app, global, exit_code);
  cli::register_understand_commands(app, global, exit_code);
  cli::register_completion_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : cli::kExitUsage;
  } catch (const Error& e) {
    spdlog::error("{}", e.what());
    return cli::kExitFailure;
  } catch (const std::exception& e) {
    spdlog::error("unexpected failure: {}", e.what());
    return cli::kExitFailure;
  }
  return exit_code;
}
