#include "core/error.h"

namespace lingualens {

const char* to_string(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kInvalidArgument: return "invalid argument";
    case ErrorKind::kNotFound: return "not found";
    case ErrorKind::kIo: return "I/O error";
    case ErrorKind::kBadFormat: return "bad format";
    case ErrorKind::kUnsupported: return "unsupported";
    case ErrorKind::kMismatch: return "mismatch";
    case ErrorKind::kTooLarge: return "too large";
    case ErrorKind::kBusy: return "busy";
    case ErrorKind::kCancelled: return "cancelled";
  }
  return "error";
}

Error::Error(ErrorKind kind, const std::string& message)
    : std::runtime_error(message), kind_(kind) {}

Error::Error(ErrorKind kind, const std::filesystem::path& file, const std::string& message)
    : std::runtime_error(file.string() + ": " + message), kind_(kind), file_(file) {}

}  // namespace lingualens
