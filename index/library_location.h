// Where a library and the models live by default, following the XDG base directory spec.
#pragma once

#include <filesystem>
#include <string>

namespace lingualens {

// $XDG_DATA_HOME/lingualens, or ~/.local/share/lingualens when XDG_DATA_HOME is unset.
std::filesystem::path default_data_dir();
// <data dir>/models: the folder the model downloader fills and the apps look in.
std::filesystem::path default_models_dir();
// Where the library of a model pair lives unless chosen: the data folder for the default pair
// (M-BERT-Base-69 with RN50x4, also for an empty or unknown name), <data dir>/libraries/<pair>
// for the others — a library holds one pair's embeddings, so each pair has its own.
std::filesystem::path default_library_dir(const std::string& model_pair = {});

}  // namespace lingualens
