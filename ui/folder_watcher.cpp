#include "ui/folder_watcher.h"

#include <QDir>
#include <QDirIterator>
#include <QFileSystemWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

namespace lingualens::ui {

FolderWatcher::FolderWatcher(QObject* parent, int settle_ms, int rescan_minutes) : QObject(parent) {
  watcher_ = new QFileSystemWatcher(this);
  settle_ = new QTimer(this);
  settle_->setSingleShot(true);
  settle_->setInterval(settle_ms);
  rescan_ = new QTimer(this);
  rescan_->setInterval(rescan_minutes * 60 * 1000);
  connect(watcher_, &QFileSystemWatcher::directoryChanged, this, &FolderWatcher::on_change);
  connect(settle_, &QTimer::timeout, this, [this] {
    const QStringList roots(dirty_.begin(), dirty_.end());
    dirty_.clear();
    if (roots.isEmpty()) return;
    for (const auto& r : roots) watch_tree(r);  // new sub-folders need watches too
    emit changed(roots);
  });
  connect(rescan_, &QTimer::timeout, this, [this] {
    if (!roots_.isEmpty()) emit changed(roots_);
  });
  rescan_->start();
}

void FolderWatcher::set_roots(const QStringList& roots) {
  QStringList sorted = roots;
  sorted.sort();
  if (sorted == roots_) return;
  roots_ = sorted;
  ++generation_;
  const QStringList old = watcher_->directories();
  if (!old.isEmpty()) watcher_->removePaths(old);
  for (const auto& r : roots_) watch_tree(r);
}

QStringList FolderWatcher::watched() const { return watcher_->directories(); }

void FolderWatcher::watch_tree(const QString& root) {
  // Walking a large tree touches the disk: do it on the pool, add the watches back here.
  QPointer<FolderWatcher> self(this);
  const quint64 generation = generation_;
  QThreadPool::globalInstance()->start([self, root, generation] {
    QStringList dirs{root};
    QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext() && dirs.size() < kMaxWatchedPerRoot) {
      const QString d = it.next();
      if (!QFileInfo(d).fileName().startsWith('.')) dirs << d;  // hidden folders are not indexed
    }
    QMetaObject::invokeMethod(
        self,
        [self, dirs, generation] {
          if (!self || generation != self->generation_) return;
          QStringList fresh;
          const QStringList have = self->watcher_->directories();
          for (const auto& d : dirs) {
            if (!have.contains(d)) fresh << d;
          }
          if (!fresh.isEmpty())
            self->watcher_->addPaths(fresh);  // refusals: the periodic re-scan covers them
        },
        Qt::QueuedConnection);
  });
}

QString FolderWatcher::root_of(const QString& dir) const {
  for (const auto& r : roots_) {
    if (dir == r || dir.startsWith(r + QLatin1Char('/'))) return r;
  }
  return {};
}

void FolderWatcher::on_change(const QString& dir) {
  const QString root = root_of(dir);
  if (root.isEmpty()) return;
  dirty_.insert(root);
  settle_->start();  // restarts: wait until the changes settle
}

}  // namespace lingualens::ui
