// lingualens-cli models download / verify / list / import
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "core/error.h"
#include "core/models/model_download.h"
#include "core/models/model_import.h"
#include "core/models/model_pairs.h"
#include "index/library_location.h"

namespace lingualens::cli {
namespace {

std::atomic<bool> g_interrupted{false};
extern "C" void on_sigint_download(int) { g_interrupted = true; }

struct ModelsOptions {
  std::string models_dir;
  std::string mirror;
  std::string revision = "main";
  std::string manifest;
  std::string pair;  // --model-pair; empty: the default pair
  bool force = false;
  bool json = false;
  bool dry_run = false;  // download --dry-run: sizes and room only

  std::filesystem::path dir() const {
    return models_dir.empty() ? default_models_dir() : std::filesystem::path(models_dir);
  }
  ModelManifest load() const {
    std::string m = mirror;
    if (m.empty()) {
      if (const char* env = std::getenv("LINGUALENS_MODELS_MIRROR")) m = env;
    }
    if (!manifest.empty()) return load_model_manifest(manifest, m);
    return model_pair_manifest(chosen_pair(), {revision, m});
  }
  const ModelPair& chosen_pair() const {
    if (pair.empty()) return default_model_pair();
    const ModelPair* p = find_model_pair(pair);
    if (!p) {
      throw Error(
          ErrorKind::kInvalidArgument,
          "--model-pair " + pair + " is not a model pair; the pairs are: " + model_pair_names());
    }
    return *p;
  }
};

void add_common(CLI::App& cmd, ModelsOptions& o) {
  cmd.add_option("--models", o.models_dir,
                 "Models folder (default: " + default_models_dir().string() + ")")
      ->type_name("DIR");
  cmd.add_option("--mirror", o.mirror,
                 "Fetch every file from MIRROR/<path> instead of the official URLs "
                 "(or set LINGUALENS_MODELS_MIRROR)");
  cmd.add_option("--revision", o.revision,
                 "Hugging Face revision of M-CLIP/M-BERT-Base-69 (default: main)");
  cmd.add_option("--manifest", o.manifest,
                 "JSON list of files: {\"files\": [{\"path\", \"url\", \"sha256\"}]}")
      ->type_name("FILE");
  cmd.add_option("--model-pair", o.pair,
                 "The Multilingual-CLIP pair whose files to handle (default: M-BERT-Base-69 with "
                 "RN50x4; `models list` shows them all)");
  cmd.add_flag("--json", o.json, "Machine-readable JSON on stdout");
}

// Every pair, what it is made of, what its authors published, and whether its files are here.
nlohmann::json pairs_json(const std::filesystem::path& dir) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& p : model_pairs()) {
    std::error_code ec;
    const ModelPairFiles files = model_pair_files(p, dir);
    const bool image = std::filesystem::exists(files.image_model, ec);
    const bool text = std::filesystem::exists(files.text_model / "config.json", ec);
    nlohmann::json j = {{"name", p.name},
                        {"default", p.is_default},
                        {"image_model", p.image_name},
                        {"image_file", p.image_file},
                        {"text_model", p.text_dir},
                        {"text_family", p.text_family},
                        {"dim", p.dim},
                        {"image_size", p.image_size},
                        {"trained_languages", p.trained_languages},
                        {"image_present", image},
                        {"text_present", text}};
    if (p.xtd_recall_at_10) {
      const auto& r = *p.xtd_recall_at_10;
      j["xtd_recall_at_10"] = {{"en", r.en}, {"de", r.de}, {"zh", r.zh}, {"ja", r.ja}};
    } else {
      j["xtd_recall_at_10"] = nullptr;
    }
    out.push_back(std::move(j));
  }
  return out;
}

