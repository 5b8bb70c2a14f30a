// Options every library subcommand takes: --library (default: the user's data folder) and
// --json.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>

#include "app/cli/model_options.h"
#include "index/library_location.h"

namespace lingualens::cli {

struct LibraryOptions {
  ModelOptions model;
  std::string library;
  bool json = false;
  std::filesystem::path dir() const {
    // Each model pair has its own library unless one is chosen.
    return std::filesystem::absolute(library.empty() ? default_library_dir(model.model_pair)
                                                     : std::filesystem::path(library));
  }
};

inline void add_library_options(CLI::App& cmd, LibraryOptions& o) {
  cmd.add_option("--library", o.library,
                 "Library folder (default: " + default_data_dir().string() +
                     "; another --model-pair: its own, in " +
                     (default_data_dir() / "libraries").string() + ")")
      ->type_name("DIR");
  cmd.add_flag("--json", o.json, "Machine-readable JSON on stdout");
}

}  // namespace lingualens::cli
