// A tiny HTTP/1.1 server on 127.0.0.1 for tests of the model downloader: serves fixed
// contents, honours "Range: bytes=N-" and "bytes=N-M", and can misbehave on purpose (cut a transfer
// short, refuse ranges, advertise a checksum). One connection at a time; every request is recorded.
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace lingualens::test {

struct ServedFile {
  std::string body;
  int cut_first_requests = 0;  // this many transfers send only half the remaining bytes, then close
                               // (a size probe, "bytes=0-0", is not a transfer)
  bool ranges = true;          // false: ignore Range and always send 200 with everything
  std::string linked_etag;     // sent as X-Linked-Etag when non-empty
  std::string content_range;   // sent as Content-Range on every answer when non-empty (bad ones)
  bool always_416 = false;     // answers every request "416 Range Not Satisfiable"
};

struct RecordedRequest {
  std::string path;
  int64_t range_start = -1;  // -1: no Range header
  int64_t range_end = -1;    // "bytes=0-0" (a size probe): 0; open-ended or none: -1
  bool probe() const { return range_start == 0 && range_end == 0; }
};

class LoopbackHttpServer {
 public:
  LoopbackHttpServer();
  ~LoopbackHttpServer();

  void serve(const std::string& path, ServedFile file);
  std::string url(const std::string& path = "") const;
  std::vector<RecordedRequest> requests() const;

 private:
  void loop();
  void handle(int client);

  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  mutable std::mutex mutex_;
  std::map<std::string, ServedFile> files_;
  std::vector<RecordedRequest> requests_;
  std::thread thread_;
};

}  // namespace lingualens::test