nlohmann::json to_json(const std::vector<FileReport>& reports) {
  nlohmann::json files = nlohmann::json::array();
  for (const auto& r : reports) {
    nlohmann::json f = {
        {"path", r.path}, {"status", to_string(r.status)}, {"size", r.size}, {"sha256", r.sha256}};
    if (!r.message.empty()) f["message"] = r.message;
    if (!r.source.empty()) f["source"] = r.source;
    files.push_back(f);
  }
  return files;
}

// download --dry-run: what would be fetched, how big it is, and whether the disk has room.
int run_download_size(const DownloadParams& p, const ModelsOptions& o) {
  const DownloadSize s = measure_download_size(p, [] { return g_interrupted.load(); });
  if (o.json) {
    nlohmann::json files = nlohmann::json::array();
    for (const auto& f : s.files) {
      files.push_back({{"path", f.path},
                       {"size", f.size >= 0 ? nlohmann::json(f.size) : nlohmann::json()},
                       {"present", f.present},
                       {"partial", f.partial}});
    }
    std::cout << nlohmann::json{{"models", p.models_dir.string()},
                                {"files", files},
                                {"total", s.total},
                                {"to_fetch", s.to_fetch},
                                {"unknown", s.unknown},
                                {"free", s.free_bytes >= 0 ? nlohmann::json(s.free_bytes)
                                                           : nlohmann::json()},
                                {"fits", s.fits()}}
                     .dump()
              << "\n";
  } else {
    for (const auto& f : s.files) {
      std::cout << (f.present ? "present  " : "fetch    ") << f.path << "  "
                << (f.size >= 0 ? human_size(static_cast<double>(f.size)) : "size unknown");
      if (f.partial > 0)
        std::cout << " (" << human_size(static_cast<double>(f.partial)) << " already fetched)";
      std::cout << "\n";
    }
    std::cout << "to fetch: " << human_size(static_cast<double>(s.to_fetch));
    if (s.unknown > 0) std::cout << " and " << s.unknown << " file(s) whose size no server stated";
    std::cout << "; all files: " << human_size(static_cast<double>(s.total));
    if (s.free_bytes >= 0)
      std::cout << "; free in " << p.models_dir.string() << ": "
                << human_size(static_cast<double>(s.free_bytes));
    std::cout << "\n";
  }
  if (!s.fits()) {
    spdlog::error("not enough disk space in {}: the download needs {}, {} free",
                  p.models_dir.string(), human_size(static_cast<double>(s.to_fetch)),
                  human_size(static_cast<double>(s.free_bytes)));
    return kExitFailure;
  }
  return kExitOk;
}

int run_download(const ModelsOptions& o) {
  DownloadParams p{o.dir(), o.load(), o.force};
  std::signal(SIGINT, on_sigint_download);
  if (o.dry_run) return run_download_size(p, o);
  const bool tty = isatty(STDERR_FILENO) != 0 && !o.json;
  p.on_size = [&](const DownloadSize& s) {
    if (o.json || s.to_fetch <= 0) return;
    std::string line = "fetching " + human_size(static_cast<double>(s.to_fetch));
    if (s.free_bytes >= 0) line += " (" + human_size(static_cast<double>(s.free_bytes)) + " free)";
    spdlog::info("{}", line);
  };
  std::string last;
  auto reports = download_models(
      p,
      [&](const DownloadProgress& d) {
        if (!tty) return;
        std::string line = "[" + std::to_string(d.file_index + 1) + "/" +
                           std::to_string(d.file_count) + "] " + d.path + "  " +
                           human_size(static_cast<double>(d.received));
        if (d.total > 0) line += " / " + human_size(static_cast<double>(d.total));
        if (d.bytes_per_second > 0) line += "  " + human_size(d.bytes_per_second) + "/s";
        if (line == last) return;
        last = line;
        std::fprintf(stderr, "\r\033[K%s", line.c_str());
      },
      [] { return g_interrupted.load(); });
  if (tty) std::fprintf(stderr, "\r\033[K");
  // A new-format M-CLIP folder names its base model only in its own config.json: fetch that
  // base's config.json now that the folder is here.
  if (o.manifest.empty()) {
    const ModelManifest base =
        base_config_manifest(p.models_dir, o.chosen_pair(), {o.revision, o.mirror});
    if (!base.files.empty()) {
      DownloadParams bp{p.models_dir, base, o.force};
      for (auto& r : download_models(bp, {}, [] { return g_interrupted.load(); }))
        reports.push_back(std::move(r));
    }
  }
  if (o.json) {
    std::cout
        << nlohmann::json{{"models", p.models_dir.string()}, {"files", to_json(reports)}}.dump()
        << "\n";
  } else {
    for (const auto& r : reports) {
      std::cout << to_string(r.status) << "  " << r.path << "  " << r.sha256;
      if (!r.source.empty()) std::cout << "  from " << r.source;
      std::cout << "\n";
    }
    std::cout << "models ready in " << p.models_dir.string() << "\n";
  }
  return kExitOk;
}

