#include "index/float_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <random>

#include "core/error.h"

namespace lingualens {
namespace {

std::string random_tag() {
  std::random_device rd;
  const uint64_t v = (uint64_t(rd()) << 32) ^ rd();
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

std::string os_error() { return std::strerror(errno); }

// All `bytes` at `offset`, written from or read into `data` (short transfers and EINTR resumed).
void transfer(int fd, float* data, int64_t bytes, int64_t offset, bool write,
              const std::filesystem::path& path) {
  auto* p = reinterpret_cast<char*>(data);
  while (bytes > 0) {
    const auto chunk = static_cast<size_t>(std::min<int64_t>(bytes, int64_t{1} << 26));
    const ssize_t n = write ? ::pwrite(fd, p, chunk, offset) : ::pread(fd, p, chunk, offset);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0)
      throw Error(ErrorKind::kIo, path,
                  std::string(write ? "cannot write" : "cannot read") + " the vector store: " +
                      (n == 0 ? std::string("unexpected end of file") : os_error()));
    p += n;
    offset += n;
    bytes -= n;
  }
}

}  // namespace

std::filesystem::path FloatStore::file_for(const std::filesystem::path& dir,
                                           const std::string& tag) {
  return dir / ("vectors-" + tag + ".f32");
}

std::unique_ptr<FloatStore> FloatStore::create(const std::filesystem::path& dir, int dim) {
  std::unique_ptr<FloatStore> s(new FloatStore());
  s->dim_ = dim;
  s->tag_ = random_tag();
  s->writable_ = true;
  for (const auto& where : {dir, std::filesystem::temp_directory_path()}) {
    if (where.empty()) continue;
    s->path_ = file_for(where, s->tag_);
    s->fd_ = ::open(s->path_.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (s->fd_ >= 0) break;
  }
  if (s->fd_ < 0)
    throw Error(ErrorKind::kIo, s->path_, "cannot create the vector store: " + os_error());
  return s;
}

std::unique_ptr<FloatStore> FloatStore::open(const std::filesystem::path& dir,
                                             const std::string& tag, int dim, int64_t rows) {
  if (tag.empty() || tag.find('/') != std::string::npos || dim <= 0 || rows < 0) return nullptr;
  std::unique_ptr<FloatStore> s(new FloatStore());
  s->dim_ = dim;
  s->tag_ = tag;
  s->keep_ = true;
  s->path_ = file_for(dir, tag);
  s->fd_ = ::open(s->path_.c_str(), O_RDWR | O_CLOEXEC);
  if (s->fd_ >= 0) {
    s->writable_ = true;
  } else {
    s->fd_ = ::open(s->path_.c_str(), O_RDONLY | O_CLOEXEC);  // a library on read-only media
    if (s->fd_ < 0) return nullptr;
  }
  struct stat st {};
  if (::fstat(s->fd_, &st) != 0 || st.st_size < rows * dim * static_cast<int64_t>(sizeof(float)))
    return nullptr;
  s->rows_ = rows;
  return s;
}

FloatStore::~FloatStore() {
  if (fd_ >= 0) ::close(fd_);
  if (!keep_ && !path_.empty()) {
    std::error_code ec;
    std::filesystem::remove(path_, ec);
  }
}

bool FloatStore::in(const std::filesystem::path& dir) const {
  std::error_code ec;
  return std::filesystem::equivalent(path_.parent_path(), dir, ec) && !ec;
}

int64_t FloatStore::append(const float* vectors, int64_t count) {
  if (!writable_) throw Error(ErrorKind::kIo, path_, "the vector store is read-only");
  const int64_t row_bytes = dim_ * static_cast<int64_t>(sizeof(float));
  struct stat st {};
  if (::fstat(fd_, &st) != 0) throw Error(ErrorKind::kIo, path_, os_error());
  // Rows end where the file ends (other writers may have appended); a torn last row from a
  // crash is skipped over, never read.
  const int64_t first = (st.st_size + row_bytes - 1) / row_bytes;
  transfer(fd_, const_cast<float*>(vectors), count * row_bytes, first * row_bytes, true, path_);
  rows_ = first + count;
  return first;
}

void FloatStore::sync() {
  if (writable_ && ::fdatasync(fd_) != 0)
    throw Error(ErrorKind::kIo, path_, "cannot flush the vector store: " + os_error());
}

void FloatStore::read(int64_t first, int64_t count, float* out) const {
  const int64_t row_bytes = dim_ * static_cast<int64_t>(sizeof(float));
  transfer(fd_, out, count * row_bytes, first * row_bytes, false, path_);
}

}  // namespace lingualens
