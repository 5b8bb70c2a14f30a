// The photos in the grid: the timeline (no query: every photo, newest first, under day and
// month headings) or a search's results (best first, or newest first). Rows arrive a page at
// a time: when the view scrolls to the end, the model asks for the next page (more_wanted),
// so 100,000 photos cost only what is on screen. Results below the relevance threshold are
// hidden without searching again. Thumbnails come lazily from the disk cache on a thread
// pool, so scrolling never waits for the disk; rows can be dragged out as files.
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

class ResultsModel final : public QAbstractListModel {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ResultsModel)

 public:
  enum Role {
    kPathRole = Qt::UserRole + 1,
    kScoreRole,
    kItemRole,
    kThumbnailRole,
    kDateTextRole,
    kMarkedRole,
    kHeadingRole,       // a heading row's day ("Sunday, 12 July 2023"); empty for photos
    kMonthHeadingRole,  // on the first heading of a month: "July 2023"
    kShowScoreRole,     // whether a relevance badge means anything (not in the timeline)
  };
  enum class Sort { kRelevance, kDate };

  explicit ResultsModel(std::shared_ptr<const ThumbnailCache> thumbnails,
                        QObject* parent = nullptr);
  ~ResultsModel() override;

  // A new list (best first, or newest first in the timeline). `more`: further pages exist.
  void set_results(const QVector<ResultItem>& items, bool more = false);
  // The next page of the same list.
  void append_results(const QVector<ResultItem>& items, bool more);
  // Timeline: headings by capture day, no relevance (set before set_results).
  void set_timeline(bool timeline);
  bool timeline() const { return timeline_; }
  void set_min_score(float min_score);
  void set_sort(Sort sort);
  // Results drawn with a marker (the comparison marks what the reference did not find).
  void set_marked(const QSet<qint64>& ids);
  // Drops these photos (moved to the trash) without waiting for the next scan.
  void remove_ids(const QSet<qint64>& ids);

  const QVector<ResultItem>& all() const { return all_; }
  // Rows are photos or headings; item() of a heading is an empty item (id 0).
  bool is_photo(int row) const;
  const ResultItem& item(int row) const;
  int photo_count() const { return photos_; }
  int row_of(qint64 id) const;  // -1 when not shown
  // The next photo row from `row` in direction `step` (+1/-1), or -1.
  int next_photo_row(int row, int step) const;
  // Position of a photo row among the photos (0-based), for "3 of 120".
  int photo_position(int row) const;
  // Whether the photo on `row` has its thumbnail (or its "no preview") in memory.
  bool has_thumbnail(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;
  QStringList mimeTypes() const override;
  QMimeData* mimeData(const QModelIndexList& indexes) const override;
  Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

  static QString date_text(qint64 taken_at);

 signals:
  void thumbnail_loaded(const QString& path);
  // The view reached the end of the loaded rows: the window asks for the page after `loaded`.
  void more_wanted(int loaded);

 private:
  struct Row {
    int item = -1;  // index into visible_; -1 for a heading
    QString heading, month;
  };
  void rebuild();
  bool headings() const { return timeline_ || sort_ == Sort::kDate; }
  // Appends visible_[from..] to rows_, with headings where the day changes.
  void lay_out_rows(int from, QVector<Row>& rows) const;
  void request_thumbnail(const QString& path) const;
  void thumbnail_ready(const QString& path, const QImage& image);

  std::shared_ptr<const ThumbnailCache> cache_;
  QVector<ResultItem> all_, visible_;
  QVector<Row> rows_;
  int photos_ = 0;
  float min_score_ = -2;
  Sort sort_ = Sort::kRelevance;
  bool timeline_ = false;
  bool more_ = false;
  mutable bool fetching_ = false;  // a page was asked for and has not arrived
  QHash<QString, QImage> thumbnails_;
  mutable QSet<QString> requested_;
  QSet<qint64> marked_;
};

}  // namespace lingualens::ui
