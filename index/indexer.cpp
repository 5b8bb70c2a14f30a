#include "index/indexer.h"

#include <chrono>
#include <map>
#include <unordered_map>

#include "core/error.h"
#include "core/image/encode_files.h"
#include "core/image/photo_metadata.h"
#include "core/util/file_hash.h"
#include "index/library_db.h"
#include "index/vector_index.h"

namespace lingualens {
namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

std::string absolute_folder(const std::filesystem::path& folder) {
  std::error_code ec;
  auto abs = std::filesystem::weakly_canonical(std::filesystem::absolute(folder, ec), ec);
  if (ec) abs = std::filesystem::absolute(folder);
  std::string s = abs.string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
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
  Run(LibraryDb& db, const ImageEncoder& encoder, const IndexParams& params,
      const IndexProgressFn& progress, const CancelFn& cancel)
      : db_(db),
        encoder_(encoder),
        params_(params),
        progress_(progress),
        cancel_(cancel),
        model_id_(image_model_id(encoder)) {}

  IndexSummary go();

 private:
  void check_model();
  void report(const std::string& phase, const std::string& current);
  bool cancelled() const { return cancel_ && cancel_(); }
  void process_root(const std::string& root);
  void encode(const std::string& root, std::vector<Pending>& pending);

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

void Run::check_model() {
  const auto stored = db_.meta("image_model");
  if (stored && *stored != model_id_ && db_.count_indexed() > 0) {
    throw Error(ErrorKind::kMismatch, db_.dir(),
                "this library was indexed with another image model (" + *stored +
                    "); use that model, or a new library folder for this one (" + model_id_ + ")");
  }
  db_.set_meta("image_model", model_id_);
  db_.set_meta("image_dim", std::to_string(encoder_.dim()));
}

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

void Run::process_root(const std::string& root) {
  report("scanning", root);
  ScanResult scan = scan_folder(root, params_.scan, cancel_);
  summary_.scanned += static_cast<int64_t>(scan.files.size());
  for (auto& issue : scan.issues) summary_.scan_issues.push_back(std::move(issue));
  const int64_t root_id = db_.add_root(root);

  std::unordered_map<std::string, FileState> known;
  for (auto& s : db_.file_states(root_id)) known.emplace(s.rel_path, std::move(s));

  std::vector<Pending> pending;
  for (const auto& f : scan.files) {
    auto it = known.find(f.rel_path);
    if (it != known.end()) {
      const bool same = it->second.size == f.size && it->second.mtime_ns == f.mtime_ns;
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
    db_.begin();
    for (const auto& r : reused) db_.upsert(r);
    db_.commit();
    summary_.reused += static_cast<int64_t>(reused.size());
    done_ += static_cast<int64_t>(reused.size());
  }

  encode(root, to_encode);

  // Only now drop what disappeared: a moved file has already taken its embedding over.
  if (!known.empty()) {
    db_.begin();
    for (const auto& [rel, state] : known) db_.remove(state.id);
    db_.commit();
    summary_.removed += static_cast<int64_t>(known.size());
  }
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
    records[k].taken_at = meta.taken_at;
    records[k].camera = std::move(meta.camera);
    records[k].latitude = meta.latitude;
    records[k].longitude = meta.longitude;
  };
  // Each encoded batch is committed at once: a crash loses at most the batch in flight.
  auto batch_start = Clock::now();
  ep.on_batch = [&](size_t start, size_t count, std::vector<ImageFileResult>& results) {
    summary_.encode_seconds += since(batch_start);
    db_.begin();
    try {
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
      db_.commit();
    } catch (...) {
      db_.rollback();
      throw;
    }
    done_ += static_cast<int64_t>(count);
    report("encoding", start + count < paths.size() ? paths[start + count].string() : root);
    batch_start = Clock::now();
  };
  encode_image_files(encoder_, paths, ep, {}, cancel_);
}

IndexSummary Run::go() {
  check_model();
  std::vector<std::string> roots;
  for (const auto& f : params_.folders) {
    std::error_code ec;
    if (!std::filesystem::is_directory(f, ec))
      throw Error(ErrorKind::kNotFound, f, "folder not found");
    roots.push_back(absolute_folder(f));
  }
  for (const auto& root : roots) process_root(root);
  report("saving", db_.dir().string());
  auto index = up_to_date_index(db_, model_id_, encoder_.dim(), nullptr, -1);
  index->save(vector_index_file(db_.dir()), db_.generation(), model_id_);
  summary_.seconds = since(start_);
  summary_.images_per_second = summary_.encode_seconds > 0 ? encoded_ / summary_.encode_seconds : 0;
  report("done", "");
  return summary_;
}

}  // namespace

std::string image_model_id(const ImageEncoder& encoder) {
  const auto& info = encoder.info();
  std::error_code ec;
  const std::string print = std::filesystem::is_regular_file(info.weights_file, ec)
                                ? model_fingerprint(info.weights_file)
                                : "in-memory:" + info.weights_file.string();
  return info.architecture + "/" + std::to_string(info.dim) + "/" + print;
}

IndexSummary index_folders(LibraryDb& db, const ImageEncoder& encoder, const IndexParams& params,
                           const IndexProgressFn& progress, const CancelFn& cancel) {
  Run run(db, encoder, params, progress, cancel);
  return run.go();
}

int64_t forget_folder(LibraryDb& db, const std::filesystem::path& folder) {
  const std::string path = absolute_folder(folder);
  const auto root = db.find_root(path);
  if (!root) throw Error(ErrorKind::kNotFound, folder, "not a folder of this library");
  db.remove_root(root->id);
  if (const auto model = db.meta("image_model"); model && db.meta("image_dim")) {
    auto index = up_to_date_index(db, *model, std::stoi(*db.meta("image_dim")), nullptr, -1);
    index->save(vector_index_file(db.dir()), db.generation(), *model);
  }
  return root->images + root->failed;
}

std::filesystem::path vector_index_file(const std::filesystem::path& library_dir) {
  return library_dir / "vectors.faiss";
}

}  // namespace lingualens
