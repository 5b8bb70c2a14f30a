#include "core/util/trash.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>

#include "core/error.h"

namespace lingualens {
namespace fs = std::filesystem;
namespace {

dev_t device_of(const fs::path& p) {
  struct stat st {};
  return ::lstat(p.c_str(), &st) == 0 ? st.st_dev : 0;
}

fs::path home_trash() {
  const char* data = std::getenv("XDG_DATA_HOME");
  if (data && *data) return fs::path(data) / "Trash";
  const char* home = std::getenv("HOME");
  return fs::path(home ? home : "/") / ".local/share/Trash";
}

// The mount point holding `p`: the highest ancestor on the same device.
fs::path top_dir(const fs::path& p) {
  const dev_t dev = device_of(p);
  fs::path top = p.parent_path();
  while (top.has_parent_path() && top != top.parent_path() && device_of(top.parent_path()) == dev)
    top = top.parent_path();
  return top;
}

// Spec: "Path" percent-encodes the path as in a URL (RFC 2396), '/' kept.
std::string percent_encoded(const std::string& path) {
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || std::strchr("/-_.~", c)) {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

std::string percent_decoded(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

bool usable_trash(const fs::path& trash) {
  std::error_code ec;
  fs::create_directories(trash / "files", ec);
  fs::create_directories(trash / "info", ec);
  return ::access((trash / "files").c_str(), W_OK) == 0 &&
         ::access((trash / "info").c_str(), W_OK) == 0;
}

// The trash for a file on this drive (spec: "Trash directories").
fs::path trash_for(const fs::path& file) {
  const fs::path home = home_trash();
  std::error_code ec;
  fs::create_directories(home, ec);
  if (device_of(home) == device_of(file) && usable_trash(home)) return home;
  const fs::path top = top_dir(file);
  const std::string uid = std::to_string(::getuid());
  struct stat st {};
  const fs::path admin = top / ".Trash";
  if (::lstat(admin.c_str(), &st) == 0 && S_ISDIR(st.st_mode) && (st.st_mode & S_ISVTX) &&
      usable_trash(admin / uid))
    return admin / uid;
  const fs::path own = top / (".Trash-" + uid);
  if (usable_trash(own)) return own;
  throw Error(ErrorKind::kIo, file, "there is no trash this file can be moved to on its drive");
}

}  // namespace

fs::path move_to_trash(const fs::path& file_in) {
  const fs::path file = fs::absolute(file_in).lexically_normal();
  struct stat st {};
  if (::lstat(file.c_str(), &st) != 0) throw Error(ErrorKind::kNotFound, file, "no such file");
  const fs::path trash = trash_for(file);
  const std::string stem = file.stem().string(), ext = file.extension().string();
  char when[32];
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &local);
  for (int n = 1; n < 100000; ++n) {
    const std::string name =
        n == 1 ? file.filename().string() : stem + " (" + std::to_string(n) + ")" + ext;
    const fs::path info = trash / "info" / (name + ".trashinfo");
    // Creating the info file exclusively reserves the name (spec: "atomic creation").
    const int fd = ::open(info.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0) {
      if (errno == EEXIST) continue;
      throw Error(ErrorKind::kIo, info, std::string("cannot write: ") + std::strerror(errno));
    }
    const std::string text =
        "[Trash Info]\nPath=" + percent_encoded(file.string()) + "\nDeletionDate=" + when + "\n";
    const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    ::close(fd);
    const fs::path target = trash / "files" / name;
    if (!written || ::rename(file.c_str(), target.c_str()) != 0) {
      const std::string why = std::strerror(errno);
      ::unlink(info.c_str());
      throw Error(ErrorKind::kIo, file, "cannot move it to the trash: " + why);
    }
    return target;
  }
  throw Error(ErrorKind::kIo, trash, "the trash holds too many files of this name");
}

fs::path restore_from_trash(const fs::path& trashed) {
  const fs::path info =
      trashed.parent_path().parent_path() / "info" / (trashed.filename().string() + ".trashinfo");
  std::ifstream in(info);
  std::string line, original;
  while (std::getline(in, line))
    if (line.rfind("Path=", 0) == 0) original = percent_decoded(line.substr(5));
  if (original.empty()) throw Error(ErrorKind::kIo, info, "not a trash info file");
  std::error_code ec;
  if (fs::exists(original, ec))
    throw Error(ErrorKind::kIo, original, "cannot restore: a file of this name is there again");
  fs::create_directories(fs::path(original).parent_path(), ec);
  if (::rename(trashed.c_str(), original.c_str()) != 0)
    throw Error(ErrorKind::kIo, original, std::string("cannot restore: ") + std::strerror(errno));
  ::unlink(info.c_str());
  return original;
}

}  // namespace lingualens
