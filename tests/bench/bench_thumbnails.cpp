// Thumbnails of 12-megapixel JPEGs, as the grid asks for them: how many per second the
// thumbnail cache makes on the thread pool (cold: made and stored), and how many per second
// it serves once stored (a restart). The photos are one synthetic 4000×3000 JPEG (gradients
// plus noise, quality 92: about the size a phone writes) linked under N names, since the cache
// works per path: once without an embedded EXIF preview (decoded at 1/8 scale in the DCT
// domain), once with a 320×240 one as phones embed (used as it is).
//   build/tests/bench/bench_thumbnails [PHOTOS=200] [THREADS=2]
// Target (issue "The desktop app in daily life", 2 cores): >= 40 thumbnails/s cold.
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <cstdio>

#include "tests/support/exif_thumbnail_writer.h"
#include "ui/thumbnail_cache.h"

namespace {

QImage synthetic_photo() {
  QImage image(4000, 3000, QImage::Format_RGB32);
  QRandomGenerator rng(7);
  for (int y = 0; y < image.height(); ++y) {
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
    for (int x = 0; x < image.width(); ++x) {
      const int noise = static_cast<int>(rng.bounded(24));
      line[x] = qRgb((x / 16 + noise) & 255, (y / 12 + noise) & 255, ((x + y) / 28 + noise) & 255);
    }
  }
  return image;
}

double run(const lingualens::ui::ThumbnailCache& cache, const QStringList& files) {
  QElapsedTimer t;
  t.start();
  QtConcurrent::blockingMap(files, [&](const QString& f) {
    if (cache.load(f).isNull()) std::fprintf(stderr, "no thumbnail for %s\n", qPrintable(f));
  });
  return files.size() / (t.elapsed() / 1000.0);
}

}  // namespace

QStringList linked(const QString& source, const QString& prefix, int n) {
  QStringList files;
  for (int i = 0; i < n; ++i) {
    const QString f = QStringLiteral("%1%2.jpg").arg(prefix).arg(i, 5, 10, QChar('0'));
    if (!QFile::link(source, f) && !QFile::copy(source, f)) return {};
    files << f;
  }
  return files;
}

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const int n = argc > 1 ? std::atoi(argv[1]) : 200;
  const int threads = argc > 2 ? std::atoi(argv[2]) : 2;
  QThreadPool::globalInstance()->setMaxThreadCount(threads);
  QTemporaryDir dir;
  const QImage photo = synthetic_photo();
  const QString plain = dir.filePath("plain.jpg");
  const QString phone = dir.filePath("phone.jpg");
  photo.save(plain, "JPG", 92);
  photo.save(phone, "JPG", 92);
  QByteArray preview;
  QBuffer buffer(&preview);
  buffer.open(QIODevice::WriteOnly);
  photo.scaled(320, 240, Qt::KeepAspectRatio, Qt::SmoothTransformation).save(&buffer, "JPG", 85);
  lingualens::test_support::embed_exif_thumbnail(
      phone.toStdString(), std::vector<uint8_t>(preview.begin(), preview.end()), 1);
  const QStringList plain_files = linked(plain, dir.filePath("p"), n);
  const QStringList phone_files = linked(phone, dir.filePath("q"), n);
  if (plain_files.isEmpty() || phone_files.isEmpty()) return 1;
  std::printf("%d photos of 4000x3000 (%.1f MB JPEG), %d threads\n", n,
              QFileInfo(plain).size() / 1e6, threads);
  const lingualens::ui::ThumbnailCache cache(dir.filePath("cache"), 160);
  std::printf("no EXIF preview, cold (1/8-scale decode):  %.1f thumbnails/s\n",
              run(cache, plain_files));
  std::printf("no EXIF preview, stored (a restart):       %.1f thumbnails/s\n",
              run(cache, plain_files));
  std::printf("320x240 EXIF preview (phones), cold:       %.1f thumbnails/s\n",
              run(cache, phone_files));
  const lingualens::ui::ThumbnailCache hidpi(dir.filePath("cache2"), 320);
  std::printf("HiDPI x2 (320 px), no EXIF preview, cold:  %.1f thumbnails/s\n",
              run(hidpi, plain_files));
  return 0;
}
