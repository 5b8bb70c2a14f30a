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

ResultsModel::ResultsModel(std::shared_ptr<const ThumbnailCache> thumbnails, QObject* parent)
    : QAbstractListModel(parent), cache_(std::move(thumbnails)) {}

ResultsModel::~ResultsModel() = default;

void ResultsModel::set_results(const QVector<ResultItem>& items) {
  all_ = items;
  // Keep thumbnails of photos still shown; forget the rest.
  QSet<QString> keep;
  for (const auto& it : all_) keep.insert(it.path);
  for (auto it = thumbnails_.begin(); it != thumbnails_.end();) {
    it = keep.contains(it.key()) ? std::next(it) : thumbnails_.erase(it);
  }
  requested_.intersect(keep);
  rebuild();
}

void ResultsModel::set_min_score(float min_score) {
  if (min_score == min_score_) return;
  min_score_ = min_score;
  rebuild();
}

void ResultsModel::set_sort(Sort sort) {
  if (sort == sort_) return;
  sort_ = sort;
  rebuild();
}

void ResultsModel::set_marked(const QSet<qint64>& ids) {
  marked_ = ids;
  if (!visible_.isEmpty()) emit dataChanged(index(0), index(visible_.size() - 1), {kMarkedRole});
}

void ResultsModel::rebuild() {
  beginResetModel();
  visible_.clear();
  for (const auto& it : all_) {
    if (it.score >= min_score_) visible_.push_back(it);
  }
  if (sort_ == Sort::kDate) {
    std::stable_sort(
        visible_.begin(), visible_.end(),
        [](const ResultItem& a, const ResultItem& b) { return a.taken_at > b.taken_at; });
  }
  endResetModel();
}

int ResultsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : visible_.size();
}

QString ResultsModel::date_text(qint64 taken_at) {
  if (taken_at <= 0) return {};
  // Wall-clock capture time counted as UTC: shown as the camera's clock showed it.
  return QLocale().toString(QDateTime::fromSecsSinceEpoch(taken_at, Qt::UTC).date(),
                            QLocale::ShortFormat);
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= visible_.size()) return {};
  const ResultItem& it = visible_[index.row()];
  switch (role) {
    case Qt::DisplayRole:
      return QFileInfo(it.path).fileName();
    case Qt::ToolTipRole:
      return tr("%1\nrelevance %2")
          .arg(QDir::toNativeSeparators(it.path), QString::number(it.score, 'f', 3));
    case Qt::AccessibleTextRole:
      return tr("%1, relevance %2")
          .arg(QFileInfo(it.path).fileName(), QString::number(it.score, 'f', 2));
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
    case kDateTextRole:
      return date_text(it.taken_at);
    case kItemRole:
      return QVariant::fromValue(it);
    default:
      return {};
  }
}

Qt::ItemFlags ResultsModel::flags(const QModelIndex& index) const {
  return QAbstractListModel::flags(index) |
         (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList ResultsModel::mimeTypes() const { return {QStringLiteral("text/uri-list")}; }

QMimeData* ResultsModel::mimeData(const QModelIndexList& indexes) const {
  QList<QUrl> urls;
  for (const auto& i : indexes) {
    if (i.isValid() && i.row() < visible_.size())
      urls << QUrl::fromLocalFile(visible_[i.row()].path);
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
  for (int row = 0; row < visible_.size(); ++row) {
    if (visible_[row].path == path) emit dataChanged(index(row), index(row), {kThumbnailRole});
  }
  emit thumbnail_loaded(path);
}

}  // namespace lingualens::ui
