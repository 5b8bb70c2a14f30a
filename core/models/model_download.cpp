#include "core/models/model_download.h"

#include <curl/curl.h>
#include <openssl/evp.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>
#include <vector>

#include "core/error.h"
#include "core/models/checksum_list.h"

namespace lingualens {
namespace fs = std::filesystem;
namespace {

std::string hex(const unsigned char* data, unsigned n) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned i = 0; i < n; ++i) {
    out += digits[data[i] >> 4];
    out += digits[data[i] & 15];
  }
  return out;
}

void ensure_curl_initialised() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer {
  std::FILE* out = nullptr;
  int64_t offset = 0;        // bytes already on disk when this attempt started
  int64_t total = -1;        // whole file size, from Content-Length / Content-Range
  int64_t linked_size = -1;  // X-Linked-Size: Hugging Face's redirects state the file's size
  std::string linked_sha256;
  std::string content_type;
  const DownloadProgressFn* progress = nullptr;
  const CancelFn* cancel = nullptr;
  DownloadProgress report;
  std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
  bool write_failed = false;
};

size_t on_write(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const size_t bytes = size * n;
  if (std::fwrite(data, 1, bytes, t->out) != bytes) {
    t->write_failed = true;
    return 0;  // makes curl stop with CURLE_WRITE_ERROR
  }
  return bytes;
}

