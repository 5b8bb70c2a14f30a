#include "tests/support/loopback_http_server.h"

#include <algorithm>
#include <cctype>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <sstream>
#include <stdexcept>

namespace lingualens::test {
namespace {

void send_all(int fd, const char* data, size_t n) {
  while (n > 0) {
    const ssize_t w = ::send(fd, data, n, MSG_NOSIGNAL);
    if (w <= 0) return;
    data += w;
    n -= static_cast<size_t>(w);
  }
}

}  // namespace

LoopbackHttpServer::LoopbackHttpServer() {
  listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
  if (listener_ < 0) throw std::runtime_error("socket() failed");
  int one = 1;
  ::setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;  // any free port
  if (::bind(listener_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      ::listen(listener_, 8) != 0) {
    throw std::runtime_error("cannot listen on 127.0.0.1");
  }
  socklen_t len = sizeof addr;
  ::getsockname(listener_, reinterpret_cast<sockaddr*>(&addr), &len);
  port_ = ntohs(addr.sin_port);
  thread_ = std::thread([this] { loop(); });
}

LoopbackHttpServer::~LoopbackHttpServer() {
  stop_ = true;
  thread_.join();
  ::close(listener_);
}

void LoopbackHttpServer::serve(const std::string& path, ServedFile file) {
  std::lock_guard<std::mutex> lock(mutex_);
  files_[path] = std::move(file);
}

std::string LoopbackHttpServer::url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(port_) + path;
}

std::vector<RecordedRequest> LoopbackHttpServer::requests() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return requests_;
}

void LoopbackHttpServer::loop() {
  while (!stop_) {
    pollfd p{listener_, POLLIN, 0};
    if (::poll(&p, 1, 50) <= 0) continue;  // wake up regularly to notice stop_
    const int client = ::accept(listener_, nullptr, nullptr);
    if (client < 0) continue;
    handle(client);
    ::close(client);
  }
}

void LoopbackHttpServer::handle(int client) {
  std::string request;
  char buf[4096];
  while (request.find("\r\n\r\n") == std::string::npos) {
    const ssize_t n = ::recv(client, buf, sizeof buf, 0);
    if (n <= 0) return;
    request.append(buf, static_cast<size_t>(n));
  }
  std::istringstream lines(request);
  std::string method, target;
  lines >> method >> target;
  RecordedRequest rec{target, -1, -1};
  const auto range = request.find("Range: bytes=");
  if (range != std::string::npos) {
    rec.range_start = std::stoll(request.substr(range + 13));
    const auto dash = request.find('-', range + 13);
    if (dash != std::string::npos && std::isdigit(static_cast<unsigned char>(request[dash + 1])))
      rec.range_end = std::stoll(request.substr(dash + 1));
  }

  ServedFile file;
  bool found = false;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    requests_.push_back(rec);
    auto it = files_.find(target);
    if (it != files_.end()) {
      found = true;
      file = it->second;
      if (it->second.cut_first_requests > 0 && rec.range_end < 0) --it->second.cut_first_requests;
    }
  }
  if (!found) {
    const std::string r =
        "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    send_all(client, r.data(), r.size());
    return;
  }
  const int64_t size = static_cast<int64_t>(file.body.size());
  const bool ranged =
      file.ranges && rec.range_start >= 0 && (rec.range_start > 0 || rec.range_end >= 0);
  int64_t start = ranged ? rec.range_start : 0;
  const int64_t end = ranged && rec.range_end >= 0 ? std::min(rec.range_end, size - 1) : size - 1;
  std::ostringstream head;
  if (file.always_416 || (start >= size && start > 0)) {
    head << "HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */" << size
         << "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    const std::string h = head.str();
    send_all(client, h.data(), h.size());
    return;
  }
  if (ranged) {
    head << "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " << start << "-" << end << "/"
         << size << "\r\n";
  } else {
    head << "HTTP/1.1 200 OK\r\n";
  }
  head << "Content-Length: " << end + 1 - start << "\r\nConnection: close\r\n";
  if (!file.linked_etag.empty()) head << "X-Linked-Etag: \"" << file.linked_etag << "\"\r\n";
  if (!file.content_range.empty()) head << "Content-Range: " << file.content_range << "\r\n";
  head << "\r\n";
  const std::string h = head.str();
  send_all(client, h.data(), h.size());
  int64_t to_send = end + 1 - start;
  if (file.cut_first_requests > 0 && rec.range_end < 0)
    to_send /= 2;  // then close: the client sees a short body
  send_all(client, file.body.data() + start, static_cast<size_t>(to_send));
}

}  // namespace lingualens::test
