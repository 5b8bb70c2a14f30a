// MainWindow, its library side: the indexing worker's progress, pause, stop and resume in the
// window, the folder panel's requests (add, re-scan, remove, locate) and the error list.
#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <functional>

#include "core/models/model_manifest.h"
#include "ui/engine.h"
#include "ui/error_list_dialog.h"
#include "ui/eval_window.h"
#include "ui/file_actions.h"
#include "ui/filter_bar.h"
#include "ui/folder_watcher.h"
#include "ui/help_dialogs.h"
#include "ui/index_worker.h"
#include "ui/library_panel.h"
#include "ui/model_setup_dialog.h"
#include "ui/photo_viewer.h"
#include "ui/preview_pane.h"
#include "ui/result_delegate.h"
#include "ui/results_model.h"
#include "ui/settings.h"
#include "ui/thumbnail_cache.h"

namespace lingualens::ui {

void MainWindow::wire_indexer() {
  indexer_ = new IndexWorker(engine_->library_dir(), options_.fast_indexing);
  indexer_->moveToThread(&index_thread_);
  connect(&index_thread_, &QThread::finished, indexer_, &QObject::deleteLater);
  watcher_ = new FolderWatcher(this);
  connect(watcher_, &FolderWatcher::changed, this, [this](const QStringList& roots) {
    if (models_ready_) indexer_->request_index(roots);
  });
  connect(indexer_, &IndexWorker::folders, this, [this](const QVector<FolderState>& folders) {
    library_->set_folders(folders);
    QStringList paths;
    qint64 failed = 0;
    for (const auto& f : folders) {
      paths << f.path;
      failed += f.failed;
    }
    library_->set_failed_total(failed);
    filters_->set_folders(paths);
    watcher_->set_roots(paths);
  });
  connect(indexer_, &IndexWorker::started, this, [this](const QStringList& folders) {
    indexing_ = true;
    stopped_folders_.clear();
    resume_->setVisible(false);
    indexing_folders_ = folders;
    library_->set_indexing(folders, 0);
    progress_->setVisible(true);
    progress_->setRange(0, 0);  // busy until the scan knows the total
    pause_->setEnabled(true);
    stop_->setEnabled(true);
    statusBar()->showMessage(tr("Looking for photos…"));
  });
  connect(indexer_, &IndexWorker::progress, this,
          [this](qint64 done, qint64 total, double ips, double eta, const QString& phase) {
            if (total > 0) {
              progress_->setRange(0, static_cast<int>(total));
              progress_->setValue(static_cast<int>(done));
            }
            library_->set_indexing(indexing_folders_, total - done);
            QString text = phase == QLatin1String("scanning")
                               ? tr("Looking for photos…")
                               : tr("Indexing %L1 of %L2").arg(done).arg(total);
            if (ips > 0) text += tr(" · %1 photos/s").arg(QLocale().toString(ips, 'f', 1));
            if (eta > 0) {
              text += eta < 90 ? tr(" · %n s left", nullptr, static_cast<int>(eta + 0.5))
                               : tr(" · %n min left", nullptr, static_cast<int>(eta / 60 + 0.5));
            }
            if (pause_->isChecked()) text = tr("Paused — %L1 of %L2 done").arg(done).arg(total);
            statusBar()->showMessage(text);
          });
  auto idle = [this] {
    indexing_ = false;
    progress_->setVisible(false);
    pause_->setChecked(false);
    pause_->setText(tr("&Pause indexing"));
    pause_->setEnabled(false);
    stop_->setEnabled(false);
    indexing_folders_.clear();
    library_->set_indexing({}, 0);
  };
  connect(indexer_, &IndexWorker::finished, this,
          [this, idle](const QString& summary, qint64 failed, bool changed) {
            const qint64 left = progress_->maximum() - progress_->value();
            idle();
            if (!stopped_folders_.isEmpty()) {
              // Stopped by the user: what is left stays visible, with the way to go on.
              library_->set_indexing(stopped_folders_, std::max<qint64>(left, 0));
              resume_->setVisible(true);
              statusBar()->showMessage(
                  tr("Indexing stopped; everything finished so far is saved. %n photo(s) still "
                     "to do — Library ▸ Resume indexing.",
                     nullptr, static_cast<int>(std::max<qint64>(left, 0))));
            } else {
              statusBar()->showMessage(summary, 8000);
            }
            if (failed >= 0) library_->set_failed_total(failed);
            if (changed) {
              QMetaObject::invokeMethod(engine_, &Engine::library_changed, Qt::QueuedConnection);
              QMetaObject::invokeMethod(browser_, &Engine::library_changed, Qt::QueuedConnection);
              // The timeline shows new photos; a search sees them too.
              if (!viewing()) run_search();
            }
          });
  connect(indexer_, &IndexWorker::failed, this, [this, idle](const QString& text) {
    idle();
    statusBar()->showMessage(text);
    QMessageBox::warning(this, tr("Indexing"), text);
  });
  connect(indexer_, &IndexWorker::failed_files, this, &MainWindow::show_failed_files);
  // Read-only: through its own connection on the thread pool, never behind an indexing run.
  connect(library_, &LibraryPanel::show_errors_requested, this, [this] {
    QPointer<MainWindow> self(this);
    QThreadPool::globalInstance()->start([self, dir = engine_->library_dir()] {
      const QStringList lines = IndexWorker::read_failed_files(dir);
      QMetaObject::invokeMethod(
          self,
          [self, lines] {
            if (self) self->show_failed_files(lines);
          },
          Qt::QueuedConnection);
    });
  });
  // Removing a folder must not wait for hours of indexing: the run stops (what it finished is
  // kept), the folder is forgotten, and the other folders carry on.
  connect(library_, &LibraryPanel::remove_requested, this, [this](const QString& folder) {
    QStringList others = indexing_ ? indexing_folders_ : QStringList();
    others.removeAll(folder);
    if (indexing_) indexer_->cancel();
    QMetaObject::invokeMethod(
        indexer_, [worker = indexer_, folder] { worker->forget(folder); }, Qt::QueuedConnection);
    if (!others.isEmpty()) indexer_->request_index(others);
  });
  connect(library_, &LibraryPanel::locate_requested, this, [this](const QString& folder) {
    const QString now = QFileDialog::getExistingDirectory(
        this, tr("Where is %1 now?").arg(QDir::toNativeSeparators(folder)), QDir::homePath());
    if (now.isEmpty()) return;
    QMetaObject::invokeMethod(
        indexer_, [this, folder, now] { indexer_->relink(folder, now); }, Qt::QueuedConnection);
  });
  index_thread_.start();
  QMetaObject::invokeMethod(indexer_, &IndexWorker::refresh_folders, Qt::QueuedConnection);
}

void MainWindow::add_folder() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a photo folder"));
  if (!dir.isEmpty()) start_indexing({dir});
}

void MainWindow::start_indexing(const QStringList& folders) {
  if (!models_ready_) {
    statusBar()->showMessage(tr("Indexing starts when the models are loaded."), 4000);
  }
  indexer_->request_index(folders);
}

void MainWindow::show_failed_files(const QStringList& lines) {
  if (!errors_) {
    errors_ = new ErrorListDialog(this);
    connect(errors_, &ErrorListDialog::retry_requested, this, [this] {
      indexer_->request_index(library_->folders(), /*retry_failed=*/true);
      statusBar()->showMessage(tr("Trying the files that could not be read again…"), 4000);
    });
    connect(errors_, &ErrorListDialog::message, this,
            [this](const QString& m) { statusBar()->showMessage(m, 4000); });
  }
  errors_->set_files(lines);
  errors_->show();
  errors_->raise();
}

}  // namespace lingualens::ui