int run_verify(const ModelsOptions& o) {
  const auto reports = verify_models(o.dir(), o.load());
  bool bad = false;
  for (const auto& r : reports)
    bad |= r.status == FileStatus::kMissing || r.status == FileStatus::kMismatch;
  if (o.json) {
    std::cout << nlohmann::json{{"models", o.dir().string()},
                                {"ok", !bad},
                                {"files", to_json(reports)}}
                     .dump()
              << "\n";
  } else {
    for (const auto& r : reports) {
      std::cout << to_string(r.status) << "  " << r.path;
      if (!r.message.empty()) std::cout << "  (" << r.message << ")";
      std::cout << "\n";
    }
  }
  if (bad)
    spdlog::error("some model files are missing or damaged; run `lingualens-cli models download`");
  return bad ? kExitFailure : kExitOk;
}

int run_list(const ModelsOptions& o) {
  const ModelManifest manifest = o.load();
  const auto reports = verify_models(o.dir(), manifest);
  nlohmann::json files = nlohmann::json::array();
  for (size_t k = 0; k < manifest.files.size(); ++k) {
    const ModelFile& f = manifest.files[k];
    const FileReport& r = reports[k];
    nlohmann::json sources = nlohmann::json::array();
    for (const auto& src : f.sources) {
      nlohmann::json j = {
          {"url", src.url}, {"path", f.path_of(src)}, {"description", src.description}};
      if (!src.sha256.empty()) j["sha256"] = src.sha256;
      if (src.hub_checksum) j["hub_checksum"] = true;
      sources.push_back(std::move(j));
    }
    const bool present = r.status != FileStatus::kMissing;
    files.push_back({{"path", f.path},
                     {"sources", std::move(sources)},
                     {"present", present},
                     {"verified", r.status == FileStatus::kOk},
                     {"status", to_string(r.status)},
                     {"at", present ? r.path : ""}});
  }
  if (o.json) {
    std::cout << nlohmann::json{{"models", o.dir().string()},
                                {"model_pair", o.chosen_pair().name},
                                {"files", files},
                                {"pairs", pairs_json(o.dir())}}
                     .dump()
              << "\n";
    return kExitOk;
  }
  std::cout << "Model files in " << o.dir().string() << ":\n";
  for (size_t k = 0; k < manifest.files.size(); ++k) {
    const ModelFile& f = manifest.files[k];
    std::cout << "  " << f.path << ": " << to_string(reports[k].status);
    if (reports[k].status != FileStatus::kMissing && reports[k].path != f.path)
      std::cout << " (as " << reports[k].path << ")";
    std::cout << "\n";
    for (const auto& src : f.sources) {
      std::cout << "      " << src.url << "\n        " << src.description;
      if (!src.sha256.empty()) std::cout << ", SHA-256 " << src.sha256;
      if (src.hub_checksum) std::cout << ", checked against the Hub's SHA-256";
      if (!src.path.empty() && src.path != f.path) std::cout << ", kept as " << src.path;
      std::cout << "\n";
    }
  }
  std::cout << "\nModel pairs (--model-pair NAME; XTD text-to-image R@10 en/de/zh/ja as "
               "published):\n";
  for (const auto& p : model_pairs()) {
    std::error_code ec;
    const bool here = std::filesystem::exists(o.dir() / p.image_file, ec) &&
                      std::filesystem::exists(o.dir() / p.text_dir / "config.json", ec);
    std::cout << "  " << p.name << (p.is_default ? " (default)" : "") << ": " << p.text_family
              << " + " << p.image_name << ", " << p.dim << "-d"
              << (here ? ", files here" : ", not downloaded");
    if (p.xtd_recall_at_10) {
      const auto& r = *p.xtd_recall_at_10;
      std::printf(", R@10 %.1f/%.1f/%.1f/%.1f", r.en, r.de, r.zh, r.ja);
      std::fflush(stdout);
    }
    std::cout << "\n";
  }
  return kExitOk;
}

