// MainWindow, its setup side: the first-run model dialog and reloading models, Settings, and
// the Help menu's search tips and About box.
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
#include "ui/duplicates_dialog.h"
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

void MainWindow::on_models_missing(const QString& models_dir) {
  waiting_->setText(tr("Waiting for the models"));
  search_->setPlaceholderText(tr("The models are needed before searching"));
  statusBar()->showMessage(
      tr("LinguaLens needs its two models before it can search or index. They are not in %1 yet.")
          .arg(QDir::toNativeSeparators(models_dir)));
  // Shown once the window is up, so the user sees where they are.
  QTimer::singleShot(0, this, [this, models_dir] { open_model_setup(models_dir); });
}

void MainWindow::open_model_setup(const QString& models_dir) {
  ModelSetupDialog dialog(options_, models_dir, this);
  // "Not now" changes nothing: loaded models stay loaded, the status stays as it was.
  if (dialog.exec() != QDialog::Accepted) return;
  const QString library = options_.library;
  options_ = dialog.options();
  options_.library = library;
  load_models_again();
}

void MainWindow::load_models_again() {
  models_ready_ = false;
  text_ready_ = false;
  if (eval_) {
    eval_->set_models_ready(false);
    eval_->set_model_options(options_);
  }
  waiting_->setText(tr("Loading the models…"));
  emit reload_models(options_, ++load_serial_);
}

void MainWindow::open_settings() {
  SettingsDialog dialog(options_, this);
  if (dialog.exec() != QDialog::Accepted) return;
  AppOptions chosen = dialog.options();
  save_options(chosen);
  // Another pair searches another space: its models and its own library open together at the
  // next start; until then the open library keeps the models it was indexed with.
  const bool pair_changed = chosen.model_pair != options_.model_pair && chosen.library.isEmpty();
  if (pair_changed) {
    chosen.models = options_.models;
    chosen.image_model = options_.image_model;
    chosen.text_model = options_.text_model;
    chosen.text_head = options_.text_head;
    chosen.model_pair = options_.model_pair;
  }
  const bool models_changed =
      chosen.models != options_.models || chosen.image_model != options_.image_model ||
      chosen.text_model != options_.text_model || chosen.text_head != options_.text_head ||
      chosen.half_text_weights != options_.half_text_weights || chosen.threads != options_.threads;
  if (chosen.thumbnail_size != options_.thumbnail_size) {
    thumbnails_ =
        std::make_shared<ThumbnailCache>(engine_->library_dir() + QStringLiteral("/thumbnails"),
                                         qRound(chosen.thumbnail_size * devicePixelRatioF()));
    delegate_->set_thumbnail_size(chosen.thumbnail_size);
    auto* old = results_;
    auto* old_selection = grid_->selectionModel();
    results_ = new ResultsModel(thumbnails_, this);
    grid_->setModel(results_);  // makes a new selection model; the old one is ours to delete
    old_selection->deleteLater();
    old->deleteLater();
    connect_results_model();
    run_search();
  }
  indexer_->set_fast(chosen.fast_indexing);
  // The same words now read as text or as filters (a thumbnail change searched already).
  const bool reread = chosen.read_dates_and_places != options_.read_dates_and_places &&
                      chosen.thumbnail_size == options_.thumbnail_size;
  const QString library = options_.library;
  options_ = chosen;
  options_.library = library;  // the open library stays until the next start
  if (pair_changed) {
    const QString saved_pair = dialog.options().model_pair;
    statusBar()->showMessage(tr("The %1 models and their own library open at the next start.")
                                 .arg(saved_pair.isEmpty() ? tr("default") : saved_pair),
                             10000);
  } else if (chosen.library != library) {
    statusBar()->showMessage(
        tr("The library in %1 opens at the next start.")
            .arg(QDir::toNativeSeparators(chosen.library.isEmpty() ? tr("the default location")
                                                                   : chosen.library)),
        8000);
  }
  if (models_changed) load_models_again();
  if (reread) run_search();
}

void MainWindow::show_query_help() { show_search_tips(this); }

void MainWindow::show_about() {
  const auto models = std::filesystem::path(engine_->models_dir().toStdString());
  QStringList files;
  files << (options_.image_model.isEmpty()
                ? QString::fromStdString(default_image_model_file(models).string())
                : options_.image_model);
  files << (options_.text_model.isEmpty()
                ? QString::fromStdString((models / "M-BERT-Base-69").string())
                : options_.text_model);
  if (!options_.text_head.isEmpty()) files << options_.text_head;
  show_about_box(this, files);
}

}  // namespace lingualens::ui
