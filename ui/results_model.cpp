#include "ui/results_model.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>
#include <algorithm>

#include "ui/thumbnail_cache.h"

namespace lingualens::ui {
namespace {

// Capture times are wall-clock times counted as UTC: the day is the camera's day.
QDate capture_day(qint64 taken_at) {
  return taken_at > 0 ? QDateTime::fromSecsSinceEpoch(taken_at, Qt::UTC).date() : QDate();
}

}  // namespace

ResultsModel::ResultsModel(std::shared_ptr<const ThumbnailCache> thumbnails, QObject* parent)
    : QAbstractListModel(parent), cache_(std::move(thumbnails)) {}

ResultsModel::~ResultsModel() = default;

void ResultsModel::set_results(const QVector<ResultItem>& items, bool more) {
  all_ = items;
  more_ = more;
  fetching_ = false;
  // Keep thumbnails of photos still shown; forget the rest.
  QSet<QString> keep;
  for (const auto& it : all_) keep.insert(it.path);
  for (auto it = thumbnails_.begin(); it != thumbnails_.end();) {
    it = keep.contains(it.key()) ? std::next(it) : thumbnails_.erase(it);
  }
  requested_.intersect(keep);
  rebuild();
}

void ResultsModel::append_results(const QVector<ResultItem>& items, bool more) {
  more_ = more;
  fetching_ = false;
  if (items.isEmpty()) return;
  all_ += items;
  if (!timeline_ && sort_ == Sort::kDate) {  // re-sorted as a whole (pages come by relevance)
    rebuild();
    return;
  }
  const int first_new = visible_.size();
  for (const auto& it : items) {
    if (timeline_ || it.score >= min_score_) visible_.push_back(it);
  }
  QVector<Row> rows;
  lay_out_rows(first_new, rows);
  if (rows.isEmpty()) return;
  beginInsertRows({}, rows_.size(), rows_.size() + rows.size() - 1);
  rows_ += rows;
  photos_ = visible_.size();
  endInsertRows();
}

void ResultsModel::set_timeline(bool timeline) {
  if (timeline == timeline_) return;
  timeline_ = timeline;
  rebuild();
}

void ResultsModel::set_min_score(float min_score) {
  if (min_score == min_score_) return;
  min_score_ = min_score;
  if (!timeline_) rebuild();
}

void ResultsModel::set_sort(Sort sort) {
  if (sort == sort_) return;
  sort_ = sort;
  if (!timeline_) rebuild();
}

void ResultsModel::set_marked(const QSet<qint64>& ids) {
  marked_ = ids;
  if (!rows_.isEmpty()) emit dataChanged(index(0), index(rows_.size() - 1), {kMarkedRole});
}

void ResultsModel::remove_ids(const QSet<qint64>& ids) {
  const auto gone = [&](const ResultItem& it) { return ids.contains(it.id); };
  all_.erase(std::remove_if(all_.begin(), all_.end(), gone), all_.end());
  rebuild();
}

void ResultsModel::rebuild() {
  beginResetModel();
  visible_.clear();
  rows_.clear();
  for (const auto& it : all_) {
    if (timeline_ || it.score >= min_score_) visible_.push_back(it);
  }
  if (!timeline_ && sort_ == Sort::kDate) {
    std::stable_sort(
        visible_.begin(), visible_.end(),
        [](const ResultItem& a, const ResultItem& b) { return a.taken_at > b.taken_at; });
  }
  lay_out_rows(0, rows_);
  photos_ = visible_.size();
  endResetModel();
}

void ResultsModel::lay_out_rows(int from, QVector<Row>& rows) const {
  const QLocale locale;
  // The day of the photo before `from` (already laid out): no repeated heading across pages.
  bool have_previous = from > 0;
  QDate previous = have_previous ? capture_day(visible_[from - 1].taken_at) : QDate();
  for (int i = from; i < visible_.size(); ++i) {
    if (headings()) {
      const QDate day = capture_day(visible_[i].taken_at);
      if (!have_previous || day != previous) {
        Row heading;
        heading.heading =
            day.isValid() ? locale.toString(day, QLocale::LongFormat) : tr("Date unknown");
        const bool new_month = !have_previous || !previous.isValid() || !day.isValid() ||
                               day.year() != previous.year() || day.month() != previous.month();
        if (new_month && day.isValid()) {
          heading.month = QStringLiteral("%1 %2").arg(
              locale.standaloneMonthName(day.month(), QLocale::LongFormat),
              QString::number(day.year()));
        }
        rows.push_back(heading);
        previous = day;
        have_previous = true;
      }
    }
    Row photo;
    photo.item = i;
    rows.push_back(photo);
  }
}

bool ResultsModel::is_photo(int row) const {
  return row >= 0 && row < rows_.size() && rows_[row].item >= 0;
}

const ResultItem& ResultsModel::item(int row) const {
  static const ResultItem kNone;
  return is_photo(row) ? visible_[rows_[row].item] : kNone;
}

int ResultsModel::row_of(qint64 id) const {
  for (int r = 0; r < rows_.size(); ++r) {
    if (rows_[r].item >= 0 && visible_[rows_[r].item].id == id) return r;
  }
  return -1;
}

int ResultsModel::next_photo_row(int row, int step) const {
  for (int r = row + step; r >= 0 && r < rows_.size(); r += step) {
    if (rows_[r].item >= 0) return r;
  }
  return -1;
}

bool ResultsModel::has_thumbnail(int row) const {
  return is_photo(row) && thumbnails_.contains(item(row).path);
}

int ResultsModel::photo_position(int row) const { return is_photo(row) ? rows_[row].item : -1; }

int ResultsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : rows_.size();
}

