// `lingualens-cli completion SHELL`: the shell completion script, generated from this very
// parser (the build installs its output, so the scripts follow every new flag).
#include <iostream>

#include "app/cli/commands.h"
#include "core/models/model_pairs.h"
#include "core/util/shell_completion.h"

namespace lingualens::cli {
namespace {

// "TEXT:{none,auto}" -> {"none", "auto"}: CLI11 appends an IsMember check's set to the type.
std::vector<std::string> choices_in(const std::string& type) {
  const auto open = type.find('{');
  const auto close = type.find('}', open);
  std::vector<std::string> choices;
  if (open == std::string::npos || close == std::string::npos) return choices;
  std::string item;
  for (char ch : type.substr(open + 1, close - open - 1)) {
    if (ch == ',') {
      choices.push_back(item);
      item.clear();
    } else if (ch != ' ') {
      item += ch;
    }
  }
  if (!item.empty()) choices.push_back(item);
  return choices;
}

// Options say what they take through their type name ("DIR", "FILE", "PATH"); numbers and
// words are completed with nothing.
CompletionValue value_of(const CLI::Option& o, std::vector<std::string>& choices) {
  if (o.get_expected_max() == 0) return CompletionValue::kNone;
  const std::string type = o.get_type_name();
  choices = choices_in(type);
  if (!choices.empty()) return CompletionValue::kChoice;
  if (type.rfind("DIR", 0) == 0) return CompletionValue::kFolder;
  if (type.rfind("FILE", 0) == 0 || type.rfind("PATH", 0) == 0) return CompletionValue::kFile;
  return CompletionValue::kText;
}

CompletionCommand describe(const CLI::App& app) {
  CompletionCommand c;
  c.name = app.get_name();
  c.help = app.get_description();
  for (const CLI::Option* o : app.get_options()) {
    std::vector<std::string> choices;
    const CompletionValue value = value_of(*o, choices);
    if (!o->nonpositional()) {
      c.positional = value;
      c.positional_choices = choices;
      continue;
    }
    CompletionOption option;
    for (const auto& s : o->get_snames()) option.names.push_back("-" + s);
    for (const auto& l : o->get_lnames()) option.names.push_back("--" + l);
    option.help = o->get_description();
    option.value = value;
    option.choices = choices;
    if (o->get_lnames() == std::vector<std::string>{"model-pair"} ||
        o->get_lnames() == std::vector<std::string>{"compare-model-pair"}) {
      option.value = CompletionValue::kChoice;
      for (const auto& pair : model_pairs()) option.choices.push_back(pair.name);
    }
    c.options.push_back(option);
  }
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App* s) {
         return !s->get_group().empty();  // hidden subcommands (no group) are left out
       }))
    c.subcommands.push_back(describe(*sub));
  return c;
}

}  // namespace

void register_completion_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand(
      "completion",
      "Print the shell completion script for bash, zsh or fish (installed with the "
      "program; `source <(lingualens-cli completion bash)` tries it)");
  auto shell = std::make_shared<std::string>();
  cmd->add_option("shell", *shell, "bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember({"bash", "zsh", "fish"}));
  cmd->callback([&app, &exit_code, shell] {
    CompletionCommand program = describe(app);
    program.name = "lingualens-cli";
    std::cout << completion_script(program, parse_shell(*shell));
    exit_code = kExitOk;
  });
}

}  // namespace lingualens::cli
