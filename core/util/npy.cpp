#include "core/util/npy.h"

#include <cstring>
#include <fstream>
#include <regex>
#include <sstream>

#include "core/error.h"

// ref: numpy/lib/format.py (magic "\x93NUMPY", version, header length, a Python dict
// literal with 'descr', 'fortran_order', 'shape', padded so data starts 64-byte aligned).

namespace lingualens {

void write_npy(const std::filesystem::path& file, const NpyArray& a) {
  std::ostringstream h;
  h << "{'descr': '<f4', 'fortran_order': False, 'shape': (";
  for (size_t k = 0; k < a.shape.size(); ++k) h << a.shape[k] << (a.shape.size() == 1 || k + 1 < a.shape.size() ? ", " : "");
  h << "), }";
  std::string header = h.str();
  const size_t total = 10 + header.size() + 1;
  header.append((64 - total % 64) % 64, ' ');
  header.push_back('\n');
  const auto tmp = file.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(ErrorKind::kIo, file, "cannot create file");
    const uint16_t hlen = static_cast<uint16_t>(header.size());
    out.write("\x93NUMPY\x01\x00", 8);
    out.put(static_cast<char>(hlen & 0xFF));
    out.put(static_cast<char>(hlen >> 8));
    out << header;
    out.write(reinterpret_cast<const char*>(a.data.data()),
              static_cast<std::streamsize>(a.data.size() * sizeof(float)));
    if (!out.flush()) throw Error(ErrorKind::kIo, file, "write failed (disk full?)");
  }
  std::error_code ec;
  std::filesystem::rename(tmp, file, ec);
  if (ec) throw Error(ErrorKind::kIo, file, "cannot move the written file into place: " + ec.message());
}

NpyArray read_npy(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(ErrorKind::kNotFound, file, "cannot open");
  char magic[8];
  if (!in.read(magic, 8) || std::memcmp(magic, "\x93NUMPY", 6) != 0) {
    throw Error(ErrorKind::kBadFormat, file, "not a .npy file");
  }
  uint32_t hlen = 0;
  if (magic[6] == 1) {
    unsigned char b[2];
    in.read(reinterpret_cast<char*>(b), 2);
    hlen = b[0] | (b[1] << 8);
  } else {
    unsigned char b[4];
    in.read(reinterpret_cast<char*>(b), 4);
    hlen = b[0] | (b[1] << 8) | (b[2] << 16) | (uint32_t(b[3]) << 24);
  }
  if (!in || hlen > (1u << 20)) throw Error(ErrorKind::kBadFormat, file, "bad .npy header");
  std::string header(hlen, '\0');
  in.read(header.data(), hlen);
  std::smatch m;
  if (!std::regex_search(header, m, std::regex("'descr':\\s*'([<|=]f4)'"))) {
    throw Error(ErrorKind::kUnsupported, file, "only little-endian float32 .npy files are supported");
  }
  const bool fortran = header.find("'fortran_order': True") != std::string::npos;
  if (!std::regex_search(header, m, std::regex("'shape':\\s*\\(([^)]*)\\)"))) {
    throw Error(ErrorKind::kBadFormat, file, "no shape in .npy header");
  }
  NpyArray a;
  std::string dims = m[1];
  std::regex num("\\d+");
  for (auto it = std::sregex_iterator(dims.begin(), dims.end(), num); it != std::sregex_iterator(); ++it) {
    a.shape.push_back(std::stoll(it->str()));
  }
  int64_t n = 1;
  for (int64_t d : a.shape) n *= d;
  std::vector<float> raw(static_cast<size_t>(n));
  if (!in.read(reinterpret_cast<char*>(raw.data()), static_cast<std::streamsize>(n * 4))) {
    throw Error(ErrorKind::kBadFormat, file, "truncated .npy data");
  }
  if (!fortran || a.shape.size() < 2) {
    a.data = std::move(raw);
    return a;
  }
  a.data.resize(raw.size());  // transpose column-major to row-major
  std::vector<int64_t> idx(a.shape.size(), 0);
  for (int64_t k = 0; k < n; ++k) {
    int64_t f = 0, s = 1;
    for (size_t d = 0; d < a.shape.size(); ++d) {
      f += idx[d] * s;
      s *= a.shape[d];
    }
    a.data[k] = raw[f];
    for (size_t d = a.shape.size(); d-- > 0;) {
      if (++idx[d] < a.shape[d]) break;
      idx[d] = 0;
    }
  }
  return a;
}

}  // namespace lingualens
