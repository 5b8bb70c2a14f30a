#include "core/util/shell_completion.h"

#include <algorithm>
#include <sstream>

#include "core/error.h"

namespace lingualens {
namespace {

// One command of the tree with where it sits ("" for the program, "/models/list" below) and
// every option that applies there: its own and its ancestors' (the CLI's global options fall
// through to subcommands).
struct Node {
  std::string path;
  std::vector<std::string> words;  // subcommand names from the root
  const CompletionCommand* command = nullptr;
  std::vector<const CompletionOption*> options;
};

void flatten(const CompletionCommand& c, const std::string& path,
             const std::vector<std::string>& words, std::vector<const CompletionOption*> inherited,
             std::vector<Node>& out) {
  // A command's own option replaces an inherited one of the same name (each has its -h).
  std::vector<const CompletionOption*> options;
  for (const auto& o : c.options) options.push_back(&o);
  for (const auto* o : inherited) {
    const bool replaced = std::any_of(c.options.begin(), c.options.end(), [o](const auto& own) {
      return std::find_first_of(own.names.begin(), own.names.end(), o->names.begin(),
                                o->names.end()) != own.names.end();
    });
    if (!replaced) options.push_back(o);
  }
  out.push_back({path, words, &c, options});
  inherited = options;
  for (const auto& sub : c.subcommands) {
    auto sub_words = words;
    sub_words.push_back(sub.name);
    flatten(sub, path + "/" + sub.name, sub_words, inherited, out);
  }
}

std::vector<Node> nodes_of(const CompletionCommand& program) {
  std::vector<Node> nodes;
  flatten(program, "", {}, {}, nodes);
  return nodes;
}

// The shell function's name: letters, digits and underscores only.
std::string function_name(const std::string& program) {
  std::string name = "_";
  for (char ch : program) {
    const bool word =
        (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    name += word ? ch : '_';
  }
  return name;
}

std::string join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : sep) + item;
  return out;
}

// Inside single quotes, for bash and zsh.
std::string single_quoted(const std::string& text) {
  std::string out = "'";
  for (char ch : text) out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return out + "'";
}

// Inside single quotes, for fish (which escapes with a backslash).
std::string fish_quoted(const std::string& text) {
  std::string out = "'";
  for (char ch : text) {
    if (ch == '\'' || ch == '\\') out += '\\';
    out += ch;
  }
  return out + "'";
}

// First line only: completion menus show one line per entry.
std::string one_line(const std::string& help) { return help.substr(0, help.find('\n')); }

std::vector<std::string> subcommand_names(const CompletionCommand& c) {
  std::vector<std::string> names;
  for (const auto& s : c.subcommands) names.push_back(s.name);
  return names;
}

std::vector<std::string> option_names(const Node& n) {
  std::vector<std::string> names;
  for (const auto* o : n.options)
    for (const auto& name : o->names) names.push_back(name);
  return names;
}

// `case` patterns that walk the words typed so far down the tree (shared by bash and zsh).
std::string known_paths_pattern(const std::vector<Node>& nodes) {
  std::vector<std::string> paths;
  for (const auto& n : nodes)
    if (!n.path.empty()) paths.push_back(single_quoted(n.path));
  return join(paths, "|");
}

void bash_value(std::ostream& out, const CompletionOption& o) {
  switch (o.value) {
    case CompletionValue::kNone:
      return;
    case CompletionValue::kText:
      out << "          COMPREPLY=(); return ;;\n";
      return;
    case CompletionValue::kFile:
      out << "          compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "
             "\"$cur\"); return ;;\n";
      return;
    case CompletionValue::kFolder:
      out << "          compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "
             "\"$cur\"); return ;;\n";
      return;
    case CompletionValue::kChoice:
      out << "          mapfile -t COMPREPLY < <(compgen -W " << single_quoted(join(o.choices, " "))
          << " -- \"$cur\"); return ;;\n";
      return;
  }
}

std::string bash_script(const CompletionCommand& program) {
  const auto nodes = nodes_of(program);
  const std::string fn = function_name(program.name);
  std::ostringstream out;
  out << "# bash completion for " << program.name << ", generated from its own parser.\n"
      << fn << "() {\n"
      << "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
      << "  local path='' i\n"
      << "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
      << "    case \"$path/${COMP_WORDS[i]}\" in\n"
      << "      " << (nodes.size() > 1 ? known_paths_pattern(nodes) : "''") << ")\n"
      << "        path=\"$path/${COMP_WORDS[i]}\" ;;\n"
      << "    esac\n"
      << "  done\n"
      << "  local words='' positional=''\n"
      << "  case \"$path\" in\n";
  for (const auto& n : nodes) {
    out << "    " << single_quoted(n.path) << ")\n"
        << "      case \"$prev\" in\n";
    for (const auto* o : n.options) {
      if (o->value == CompletionValue::kNone) continue;
      out << "        " << join(o->names, "|") << ")\n";
      bash_value(out, *o);
    }
    out << "      esac\n";
    std::vector<std::string> words = subcommand_names(*n.command);
    if (n.command->positional == CompletionValue::kChoice)
      words.insert(words.end(), n.command->positional_choices.begin(),
                   n.command->positional_choices.end());
    out << "      if [[ $cur == -* ]]; then words=" << single_quoted(join(option_names(n), " "))
        << "; else words=" << single_quoted(join(words, " ")) << "; fi\n";
    if (n.command->positional == CompletionValue::kFile) out << "      positional=f\n";
    if (n.command->positional == CompletionValue::kFolder) out << "      positional=d\n";
    out << "      ;;\n";
  }
  out << "  esac\n"
      << "  mapfile -t COMPREPLY < <(compgen -W \"$words\" -- \"$cur\")\n"
      << "  if [[ -n $positional && $cur != -* ]]; then\n"
      << "    compopt -o filenames 2>/dev/null\n"
      << "    local files\n"
      << "    mapfile -t files < <(compgen -\"$positional\" -- \"$cur\")\n"
      << "    COMPREPLY+=(\"${files[@]}\")\n"
      << "  fi\n"
      << "}\n"
      << "complete -F " << fn << " " << program.name << "\n";
  return out.str();
}

// zsh: "name:description" entries for _describe (a colon in a name is escaped).
std::string zsh_entry(const std::string& name, const std::string& help) {
  std::string escaped;
  for (char ch : name) escaped += ch == ':' ? std::string("\\:") : std::string(1, ch);
  return single_quoted(escaped + ":" + one_line(help));
}

std::string zsh_script(const CompletionCommand& program) {
  const auto nodes = nodes_of(program);
  const std::string fn = function_name(program.name);
  std::ostringstream out;
  out << "#compdef " << program.name << "\n"
      << "# zsh completion for " << program.name << ", generated from its own parser.\n"
      << fn << "() {\n"
      << "  local p='' i\n"
      << "  for ((i = 2; i < CURRENT; i++)); do\n"
      << "    case \"$p/${words[i]}\" in\n"
      << "      (" << (nodes.size() > 1 ? known_paths_pattern(nodes) : "''")
      << ") p=\"$p/${words[i]}\" ;;\n"
      << "    esac\n"
      << "  done\n"
      << "  local prev=${words[CURRENT-1]} positional=''\n"
      << "  local -a opts subs\n"
      << "  case \"$p\" in\n";
  for (const auto& n : nodes) {
    out << "    (" << single_quoted(n.path) << ")\n"
        << "      case \"$prev\" in\n";
    for (const auto* o : n.options) {
      if (o->value == CompletionValue::kNone) continue;
      out << "        (" << join(o->names, "|") << ") ";
      switch (o->value) {
        case CompletionValue::kFile:
          out << "_files; return ;;\n";
          break;
        case CompletionValue::kFolder:
          out << "_files -/; return ;;\n";
          break;
        case CompletionValue::kChoice:
          out << "compadd -- " << join(o->choices, " ") << "; return ;;\n";
          break;
        default:
          out << "_message 'value'; return ;;\n";
      }
    }
    out << "      esac\n      opts=(";
    for (const auto* o : n.options)
      for (const auto& name : o->names) out << " " << zsh_entry(name, o->help);
    out << " )\n      subs=(";
    for (const auto& s : n.command->subcommands) out << " " << zsh_entry(s.name, s.help);
    if (n.command->positional == CompletionValue::kChoice)
      for (const auto& c : n.command->positional_choices) out << " " << zsh_entry(c, "");
    out << " )\n";
    if (n.command->positional == CompletionValue::kFile) out << "      positional=f\n";
    if (n.command->positional == CompletionValue::kFolder) out << "      positional=d\n";
    out << "      ;;\n";
  }
  out << "  esac\n"
      << "  if [[ $PREFIX == -* ]]; then\n"
      << "    _describe -t options 'option' opts\n"
      << "    return\n"
      << "  fi\n"
      << "  (( ${#subs} )) && _describe -t commands 'command' subs\n"
      << "  [[ $positional == f ]] && _files\n"
      << "  [[ $positional == d ]] && _files -/\n"
      << "  return 0\n"
      << "}\n"
      << fn << " \"$@\"\n";
  return out.str();
}

// fish: the condition under which a command's completions apply.
std::string fish_condition(const Node& n) {
  if (n.words.empty()) return "__fish_use_subcommand";
  std::string condition;
  for (const auto& word : n.words)
    condition +=
        (condition.empty() ? "" : "; and ") + std::string("__fish_seen_subcommand_from ") + word;
  const auto children = subcommand_names(*n.command);
  if (!children.empty())
    condition += "; and not __fish_seen_subcommand_from " + join(children, " ");
  return condition;
}

// Options apply from their command down (a global option is offered everywhere).
std::string fish_option_condition(const Node& n) {
  std::string condition;
  for (const auto& word : n.words)
    condition +=
        (condition.empty() ? "" : "; and ") + std::string("__fish_seen_subcommand_from ") + word;
  return condition;
}

std::string fish_script(const CompletionCommand& program) {
  const auto nodes = nodes_of(program);
  const std::string& prog = program.name;
  std::ostringstream out;
  out << "# fish completion for " << prog << ", generated from its own parser.\n"
      << "complete -c " << prog << " -f\n";
  for (const auto& n : nodes) {
    const std::string condition = fish_condition(n);
    for (const auto& s : n.command->subcommands)
      out << "complete -c " << prog << " -n " << fish_quoted(condition) << " -a " << s.name
          << " -d " << fish_quoted(one_line(s.help)) << "\n";
    if (n.command->positional == CompletionValue::kFile)
      out << "complete -c " << prog << " -n " << fish_quoted(condition) << " -F\n";
    if (n.command->positional == CompletionValue::kFolder)
      out << "complete -c " << prog << " -n " << fish_quoted(condition)
          << " -a '(__fish_complete_directories)'\n";
    if (n.command->positional == CompletionValue::kChoice)
      out << "complete -c " << prog << " -n " << fish_quoted(condition) << " -a "
          << fish_quoted(join(n.command->positional_choices, " ")) << "\n";
    const std::string option_condition = fish_option_condition(n);
    for (const auto& o : n.command->options) {
      out << "complete -c " << prog;
      if (!option_condition.empty()) out << " -n " << fish_quoted(option_condition);
      for (const auto& name : o.names) {
        if (name.rfind("--", 0) == 0)
          out << " -l " << name.substr(2);
        else if (name.size() == 2)
          out << " -s " << name.substr(1);
        else
          out << " -o " << name.substr(1);
      }
      switch (o.value) {
        case CompletionValue::kNone:
          break;
        case CompletionValue::kText:
          out << " -x";
          break;
        case CompletionValue::kFile:
          out << " -r -F";
          break;
        case CompletionValue::kFolder:
          out << " -x -a '(__fish_complete_directories)'";
          break;
        case CompletionValue::kChoice:
          out << " -x -a " << fish_quoted(join(o.choices, " "));
          break;
      }
      out << " -d " << fish_quoted(one_line(o.help)) << "\n";
    }
  }
  return out.str();
}

}  // namespace

Shell parse_shell(const std::string& name) {
  if (name == "bash") return Shell::kBash;
  if (name == "zsh") return Shell::kZsh;
  if (name == "fish") return Shell::kFish;
  throw Error(ErrorKind::kInvalidArgument,
              "unknown shell '" + name + "': completions exist for bash, zsh and fish");
}

std::string completion_script(const CompletionCommand& program, Shell shell) {
  switch (shell) {
    case Shell::kBash:
      return bash_script(program);
    case Shell::kZsh:
      return zsh_script(program);
    case Shell::kFish:
      return fish_script(program);
  }
  return {};
}

}  // namespace lingualens
