#include "core/models/checksum_list.h"

#include <fstream>

#include "core/error.h"

namespace lingualens {

std::map<std::string, std::string> read_checksum_list(const std::filesystem::path& dir) {
  std::map<std::string, std::string> out;
  std::ifstream in(dir / kChecksumListFile);
  std::string line;
  while (std::getline(in, line)) {
    if (line.size() > 66 && line[64] == ' ') out[line.substr(66)] = line.substr(0, 64);
  }
  return out;
}

void write_checksum_list(const std::filesystem::path& dir,
                         const std::map<std::string, std::string>& sums) {
  const auto tmp = dir / (std::string(kChecksumListFile) + ".tmp");
  {
    std::ofstream out(tmp, std::ios::trunc);
    for (const auto& [path, sum] : sums) out << sum << "  " << path << "\n";
    if (!out) throw Error(ErrorKind::kIo, tmp, "cannot write the checksum list (disk full?)");
  }
  std::error_code ec;
  std::filesystem::rename(tmp, dir / kChecksumListFile, ec);
  if (ec) throw Error(ErrorKind::kIo, dir / kChecksumListFile, "cannot replace: " + ec.message());
}

}  // namespace lingualens
