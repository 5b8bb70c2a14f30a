#include "core/weights/checkpoint.h"

#include <array>
#include <cstring>
#include <fstream>

#include "core/error.h"
#include "core/util/regular_file.h"
#include "core/weights/formats.h"
#include "core/weights/torch_pickle.h"

namespace lingualens {

CheckpointFormat sniff_checkpoint_format(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) throw Error(ErrorKind::kNotFound, file, "file not found");
  if (std::filesystem::is_directory(file, ec)) {
    throw Error(ErrorKind::kInvalidArgument, file, "is a folder, expected a weights file");
  }
  require_regular_file(file);
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(ErrorKind::kIo, file, "cannot open for reading");
  std::array<unsigned char, 16> head{};
  in.read(reinterpret_cast<char*>(head.data()), head.size());
  const auto got = static_cast<size_t>(in.gcount());
  const auto size = std::filesystem::file_size(file, ec);
  if (got >= 4 && std::memcmp(head.data(), "PK\x03\x04", 4) == 0)
    return CheckpointFormat::kTorchZip;
  if (got >= 2 && head[0] == 0x80 && head[1] >= 2 && head[1] <= 5) {
    return CheckpointFormat::kTorchLegacy;
  }
  if (got >= 9) {
    uint64_t n = 0;
    std::memcpy(&n, head.data(), 8);
    if (n > 0 && n + 8 <= size && head[8] == '{') return CheckpointFormat::kSafetensors;
  }
  return CheckpointFormat::kUnknown;
}

StateDict load_state_dict(const std::filesystem::path& file) {
  StateDict sd;
  switch (sniff_checkpoint_format(file)) {
    case CheckpointFormat::kTorchZip:
      sd = formats::load_torch_zip(file);
      break;
    case CheckpointFormat::kTorchLegacy:
      sd = formats::load_torch_legacy(file);
      break;
    case CheckpointFormat::kSafetensors:
      sd = formats::load_safetensors(file);
      break;
    case CheckpointFormat::kUnknown:
      throw Error(ErrorKind::kBadFormat, file,
                  "not a PyTorch checkpoint, TorchScript archive or safetensors file");
  }
  for (const auto& [name, t] : sd.items())
    t.check_bounds(file.string() + ": tensor '" + name + "'");
  return sd;
}

namespace formats {}  // namespace formats
}  // namespace lingualens
