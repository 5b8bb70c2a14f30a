// Shell completion scripts (bash, zsh, fish) generated from a program's own command tree, so
// they never drift from its parser. The CLI describes its CLI11 tree, the app its
// QCommandLineParser options; both are installed into the shells' completion folders.
#pragma once

#include <string>
#include <vector>

namespace lingualens {

// What a value (of an option or a positional argument) is completed with.
enum class CompletionValue {
  kNone,    // a flag: no value
  kText,    // a free value: nothing to offer
  kFile,    // a path (files and folders)
  kFolder,  // a folder only
  kChoice,  // one of `choices`
};

struct CompletionOption {
  std::vector<std::string> names;  // with dashes: "-v", "--verbose"
  std::string help;
  CompletionValue value = CompletionValue::kNone;
  std::vector<std::string> choices;
};

struct CompletionCommand {
  std::string name;  // the program's name at the root
  std::string help;
  std::vector<CompletionOption> options;
  CompletionValue positional = CompletionValue::kNone;  // what bare words are
  std::vector<std::string> positional_choices;          // with kChoice
  std::vector<CompletionCommand> subcommands;
};

enum class Shell { kBash, kZsh, kFish };

// Parses "bash", "zsh" or "fish"; throws lingualens::Error otherwise.
Shell parse_shell(const std::string& name);

// The script for `shell`, to be sourced or installed where the shell looks for it
// (bash-completion's completions/<prog>, zsh's site-functions/_<prog>, fish's
// vendor_completions.d/<prog>.fish).
std::string completion_script(const CompletionCommand& program, Shell shell);

}  // namespace lingualens
