#include "core/util/regular_file.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "core/error.h"

namespace lingualens {

void require_regular_file(const std::filesystem::path& file) {
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) {
    const int err = errno;
    if (err == ENOENT || err == ENOTDIR) throw Error(ErrorKind::kNotFound, file, "file not found");
    throw Error(ErrorKind::kIo, file, std::string("cannot read: ") + std::strerror(err));
  }
  if (S_ISDIR(st.st_mode))
    throw Error(ErrorKind::kInvalidArgument, file, "is a folder, expected a file");
  if (!S_ISREG(st.st_mode)) {
    throw Error(ErrorKind::kBadFormat, file,
                "not a regular file (a named pipe, socket or device); refusing to read it");
  }
}

}  // namespace lingualens