std::string trim(std::string s) {
  const auto b = s.find_first_not_of(" \t\r\n\"");
  const auto e = s.find_last_not_of(" \t\r\n\"");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

// A whole non-negative decimal number, or -1: header values come from the network.
int64_t parse_size(const std::string& text) {
  if (text.empty() || text.size() > 18) return -1;
  int64_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// libcurl calls this from C: nothing may be thrown through it.
size_t on_header(char* data, size_t size, size_t n, void* user) noexcept {
  auto* t = static_cast<Transfer*>(user);
  try {
    const std::string line(data, size * n);
    const auto colon = line.find(':');
    if (colon != std::string::npos) {
      std::string key = line.substr(0, colon);
      for (auto& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const std::string value = trim(line.substr(colon + 1));
      if (key == "x-linked-etag" && value.size() == 64) t->linked_sha256 = value;
      if (key == "x-linked-size") t->linked_size = parse_size(value);
      if (key == "content-type") t->content_type = value;
      if (key == "content-range") {  // "bytes 100-999/1000"; a malformed one is ignored
        const auto slash = value.rfind('/');
        if (slash != std::string::npos) {
          const int64_t total = parse_size(value.substr(slash + 1));
          if (total >= 0) t->total = total;
        }
      }
      if (key == "content-length" && t->total < 0) {
        const int64_t length = parse_size(value);
        if (length >= 0) t->total = t->offset + length;
      }
    } else if (line.rfind("HTTP/", 0) == 0) {
      t->total = -1;  // a new response (after a redirect): its own headers count
    }
  } catch (...) {
    // Out of memory for a header line: ignore the header rather than unwind through C.
  }
  return size * n;
}

int on_progress(void* user, curl_off_t, curl_off_t now, curl_off_t, curl_off_t) {
  auto* t = static_cast<Transfer*>(user);
  if (*t->cancel && (*t->cancel)()) return 1;  // aborts with CURLE_ABORTED_BY_CALLBACK
  if (*t->progress) {
    t->report.received = t->offset + now;
    t->report.total = t->total;
    const double s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t->started).count();
    t->report.bytes_per_second = s > 0 ? static_cast<double>(now) / s : 0;
    (*t->progress)(t->report);
  }
  return 0;
}

enum class Attempt { kDone, kRestart, kRetry, kGiveUp };

// An HTTP status in words, as users know them.
std::string http_status_text(long status) {
  switch (status) {
    case 401:
      return "401 Unauthorized";
    case 403:
      return "403 Forbidden";
    case 404:
      return "404 Not Found";
    case 410:
      return "410 Gone";
    case 429:
      return "429 Too Many Requests";
    case 500:
      return "500 Internal Server Error";
    case 502:
      return "502 Bad Gateway";
    case 503:
      return "503 Service Unavailable";
    default:
      return "HTTP " + std::to_string(status);
  }
}

// A network failure in words: what a user can tell apart (no connection, a stall, a refusal).
std::string network_reason(CURLcode rc, long status, const char* curl_error) {
  switch (rc) {
    case CURLE_HTTP_RETURNED_ERROR:
      return http_status_text(status);
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
      return "no connection";
    case CURLE_OPERATION_TIMEDOUT:
      return "the transfer stalled";
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
      return std::string("secure connection failed (") + curl_easy_strerror(rc) + ")";
    default:
      return curl_error[0] ? curl_error : curl_easy_strerror(rc);
  }
}

// One HTTP attempt, appending to `part` from its current size. Network trouble comes back as
// an Attempt with `error` in words; only local disk trouble throws.
Attempt fetch_once(const std::string& url, const fs::path& part, const DownloadParams& params,
                   Transfer& t, std::string& error) {
  std::error_code ec;
  t.offset = fs::exists(part, ec) ? static_cast<int64_t>(fs::file_size(part, ec)) : 0;
  t.out = std::fopen(part.c_str(), "ab");
  if (!t.out)
    throw Error(ErrorKind::kIo, part, "cannot write here (read-only folder or disk full?)");
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  char curl_error[CURL_ERROR_SIZE] = {0};
  curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl.get(), CURLOPT_FAILONERROR, 1L);
  curl_easy_setopt(curl.get(), CURLOPT_ERRORBUFFER, curl_error);
  curl_easy_setopt(curl.get(), CURLOPT_USERAGENT, "LinguaLens/0.1");
  curl_easy_setopt(curl.get(), CURLOPT_CONNECTTIMEOUT, params.connect_timeout_s);
  curl_easy_setopt(curl.get(), CURLOPT_LOW_SPEED_LIMIT, 1L);
  curl_easy_setopt(curl.get(), CURLOPT_LOW_SPEED_TIME, params.stall_timeout_s);
  curl_easy_setopt(curl.get(), CURLOPT_RESUME_FROM_LARGE, static_cast<curl_off_t>(t.offset));
  curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, on_write);
  curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &t);
  curl_easy_setopt(curl.get(), CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(curl.get(), CURLOPT_HEADERDATA, &t);
  curl_easy_setopt(curl.get(), CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(curl.get(), CURLOPT_XFERINFOFUNCTION, on_progress);
  curl_easy_setopt(curl.get(), CURLOPT_XFERINFODATA, &t);
  const CURLcode rc = curl_easy_perform(curl.get());
  long status = 0;
  curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
  const bool flushed = std::fclose(t.out) == 0;
  t.out = nullptr;
  if (t.write_failed || !flushed)
    throw Error(ErrorKind::kIo, part, "could not write the download (disk full?)");
  if (rc == CURLE_ABORTED_BY_CALLBACK) throw Error(ErrorKind::kCancelled, "download cancelled");
  if (rc == CURLE_OK) return Attempt::kDone;
  // The server cannot resume (no Range support, or the partial file is longer than the
  // resource): start this file over.
  if (rc == CURLE_RANGE_ERROR || (rc == CURLE_HTTP_RETURNED_ERROR && status == 416)) {
    error = "the server refused the byte range asked for (HTTP " + std::to_string(status) + ")";
    // From byte 0 there is nothing to restart: the server answers every request so.
    return t.offset == 0 ? Attempt::kGiveUp : Attempt::kRestart;
  }
  error = network_reason(rc, status, curl_error);
  if (rc == CURLE_HTTP_RETURNED_ERROR && status >= 400 && status < 500 && status != 408 &&
      status != 429) {
    return Attempt::kGiveUp;  // not found / forbidden: retrying will not help
  }
  return Attempt::kRetry;
}

// A web page where a model file was expected: Dropbox's preview page for a link without
// "?dl=1", a sign-in or consent page. Judged by the Content-Type and the file's first bytes.
bool looks_like_a_web_page(const fs::path& file, const std::string& content_type) {
  std::string type = content_type;
  for (auto& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (type.rfind("text/html", 0) == 0) return true;
  std::ifstream in(file, std::ios::binary);
  std::string head(512, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  const size_t start = head.find_first_not_of(" \t\r\n\xef\xbb\xbf");
  if (start == std::string::npos) return false;
  std::string lower = head.substr(start, 15);
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.rfind("<!doctype html", 0) == 0 || lower.rfind("<html", 0) == 0;
}

// Fetches one source's file into `part` and verifies it. Returns "" when it is in place under
// `target`; otherwise the reason this source failed (the partial file stays only when a later
// attempt could resume it).
std::string fetch_source(const ModelSource& src, const fs::path& target, const fs::path& part,
                         const DownloadParams& params, Transfer& t, FileReport& r,
                         const CancelFn& cancel) {
  std::error_code ec;
  if (src.url.empty()) return "no address to download it from (give a mirror)";
  std::string error;
  bool done = false;
  for (int attempt = 0; attempt <= params.retries && !done; ++attempt) {
    t.linked_sha256.clear();
    t.content_type.clear();
    switch (fetch_once(src.url, part, params, t, error)) {
      case Attempt::kDone:
        done = true;
        break;
      case Attempt::kRestart:
        fs::remove(part, ec);
        break;
      case Attempt::kRetry:
        break;
      case Attempt::kGiveUp:
        fs::remove(part, ec);
        return error;
    }
  }
  if (!done) {
    fs::remove(part, ec);  // the next source starts clean (it may serve other bytes)
    return error;
  }
  if (looks_like_a_web_page(part, t.content_type)) {
    fs::remove(part, ec);
    return "served a web page instead of the file";
  }
  r.sha256 = sha256_file(part, cancel);
  r.size = static_cast<int64_t>(fs::file_size(part, ec));
  const std::string expected = !src.sha256.empty() ? src.sha256
                               : src.hub_checksum  ? t.linked_sha256
                                                   : "";
  if (!expected.empty() && expected != r.sha256) {
    fs::remove(part, ec);
    return "checksum mismatch (SHA-256 " + r.sha256.substr(0, 12) + "…, expected " +
           expected.substr(0, 12) + "…)";
  }
  fs::rename(part, target, ec);
  if (ec)
    throw Error(ErrorKind::kIo, target, "cannot move the download into place: " + ec.message());
  return "";
}

// A size probe takes one byte; a server that ignores the range sends more: stop there, its
// headers told the size already.
size_t on_probe_body(char*, size_t size, size_t n, void* user) {
  *static_cast<bool*>(user) = true;
  return size * n == 1 ? 1 : 0;
}

// The size one source states for its file, or -1. `unreachable` collects the hosts that could
// not be reached at all: they are not asked again (offline, each would wait for its timeout).
int64_t probe_size(const std::string& url, const DownloadParams& params,
                   std::set<std::string>& unreachable) {
  if (url.empty() || unreachable.count(url_host(url))) return -1;
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  Transfer probe;  // its headers, read as a download's: Content-Range, Content-Length
  bool got_body = false;
  curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl.get(), CURLOPT_FAILONERROR, 1L);
  curl_easy_setopt(curl.get(), CURLOPT_USERAGENT, "LinguaLens/0.1");
  curl_easy_setopt(curl.get(), CURLOPT_CONNECTTIMEOUT, params.connect_timeout_s);
  curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, params.connect_timeout_s + 10);
  curl_easy_setopt(curl.get(), CURLOPT_RANGE, "0-0");
  curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, on_probe_body);
  curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &got_body);
  curl_easy_setopt(curl.get(), CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(curl.get(), CURLOPT_HEADERDATA, &probe);
  const CURLcode rc = curl_easy_perform(curl.get());
  long status = 0;
  curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
  if (rc == CURLE_COULDNT_RESOLVE_HOST || rc == CURLE_COULDNT_CONNECT ||
      rc == CURLE_OPERATION_TIMEDOUT)
    unreachable.insert(url_host(url));
  // A 200 whose body was cut off by on_probe_body still stated its length.
  const bool answered = rc == CURLE_OK || (rc == CURLE_WRITE_ERROR && got_body);
  if (!answered || status >= 400) return -1;
  return probe.total >= 0 ? probe.total : probe.linked_size;
}

}  // namespace

