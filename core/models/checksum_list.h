// `<models>/checksums.sha256`: the SHA-256 of every model file placed there (downloaded and
// verified, or imported), in sha256sum's format, so `models verify` can check files that have
// no published checksum. Internal to core/models.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace lingualens {

inline constexpr const char* kChecksumListFile = "checksums.sha256";

// path inside the models folder → lowercase hex SHA-256; empty when there is no list yet.
std::map<std::string, std::string> read_checksum_list(const std::filesystem::path& models_dir);
// Atomic (written beside, then renamed). Throws Error(kIo) naming the file.
void write_checksum_list(const std::filesystem::path& models_dir,
                         const std::map<std::string, std::string>& sums);

}  // namespace lingualens
