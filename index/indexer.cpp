#include "index/indexer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <thread>
#include <unordered_map>

#include "core/error.h"
#include "core/image/encode_files.h"
#include "core/image/perceptual_hash.h"
#include "core/image/photo_metadata.h"
#include "core/places/gazetteer.h"
#include "core/util/file_hash.h"
#include "index/library.h"
#include "index/vector_index.h"

namespace lingualens {
namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// Whether a known file lies in a folder the scan could not read: it is kept, not removed.
bool under_unreadable(const std::string& root, const std::string& rel,
                      const std::vector<ScanIssue>& issues) {
  const std::string path = (std::filesystem::path(root) / rel).string();
  for (const auto& issue : issues) {
    if (FolderPath::from_stored(issue.path).contains(path)) return true;
  }
  return false;
}

// A file the run must (re)process.
struct Pending {
  ScannedFile file;
  int64_t root_id = 0;
  bool known = false;  // an existing row (changed content) rather than a new path
  std::string hash;
};

class Run {
 public:
  Run(Library& library, const ImageEncoder& encoder, const IndexParams& params,
      const IndexProgressFn& progress, const CancelFn& cancel)
      : library_(library),
        db_(library.db()),
        encoder_(encoder),
        params_(params),
        progress_(progress),
        cancel_(cancel) {}

  IndexSummary go();

 private:
  void report(const std::string& phase, const std::string& current);
  bool cancelled() const { return cancel_ && cancel_(); }
  void process_root(const std::string& root);
  void encode(const std::string& root, std::vector<Pending>& pending);
  // Photos indexed before perceptual hashes: hashed now from a small decode, not re-encoded.
  void add_missing_hashes(const std::string& root, const std::vector<FileState>& states);

  Library& library_;
  LibraryDb& db_;
  const ImageEncoder& encoder_;
  const IndexParams& params_;
  const IndexProgressFn& progress_;
  const CancelFn& cancel_;
  std::string model_id_;
  IndexSummary summary_;
  Clock::time_point start_ = Clock::now();
  int64_t done_ = 0, total_ = 0, encoded_ = 0;
};

void Run::report(const std::string& phase, const std::string& current) {
  if (!progress_) return;
  IndexProgress p;
  p.phase = phase;
  p.done = done_;
  p.total = total_;
  p.current = current;
  const double t = summary_.encode_seconds;
  p.images_per_second = t > 0 ? encoded_ / t : 0;
  if (p.images_per_second > 0 && total_ > done_)
    p.eta_seconds = (total_ - done_) / p.images_per_second;
  progress_(p);
}

void Run::add_missing_hashes(const std::string& root, const std::vector<FileState>& states) {
  if (states.empty()) return;
  report("hashing", root);
  // A 32×32 hash needs no full decode: JPEGs come at 1/8 scale in the DCT domain.
  DecodeOptions small = params_.decode;
  small.jpeg_reduce_to = 64;
  const size_t threads = params_.decode_threads > 0
                             ? static_cast<size_t>(params_.decode_threads)
                             : std::max<size_t>(1, std::thread::hardware_concurrency());
  constexpr size_t kChunk = 256;  // committed together; a crash loses at most this many
  for (size_t start = 0; start < states.size(); start += kChunk) {
    if (cancelled()) throw Error(ErrorKind::kCancelled, "indexing cancelled");
    const size_t count = std::min(kChunk, states.size() - start);
    std::vector<std::optional<PerceptualHashes>> hashes(count);
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t k; (k = next++) < count;) {
        try {
          const auto file = std::filesystem::path(root) / states[start + k].rel_path;
          hashes[k] = perceptual_hashes(decode_image_file(file, small).image);
        } catch (const std::exception&) {
          // Unreadable now: it keeps its embedding and gets its hash at a later scan.
        }
      }
    };
    std::vector<std::thread> pool;
    for (size_t t = 1; t < std::min(threads, count); ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    LibraryDb::Transaction batch(db_);
    for (size_t k = 0; k < count; ++k) {
      if (hashes[k]) db_.set_phash(states[start + k].id, *hashes[k]);
    }
    batch.commit();
  }
}

