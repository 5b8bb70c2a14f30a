// The app's background work, kept off the UI thread. `Engine` loads the models and searches;
// `IndexWorker` indexes folders, on another thread, so searching goes on while it runs. Both
// report through queued signals; no exception ever leaves a worker (failures arrive as
// readable messages).
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <atomic>
#include <memory>

#include "ui/app_options.h"

namespace lingualens {
class TextEncoder;
class ImageEncoder;
class Searcher;
}  // namespace lingualens

namespace lingualens::ui {

struct ResultItem {
  QString path;
  float score = 0;
  qint64 taken_at = 0;  // 0: unknown
};

// Lives on a worker thread (see MainWindow). Slots run there; signals are delivered queued.
class Engine : public QObject {
  Q_OBJECT

 public:
  explicit Engine(AppOptions options);
  ~Engine() override;

  // Valid after models_loaded() (set before that signal is sent).
  std::shared_ptr<const ImageEncoder> image_encoder() const { return image_; }
  QString library_dir() const;

 public slots:
  void load_models();
  void search(const QString& query, int top_k);

 signals:
  void status(const QString& message);
  void models_loaded();
  void models_failed(const QString& message);
  void results(const QString& query, const QVector<lingualens::ui::ResultItem>& items, double ms,
               float cutoff);
  void search_failed(const QString& message);

 private:
  AppOptions options_;
  std::shared_ptr<TextEncoder> text_;
  std::shared_ptr<ImageEncoder> image_;
  std::unique_ptr<Searcher> searcher_;
};

class IndexWorker : public QObject {
  Q_OBJECT

 public:
  IndexWorker(QString library_dir, std::shared_ptr<const ImageEncoder> encoder);
  // Thread-safe: asks the running job to stop after its current batch.
  void cancel() { cancel_ = true; }

 public slots:
  void run(const QStringList& folders);

 signals:
  void progress(qint64 done, qint64 total, double images_per_second, double eta_seconds);
  void finished(const QString& summary);
  void failed(const QString& message);

 private:
  QString library_dir_;
  std::shared_ptr<const ImageEncoder> encoder_;
  std::atomic<bool> cancel_{false};
};

}  // namespace lingualens::ui

Q_DECLARE_METATYPE(lingualens::ui::ResultItem)
