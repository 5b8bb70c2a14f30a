#include "index/duplicates.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <numeric>
#include <unordered_map>

#include "core/error.h"
#include "core/image/perceptual_hash.h"

namespace lingualens {
namespace {

// Union-find over the candidates, remembering the loosest kind of link in each set.
struct Sets {
  std::vector<int> parent;
  std::vector<DuplicateKind> kind;
  explicit Sets(size_t n) : parent(n), kind(n, DuplicateKind::kIdentical) {
    std::iota(parent.begin(), parent.end(), 0);
  }
  int find(int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }
  void join(int a, int b, DuplicateKind k) {
    a = find(a);
    b = find(b);
    const DuplicateKind loosest = std::max({kind[a], kind[b], k});
    if (a != b) parent[b] = a;
    kind[a] = loosest;
  }
};

// Embeddings, normalised, read when a pair needs them.
class Embeddings {
 public:
  explicit Embeddings(const LibraryDb& db) : db_(db) {}
  float cosine(int64_t a, int64_t b) {
    const auto& x = get(a);
    const auto& y = get(b);
    if (x.empty() || x.size() != y.size()) return 0;
    return std::inner_product(x.begin(), x.end(), y.begin(), 0.f);
  }

 private:
  const std::vector<float>& get(int64_t id) {
    auto it = cache_.find(id);
    if (it != cache_.end()) return it->second;
    std::vector<float> v = db_.embedding(id).value_or(Embedding());
    double norm = 0;
    for (float f : v) norm += double(f) * f;
    if (norm > 0)
      for (float& f : v) f = static_cast<float>(f / std::sqrt(norm));
    return cache_.emplace(id, std::move(v)).first->second;
  }
  const LibraryDb& db_;
  std::unordered_map<int64_t, std::vector<float>> cache_;
};

// Same photo: multi-index hashing (Norouzi et al.). Every orientation's hash is cut into four
// 16-bit chunks; two hashes at most 4(r+1)-1 bits apart have a chunk within r bits, so probing
// each chunk's buckets within radius r finds every such pair without comparing all pairs. All
// 8 orientations of each photo are in the index and each photo probes once, as shown: buckets
// are read in order (the work is bound by memory latency, not arithmetic). Buckets hold
// ~8n/65536 entries, so the work grows about linearly with the library.
class HashIndex {
 public:
  struct Entry {
    uint64_t hash;  // one orientation of the photo
    int index;
  };
  explicit HashIndex(const std::vector<DuplicateCandidate>& c) {
    for (int t = 0; t < 4; ++t) {
      std::vector<uint32_t>& start = start_[t];
      start.assign(65537, 0);
      for (const auto& x : c)
        if (x.phash)
          for (uint64_t h : *x.phash) ++start[chunk(h, t) + 1];
      for (size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
      std::vector<uint32_t> fill(start.begin(), start.end() - 1);
      entries_[t].resize(start.back());
      for (int i = 0; i < static_cast<int>(c.size()); ++i) {
        if (!c[i].phash) continue;
        for (uint64_t h : *c[i].phash) entries_[t][fill[chunk(h, t)]++] = {h, i};
      }
    }
  }
  // Calls fn(entry) for every entry that may be within 4(radius+1)-1 bits of `h` (some are
  // farther: the caller checks; some are met more than once).
  template <typename Fn>
  void probe(uint64_t h, int radius, Fn&& fn) const {
    for (int t = 0; t < 4; ++t) {
      const uint32_t key = chunk(h, t);
      visit(t, key, fn);
      for (int a = 0; radius >= 1 && a < 16; ++a) {
        visit(t, key ^ (1u << a), fn);
        for (int b = a + 1; radius >= 2 && b < 16; ++b) visit(t, key ^ (1u << a) ^ (1u << b), fn);
      }
    }
  }

 private:
  static uint32_t chunk(uint64_t h, int t) { return static_cast<uint32_t>(h >> (16 * t)) & 0xffff; }
  template <typename Fn>
  void visit(int t, uint32_t key, Fn& fn) const {
    for (uint32_t k = start_[t][key]; k < start_[t][key + 1]; ++k) fn(entries_[t][k]);
  }
  std::vector<uint32_t> start_[4];
  std::vector<Entry> entries_[4];
};

void join_same_photos(const std::vector<DuplicateCandidate>& c, const DuplicateParams& p,
                      Embeddings& embeddings, Sets& sets, const CancelFn& cancel) {
  const HashIndex index(c);
  // Radius 1: every pair up to 7 bits apart is found for sure, and most pairs up to
  // same_max_bits (a pair 8–10 bits apart is missed only when its differing bits spread over
  // all four chunks, 2+ each). Radius 2 would cover 11 bits for sure at 8× the probes.
  const int radius = p.same_max_bits <= 3 ? 0 : 1;
  std::vector<int> checked(c.size(), -1);  // the last `i` each candidate was compared with
  for (int i = 0; i < static_cast<int>(c.size()); ++i) {
    if (!c[i].phash) continue;
    if ((i & 1023) == 0 && cancel && cancel())
      throw Error(ErrorKind::kCancelled, "duplicate search cancelled");
    const uint64_t shown = (*c[i].phash)[0];
    index.probe(shown, radius, [&](const HashIndex::Entry& e) {
      if (e.index <= i || checked[e.index] == i) return;
      if (hash_distance(e.hash, shown) > p.same_max_bits) return;
      checked[e.index] = i;
      if (sets.find(i) == sets.find(e.index)) return;  // already one photo (identical files)
      const int bits = oriented_distance(shown, *c[e.index].phash);  // the closest orientation
      if (bits <= p.same_sure_bits ||
          embeddings.cosine(c[i].id, c[e.index].id) >= p.same_confirm_cosine)
        sets.join(i, e.index, DuplicateKind::kSame);
    });
  }
}

// Similar shots: neighbours in time whose embeddings nearly agree.
void join_similar_shots(const std::vector<DuplicateCandidate>& c, const DuplicateParams& p,
                        Embeddings& embeddings, Sets& sets, const CancelFn& cancel) {
  std::vector<int> by_time;
  for (int i = 0; i < static_cast<int>(c.size()); ++i)
    if (c[i].taken_at) by_time.push_back(i);
  std::sort(by_time.begin(), by_time.end(),
            [&](int a, int b) { return *c[a].taken_at < *c[b].taken_at; });
  for (size_t a = 0; a < by_time.size(); ++a) {
    if ((a & 1023) == 0 && cancel && cancel())
      throw Error(ErrorKind::kCancelled, "duplicate search cancelled");
    const int i = by_time[a];
    for (size_t b = a + 1; b < by_time.size(); ++b) {
      const int j = by_time[b];
      if (*c[j].taken_at - *c[i].taken_at > p.similar_max_seconds) break;
      if (sets.find(i) == sets.find(j)) continue;
      if (embeddings.cosine(c[i].id, c[j].id) >= p.similar_min_cosine)
        sets.join(i, j, DuplicateKind::kSimilar);
    }
  }
}

// Formats cameras and phones write: a PNG, BMP or TIFF of a photo is nearly always a
// conversion of one of these, so the original is the one in a camera format.
bool camera_format(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return ext == ".jpg" || ext == ".jpeg" || ext == ".heic" || ext == ".heif" || ext == ".avif";
}

// The photo to keep first: the most pixels, then the original format over conversions, then
// the camera's data, then the largest file (the least recompressed), then the oldest file.
// Says why, against the runner-up.
void order_by_keeping(DuplicateGroup& g) {
  auto pixels = [](const DuplicateFile& f) { return int64_t(f.photo.width) * f.photo.height; };
  auto better = [&](const DuplicateFile& a, const DuplicateFile& b) {
    if (pixels(a) != pixels(b)) return pixels(a) > pixels(b);
    const bool ca = camera_format(a.photo.path), cb = camera_format(b.photo.path);
    if (ca != cb) return ca;
    if (a.photo.has_exif != b.photo.has_exif) return a.photo.has_exif;
    if (a.photo.size != b.photo.size) return a.photo.size > b.photo.size;
    if (a.photo.mtime_ns != b.photo.mtime_ns) return a.photo.mtime_ns < b.photo.mtime_ns;
    return a.photo.path < b.photo.path;
  };
  std::sort(g.files.begin(), g.files.end(), better);
  const DuplicateFile& keep = g.files[0];
  const DuplicateFile& next = g.files[1];
  std::string why;
  if (pixels(keep) != pixels(next))
    why = "the most pixels (" + std::to_string(keep.photo.width) + "\u00d7" +
          std::to_string(keep.photo.height) + ")";
  else if (camera_format(keep.photo.path) != camera_format(next.photo.path))
    why = "same size; the camera's format (the other is a conversion)";
  else if (keep.photo.has_exif != next.photo.has_exif)
    why = "same size; it has the camera's data (EXIF)";
  else if (keep.photo.size != next.photo.size)
    why = "same size; the largest file (least recompressed)";
  else
    why = "the oldest file";
  g.files[0].note = "kept: " + why + (g.files[0].note.empty() ? "" : "; " + g.files[0].note);
}

}  // namespace

const char* to_string(DuplicateKind kind) {
  switch (kind) {
    case DuplicateKind::kIdentical:
      return "identical";
    case DuplicateKind::kSame:
      return "same";
    case DuplicateKind::kSimilar:
      return "similar";
  }
  return "?";
}

std::optional<DuplicateKind> parse_duplicate_kind(std::string_view text) {
  for (auto k : {DuplicateKind::kIdentical, DuplicateKind::kSame, DuplicateKind::kSimilar})
    if (text == to_string(k)) return k;
  return std::nullopt;
}

std::vector<DuplicateGroup> find_duplicates(Library& library, const DuplicateParams& params,
                                            const ProgressFn& progress, const CancelFn& cancel) {
  LibraryScope scope = params.scope;
  scope.include_offline = true;  // shown (not offered for removal) when not connected
  const auto folders = library.folders(/*counts=*/false);
  const std::vector<DuplicateCandidate> c =
      library.db().duplicate_candidates(Library::filter(scope, folders));
  if (progress) progress(0, 3);
  Sets sets(c.size());
  std::unordered_map<std::string, int> by_content;
  for (int i = 0; i < static_cast<int>(c.size()); ++i) {
    if (c[i].hash.empty()) continue;
    auto [it, fresh] = by_content.emplace(c[i].hash, i);
    if (!fresh) sets.join(it->second, i, DuplicateKind::kIdentical);
  }
  if (progress) progress(1, 3);
  // Asked for one kind: only links that close are followed (identical files within "same"
  // groups, but no burst merging two "same" groups into one "similar" group).
  const DuplicateKind loosest = params.only.value_or(DuplicateKind::kSimilar);
  Embeddings embeddings(library.db());
  if (loosest >= DuplicateKind::kSame) join_same_photos(c, params, embeddings, sets, cancel);
  if (progress) progress(2, 3);
  if (loosest >= DuplicateKind::kSimilar) join_similar_shots(c, params, embeddings, sets, cancel);
  if (progress) progress(3, 3);

  std::unordered_map<int64_t, bool> online;
  for (const auto& f : folders) online[f.id] = f.online;
  std::unordered_map<int, DuplicateGroup> groups;
  for (int i = 0; i < static_cast<int>(c.size()); ++i) {
    DuplicateFile f;
    f.photo = c[i];
    if (!online[c[i].root_id]) {
      f.removable = false;
      f.note = "its folder is not connected";
    } else if (::access(std::filesystem::path(c[i].path).parent_path().c_str(), W_OK) != 0) {
      f.removable = false;
      f.note = "its folder is read-only";
    }
    groups[sets.find(i)].files.push_back(std::move(f));
  }
  std::vector<DuplicateGroup> out;
  for (auto& [root, g] : groups) {
    if (g.files.size() < 2) continue;
    g.kind = sets.kind[root];
    if (params.only && g.kind != *params.only) continue;
    order_by_keeping(g);
    out.push_back(std::move(g));
  }
  std::sort(out.begin(), out.end(), [](const DuplicateGroup& a, const DuplicateGroup& b) {
    return a.files[0].photo.path < b.files[0].photo.path;
  });
  return out;
}

}  // namespace lingualens
