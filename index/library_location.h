// Where a library and the models live by default, following the XDG base directory spec.
#pragma once

#include <filesystem>

namespace lingualens {

// $XDG_DATA_HOME/lingualens, or ~/.local/share/lingualens when XDG_DATA_HOME is unset.
std::filesystem::path default_data_dir();
// <data dir>/models: the folder the model downloader fills and the apps look in.
std::filesystem::path default_models_dir();

}  // namespace lingualens
