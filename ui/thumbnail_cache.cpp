#include "ui/thumbnail_cache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QSaveFile>
#include <QTransform>
#include <algorithm>
#include <cmath>

#include "core/image/embedded_thumbnail.h"

namespace lingualens::ui {

ThumbnailCache::ThumbnailCache(QString cache_dir, int size)
    : dir_(std::move(cache_dir)), size_(size) {}

QString ThumbnailCache::cache_file(const QString& path) const {
  const QFileInfo info(path);
  const QByteArray key = path.toUtf8() + '\0' + QByteArray::number(info.size()) + '\0' +
                         QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '\0' +
                         QByteArray::number(size_);
  const QString hex =
      QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
  return dir_ + QStringLiteral("/%1/%2.jpg").arg(hex.left(2), hex);
}

namespace {

// As QImageReader's auto-transform turns a photo for its EXIF orientation (mirror or flip
// first, then a quarter turn clockwise).
QImage oriented(QImage image, int exif_orientation) {
  switch (exif_orientation) {
    case 2:
      return image.mirrored(true, false);
    case 3:
      return image.mirrored(true, true);
    case 4:
      return image.mirrored(false, true);
    case 5:
      return image.mirrored(false, true).transformed(QTransform().rotate(90));
    case 6:
      return image.transformed(QTransform().rotate(90));
    case 7:
      return image.mirrored(true, false).transformed(QTransform().rotate(90));
    case 8:
      return image.transformed(QTransform().rotate(270));
    default:
      return image;
  }
}

// The preview the camera embedded, when it is at least `size` on its longest side and has
// the photo's shape (some cameras pad a 16:9 photo's preview to 4:3 with black bars).
QImage embedded_thumbnail(const QString& path, QSize photo, int size) {
  const auto thumb = read_embedded_thumbnail(path.toStdString());
  if (!thumb || !photo.isValid()) return {};
  QImage image = QImage::fromData(thumb->jpeg.data(), static_cast<int>(thumb->jpeg.size()), "JPG");
  if (image.isNull() || std::max(image.width(), image.height()) < size) return {};
  const double photo_ratio = static_cast<double>(photo.width()) / photo.height();
  const double thumb_ratio = static_cast<double>(image.width()) / image.height();
  if (std::abs(photo_ratio / thumb_ratio - 1) > 0.02) return {};
  return oriented(image, thumb->orientation);
}

}  // namespace

QImage ThumbnailCache::load(const QString& path) const {
  const QString cached = cache_file(path);
  if (!dir_.isEmpty()) {
    QImage image(cached);
    if (!image.isNull()) return image;
  }
  QImageReader reader(path);
  reader.setAutoTransform(true);     // EXIF orientation, as the photo is meant to be seen
  const QSize full = reader.size();  // as stored (before the orientation turns it)
  QImage image = embedded_thumbnail(path, full, size_);
  if (image.isNull()) {
    // Decode at a reduced size where the format allows it (JPEG scales in the DCT domain).
    if (full.isValid()) reader.setScaledSize(full.scaled(size_, size_, Qt::KeepAspectRatio));
    image = reader.read();
  }
  if (image.isNull()) return image;
  if (image.width() > size_ || image.height() > size_) {
    image = image.scaled(size_, size_, Qt::KeepAspectRatio, Qt::SmoothTransformation);
  }
  if (image.hasAlphaChannel()) {  // thumbnails are JPEG: flatten transparency onto white
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter(&flat).drawImage(0, 0, image);
    image = flat;
  }
  if (!dir_.isEmpty() && QDir().mkpath(QFileInfo(cached).path())) {
    QSaveFile out(cached);  // written to a temporary name, renamed on commit
    if (out.open(QIODevice::WriteOnly)) {
      image.save(&out, "JPG", 85);
      out.commit();  // a full disk just means no cache entry
    }
  }
  return image;
}

}  // namespace lingualens::ui
