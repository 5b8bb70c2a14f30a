// MainWindow, what one does with the photos on screen: the viewer (open, step, close at the
// same place) and the selection (copy paths, export, move to the trash).
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

bool MainWindow::viewing() const { return stack_->currentWidget() == viewer_; }

void MainWindow::open_viewer(int row) {
  if (!results_->is_photo(row)) return;
  grid_->setCurrentIndex(results_->index(row));
  viewer_->show_item(results_->item(row), results_->photo_position(row), results_->photo_count());
  was_full_screen_ = isFullScreen();
  stack_->setCurrentWidget(viewer_);
  findChild<QToolBar*>("search_toolbar")->setVisible(false);
  viewer_->setFocus();
}

void MainWindow::close_viewer() {
  if (!viewing()) return;
  if (isFullScreen() && !was_full_screen_) showNormal();
  stack_->setCurrentWidget(splitter_);
  findChild<QToolBar*>("search_toolbar")->setVisible(true);
  // Back at the same place: the photo last viewed is the current one, scrolled into view.
  grid_->scrollTo(grid_->currentIndex());
  grid_->setFocus();
}

void MainWindow::step_viewer(int delta) {
  const int row = results_->next_photo_row(grid_->currentIndex().row(), delta > 0 ? 1 : -1);
  if (row < 0) {
    // At the end of what is loaded: the next page is asked for; step again once it is in.
    if (delta > 0 && results_->canFetchMore({})) results_->fetchMore({});
    return;
  }
  grid_->setCurrentIndex(results_->index(row));
  viewer_->show_item(results_->item(row), results_->photo_position(row), results_->photo_count());
}

QStringList MainWindow::selected_paths() const {
  QModelIndexList rows = grid_->selectionModel()->selectedIndexes();
  std::sort(rows.begin(), rows.end(),
            [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
  QStringList paths;
  for (const auto& i : rows) {
    if (results_->is_photo(i.row())) paths << results_->item(i.row()).path;
  }
  if (paths.isEmpty() && results_->is_photo(grid_->currentIndex().row()))
    paths << results_->item(grid_->currentIndex().row()).path;
  return paths;
}

void MainWindow::copy_selected_paths() {
  QStringList paths = selected_paths();
  if (paths.isEmpty()) return;
  for (auto& p : paths) p = QDir::toNativeSeparators(p);
  QApplication::clipboard()->setText(paths.join('\n'));
  statusBar()->showMessage(tr("%n path(s) copied.", nullptr, static_cast<int>(paths.size())), 3000);
}

void MainWindow::export_selected() {
  const QStringList paths = selected_paths();
  if (paths.isEmpty()) return;
  const QString folder = QFileDialog::getExistingDirectory(
      this, tr("Copy %n photo(s) to…", nullptr, static_cast<int>(paths.size())));
  if (folder.isEmpty()) return;
  export_to(paths, folder);
}

void MainWindow::run_file_action(const QString& title, std::function<FileActionResult()> work,
                                 std::function<QString(const FileActionResult&)> done) {
  QPointer<MainWindow> self(this);
  QThreadPool::globalInstance()->start([self, title, work, done] {
    const FileActionResult r = work();
    QMetaObject::invokeMethod(
        self,
        [self, title, done, r] {
          if (!self) return;
          const QString ok = done(r);
          const QString text = r.problems.isEmpty() ? ok : r.summary();
          self->statusBar()->showMessage(text, 8000);
          if (!r.problems.isEmpty()) QMessageBox::warning(self, title, r.problems.join('\n'));
          emit self->file_action_done(text);
        },
        Qt::QueuedConnection);
  });
}

void MainWindow::export_to(const QStringList& paths, const QString& folder) {
  statusBar()->showMessage(tr("Copying %n photo(s)…", nullptr, static_cast<int>(paths.size())));
  run_file_action(
      tr("Export"), [paths, folder] { return export_files(paths, folder); },
      [folder](const FileActionResult& r) {
        return tr("%n photo(s) copied to %1.", nullptr, static_cast<int>(r.done.size()))
            .arg(QDir::toNativeSeparators(folder));
      });
}

void MainWindow::trash_selected() {
  const QStringList paths = selected_paths();
  if (paths.isEmpty()) return;
  const auto answer = QMessageBox::question(
      this, tr("Move to the trash"),
      tr("Move %n photo(s) to the trash? You can restore them from the trash later.", nullptr,
         static_cast<int>(paths.size())),
      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
  if (answer == QMessageBox::Yes) trash(paths);
}

void MainWindow::trash(const QStringList& paths) {
  run_file_action(
      tr("Move to the trash"), [paths] { return move_to_trash(paths); },
      [this](const FileActionResult& r) {
        // Gone from the grid now; the library forgets them at the re-scan of their folders.
        QSet<qint64> ids;
        QStringList roots;
        for (const auto& path : r.done) {
          for (const auto& item : results_->all()) {
            if (item.path == path) ids.insert(item.id);
          }
          for (const auto& root : library_->folders()) {
            if (path.startsWith(root + '/') && !roots.contains(root)) roots << root;
          }
        }
        results_->remove_ids(ids);
        update_visible_count();
        if (!roots.isEmpty()) indexer_->request_index(roots);
        return tr("%n photo(s) moved to the trash.", nullptr, static_cast<int>(r.done.size()));
      });
}

}  // namespace lingualens::ui
