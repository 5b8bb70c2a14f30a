#include "core/models/model_import.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

#include "core/error.h"
#include "core/models/checksum_list.h"
#include "core/models/model_download.h"
#include "core/util/regular_file.h"
#include "core/weights/checkpoint.h"

namespace lingualens {
namespace fs = std::filesystem;
namespace {

struct Match {
  const ModelFile* file = nullptr;
  const ModelSource* source = nullptr;
};

Match by_checksum(const ModelManifest& m, const std::string& sha) {
  for (const auto& f : m.files) {
    for (const auto& s : f.sources) {
      if (!s.sha256.empty() && s.sha256 == sha) return {&f, &s};
    }
  }
  return {};
}

Match by_name(const ModelManifest& m, const std::string& name) {
  for (const auto& f : m.files) {
    for (const auto& s : f.sources) {
      if (fs::path(f.path_of(s)).filename() == name) return {&f, &s};
    }
  }
  return {};
}

// Without a published checksum, a file must at least read as what its name says.
std::string format_problem(const fs::path& file) {
  const std::string ext = file.extension().string();
  try {
    if (ext == ".json") {
      std::ifstream in(file, std::ios::binary);
      if (!nlohmann::json::parse(in, nullptr, false).is_object()) return "not a JSON object";
    } else if (ext == ".bin" || ext == ".pt" || ext == ".safetensors" || ext == ".pkl") {
      if (ext == ".pkl") return "";  // the head: read by the text encoder, checked at load
      if (load_state_dict(file).size() == 0) return "holds no tensors";
    }
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

void copy_into_place(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::create_directories(to.parent_path(), ec);
  if (ec) throw Error(ErrorKind::kIo, to.parent_path(), "cannot create folder: " + ec.message());
  const fs::path part = to.string() + ".part";
  fs::copy_file(from, part, fs::copy_options::overwrite_existing, ec);
  if (ec) throw Error(ErrorKind::kIo, part, "cannot copy " + from.string() + ": " + ec.message());
  fs::rename(part, to, ec);
  if (ec) throw Error(ErrorKind::kIo, to, "cannot move the copy into place: " + ec.message());
}

ImportReport import_one(const fs::path& models_dir, const ModelManifest& manifest,
                        const fs::path& file, std::map<std::string, std::string>& recorded,
                        bool in_folder) {
  ImportReport r;
  r.from = file;
  try {
    require_regular_file(file);
    const std::string sha = sha256_file(file);
    Match m = by_checksum(manifest, sha);
    if (m.file) {
      r.verified = true;
      r.message = "matches the published SHA-256";
    } else {
      m = by_name(manifest, file.filename().string());
      if (!m.file) {
        r.ignored = in_folder;
        r.message = "not one of the model files (nothing published has this checksum or name)";
        return r;
      }
      if (!m.source->sha256.empty()) {
        r.message = "named like " + m.file->path_of(*m.source) + " but its SHA-256 " +
                    sha.substr(0, 12) + "… is not the published " + m.source->sha256.substr(0, 12) +
                    "… (a different or damaged file)";
        return r;
      }
      if (const std::string why = format_problem(file); !why.empty()) {
        r.message = "named like " + m.file->path_of(*m.source) + " but unreadable: " + why;
        return r;
      }
      r.message = "recognised by name and format (no published checksum to compare with)";
    }
    r.path = m.file->path_of(*m.source);
    copy_into_place(file, models_dir / r.path);
    recorded[r.path] = sha;
    r.placed = true;
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::kIo && !r.path.empty()) throw;  // the models folder refused
    r.message = e.what();
  }
  return r;
}

}  // namespace

std::vector<ImportReport> import_models(const fs::path& models_dir, const ModelManifest& manifest,
                                        const std::vector<fs::path>& files) {
  std::error_code ec;
  fs::create_directories(models_dir, ec);
  if (ec)
    throw Error(ErrorKind::kIo, models_dir, "cannot create the models folder: " + ec.message());
  auto recorded = read_checksum_list(models_dir);
  std::vector<ImportReport> out;
  for (const auto& given : files) {
    if (fs::is_directory(given, ec)) {  // a copied model folder: each file in it
      std::vector<fs::path> inside;
      for (fs::recursive_directory_iterator it(given, ec), end; !ec && it != end;
           it.increment(ec)) {
        if (it->is_regular_file(ec)) inside.push_back(it->path());
      }
      std::sort(inside.begin(), inside.end());
      for (const auto& f : inside)
        out.push_back(import_one(models_dir, manifest, f, recorded, true));
    } else {
      out.push_back(import_one(models_dir, manifest, given, recorded, false));
    }
  }
  write_checksum_list(models_dir, recorded);
  return out;
}

}  // namespace lingualens
