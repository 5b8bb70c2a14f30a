// Placing model files someone already has (a USB stick, another machine, a browser download)
// into the models folder: the way to set up a machine that cannot reach the sources.
//
// Each file is recognised by its checksum (the one its publisher gives: OpenAI's RN50x4.pt) or,
// for files without a published checksum, by its name as the manifest knows it (config.json,
// the head .pkl, the Hub's pytorch_model.bin…); such a file must at least read as what it
// claims to be. A file whose name promises a published checksum it does not have is refused.
// Accepted files are copied in (never moved: the source stays), and their checksum recorded
// for `models verify`. A folder given is imported file by file.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/models/model_manifest.h"

namespace lingualens {

struct ImportReport {
  std::filesystem::path from;
  std::string path;  // where it went, inside the models folder; empty when refused
  bool placed = false;
  bool verified = false;  // against a published checksum (else: recognised by name and format)
  bool ignored = false;   // inside a given folder and not a model file (README.md…): skipped
  std::string message;    // why it was refused, or what was checked
};

// Throws Error only for the models folder itself (cannot create or write it); a bad given file
// is a report, not an exception.
std::vector<ImportReport> import_models(const std::filesystem::path& models_dir,
                                        const ModelManifest& manifest,
                                        const std::vector<std::filesystem::path>& files);

}  // namespace lingualens
