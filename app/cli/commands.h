// The lingualens-cli subcommands. Each register_* function adds its subcommands to the
// CLI11 app; the subcommand's callback runs the library call and sets the exit code.
#pragma once

#include <CLI/CLI.hpp>

namespace lingualens::cli {

struct GlobalOptions {
  int threads = 0;       // 0: all cores
  bool verbose = false;  // debug logging on stderr
};

// Exit codes: 0 success, 1 a runtime failure (bad file, unreadable input), 2 usage errors
// (CLI11's own), 3 partial failure (some inputs failed, the others were processed; for `index`:
// files under its folders remain unreadable), 130 interrupted by Ctrl-C (what was finished is
// saved; 128 + SIGINT, as shells report it).
enum ExitCode {
  kExitOk = 0,
  kExitFailure = 1,
  kExitUsage = 2,
  kExitPartial = 3,
  kExitInterrupted = 130
};

void register_text_commands(CLI::App& app, const GlobalOptions& global, int& exit_code);
void register_image_commands(CLI::App& app, const GlobalOptions& global, int& exit_code);
void register_library_commands(CLI::App& app, const GlobalOptions& global, int& exit_code);
void register_eval_commands(CLI::App& app, const GlobalOptions& global, int& exit_code);
void register_model_commands(CLI::App& app, const GlobalOptions& global, int& exit_code);
void register_duplicate_commands(CLI::App& app, const GlobalOptions& global, int& exit_code);
void register_understand_commands(CLI::App& app, const GlobalOptions& global, int& exit_code);
void register_completion_command(CLI::App& app, int& exit_code);
// `models speed`, added to the `models` subcommand.
void add_models_speed_command(CLI::App& models, const GlobalOptions& global, int& exit_code);

}  // namespace lingualens::cli
