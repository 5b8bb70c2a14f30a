#include "ui/results_model.h"

#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QThreadPool>

namespace lingualens::ui {

ResultsModel::ResultsModel(QObject* parent) : QAbstractListModel(parent) {
  QPixmap blank(kThumbnailSize, kThumbnailSize);
  blank.fill(QColor(0xe8, 0xe8, 0xe8));
  placeholder_ = QIcon(blank);
}

void ResultsModel::set_results(const QVector<ResultItem>& items) {
  beginResetModel();
  ++generation_;
  items_ = items;
  thumbnails_.clear();
  requested_.clear();
  endResetModel();
}

int ResultsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : items_.size(); }

QVariant ResultsModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= items_.size()) return {};
  const ResultItem& it = items_[index.row()];
  switch (role) {
    case Qt::DisplayRole:
      return QStringLiteral("%1  %2").arg(QString::number(it.score, 'f', 3), QFileInfo(it.path).fileName());
    case Qt::ToolTipRole:
      return tr("%1\nsimilarity %2").arg(it.path, QString::number(it.score, 'f', 4));
    case Qt::DecorationRole: {
      auto t = thumbnails_.find(index.row());
      if (t != thumbnails_.end()) return *t;
      request_thumbnail(index.row());
      return placeholder_;
    }
    case kPathRole: return it.path;
    case kScoreRole: return it.score;
    default: return {};
  }
}

void ResultsModel::request_thumbnail(int row) const {
  if (requested_.contains(row)) return;
  requested_.insert(row);
  const QString path = items_[row].path;
  const quint64 generation = generation_;
  QPointer<ResultsModel> self(const_cast<ResultsModel*>(this));
  QThreadPool::globalInstance()->start([self, path, row, generation] {
    QImageReader reader(path);
    reader.setAutoTransform(true);  // EXIF orientation
    const QSize size = reader.size();
    if (size.isValid()) reader.setScaledSize(size.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    QMetaObject::invokeMethod(
        self, [self, generation, row, image] { if (self) self->thumbnail_ready(generation, row, image); },
        Qt::QueuedConnection);
  });
}

void ResultsModel::thumbnail_ready(quint64 generation, int row, const QImage& image) {
  if (generation != generation_ || row >= items_.size()) return;
  if (image.isNull()) {
    QPixmap p(kThumbnailSize, kThumbnailSize);
    p.fill(QColor(0xf4, 0xe0, 0xe0));
    QPainter painter(&p);
    painter.drawText(p.rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("no preview"));
    thumbnails_.insert(row, QIcon(p));
  } else {
    thumbnails_.insert(row, QIcon(QPixmap::fromImage(image)));
  }
  emit dataChanged(index(row), index(row), {Qt::DecorationRole});
}

}  // namespace lingualens::ui
