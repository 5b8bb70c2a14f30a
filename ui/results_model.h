// Search results for the grid. Holds every result of the last search and shows those at or
// above the relevance threshold, sorted by relevance or by date. Thumbnails come lazily from
// the disk cache on a thread pool, so scrolling never waits for the disk; rows can be dragged
// out as files.
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QVector>
#include <memory>

#include "ui/result_item.h"

namespace lingualens::ui {

class ThumbnailCache;

class ResultsModel : public QAbstractListModel {
  Q_OBJECT

 public:
  enum Role {
    kPathRole = Qt::UserRole + 1,
    kScoreRole,
    kItemRole,
    kThumbnailRole,
    kDateTextRole,
    kMarkedRole
  };
  enum class Sort { kRelevance, kDate };

  explicit ResultsModel(std::shared_ptr<const ThumbnailCache> thumbnails,
                        QObject* parent = nullptr);
  ~ResultsModel() override;

  void set_results(const QVector<ResultItem>& items);  // best first
  void set_min_score(float min_score);
  void set_sort(Sort sort);
  // Results drawn with a marker (the comparison marks what the reference did not find).
  void set_marked(const QSet<qint64>& ids);
  const QVector<ResultItem>& all() const { return all_; }
  const ResultItem& item(int row) const { return visible_[row]; }

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  QStringList mimeTypes() const override;
  QMimeData* mimeData(const QModelIndexList& indexes) const override;
  Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

  static QString date_text(qint64 taken_at);

 signals:
  void thumbnail_loaded(const QString& path);

 private:
  void rebuild();
  void request_thumbnail(const QString& path) const;
  void thumbnail_ready(const QString& path, const QImage& image);

  std::shared_ptr<const ThumbnailCache> cache_;
  QVector<ResultItem> all_, visible_;
  float min_score_ = -2;
  Sort sort_ = Sort::kRelevance;
  QHash<QString, QImage> thumbnails_;
  mutable QSet<QString> requested_;
  QSet<qint64> marked_;
};

}  // namespace lingualens::ui
