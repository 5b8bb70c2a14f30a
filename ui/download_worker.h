// Runs the model downloader (core/models) on a worker thread for the first-run dialog and
// reports per-file progress through queued signals.
#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <string>

namespace lingualens {
struct ModelPair;
}

namespace lingualens::ui {

// What a failed download means, in words, with what to do next.
QString download_failure_text(const QString& downloader_error);

class DownloadWorker final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(DownloadWorker)

 public:
  DownloadWorker() = default;
  void cancel() { cancel_ = true; }
  // The Multilingual-CLIP pair whose files to fetch and place (empty: the default pair). Set
  // before the worker moves to its thread.
  void set_model_pair(const QString& name) { pair_ = name.toStdString(); }

 public slots:
  // `manifest_file` empty: the official files (or `mirror`/<path> when a mirror is given).
  void run(const QString& models_dir, const QString& mirror, const QString& manifest_file);
  // Places files the user already has (core/models/model_import.h), then checks what is
  // still missing; reports each given file through imported().
  void import_files(const QString& models_dir, const QStringList& files);

 signals:
  void file_list(const QStringList& paths);
  // Before the first byte: each file's size as its source states it (-1: not stated, or
  // already here: 0), what is left to fetch, and the room on the models folder's disk (-1:
  // unknown).
  void sizes(const QList<qint64>& per_file, qint64 to_fetch, qint64 free_bytes);
  void progress(int file_index, qint64 received, qint64 total, double bytes_per_second);
  void file_done(int file_index, const QString& status);
  void finished(bool ok, const QString& message);
  void imported(const QStringList& lines, bool complete, const QString& message);

 private:
  const ModelPair& pair() const;
  std::atomic<bool> cancel_{false};
  std::string pair_;
};

}  // namespace lingualens::ui
