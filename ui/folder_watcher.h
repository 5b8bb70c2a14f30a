// Watches the library's folders and asks for a re-index when photos appear, change or
// disappear. Uses file-system notifications (inotify through QFileSystemWatcher: one watch
// per directory, gathered off the UI thread) and, because notifications can be unavailable
// or limited (network shares, the inotify watch limit), a periodic re-scan as well. Changes
// are collected for a few seconds so that copying 500 photos triggers one run, not 500.
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace lingualens::ui {

class FolderWatcher final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(FolderWatcher)

 public:
  static constexpr int kMaxWatchedPerRoot = 4000;

  explicit FolderWatcher(QObject* parent = nullptr, int settle_ms = 3000, int rescan_minutes = 15);
  void set_roots(const QStringList& roots);
  QStringList watched() const;

 signals:
  void changed(const QStringList& roots);

 private:
  void watch_tree(const QString& root);
  void on_change(const QString& dir);
  QString root_of(const QString& dir) const;

  QFileSystemWatcher* watcher_ = nullptr;
  QTimer* settle_ = nullptr;
  QTimer* rescan_ = nullptr;
  QStringList roots_;
  QSet<QString> dirty_;
  quint64 generation_ = 0;
};

}  // namespace lingualens::ui