std::string human_size(double bytes) {
  const char* units[] = {"B", "KB", "MB", "GB", "TB"};
  int u = 0;
  while (bytes >= 1000 && u < 4) {
    bytes /= 1000;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, u == 0 ? "%.0f %s" : "%.1f %s", bytes, units[u]);
  return buf;
}

const char* to_string(FileStatus status) {
  switch (status) {
    case FileStatus::kOk:
      return "ok";
    case FileStatus::kMissing:
      return "missing";
    case FileStatus::kMismatch:
      return "mismatch";
    case FileStatus::kUnverified:
      return "unverified";
    case FileStatus::kDownloaded:
      return "downloaded";
    case FileStatus::kSkipped:
      return "present";
  }
  return "?";
}

std::string sha256_file(const fs::path& file, const CancelFn& cancel) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(ErrorKind::kIo, file, "cannot read");
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr);
  std::vector<char> buf(1 << 20);
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    EVP_DigestUpdate(ctx.get(), buf.data(), static_cast<size_t>(in.gcount()));
    if (cancel && cancel()) throw Error(ErrorKind::kCancelled, "cancelled");
  }
  if (in.bad()) throw Error(ErrorKind::kIo, file, "read error");
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned n = 0;
  EVP_DigestFinal_ex(ctx.get(), digest, &n);
  return hex(digest, n);
}

