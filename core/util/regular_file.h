// Refusing what is not a plain file before opening it. Opening a FIFO for reading blocks until
// a writer appears (a named pipe given as a model file hung every command), and a device such
// as /dev/zero never ends; neither is a file anyone means to load.
#pragma once

#include <filesystem>

namespace lingualens {

// Throws Error naming `file`: kNotFound when it does not exist, kInvalidArgument for a
// folder, kBadFormat for a FIFO, socket or device. Symbolic links are followed.
void require_regular_file(const std::filesystem::path& file);

}  // namespace lingualens
