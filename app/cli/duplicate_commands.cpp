// lingualens-cli duplicates: copies in the library (identical files, the same photo as another
// file — resized, recompressed, converted, cropped, turned or mirrored — and similar shots),
// with the photo each group suggests keeping; --trash moves the others to the desktop's trash.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "app/cli/commands.h"
#include "app/cli/library_options.h"
#include "app/cli/path_output.h"
#include "core/error.h"
#include "core/util/trash.h"
#include "index/duplicates.h"
#include "index/library.h"

namespace lingualens::cli {
namespace {

struct DuplicateOptions : LibraryOptions {
  std::string kind;
  std::string under;
  bool trash = false;
  DuplicateParams params;  // thresholds from the command line
};

int run_duplicates(const DuplicateOptions& o) {
  DuplicateParams params = o.params;
  if (!o.kind.empty()) {
    params.only = parse_duplicate_kind(o.kind);
    if (!params.only)
      throw Error(ErrorKind::kInvalidArgument,
                  "--kind must be identical, same or similar (not '" + o.kind + "')");
  }
  if (!o.under.empty()) params.scope.under = FolderPath::from_user(o.under);
  Library library(o.dir(), o.trash ? Library::Access::kWrite : Library::Access::kRead);
  const auto groups = find_duplicates(library, params);
  std::vector<int64_t> gone;  // trashed: the library forgets them at once
  nlohmann::json j;
  j["groups"] = nlohmann::json::array();
  int trashed = 0, failed = 0;
  for (const auto& g : groups) {
    nlohmann::json group = {{"kind", to_string(g.kind)}};
    put_path(group, "keep", g.files[0].photo.path);
    group["files"] = nlohmann::json::array();
    for (size_t k = 0; k < g.files.size(); ++k) {
      const DuplicateFile& f = g.files[k];
      nlohmann::json file = {{"width", f.photo.width},
                             {"height", f.photo.height},
                             {"size", f.photo.size},
                             {"taken_at", f.photo.taken_at ? nlohmann::json(*f.photo.taken_at)
                                                           : nlohmann::json(nullptr)},
                             {"keep", k == 0},
                             {"removable", f.removable},
                             {"reason", f.note}};
      put_path(file, "path", f.photo.path);
      if (o.trash && k > 0 && f.removable) {
        try {
          put_path(file, "trashed", move_to_trash(f.photo.path).string());
          gone.push_back(f.photo.id);
          ++trashed;
        } catch (const Error& e) {
          file["trash_error"] = e.what();
          ++failed;
        }
      }
      group["files"].push_back(std::move(file));
    }
    j["groups"].push_back(std::move(group));
  }
  if (!gone.empty()) {
    LibraryDb::Transaction batch(library.db());
    for (int64_t id : gone) library.db().remove(id);
    batch.commit();
  }
  if (o.json) {
    std::cout << dump(j) << "\n";
  } else {
    for (const auto& g : groups) {
      std::cout << to_string(g.kind) << " (" << g.files.size() << " files)\n";
      for (size_t k = 0; k < g.files.size(); ++k) {
        const DuplicateFile& f = g.files[k];
        std::cout << (k == 0 ? "  keep  " : "        ") << escape_for_line(f.photo.path) << "  "
                  << f.photo.width << "x" << f.photo.height << ", " << f.photo.size << " bytes";
        if (!f.note.empty()) std::cout << "  (" << f.note << ")";
        std::cout << "\n";
      }
    }
    if (groups.empty()) std::cout << "No duplicates.\n";
    if (o.trash)
      std::cout << trashed << " file" << (trashed == 1 ? "" : "s")
                << " moved to the trash (restore them from your file manager's trash).\n";
  }
  return failed > 0 ? kExitPartial : kExitOk;
}

}  // namespace

void register_duplicate_commands(CLI::App& app, const GlobalOptions&, int& exit_code) {
  auto o = std::make_shared<DuplicateOptions>();
  auto* cmd =
      app.add_subcommand("duplicates",
                         "Copies in the library: identical files, the same photo as another file "
                         "(resized, recompressed, turned…), similar shots");
  add_library_options(*cmd, *o);
  cmd->add_option("--kind", o->kind, "Only groups of this kind: identical, same or similar");
  cmd->add_option("--under", o->under, "Only photos in this folder (at any depth)")
      ->type_name("DIR");
  cmd->add_option("--similar-cosine", o->params.similar_min_cosine,
                  "Similar shots look at least this alike (embedding cosine)")
      ->check(CLI::Range(0.5, 1.0))
      ->capture_default_str();
  cmd->add_option("--similar-within", o->params.similar_max_seconds,
                  "Similar shots are taken at most this many seconds apart")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_flag("--trash", o->trash,
                "Move every photo but the one each group keeps to the trash (never deleted; "
                "folders that are offline or read-only are left alone)");
  cmd->callback([o, &exit_code] { exit_code = run_duplicates(*o); });
}

}  // namespace lingualens::cli
