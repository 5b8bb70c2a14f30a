#include "core/util/npy.h"

#include <cstring>
#include <fstream>
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

}  // namespace lingualens
