// Runs lingualens-cli in a child process (for crash, concurrency and disk-full tests).
#pragma once

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern char** environ;

namespace lingualens::test {

// Starts `lingualens-cli ARGS` with stdout discarded and stderr sent to `stderr_file` (or
// discarded). `shell_prefix` (e.g. "ulimit -f 100; trap '' XFSZ;") runs it through /bin/sh.
inline pid_t spawn_cli(const std::vector<std::string>& args, const std::string& stderr_file = "",
                       const std::string& shell_prefix = "") {
  std::vector<std::string> full;
  if (shell_prefix.empty()) {
    full.push_back(LINGUALENS_CLI);
    full.insert(full.end(), args.begin(), args.end());
  } else {
    std::string cmd = shell_prefix + " exec \"$0\"";
    for (size_t i = 0; i < args.size(); ++i) cmd += " \"${" + std::to_string(i + 1) + "}\"";
    full = {"/bin/sh", "-c", cmd, LINGUALENS_CLI};
    full.insert(full.end(), args.begin(), args.end());
  }
  std::vector<char*> argv;
  for (auto& a : full) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, stderr_file.empty() ? "/dev/null" : stderr_file.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  if (posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ) != 0) pid = -1;
  posix_spawn_file_actions_destroy(&fa);
  return pid;
}

inline int wait_for(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

inline std::vector<std::string> index_args(const std::filesystem::path& lib,
                                           const std::filesystem::path& photos) {
  return {"--threads",
          "1",
          "index",
          "--library",
          lib.string(),
          "--image-model",
          (std::filesystem::path(LINGUALENS_TEST_DATA) / "clip-rn-tiny/RN-tiny.pt").string(),
          "--batch",
          "2",
          "--json",
          photos.string()};
}

inline std::string slurp_text(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace lingualens::test
