// Thumbnails on disk in the library folder (`<library>/thumbnails`), so scrolling through
// results is instant the second time and never re-decodes a 12-megapixel photo. Keyed by the
// file's path, size and modification time: an edited photo gets a new thumbnail.
// Thread-safe: load() is called from a thread pool; each key is written atomically.
#pragma once

#include <QImage>
#include <QString>

namespace lingualens::ui {

class ThumbnailCache {
 public:
  ThumbnailCache(QString cache_dir, int size);

  // The thumbnail of `path` (EXIF-oriented, longest side `size`), from the cache or made and
  // stored now: from the preview the camera embedded when it is large enough (no decoding of
  // the photo at all), else decoded at a reduced scale. A null image when the file cannot be read.
  // Blocking: call off the UI thread.
  QImage load(const QString& path) const;
  // Where the cached thumbnail of `path` lives (whether or not it exists yet).
  QString cache_file(const QString& path) const;
  int size() const { return size_; }

 private:
  QString dir_;
  int size_;
};

}  // namespace lingualens::ui