namespace {

// The first source whose file is on disk, if any.
const ModelSource* present_source(const fs::path& dir, const ModelFile& f) {
  std::error_code ec;
  for (const auto& src : f.sources) {
    if (fs::is_regular_file(dir / f.path_of(src), ec)) return &src;
  }
  return nullptr;
}

// What a file of this source must hash to: its pinned checksum, else the one recorded.
std::string expected_sum(const ModelFile& f, const ModelSource& src,
                         const std::map<std::string, std::string>& recorded) {
  if (!src.sha256.empty()) return src.sha256;
  const auto rec = recorded.find(f.path_of(src));
  return rec == recorded.end() ? "" : rec->second;
}

}  // namespace

std::vector<FileReport> verify_models(const fs::path& models_dir, const ModelManifest& manifest,
                                      const ProgressFn& progress) {
  const auto recorded = read_checksum_list(models_dir);
  std::vector<FileReport> out;
  int64_t i = 0;
  for (const auto& f : manifest.files) {
    FileReport r;
    r.path = f.path;
    const ModelSource* src = present_source(models_dir, f);
    if (!src) {
      r.status = FileStatus::kMissing;
      r.message = "not found: " + (models_dir / f.path).string();
    } else {
      const fs::path p = models_dir / f.path_of(*src);
      r.path = f.path_of(*src);
      std::error_code ec;
      r.size = static_cast<int64_t>(fs::file_size(p, ec));
      try {
        r.sha256 = sha256_file(p);
        const std::string expected = expected_sum(f, *src, recorded);
        if (expected.empty()) {
          r.status = FileStatus::kUnverified;
          r.message = "no published checksum to compare with";
        } else if (expected == r.sha256) {
          r.status = FileStatus::kOk;
        } else {
          r.status = FileStatus::kMismatch;
          r.message = p.string() + ": SHA-256 is " + r.sha256 + ", expected " + expected +
                      " (damaged or a different file; download it again)";
        }
      } catch (const Error& e) {
        r.status = FileStatus::kMismatch;
        r.message = e.what();
      }
    }
    out.push_back(std::move(r));
    if (progress) progress(++i, static_cast<int64_t>(manifest.files.size()));
  }
  return out;
}

DownloadSize measure_download_size(const DownloadParams& params, const CancelFn& cancel) {
  ensure_curl_initialised();
  DownloadSize out;
  std::error_code ec;
  std::set<std::string> unreachable;
  for (const auto& f : params.manifest.files) {
    if (cancel && cancel()) throw Error(ErrorKind::kCancelled, "cancelled");
    DownloadFileSize s;
    s.path = f.path;
    if (const ModelSource* src = present_source(params.models_dir, f)) {
      s.present = !params.force;
      s.size = static_cast<int64_t>(fs::file_size(params.models_dir / f.path_of(*src), ec));
      if (ec) s.size = -1;
    }
    if (!s.present) {
      for (const auto& src : f.sources) {
        s.size = probe_size(src.url, params, unreachable);
        if (s.size < 0) continue;
        const fs::path part = (params.models_dir / f.path_of(src)).string() + ".part";
        const auto have = fs::exists(part, ec) ? fs::file_size(part, ec) : 0;
        if (!ec && static_cast<int64_t>(have) <= s.size) s.partial = static_cast<int64_t>(have);
        break;
      }
    }
    if (s.size >= 0) out.total += s.size;
    if (!s.present) {
      if (s.size >= 0)
        out.to_fetch += s.size - s.partial;
      else
        ++out.unknown;
    }
    out.files.push_back(std::move(s));
  }
  // The disk the folder will be on: its nearest existing ancestor's.
  fs::path on = fs::absolute(params.models_dir, ec);
  while (!on.empty() && !fs::exists(on, ec) && on != on.parent_path()) on = on.parent_path();
  const fs::space_info space = fs::space(on, ec);
  if (!ec) out.free_bytes = static_cast<int64_t>(space.available);
  return out;
}

