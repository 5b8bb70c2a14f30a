// Typed errors shared by every layer. A message always names the file (when there is
// one) and says what is wrong in words a user can act on.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace lingualens {

enum class ErrorKind {
  kInvalidArgument,  // the caller passed something unusable (bad flag value, empty list)
  kNotFound,         // a file or folder that must exist does not
  kIo,               // the OS refused: permission, read error, disk full
  kBadFormat,        // the bytes are not what the file claims to be (corrupt, truncated)
  kUnsupported,      // well-formed but outside what we accept (unknown opcode, dtype, global)
  kMismatch,         // files that do not fit together (shape, size, missing tensor)
  kTooLarge,         // refused before decoding: over a configured limit (decompression bombs)
  kBusy,             // another process holds the resource (a library being indexed)
  kCancelled,        // the caller asked us to stop
};

const char* to_string(ErrorKind kind);

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message);
  Error(ErrorKind kind, const std::filesystem::path& file, const std::string& message);

  ErrorKind kind() const { return kind_; }
  // The file the error is about; empty when it is not about a file.
  const std::filesystem::path& file() const { return file_; }

 private:
  ErrorKind kind_;
  std::filesystem::path file_;
};

}  // namespace lingualens