QString ResultsModel::date_text(qint64 taken_at) {
  if (taken_at <= 0) return {};
  // Wall-clock capture time counted as UTC: shown as the camera's clock showed it.
  return QLocale().toString(capture_day(taken_at), QLocale::ShortFormat);
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rows_.size()) return {};
  const Row& row = rows_[index.row()];
  if (row.item < 0) {
    switch (role) {
      case kHeadingRole:
      case Qt::DisplayRole:
      case Qt::AccessibleTextRole:
        return row.heading;
      case kMonthHeadingRole:
        return row.month;
      default:
        return {};
    }
  }
  const ResultItem& it = visible_[row.item];
  switch (role) {
    case Qt::DisplayRole:
      return QFileInfo(it.path).fileName();
    case Qt::ToolTipRole:
      return timeline_ ? QDir::toNativeSeparators(it.path)
                       : tr("%1\nrelevance %2")
                             .arg(QDir::toNativeSeparators(it.path),
                                  QLocale().toString(it.score, 'f', 3));
    case Qt::AccessibleTextRole:
      return timeline_
                 ? QFileInfo(it.path).fileName()
                 : tr("%1, relevance %2")
                       .arg(QFileInfo(it.path).fileName(), QLocale().toString(it.score, 'f', 2));
    case kThumbnailRole: {
      auto t = thumbnails_.find(it.path);
      if (t != thumbnails_.end()) return *t;
      request_thumbnail(it.path);
      return {};
    }
    case kPathRole:
      return it.path;
    case kScoreRole:
      return it.score;
    case kShowScoreRole:
      return !timeline_;
    case kDateTextRole:
      // Under a day's heading the time of day says more than the date again.
      if (timeline_ && it.taken_at > 0) {
        const QLocale locale;
        QString format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(QStringLiteral(":ss"));  // some locales' short format has seconds
        return locale.toString(QDateTime::fromSecsSinceEpoch(it.taken_at, Qt::UTC).time(), format);
      }
      return date_text(it.taken_at);
    case kItemRole:
      return QVariant::fromValue(it);
    case kMarkedRole:
      return marked_.contains(it.id);
    case kHeadingRole:
      return QString();
    default:
      return {};
  }
}

Qt::ItemFlags ResultsModel::flags(const QModelIndex& index) const {
  if (!index.isValid()) return Qt::NoItemFlags;
  if (!is_photo(index.row())) return Qt::NoItemFlags;  // headings: not selectable, skipped
  return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

bool ResultsModel::canFetchMore(const QModelIndex& parent) const {
  if (parent.isValid() || !more_ || fetching_ || all_.isEmpty()) return false;
  if (timeline_) return true;
  // Pages come best first: once the last one is below the threshold, so is everything after.
  // Sorted by date, the loaded matches are what is sorted (a page more would reshuffle them).
  return sort_ == Sort::kRelevance && all_.back().score >= min_score_;
}

void ResultsModel::fetchMore(const QModelIndex& parent) {
  if (!canFetchMore(parent)) return;
  fetching_ = true;
  emit more_wanted(all_.size());
}

QStringList ResultsModel::mimeTypes() const { return {QStringLiteral("text/uri-list")}; }

QMimeData* ResultsModel::mimeData(const QModelIndexList& indexes) const {
  QList<QUrl> urls;
  for (const auto& i : indexes) {
    if (i.isValid() && is_photo(i.row())) urls << QUrl::fromLocalFile(item(i.row()).path);
  }
  auto* mime = new QMimeData;
  mime->setUrls(urls);  // file managers, mail clients and editors take these as files
  return mime;
}

void ResultsModel::request_thumbnail(const QString& path) const {
  if (requested_.contains(path) || !cache_) return;
  requested_.insert(path);
  QPointer<ResultsModel> self(const_cast<ResultsModel*>(this));
  auto cache = cache_;
  QThreadPool::globalInstance()->start([self, cache, path] {
    const QImage image = cache->load(path);
    QMetaObject::invokeMethod(
        self,
        [self, path, image] {
          if (self) self->thumbnail_ready(path, image);
        },
        Qt::QueuedConnection);
  });
}

void ResultsModel::thumbnail_ready(const QString& path, const QImage& image) {
  if (!requested_.contains(path)) return;  // results replaced meanwhile
  thumbnails_.insert(path, image);         // a null image: "no preview"
  for (int row = 0; row < rows_.size(); ++row) {
    if (rows_[row].item >= 0 && visible_[rows_[row].item].path == path)
      emit dataChanged(index(row), index(row), {kThumbnailRole});
  }
  emit thumbnail_loaded(path);
}

}  // namespace lingualens::ui
