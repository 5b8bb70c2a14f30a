#include "ui/thumbnail_cache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QSaveFile>

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

QImage ThumbnailCache::load(const QString& path) const {
  const QString cached = cache_file(path);
  if (!dir_.isEmpty()) {
    QImage image(cached);
    if (!image.isNull()) return image;
  }
  QImageReader reader(path);
  reader.setAutoTransform(true);  // EXIF orientation, as the photo is meant to be seen
  const QSize full = reader.size();
  // Decode at a reduced size where the format allows it (JPEG scales in the DCT domain).
  if (full.isValid()) reader.setScaledSize(full.scaled(size_, size_, Qt::KeepAspectRatio));
  QImage image = reader.read();
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