struct ImportOptions : ModelsOptions {
  std::vector<std::string> files;
};

int run_import(const ImportOptions& o) {
  std::vector<std::filesystem::path> files(o.files.begin(), o.files.end());
  const auto reports = import_models(o.dir(), o.load(), files);
  int refused = 0;
  nlohmann::json j = nlohmann::json::array();
  for (const auto& r : reports) {
    refused += !r.placed && !r.ignored;
    j.push_back({{"from", r.from.string()},
                 {"path", r.path},
                 {"placed", r.placed},
                 {"verified", r.verified},
                 {"ignored", r.ignored},
                 {"message", r.message}});
    if (!o.json) {
      if (r.placed)
        std::cout << "placed   " << r.path << "  (" << r.message << ")\n";
      else if (r.ignored)
        std::cout << "skipped  " << r.from.string() << "  (" << r.message << ")\n";
      else
        std::cout << "refused  " << r.from.string() << ": " << r.message << "\n";
    }
  }
  if (o.json)
    std::cout << nlohmann::json{{"models", o.dir().string()}, {"files", j}}.dump() << "\n";
  return refused > 0 ? kExitPartial : kExitOk;
}

}  // namespace

void register_model_commands(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto* models = app.add_subcommand("models", "Download, import, list and verify the model files");
  models->require_subcommand(1);

  auto dl = std::make_shared<ModelsOptions>();
  auto* download = models->add_subcommand(
      "download", "Fetch RN50x4.pt, M-BERT-Base-69 and its head; resumes, verifies checksums");
  add_common(*download, *dl);
  download->add_flag("--force", dl->force, "Fetch again even files that are present and verified");
  download->add_flag("--dry-run", dl->dry_run,
                     "Fetch nothing: ask the servers each file's size and tell what the download "
                     "would take and whether the disk has room (exit 1 when it has not)");
  download->callback([dl, &exit_code] { exit_code = run_download(*dl); });

  auto vo = std::make_shared<ModelsOptions>();
  auto* verify = models->add_subcommand("verify", "Check the model files against their checksums");
  add_common(*verify, *vo);
  verify->callback([vo, &exit_code] { exit_code = run_verify(*vo); });

  auto lo = std::make_shared<ModelsOptions>();
  auto* list = models->add_subcommand(
      "list", "Every model file with its sources, checksum, and whether it is here and verified");
  add_common(*list, *lo);
  list->callback([lo, &exit_code] { exit_code = run_list(*lo); });

  auto io = std::make_shared<ImportOptions>();
  auto* import = models->add_subcommand(
      "import", "Place model files you already have (checked, then copied into the models folder)");
  add_common(*import, *io);
  import->add_option("files", io->files, "Model files, or folders holding them")
      ->required()
      ->type_name("PATH");
  import->callback([io, &exit_code] { exit_code = run_import(*io);
});

add_models_speed_command(*models, global, exit_code);
}  // namespace lingualens::cli

}  // namespace lingualens::cli
