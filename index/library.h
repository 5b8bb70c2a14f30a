// The photo library as one object: its database, its searchable vector index, and the
// conventions that hold them together, kept in one place instead of in every caller:
// - the model identity: which image model the embeddings belong to (ModelIdentity, from the
//   weights the encoder actually loaded; never by re-reading the model file per search);
// - its folders as typed, canonical paths (FolderPath), each online or offline: a folder whose
//   drive is unplugged keeps its photos, leaves search results unless asked for, and comes
//   back without re-encoding when the drive returns (or after relink());
// - the metadata keys of the database;
// - write batches (LibraryDb::Transaction: commits, or rolls back in its destructor).
// The CLI, the app's engine and its indexing worker all go through it.
//
// Thread-safety: one instance per thread. Readers (kRead) never wait for the writer.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "index/folder_path.h"
#include "index/library_db.h"

namespace lingualens {

class Gazetteer;

class ImageEncoder;
class VectorIndex;
struct VectorIndexParams;

// The database's metadata keys.
namespace meta_key {
inline constexpr char kImageModel[] = "image_model";  // ModelIdentity::id of the embeddings
inline constexpr char kImageDim[] = "image_dim";      // their size
}  // namespace meta_key

// Which image model a library's embeddings come from: "<architecture>/<dim>/<fingerprint>".
struct ModelIdentity {
  std::string id;
  int dim = 0;
};
ModelIdentity model_identity(const ImageEncoder& encoder);

struct LibraryFolder {
  int64_t id = 0;
  FolderPath path;
  int64_t images = 0;
  int64_t failed = 0;
  bool online = true;  // the folder is there now (checked when listed)
};

// Which images a search or a browse may show.
struct LibraryScope {
  std::optional<FolderPath> under;  // only images in this folder, at any depth
  bool include_offline = false;     // also images of folders that are not there now
  std::optional<int64_t> taken_after, taken_before;  // wall-clock seconds, inclusive
  // A season: photos whose GPS latitude is south of the equator are in this range instead of
  // the one above (their summer is December to February).
  std::optional<int64_t> south_after, south_before;
  // Where: an ISO country code and/or a place name (the gazetteer's). Photos without a known
  // place (no GPS) never match.
  std::optional<std::string> country, place;
  std::optional<std::string> place_country;  // `place` is the one of this country
  // Photos within this box count as taken at `place` whatever their own nearest place is (a
  // suburb, an enclave).
  std::optional<GeoBox> near_place;
};

class Library {
 public:
  enum class Access { kRead, kWrite };
  // Throws Error naming the folder, as LibraryDb does (kNotFound: no library to read yet).
  Library(const std::filesystem::path& dir, Access access);
  ~Library();
  Library(const Library&) = delete;
  Library& operator=(const Library&) = delete;

  const std::filesystem::path& dir() const;
  LibraryDb& db();
  const LibraryDb& db() const;

  // The model of the stored embeddings; nullopt for a library with none yet.
  std::optional<ModelIdentity> model() const;
  // Checks that `encoder` is the library's model and, with write access, records it for an
  // empty library. Throws kMismatch naming both. A library indexed by an older LinguaLens
  // (model named by its file's fingerprint) is accepted when the encoder's file still gives
  // that fingerprint; with write access it is renamed to the new identity.
  ModelIdentity use_model(const ImageEncoder& encoder);

  // Every folder, checked online now; `counts`: also its image and failure counts (a scan of
  // the folder's index entries: leave them out where only paths matter).
  std::vector<LibraryFolder> folders(bool counts = true) const;
  // The library folder equal to `path`, if any.
  std::optional<LibraryFolder> folder(const FolderPath& path) const;
  // The library folder containing this file or folder (the innermost one), if any.
  std::optional<LibraryFolder> folder_of(std::string_view absolute_path) const;
  // Moves folder `from` to `to` (a drive mounted elsewhere, a renamed folder): every photo
  // keeps its embedding. Throws kNotFound (not a folder of the library, `to` missing) or
  // kInvalidArgument (`to` is already a folder of the library).
  void relink(const FolderPath& from, const FolderPath& to);

  ImageFilter filter(const LibraryScope& scope) const;
  // The same from folders already listed (one listing serves a whole search).
  static ImageFilter filter(const LibraryScope& scope, const std::vector<LibraryFolder>& folders);

  // The searchable vector index, up to date with the database (cheap when nothing changed);
  // nullptr while the library has no model yet.
  const VectorIndex* vectors();
  // Writes the index beside the database when it is newer than the saved one; first builds it
  // anew when it is due (rebuild_due(): the library crossed the exact/compressed threshold or
  // outgrew what the compressed index was trained on), so searches never wait for that.
  // Looks up where each photo with a GPS position and no place yet was taken (nearest place
  // within reach, its region and country) and stores it, in one commit; the embeddings and
  // the vector index are untouched. Returns how many photos got a place looked up.
  int64_t assign_places(const Gazetteer& gazetteer);
  void save_vectors();
  // How the vector index is built and searched (tests and benchmarks; the float store always
  // lives in the library folder).
  void set_vector_params(const VectorIndexParams& params);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Where the FAISS index of a library lives.
std::filesystem::path vector_index_file(const std::filesystem::path& library_dir);

}  // namespace lingualens