void Run::process_root(const std::string& root) {
  report("scanning", root);
  ScanResult scan;
  try {
    scan = scan_folder(root, params_.scan, cancel_);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kNotFound) throw;
    summary_.offline.push_back(root);  // unplugged while we got here: its photos stay
    return;
  }
  summary_.scanned += static_cast<int64_t>(scan.files.size());
  for (auto& issue : scan.issues) summary_.scan_issues.push_back(std::move(issue));
  for (const auto& [ext, n] : scan.unsupported) summary_.unsupported[ext] += n;
  if (scan.files.empty()) summary_.without_photos.push_back(root);
  const int64_t root_id = db_.add_root(root);

  std::unordered_map<std::string, FileState> known;
  std::vector<FileState> unhashed;  // unchanged and indexed, but without perceptual hashes
  for (auto& s : db_.file_states(root_id)) known.emplace(s.rel_path, std::move(s));

  std::vector<Pending> pending;
  for (const auto& f : scan.files) {
    auto it = known.find(f.rel_path);
    if (it != known.end()) {
      const bool same = it->second.size == f.size && it->second.mtime_ns == f.mtime_ns &&
                        !(params_.retry_failed && it->second.failed);
      if (same && !it->second.failed && !it->second.has_phash) unhashed.push_back(it->second);
      known.erase(it);  // what stays in `known` is gone from disk
      if (same) {
        ++summary_.unchanged;
        continue;
      }
      pending.push_back({f, root_id, true, {}});
    } else {
      pending.push_back({f, root_id, false, {}});
    }
  }
  total_ += static_cast<int64_t>(pending.size());

  // Content hashes: identical content already indexed (a move, rename or copy) reuses its
  // embedding. Files that vanished since the scan are simply skipped.
  report("hashing", root);
  std::vector<Pending> to_encode;
  std::vector<ImageRecord> reused;
  for (auto& p : pending) {
    if (cancelled()) throw Error(ErrorKind::kCancelled, "indexing cancelled");
    try {
      p.hash = hash_file(std::filesystem::path(root) / p.file.rel_path);
    } catch (const Error&) {
      ++done_;
      continue;  // gone or unreadable now: the next run sees it again
    }
    if (auto hit = db_.find_by_hash(p.hash, model_id_)) {
      if (hit->taken_source == CaptureSource::kFile) {  // a file time is this file's own
        const CaptureTime t = capture_time_from_file(p.file.mtime_ns);
        hit->taken_at = t.wall;
        hit->taken_offset = t.offset_minutes;
      }
      hit->root_id = root_id;
      hit->rel_path = p.file.rel_path;
      hit->size = p.file.size;
      hit->mtime_ns = p.file.mtime_ns;
      reused.push_back(std::move(*hit));
    } else {
      to_encode.push_back(std::move(p));
    }
  }
  if (!reused.empty()) {
    LibraryDb::Transaction batch(db_);
    for (const auto& r : reused) db_.upsert(r);
    batch.commit();
    summary_.reused += static_cast<int64_t>(reused.size());
    done_ += static_cast<int64_t>(reused.size());
  }

  encode(root, to_encode);
  add_missing_hashes(root, unhashed);

  // Only now drop what disappeared: a moved file has already taken its embedding over. Files
  // in sub-folders the scan could not read are not known to be gone: they stay.
  std::vector<int64_t> gone;
  for (const auto& [rel, state] : known) {
    if (!under_unreadable(root, rel, scan.issues)) gone.push_back(state.id);
  }
  if (!gone.empty()) {
    LibraryDb::Transaction batch(db_);
    for (int64_t id : gone) db_.remove(id);
    batch.commit();
    summary_.removed += static_cast<int64_t>(gone.size());
  }
  summary_.unreadable += db_.count_failed(root_id);
}