std::vector<FileReport> download_models(const DownloadParams& params,
                                        const DownloadProgressFn& progress,
                                        const CancelFn& cancel) {
  ensure_curl_initialised();
  std::error_code ec;
  if (params.check_space) {
    const DownloadSize size = measure_download_size(params, cancel);
    if (params.on_size) params.on_size(size);
    if (!size.fits()) {
      throw Error(ErrorKind::kIo, params.models_dir,
                  "not enough disk space for the models: they need " +
                      human_size(static_cast<double>(size.to_fetch)) + ", the disk has " +
                      human_size(static_cast<double>(size.free_bytes)) +
                      " free (free some space, or choose a models folder on another disk)");
    }
  }
  fs::create_directories(params.models_dir, ec);
  if (ec)
    throw Error(ErrorKind::kIo, params.models_dir,
                "cannot create the models folder: " + ec.message());
  auto recorded = read_checksum_list(params.models_dir);
  std::vector<FileReport> reports;
  const int count = static_cast<int>(params.manifest.files.size());
  for (int i = 0; i < count; ++i) {
    const ModelFile& f = params.manifest.files[static_cast<size_t>(i)];
    FileReport r;
    r.path = f.path;
    // Already there (from any source): kept when it checks out, or when there is nothing to
    // check it against.
    if (const ModelSource* src = params.force ? nullptr : present_source(params.models_dir, f)) {
      const fs::path have = params.models_dir / f.path_of(*src);
      r.path = f.path_of(*src);
      r.sha256 = sha256_file(have, cancel);
      r.size = static_cast<int64_t>(fs::file_size(have, ec));
      const std::string expected = expected_sum(f, *src, recorded);
      if (expected.empty() || expected == r.sha256) {
        r.status = FileStatus::kSkipped;
        recorded[r.path] = r.sha256;
        reports.push_back(r);
        continue;
      }
      fs::remove(have, ec);  // damaged: fetch again
    }
    // Each source in turn; the reasons of those that failed make the final message.
    std::vector<std::string> failures;
    bool done = false;
    for (const auto& src : f.sources) {
      const fs::path target = params.models_dir / f.path_of(src);
      const fs::path part = target.string() + ".part";
      fs::create_directories(target.parent_path(), ec);
      if (ec)
        throw Error(ErrorKind::kIo, target.parent_path(), "cannot create folder: " + ec.message());
      Transfer t;
      t.progress = &progress;
      t.cancel = &cancel;
      t.report.path = f.path_of(src);
      t.report.file_index = i;
      t.report.file_count = count;
      const std::string why = fetch_source(src, target, part, params, t, r, cancel);
      if (why.empty()) {
        r.path = f.path_of(src);
        r.source = src.url;
        done = true;
        break;
      }
      failures.push_back(url_host(src.url) + ": " + why);
    }
    if (!done) {
      std::string message = "every source for " + f.path + " failed: ";
      for (size_t k = 0; k < failures.size(); ++k) message += (k ? "; " : "") + failures[k];
      if (failures.empty()) message = "no source to download " + f.path + " from";
      throw Error(ErrorKind::kIo, message);
    }
    r.status = FileStatus::kDownloaded;
    recorded[r.path] = r.sha256;
    write_checksum_list(params.models_dir, recorded);
    reports.push_back(std::move(r));
  }
  write_checksum_list(params.models_dir, recorded);
  return reports;
}

}  // namespace lingualens
