// Runs the model downloader (core/models) on a worker thread for the first-run dialog and
// reports per-file progress through queued signals.
#pragma once

#include <QObject>
#include <QString>
#include <atomic>

namespace lingualens::ui {

// What a failed download means, in words, with what to do next.
QString download_failure_text(const QString& downloader_error);

class DownloadWorker : public QObject {
  Q_OBJECT

 public:
  void cancel() { cancel_ = true; }

 public slots:
  // `manifest_file` empty: the official files (or `mirror`/<path> when a mirror is given).
  void run(const QString& models_dir, const QString& mirror, const QString& manifest_file);
  // Places files the user already has (core/models/model_import.h), then checks what is
  // still missing; reports each given file through imported().
  void import_files(const QString& models_dir, const QStringList& files);

 signals:
  void file_list(const QStringList& paths);
  void progress(int file_index, qint64 received, qint64 total, double bytes_per_second);
  void file_done(int file_index, const QString& status);
  void finished(bool ok, const QString& message);
  void imported(const QStringList& lines, bool complete, const QString& message);

 private:
  std::atomic<bool> cancel_{false};
};

}  // namespace lingualens::ui
