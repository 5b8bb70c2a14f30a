// libFuzzer target: the zip central-directory reader used to map PyTorch archives.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "core/error.h"
#include "core/util/mapped_file.h"
#include "core/weights/zip_index.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/lingualens-fuzz-zip-" + std::to_string(::getpid());
  if (FILE* f = std::fopen(path.c_str(), "wb")) {
    std::fwrite(data, 1, size, f);
    std::fclose(f);
  }
  try {
    const auto mapped = lingualens::MappedFile::open(path);
    lingualens::read_zip_index(*mapped);
  } catch (const lingualens::Error&) {
  }
  return 0;
}
