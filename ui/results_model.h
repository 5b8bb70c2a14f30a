// Search results for the grid: file name, score and a thumbnail loaded lazily on a thread
// pool (EXIF-oriented, decoded at thumbnail size), so scrolling never waits for the disk.
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QVector>

#include "ui/engine.h"

namespace lingualens::ui {

class ResultsModel : public QAbstractListModel {
  Q_OBJECT

 public:
  static constexpr int kPathRole = Qt::UserRole + 1;
  static constexpr int kScoreRole = Qt::UserRole + 2;
  static constexpr int kThumbnailSize = 160;

  explicit ResultsModel(QObject* parent = nullptr);
  void set_results(const QVector<ResultItem>& items);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;

 private:
  void request_thumbnail(int row) const;
  void thumbnail_ready(quint64 generation, int row, const QImage& image);

  QVector<ResultItem> items_;
  QHash<int, QIcon> thumbnails_;
  mutable QSet<int> requested_;
  quint64 generation_ = 0;  // results replaced: late thumbnails are dropped
  QIcon placeholder_;
};

}  // namespace lingualens::ui
