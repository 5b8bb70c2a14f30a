// Indexing in the background: the app's only writer to the library database. Lives on its
// own QThread; requests from the UI thread are queued (repeated requests for the same folder
// while one is waiting are merged), so the folder watcher can ask freely. Pause, resume and
// cancel are thread-safe and take effect between batches; what was finished is committed.
#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVector>
#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "ui/result_item.h"

namespace lingualens {
class ImageEncoder;
}

namespace lingualens::ui {

// " · 12 files not supported: .CR2 ×10, .MOV ×2" for the status line; "" when none.
QString skipped_text(const std::map<std::string, int64_t>& unsupported);

class IndexWorker final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(IndexWorker)

 public:
  explicit IndexWorker(QString library_dir, bool fast = false);
  void set_fast(bool fast) { fast_ = fast; }  // thread-safe; applies to the next run

  // Thread-safe. Queues these folders (new or known) for indexing; `retry_failed`: files that
  // could not be read before are tried again even when unchanged.
  void request_index(const QStringList& folders, bool retry_failed = false);
  void pause();
  void resume();
  void cancel();  // stops the running job and drops the queue
  bool paused() const { return paused_; }

 public slots:
  // Must be called (queued) once the image model is loaded; indexing waits for it.
  void set_encoder(std::shared_ptr<const lingualens::ImageEncoder> encoder);
  void refresh_folders();  // emits folders()
  void forget(const QString& folder);
  // The folder moved (a drive mounted elsewhere, a renamed folder): keep every photo, then
  // look at its new place for changes.
  void relink(const QString& from, const QString& to);
  void list_failed();  // emits failed_files()
  // The same list read through its own connection, from any thread: never waits behind an
  // indexing run. Lines of "path<TAB>reason".
  static QStringList read_failed_files(const QString& library_dir);

 signals:
  void folders(const QVector<lingualens::ui::FolderState>& folders);
  void started(const QStringList& folders);
  void progress(qint64 done, qint64 total, double images_per_second, double eta_seconds,
                const QString& phase);
  void paused_changed(bool paused);
  void finished(const QString& summary, qint64 failed_total, bool changed);
  void failed(const QString& message);
  void failed_files(const QStringList& lines);

 private:
  void drain();
  bool should_stop();

  QString library_dir_;
  std::shared_ptr<const lingualens::ImageEncoder> encoder_;
  std::mutex mutex_;
  std::condition_variable wake_;
  QSet<QString> pending_;
  bool drain_posted_ = false;
  std::atomic<bool> cancel_{false}, paused_{false};
  std::atomic<bool> fast_{false};
  std::atomic<bool> retry_failed_{false};
};

}  // namespace lingualens::ui
