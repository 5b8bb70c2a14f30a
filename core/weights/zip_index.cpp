#include "core/weights/zip_index.h"

#include <cstring>

// ref: PKWARE APPNOTE.TXT 4.3 (local file header, central directory file header, end of
// central directory record, zip64 end of central directory record and locator).

namespace lingualens {
namespace {

class Reader {
 public:
  Reader(const std::byte* data, size_t size)
      : d_(reinterpret_cast<const uint8_t*>(data)), n_(size) {}
  bool has(uint64_t off, uint64_t len) const { return off <= n_ && len <= n_ - off; }
  uint16_t u16(uint64_t off) const { return uint16_t(d_[off] | d_[off + 1] << 8); }
  uint32_t u32(uint64_t off) const { return u16(off) | uint32_t(u16(off + 2)) << 16; }
  uint64_t u64(uint64_t off) const { return u32(off) | uint64_t(u32(off + 4)) << 32; }
  const char* str(uint64_t off) const { return reinterpret_cast<const char*>(d_ + off); }
  size_t size() const { return n_; }

 private:
  const uint8_t* d_;
  size_t n_;
};

constexpr uint32_t kEocd = 0x06054b50, kEocd64 = 0x06064b50, kLocator64 = 0x07064b50;
constexpr uint32_t kCentral = 0x02014b50, kLocal = 0x04034b50;

}  // namespace

std::optional<std::vector<ZipEntry>> read_zip_index(const MappedFile& file) {
  const Reader r(file.data(), file.size());
  if (r.size() < 22) return std::nullopt;
  // The end record sits in the last 22 + 65535 (comment) bytes.
  uint64_t eocd = 0;
  bool found = false;
  const uint64_t lowest = r.size() > 22 + 65535 ? r.size() - 22 - 65535 : 0;
  for (uint64_t off = r.size() - 22 + 1; off-- > lowest;) {
    if (r.u32(off) == kEocd) {
      eocd = off;
      found = true;
      break;
    }
  }
  if (!found) return std::nullopt;
  uint64_t count = r.u16(eocd + 10);
  uint64_t dir_size = r.u32(eocd + 12);
  uint64_t dir_offset = r.u32(eocd + 16);
  if (eocd >= 20 && r.u32(eocd - 20) == kLocator64) {
    const uint64_t z64 = r.u64(eocd - 20 + 8);
    if (!r.has(z64, 56) || r.u32(z64) != kEocd64) return std::nullopt;
    count = r.u64(z64 + 32);
    dir_size = r.u64(z64 + 40);
    dir_offset = r.u64(z64 + 48);
  }
  if (!r.has(dir_offset, dir_size) || count > dir_size / 46) return std::nullopt;
  std::vector<ZipEntry> entries;
  entries.reserve(count);
  uint64_t off = dir_offset;
  for (uint64_t k = 0; k < count; ++k) {
    if (!r.has(off, 46) || r.u32(off) != kCentral) return std::nullopt;
    ZipEntry e;
    e.method = r.u16(off + 10);
    e.compressed_size = r.u32(off + 20);
    e.size = r.u32(off + 24);
    const uint16_t name_len = r.u16(off + 28), extra_len = r.u16(off + 30),
                   comment_len = r.u16(off + 32);
    uint64_t local = r.u32(off + 42);
    if (!r.has(off + 46, uint64_t(name_len) + extra_len + comment_len)) return std::nullopt;
    e.name.assign(r.str(off + 46), name_len);
    // Zip64 extra field: the 0xFFFFFFFF fields appear in order size, compressed, offset.
    const uint64_t extra_end = off + 46 + name_len + extra_len;
    for (uint64_t x = off + 46 + name_len; x + 4 <= extra_end;) {
      const uint16_t id = r.u16(x), len = r.u16(x + 2);
      // A field whose own length runs past the extra field would read past the mapping.
      if (x + 4 + uint64_t(len) > extra_end) return std::nullopt;
      if (id == 0x0001) {
        uint64_t p = x + 4;
        if (e.size == 0xFFFFFFFFu && p + 8 <= x + 4 + len) e.size = r.u64(p), p += 8;
        if (e.compressed_size == 0xFFFFFFFFu && p + 8 <= x + 4 + len)
          e.compressed_size = r.u64(p), p += 8;
        if (local == 0xFFFFFFFFu && p + 8 <= x + 4 + len) local = r.u64(p);
      }
      x += 4 + uint64_t(len);
    }
    if (!r.has(local, 30) || r.u32(local) != kLocal) return std::nullopt;
    e.data_offset = local + 30 + r.u16(local + 26) + r.u16(local + 28);
    if (!r.has(e.data_offset, e.compressed_size)) return std::nullopt;
    entries.push_back(std::move(e));
    off += 46 + uint64_t(name_len) + extra_len + comment_len;
  }
  return entries;
}

}  // namespace lingualens
