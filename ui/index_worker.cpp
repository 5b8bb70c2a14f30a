#include "ui/index_worker.h"

#include <QDir>
#include <QLocale>
#include <algorithm>
#include <exception>
#include <map>
#include <vector>

#include "core/error.h"
#include "core/image/image_encoder.h"
#include "index/indexer.h"
#include "index/library.h"
#include "index/library_db.h"
#include "ui/error_text.h"

namespace lingualens::ui {

QString skipped_text(const std::map<std::string, int64_t>& unsupported) {
  std::vector<std::pair<std::string, int64_t>> kinds(unsupported.begin(), unsupported.end());
  std::stable_sort(kinds.begin(), kinds.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  qint64 total = 0;
  QStringList parts;
  for (const auto& [ext, n] : kinds) {
    total += n;
    parts << QStringLiteral("%1 ×%2").arg(
        ext.empty() ? IndexWorker::tr("no extension") : QString::fromStdString(ext).toUpper(),
        QLocale().toString(static_cast<qlonglong>(n)));
  }
  if (total == 0) return {};
  return IndexWorker::tr(" · %n file(s) not supported: %1", nullptr, static_cast<int>(total))
      .arg(parts.join(QStringLiteral(", ")));
}

IndexWorker::IndexWorker(QString library_dir, bool fast)
    : library_dir_(std::move(library_dir)), fast_(fast) {}

void IndexWorker::set_encoder(std::shared_ptr<const ImageEncoder> encoder) {
  encoder_ = std::move(encoder);
  drain();  // anything requested before the model was ready
}

void IndexWorker::request_index(const QStringList& folders, bool retry_failed) {
  if (retry_failed) retry_failed_ = true;
  std::lock_guard<std::mutex> lock(mutex_);
  for (const auto& f : folders) pending_.insert(QDir::cleanPath(QDir(f).absolutePath()));
  if (drain_posted_) return;
  drain_posted_ = true;
  QMetaObject::invokeMethod(this, &IndexWorker::drain, Qt::QueuedConnection);
}

void IndexWorker::pause() {
  paused_ = true;
  emit paused_changed(true);
}

void IndexWorker::resume() {
  paused_ = false;
  wake_.notify_all();
  emit paused_changed(false);
}

void IndexWorker::cancel() {
  {
    // Under the lock drain() takes its folders with: a Stop pressed just before a job starts
    // either empties the queue first or reaches the job it started.
    std::lock_guard<std::mutex> lock(mutex_);
    pending_.clear();
    cancel_ = true;
  }
  paused_ = false;
  wake_.notify_all();
}

// Called by the indexer between batches: holds the job while paused.
bool IndexWorker::should_stop() {
  std::unique_lock<std::mutex> lock(mutex_);
  wake_.wait(lock, [this] { return !paused_ || cancel_; });
  return cancel_;
}

void IndexWorker::drain() {
  QStringList folders;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    drain_posted_ = false;
    if (!encoder_ || pending_.isEmpty()) return;
    folders = QStringList(pending_.begin(), pending_.end());
    folders.sort();
    pending_.clear();
    cancel_ = false;  // a Stop from here on stops this job
  }
  emit started(folders);
  qint64 failed_total = 0;
  bool changed = false;
  try {
    Library library(library_dir_.toStdString(), Library::Access::kWrite);
    IndexParams p;
    p.fast = fast_;
    p.retry_failed = retry_failed_.exchange(false);
    for (const auto& f : folders) p.folders.emplace_back(f.toStdString());
    const IndexSummary s = index_folders(
        library, *encoder_, p,
        [this](const IndexProgress& pr) {
          emit progress(pr.done, pr.total, pr.images_per_second, pr.eta_seconds,
                        QString::fromStdString(pr.phase));
        },
        [this] { return should_stop(); });
    failed_total = library.db().count_failed();
    changed = s.added + s.updated + s.reused + s.removed > 0;
    QString summary = tr("Library up to date: %L1 new, %L2 changed, %L3 removed")
                          .arg(s.added + s.reused)
                          .arg(s.updated)
                          .arg(s.removed);
    if (s.images_per_second > 0 && s.added + s.updated > 0) {
      summary += tr(" (%1 images/s)").arg(QLocale().toString(s.images_per_second, 'f', 1));
    }
    // What was left out, said plainly: "12 files not supported: .cr2 ×10, .mov ×2".
    summary += skipped_text(s.unsupported);
    for (const auto& f : s.without_photos)
      summary +=
          tr(" · %1 holds no photos").arg(QDir::toNativeSeparators(QString::fromStdString(f)));
    emit finished(summary, failed_total, changed);
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::kCancelled) {
      emit finished(tr("Indexing stopped; everything finished so far is saved."), -1, true);
    } else if (e.kind() == ErrorKind::kBusy) {
      emit failed(
          tr("Another program (probably lingualens-cli) is updating this library. "
             "Indexing will be possible when it has finished."));
    } else {
      emit failed(error_text(e));
    }
  } catch (const std::exception& e) {
    emit failed(error_text(e));
  }
  refresh_folders();
  drain();  // requests that arrived meanwhile
}

void IndexWorker::refresh_folders() {
  QVector<FolderState> out;
  try {
    const Library library(library_dir_.toStdString(), Library::Access::kRead);
    for (const auto& r : library.folders()) {
      FolderState f;
      f.path = QString::fromStdString(r.path.str());
      f.images = r.images;
      f.failed = r.failed;
      f.online = r.online;
      for (const auto& sub : library.db().sub_folders(r.id)) {
        f.subs.push_back({QString::fromStdString((r.path.path() / sub.rel_path).string()),
                          sub.images, sub.failed});
      }
      out.push_back(f);
    }
  } catch (const std::exception&) {
    // No library yet: no folders.
  }
  emit folders(out);
}

void IndexWorker::forget(const QString& folder) {
  try {
    Library library(library_dir_.toStdString(), Library::Access::kWrite);
    forget_folder(library, folder.toStdString());
    emit finished(
        tr("Removed %1 from the library (the photos themselves are untouched).").arg(folder), -1,
        true);
  } catch (const std::exception& e) {
    emit failed(error_text(e));
  }
  refresh_folders();
}

void IndexWorker::relink(const QString& from, const QString& to) {
  try {
    {
      Library library(library_dir_.toStdString(), Library::Access::kWrite);
      library.relink(FolderPath::from_user(from.toStdString()),
                     FolderPath::from_user(to.toStdString()));
    }
    emit finished(tr("%1 is now at %2; its photos are kept.").arg(from, to), -1, true);
    refresh_folders();
    request_index({to});
  } catch (const std::exception& e) {
    emit failed(error_text(e));
    refresh_folders();
  }
}

QStringList IndexWorker::read_failed_files(const QString& library_dir) {
  QStringList lines;
  try {
    const Library library(library_dir.toStdString(), Library::Access::kRead);
    for (const auto& f : library.db().failed_files()) {
      lines << QString::fromStdString(f.path) + QStringLiteral("\t") +
                   QString::fromStdString(f.error);
    }
  } catch (const std::exception& e) {
    lines << QStringLiteral("\t") + QString::fromStdString(e.what());
  }
  return lines;
}

void IndexWorker::list_failed() { emit failed_files(read_failed_files(library_dir_)); }

}  // namespace lingualens::ui
