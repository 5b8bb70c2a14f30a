// lingualens-cli index / search / status / errors / forget
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <ctime>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/library_options.h"
#include "app/cli/model_options.h"
#include "app/cli/path_output.h"
#include "app/cli/progress_bar.h"
#include "app/cli/understood_json.h"
#include "core/error.h"
#include "core/image/image_encoder.h"
#include "core/places/gazetteer.h"
#include "core/query/place_names.h"
#include "core/runtime.h"
#include "core/text/text_encoder.h"
#include "index/indexer.h"
#include "index/library.h"
#include "index/library_location.h"
#include "index/search.h"

namespace lingualens::cli {
namespace {

std::atomic<bool> g_interrupted{false};
extern "C" void on_sigint(int) { g_interrupted = true; }

// ---- index ---------------------------------------------------------------------------

struct IndexOptions : LibraryOptions {
  std::vector<std::string> folders;
  std::vector<std::string> excludes;
  bool include_hidden = false;
  double max_megapixels = 200;
  bool fast = false;
  int batch = kDefaultImageBatch;
};

int run_index(const IndexOptions& o, int threads) {
  const ImageEncoder encoder(ImageEncoderParams{o.model.image_model_path(), o.batch});
  Library library(o.dir(), Library::Access::kWrite);
  IndexParams p;
  for (const auto& f : o.folders) p.folders.emplace_back(f);
  p.scan.exclude_patterns = o.excludes;
  p.scan.skip_hidden = !o.include_hidden;
  p.decode.max_pixels = static_cast<int64_t>(o.max_megapixels * 1e6);
  p.fast = o.fast;
  p.decode_threads = threads;  // decoding follows --threads too (0: all cores)
  ProgressBar bar(isatty(STDERR_FILENO) != 0 && !o.json);
  std::signal(SIGINT, on_sigint);
  IndexSummary s;
  bool cancelled = false;
  try {
    s = index_folders(
        library, encoder, p, [&](const IndexProgress& pr) { bar.update(pr); },
        [] { return g_interrupted.load(); });
  } catch (const Error& e) {
    bar.finish();
    if (e.kind() != ErrorKind::kCancelled) throw;
    cancelled = true;
  }
  bar.finish();
  if (cancelled) {
    spdlog::warn("interrupted: everything encoded so far is saved; run the same command to go on");
    return kExitInterrupted;
  }
  nlohmann::json j = {{"added", s.added},
                      {"updated", s.updated},
                      {"reused", s.reused},
                      {"removed", s.removed},
                      {"failed", s.failed},
                      {"unchanged", s.unchanged},
                      {"scanned", s.scanned},
                      {"seconds", s.seconds},
                      {"images_per_second", s.images_per_second},
                      {"library", o.dir().string()}};
  j["scan_issues"] = nlohmann::json::array();
  for (const auto& i : s.scan_issues) {
    nlohmann::json issue = {{"error", i.error}};
    put_path(issue, "path", i.path);
    j["scan_issues"].push_back(std::move(issue));
  }
  j["offline"] = nlohmann::json::array();
  for (const auto& f : s.offline) {
    nlohmann::json folder;
    put_path(folder, "path", f);
    j["offline"].push_back(std::move(folder));
  }
  j["unreadable"] = s.unreadable;
  j["places"] = s.places;
  if (!s.places_error.empty())
    spdlog::warn("places (towns and countries of photos with GPS) not looked up: {}",
                 s.places_error);
  j["unsupported"] = nlohmann::json::object();
  for (const auto& [ext, n] : s.unsupported) j["unsupported"][ext.empty() ? "(none)" : ext] = n;
  j["without_photos"] = nlohmann::json::array();
  for (const auto& f : s.without_photos) {
    nlohmann::json folder;
    put_path(folder, "path", f);
    j["without_photos"].push_back(std::move(folder));
  }
  for (const auto& f : s.offline) {
    spdlog::warn(
        "{}: not connected (offline); its photos stay in the library, hidden from "
        "results until it is back (or: lingualens-cli relink {} NEW_PLACE)",
        escape_for_line(f), escape_for_line(f));
  }
  if (o.json) {
    std::cout << dump(j) << "\n";
  } else {
    std::cout << "Indexed " << s.scanned << " images in " << s.seconds << " s: " << s.added
              << " added, " << s.updated << " updated, " << s.reused << " reused, " << s.removed
              << " removed, " << s.unchanged << " unchanged, " << s.failed << " failed";
    if (s.images_per_second > 0) std::cout << " (" << s.images_per_second << " images/s)";
    std::cout << "\n";
    if (!s.unsupported.empty()) std::cout << unsupported_summary(s.unsupported) << "\n";
    for (const auto& f : s.without_photos)
      std::cout << escape_for_line(f) << ": no photos in this folder\n";
    if (s.unreadable > 0) {
      std::cout << s.unreadable << " file" << (s.unreadable == 1 ? "" : "s")
                << " under these folders could not be read; see them with: lingualens-cli "
                   "errors\n";
    }
  }
  // 3 whenever files under the folders remain unreadable, whether they failed now or before.
  return s.unreadable > 0 ? kExitPartial : kExitOk;
}

// ---- search --------------------------------------------------------------------------

struct SearchOptions : LibraryOptions {
  std::vector<std::string> query_words;
  std::vector<std::string> images;
  int top = 20;
  int offset = 0;
  std::string under, after, before, sort = "score", cutoff = "none";
  bool literal = false;
  double min_score = -2;
  bool include_offline = false;
};

std::optional<int64_t> parse_date(const std::string& text, bool end_of_day) {
  if (text.empty()) return std::nullopt;
  std::tm tm{};
  if (!strptime(text.c_str(), "%Y-%m-%d", &tm)) {
    throw Error(ErrorKind::kInvalidArgument, "dates are written YYYY-MM-DD, not '" + text + "'");
  }
  return static_cast<int64_t>(timegm(&tm)) + (end_of_day ? 86399 : 0);
}

// A wall-clock capture time as the camera showed it (never converted to this machine's zone).
std::string format_date(int64_t t) {
  const std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
  return buf;
}

std::string format_offset(int minutes) {
  char buf[16];
  const int a = minutes < 0 ? -minutes : minutes;
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", minutes < 0 ? '-' : '+', a / 60, a % 60);
  return buf;
}

nlohmann::json hit_json(const SearchHit& h) {
  nlohmann::json e = {
      {"score", h.score}, {"id", h.image.id}, {"width", h.image.width}, {"height", h.image.height}};
  put_path(e, "path", h.image.path);
  if (h.image.taken_at) {
    e["taken_at"] = format_date(*h.image.taken_at);
    if (h.image.taken_offset) e["taken_offset"] = format_offset(*h.image.taken_offset);
    e["taken_source"] = h.image.taken_source == CaptureSource::kExif ? "exif" : "file";
  }
  if (!h.image.camera.empty()) e["camera"] = h.image.camera;
  if (h.offline) e["offline"] = true;
  if (h.image.latitude && h.image.longitude) e["gps"] = {*h.image.latitude, *h.image.longitude};
  if (h.place)
    e["place"] = {
        {"name", h.place->place}, {"region", h.place->region}, {"country", h.place->country}};
  return e;
}

int run_search(const SearchOptions& o) {
  SearchParams p;
  for (const auto& w : o.query_words) p.query += (p.query.empty() ? "" : " ") + w;
  // Dates in the query become a date scope; the rest goes to the text encoder.
  UnderstandParams understand;
  understand.literal = o.literal;
  std::unique_ptr<PlaceNames> places;
  if (!o.literal) {
    if (auto gazetteer = Gazetteer::shared()) {
      places = std::make_unique<PlaceNames>(gazetteer);
      understand.places = places.get();
    }
  }
  const UnderstoodQuery understood = understand_query(p.query, understand);
  for (const auto& i : o.images) p.images.emplace_back(i);
  p.top_k = o.top;
  p.offset = o.offset;
  if (!o.under.empty()) p.scope.under = FolderPath::from_user(o.under);
  p.scope.include_offline = o.include_offline;
  p.scope.taken_after = parse_date(o.after, false);
  p.scope.taken_before = parse_date(o.before, true);
  if (o.min_score > -2) p.min_score = static_cast<float>(o.min_score);
  p.apply_adaptive_cutoff = o.cutoff == "auto";
  p.sort = o.sort == "date" ? SearchParams::Sort::kDate : SearchParams::Sort::kScore;
  apply_understood(understood, p);
  std::unique_ptr<TextEncoder> text;
  std::unique_ptr<ImageEncoder> image;
  if (!parse_query(p.query).empty()) text = std::make_unique<TextEncoder>(o.model.text_params());
  if (!p.images.empty())
    image = std::make_unique<ImageEncoder>(ImageEncoderParams{o.model.image_model_path(), 1});
  Searcher searcher(o.dir(), text.get(), image.get());
  const SearchResponse r = searcher.search(p);
  if (o.json) {
    nlohmann::json j;
    j["results"] = nlohmann::json::array();
    for (const auto& h : r.results) j["results"].push_back(hit_json(h));
    j["browse"] = r.browse;
    if (r.browse) j["matches"] = r.matches;
    if (!r.browse) j["adaptive_cutoff"] = r.adaptive_cutoff;
    j["library_size"] = r.library_size;
    j["approximate"] = r.approximate;
    j["understood"] = understood_json(understood);
    j["vanished"] = nlohmann::json::array();
    for (const auto& v : r.vanished) {
      nlohmann::json e;
      put_path(e, "path", v);
      j["vanished"].push_back(std::move(e));
    }
    // encode_text: encoding the query (its text, and example images when given).
    j["timing_ms"] = {{"encode_text", r.encode_ms}, {"search", r.search_ms}, {"total", r.total_ms}};
    std::cout << dump(j) << "\n";
  } else {
    for (const auto& h : r.results) {
      if (r.browse) {
        std::printf("%s\t%s\n", h.image.taken_at ? format_date(*h.image.taken_at).c_str() : "-",
                    escape_for_line(h.image.path).c_str());
      } else {
        std::printf("%.4f\t%s\n", static_cast<double>(h.score),
                    escape_for_line(h.image.path).c_str());
      }
    }
    if (r.results.empty()) std::cerr << "No results.\n";
  }
  if (!r.vanished.empty()) {
    spdlog::warn(
        "{} result{} no longer on disk and left out; run 'lingualens-cli index' to update "
        "the library",
        r.vanished.size(), r.vanished.size() == 1 ? " is" : "s are");
  }
  return kExitOk;
}

// ---- status / errors / forget ----------------------------------------------------------

int run_status(const LibraryOptions& o) {
  const Library library(o.dir(), Library::Access::kRead);
  const LibraryDb& db = library.db();
  const auto folders = library.folders();
  const auto model = library.model();
  nlohmann::json j;
  j["library"] = o.dir().string();
  j["images"] = db.count_indexed();
  j["failed"] = db.count_failed();
  j["folders"] = nlohmann::json::array();
  for (const auto& f : folders) {
    nlohmann::json e = {{"images", f.images}, {"failed", f.failed}, {"online", f.online}};
    put_path(e, "path", f.path.str());
    j["folders"].push_back(std::move(e));
  }
  j["model"] = model ? model->id : "";
  j["generation"] = db.generation();
  if (o.json) {
    std::cout << dump(j) << "\n";
    return kExitOk;
  }
  std::cout << "Library " << o.dir().string() << ": " << db.count_indexed() << " images, "
            << db.count_failed() << " failed\n";
  for (const auto& f : folders) {
    std::cout << "  " << escape_for_line(f.path.str()) << ": " << f.images << " images, "
              << f.failed << " failed" << (f.online ? "" : " (offline: not connected)") << "\n";
  }
  std::cout << "Image model: " << (model ? model->id : "(none yet)") << "\n";
  return kExitOk;
}

int run_errors(const LibraryOptions& o) {
  const Library library(o.dir(), Library::Access::kRead);
  const auto failed = library.db().failed_files();
  if (o.json) {
    nlohmann::json j;
    j["errors"] = nlohmann::json::array();
    for (const auto& f : failed) {
      nlohmann::json e = {{"error", f.error}};
      put_path(e, "path", f.path);
      j["errors"].push_back(std::move(e));
    }
    std::cout << dump(j) << "\n";
  } else {
    for (const auto& f : failed) std::cout << escape_for_line(f.error) << "\n";
    if (failed.empty()) std::cout << "No errors.\n";
  }
  return kExitOk;
}

struct ForgetOptions : LibraryOptions {
  std::string folder;
};

int run_forget(const ForgetOptions& o) {
  Library library(o.dir(), Library::Access::kWrite);
  const int64_t n = forget_folder(library, o.folder);
  if (o.json) {
    std::cout << dump({{"forgotten", o.folder}, {"images", n}}) << "\n";
  } else {
    std::cout << "Forgot " << o.folder << " (" << n
              << " images). The photos themselves are untouched.\n";
  }
  return kExitOk;
}

struct RelinkOptions : LibraryOptions {
  std::string from, to;
};

int run_relink(const RelinkOptions& o) {
  Library library(o.dir(), Library::Access::kWrite);
  const auto from = library.folder(FolderPath::from_user(o.from));
  if (!from) throw Error(ErrorKind::kNotFound, o.from, "not a folder of this library");
  library.relink(from->path, FolderPath::from_user(o.to));
  const auto to = FolderPath::from_user(o.to);
  if (o.json) {
    nlohmann::json j = {{"images", from->images}};
    put_path(j, "from", from->path.str());
    put_path(j, "to", to.str());
    std::cout << dump(j) << "\n";
  } else {
    std::cout << "Moved " << escape_for_line(from->path.str()) << " to "
              << escape_for_line(to.str()) << " (" << from->images
              << " images kept; run 'lingualens-cli index' to pick up changes made meanwhile).\n";
  }
  return kExitOk;
}

}  // namespace

void register_library_commands(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto io = std::make_shared<IndexOptions>();
  auto* index = app.add_subcommand("index", "Add folders to the library or bring them up to date");
  add_library_options(*index, *io);
  io->model.add_to(*index, true, false, false);
  index->add_option("folders", io->folders, "Photo folders (default: every folder of the library)")
      ->type_name("DIR");
  index->add_option("--exclude", io->excludes,
                    "Skip paths matching this pattern (relative to the folder; repeatable)");
  index->add_flag("--include-hidden", io->include_hidden, "Also index hidden files and folders");
  index->add_flag(
      "--fast", io->fast,
      "Fast indexing: decode JPEGs at reduced size (DCT scaling); slightly different embeddings "
      "from the exact path (see BENCHMARKS.md)");
  index
      ->add_option("--max-megapixels", io->max_megapixels,
                   "Refuse larger images (decompression bombs)")
      ->check(CLI::PositiveNumber);
  index->add_option("--batch", io->batch, "Images encoded and saved together")
      ->check(CLI::Range(1, 256));
  index->callback([io, &global, &exit_code] {
    configure_compute_threads(global.threads);
    exit_code = run_index(*io, global.threads);
  });

  auto so = std::make_shared<SearchOptions>();
  auto* search = app.add_subcommand(
      "search", "Find photos by describing them, in any language (no query: browse, newest first)");
  add_library_options(*search, *so);
  so->model.add_to(*search, true, true, true);
  search->add_option("query", so->query_words, "What to look for; +word adds, -word subtracts");
  search->add_option("--image", so->images, "An example image (repeatable)")->type_name("FILE");
  search->add_option("--top", so->top, "How many results")->check(CLI::Range(1, 100000));
  search->add_option("--offset", so->offset, "Skip this many results (paging)")
      ->check(CLI::NonNegativeNumber);
  search->add_option("--under", so->under, "Only photos in this folder (at any depth)")
      ->type_name("DIR");
  search->add_flag("--include-offline", so->include_offline,
                   "Also show photos of folders that are not connected now");
  search->add_option("--after", so->after, "Only photos taken on or after YYYY-MM-DD");
  search->add_option("--before", so->before, "Only photos taken on or before YYYY-MM-DD");
  search->add_flag("--literal", so->literal,
                   "Take the query as it is: no dates read out of it (\"July 2023\")");
  search->add_option("--min-score", so->min_score, "Only results at least this similar (cosine)");
  search
      ->add_option("--cutoff", so->cutoff, "'auto': hide results below the query's adaptive cutoff")
      ->check(CLI::IsMember({"none", "auto"}));
  search->add_option("--sort", so->sort, "Order: score or date")
      ->check(CLI::IsMember({"score", "date"}));
  search->callback([so, &global, &exit_code] {
    configure_compute_threads(global.threads);
    exit_code = run_search(*so);
  });

  auto st = std::make_shared<LibraryOptions>();
  auto* status = app.add_subcommand("status", "What the library holds: folders, counts, model");
  add_library_options(*status, *st);
  status->callback([st, &exit_code] { exit_code = run_status(*st); });

  auto er = std::make_shared<LibraryOptions>();
  auto* errors = app.add_subcommand("errors", "Files that could not be indexed, and why");
  add_library_options(*errors, *er);
  errors->callback([er, &exit_code] { exit_code = run_errors(*er); });

  auto fo = std::make_shared<ForgetOptions>();
  auto* forget = app.add_subcommand("forget", "Remove a folder from the library (the photos stay)");
  add_library_options(*forget, *fo);
  forget->add_option("folder", fo->folder, "A folder given to 'index' before")
      ->required()
      ->type_name("DIR");
  forget->callback([fo, &exit_code] { exit_code = run_forget(*fo); });

  auto ro = std::make_shared<RelinkOptions>();
  auto* relink = app.add_subcommand(
      "relink", "A folder of the library moved (another mount point, renamed): keep its photos");
  add_library_options(*relink, *ro);
  relink->add_option("old", ro->from, "The folder as the library knows it")
      ->required()
      ->type_name("DIR");
  relink->add_option("new", ro->to, "Where it is now")->required()->type_name("DIR");
  relink->callback([ro, &exit_code] { exit_code = run_relink(*ro); });
}

}  // namespace lingualens::cli