void Run::encode(const std::string& root, std::vector<Pending>& pending) {
  if (pending.empty()) return;
  std::vector<std::filesystem::path> paths;
  for (const auto& p : pending) paths.push_back(std::filesystem::path(root) / p.file.rel_path);
  std::vector<ImageRecord> records(pending.size());
  EncodeFilesParams ep;
  ep.decode = params_.decode;
  if (params_.fast && ep.decode.jpeg_reduce_to == 0)
    ep.decode.jpeg_reduce_to = 2 * encoder_.input_size();
  ep.decode_threads = params_.decode_threads;
  // Decoding threads each fill their own record: no two touch the same element.
  ep.on_decoded = [&](size_t k, const DecodedImage& d) {
    PhotoMetadata meta = read_photo_metadata(paths[k]);
    records[k].width = d.display_width();
    records[k].height = d.display_height();
    if (meta.taken_at) {
      records[k].taken_at = meta.taken_at;
      records[k].taken_offset = meta.taken_offset;
      records[k].taken_source = CaptureSource::kExif;
    } else {
      const CaptureTime t = capture_time_from_file(pending[k].file.mtime_ns);
      records[k].taken_at = t.wall;
      records[k].taken_offset = t.offset_minutes;
      records[k].taken_source = t.source;
    }
    records[k].phash = perceptual_hashes(d.image);  // as shown (orientation applied)
    records[k].camera = std::move(meta.camera);
    records[k].latitude = meta.latitude;
    records[k].longitude = meta.longitude;
  };
  // Each encoded batch is committed at once: a crash loses at most the batch in flight.
  auto batch_start = Clock::now();
  ep.on_batch = [&](size_t start, size_t count, std::vector<ImageFileResult>& results) {
    summary_.encode_seconds += since(batch_start);
    {
      LibraryDb::Transaction batch(db_);
      for (size_t k = start; k < start + count; ++k) {
        const Pending& p = pending[k];
        ImageRecord& r = records[k];
        r.root_id = p.root_id;
        r.rel_path = p.file.rel_path;
        r.size = p.file.size;
        r.mtime_ns = p.file.mtime_ns;
        r.hash = p.hash;
        r.model_id = model_id_;
        if (results[k].embedding) {
          r.embedding = std::move(*results[k].embedding);
          ++encoded_;
          ++(p.known ? summary_.updated : summary_.added);
        } else {
          r.failed = true;
          r.error = results[k].error;
          ++summary_.failed;
        }
        db_.upsert(r);
        r.embedding = Embedding();  // saved: free it
      }
      batch.commit();
    }
    done_ += static_cast<int64_t>(count);
    report("encoding", start + count < paths.size() ? paths[start + count].string() : root);
    batch_start = Clock::now();
  };
  encode_image_files(encoder_, paths, ep, {}, cancel_);
}

IndexSummary Run::go() {
  model_id_ = library_.use_model(encoder_).id;
  // Every folder is checked before any work: a typo fails at once, an offline folder of the
  // library is skipped with its photos kept.
  std::vector<std::string> roots;
  if (params_.folders.empty()) {
    for (const auto& f : library_.folders(false)) {
      (f.online ? roots : summary_.offline).push_back(f.path.str());
    }
    if (roots.empty() && summary_.offline.empty()) {
      throw Error(ErrorKind::kInvalidArgument, db_.dir(),
                  "the library has no folders yet: name a folder of photos to index");
    }
  }
  for (const auto& given : params_.folders) {
    const FolderPath folder = FolderPath::from_user(given);
    std::error_code ec;
    if (std::filesystem::is_directory(folder.path(), ec)) {
      roots.push_back(folder.str());
    } else if (library_.folder(folder)) {
      summary_.offline.push_back(folder.str());
    } else {
      throw Error(ErrorKind::kNotFound, given, "folder not found");
    }
  }
  for (const auto& root : roots) process_root(root);
  if (params_.places) {
    report("places", db_.dir().string());
    if (auto gazetteer = Gazetteer::shared(&summary_.places_error))
      summary_.places = library_.assign_places(*gazetteer);
  }
  report("saving", db_.dir().string());
  library_.save_vectors();
  summary_.seconds = since(start_);
  summary_.images_per_second = summary_.encode_seconds > 0 ? encoded_ / summary_.encode_seconds : 0;
  report("done", "");
  return summary_;
}

}  // namespace

IndexSummary index_folders(Library& library, const ImageEncoder& encoder, const IndexParams& params,
                           const IndexProgressFn& progress, const CancelFn& cancel) {
  Run run(library, encoder, params, progress, cancel);
  return run.go();
}

int64_t forget_folder(Library& library, const std::filesystem::path& folder) {
  const auto root = library.folder(FolderPath::from_user(folder));
  if (!root) throw Error(ErrorKind::kNotFound, folder, "not a folder of this library");
  library.db().remove_root(root->id);
  library.save_vectors();
  return root->images + root->failed;
}

std::string unsupported_summary(const std::map<std::string, int64_t>& unsupported) {
  std::vector<std::pair<std::string, int64_t>> kinds(unsupported.begin(), unsupported.end());
  std::stable_sort(kinds.begin(), kinds.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  int64_t total = 0;
  std::string parts;
  for (const auto& [ext, n] : kinds) {
    total += n;
    if (!parts.empty()) parts += ", ";
    parts += (ext.empty() ? std::string("no extension") : ext) + " \u00d7" + std::to_string(n);
  }
  if (total == 0) return {};
  return std::to_string(total) + (total == 1 ? " file" : " files") + " not supported: " + parts;
}

}  // namespace lingualens
