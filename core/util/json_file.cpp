#include "core/util/json_file.h"

#include <fstream>

#include "core/error.h"
#include "core/util/regular_file.h"

namespace lingualens {

nlohmann::json read_json_object(const std::filesystem::path& file) {
  require_regular_file(file);
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(ErrorKind::kIo, file, "cannot open for reading");
  auto j = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) throw Error(ErrorKind::kBadFormat, file, "is not a JSON object");
  return j;
}

nlohmann::json read_json_object_if_present(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return nlohmann::json::object();
  return read_json_object(file);
}

}  // namespace lingualens
