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
#include <QProgressBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/engine.h"
#include "ui/eval_window.h"
#include "ui/filter_bar.h"
#include "ui/folder_watcher.h"
#include "ui/index_worker.h"
#include "ui/library_panel.h"
#include "ui/model_setup_dialog.h"
#include "ui/preview_pane.h"
#include "ui/result_delegate.h"
#include "ui/results_model.h"
#include "ui/settings.h"
#include "ui/thumbnail_cache.h"

namespace lingualens::ui {
namespace {

bool is_image_file(const QString& path) {
  return !QImageReader::imageFormat(path).isEmpty() ||
         QStringList{"heic", "heif", "avif"}.contains(QFileInfo(path).suffix().toLower());
}

}  // namespace

MainWindow::MainWindow(AppOptions options, QWidget* parent)
    : QMainWindow(parent), options_(std::move(options)) {
  qRegisterMetaType<lingualens::ui::SearchRequest>();
  qRegisterMetaType<lingualens::ui::SearchOutcome>();
  qRegisterMetaType<lingualens::ui::AppOptions>();
  qRegisterMetaType<QVector<lingualens::ui::FolderState>>();
  engine_ = new Engine(options_);
  thumbnails_ = std::make_shared<ThumbnailCache>(
      engine_->library_dir() + QStringLiteral("/thumbnails"), options_.thumbnail_size);
  build_ui();
  build_actions();
  wire_engine();
  wire_indexer();
  QSettings s;
  restoreGeometry(s.value("window/geometry").toByteArray());
  splitter_->restoreState(s.value("window/splitter").toByteArray());
}

MainWindow::~MainWindow() {
  if (indexer_) indexer_->cancel();
  index_thread_.quit();
  engine_thread_.quit();
  index_thread_.wait();
  engine_thread_.wait();
}

void MainWindow::closeEvent(QCloseEvent* event) {
  QSettings s;
  s.setValue("window/geometry", saveGeometry());
  s.setValue("window/splitter", splitter_->saveState());
  QMainWindow::closeEvent(event);
}

void MainWindow::build_ui() {
  setWindowTitle(tr("LinguaLens"));
  setAcceptDrops(true);
  auto* toolbar = addToolBar(tr("Search"));
  toolbar->setObjectName("search_toolbar");
  toolbar->setMovable(false);
  search_ = new QLineEdit(this);
  search_->setPlaceholderText(tr("Loading the models…"));
  search_->setClearButtonEnabled(true);
  search_->setMinimumWidth(420);
  search_->setToolTip(
      tr("Describe a photo in any language. Combine: “beach +sunset -people”. "
         "Drop or paste an image to find similar photos."));
  search_->installEventFilter(this);
  toolbar->addWidget(search_);
  example_chip_ = new QToolButton(this);
  example_chip_->setToolButtonStyle(Qt::ToolButtonTextOnly);
  example_chip_->setToolTip(tr("Searching by example image; click to stop"));
  connect(example_chip_, &QToolButton::clicked, this, [this] {
    set_examples({}, {}, {});
    run_search();
  });
  example_action_ = toolbar->addWidget(example_chip_);
  example_action_->setVisible(false);

  splitter_ = new QSplitter(Qt::Horizontal, this);
  library_ = new LibraryPanel(splitter_);
  auto* center = new QWidget(splitter_);
  auto* layout = new QVBoxLayout(center);
  layout->setContentsMargins(4, 4, 4, 4);
  filters_ = new FilterBar(center);
  layout->addWidget(filters_);
  message_ = new QLabel(center);
  message_->setWordWrap(true);
  message_->setAlignment(Qt::AlignCenter);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(message_);
  results_ = new ResultsModel(thumbnails_, this);
  delegate_ = new ResultDelegate(options_.thumbnail_size, this);
  grid_ = new QListView(center);
  grid_->setViewMode(QListView::IconMode);
  grid_->setResizeMode(QListView::Adjust);
  grid_->setMovement(QListView::Static);
  grid_->setUniformItemSizes(true);
  grid_->setSpacing(2);
  grid_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  grid_->setDragEnabled(true);
  grid_->setDragDropMode(QAbstractItemView::DragOnly);
  grid_->setDefaultDropAction(Qt::CopyAction);
  grid_->setItemDelegate(delegate_);
  grid_->setModel(results_);
  grid_->setContextMenuPolicy(Qt::CustomContextMenu);
  grid_->installEventFilter(this);
  layout->addWidget(grid_, 1);
  preview_ = new PreviewPane(splitter_);
  splitter_->addWidget(library_);
  splitter_->addWidget(center);
  splitter_->addWidget(preview_);
  splitter_->setStretchFactor(0, 0);
  splitter_->setStretchFactor(1, 1);
  splitter_->setStretchFactor(2, 0);
  splitter_->setSizes({240, 720, 320});
  splitter_->setChildrenCollapsible(false);
  library_->setMinimumWidth(180);
  preview_->setMinimumWidth(240);
  setCentralWidget(splitter_);

  connect(grid_, &QListView::activated, preview_,
          [this](const QModelIndex&) { preview_->open_file(); });
  connect(grid_->selectionModel(), &QItemSelectionModel::currentChanged, this,
          [this](const QModelIndex& current) {
            if (current.isValid())
              preview_->show_item(results_->item(current.row()));
            else
              preview_->clear();
          });
  connect(grid_, &QListView::customContextMenuRequested, this, [this](const QPoint& pos) {
    const QModelIndex index = grid_->indexAt(pos);
    if (!index.isValid()) return;
    QMenu menu(this);
    menu.addAction(tr("Open"), preview_, &PreviewPane::open_file);
    menu.addAction(tr("Show in folder"), preview_, &PreviewPane::show_in_folder);
    menu.addAction(tr("Copy path"), preview_, &PreviewPane::copy_path);
    menu.addAction(tr("Copy image"), preview_, &PreviewPane::copy_image);
    menu.addSeparator();
    menu.addAction(tr("Find similar"), this, [this, index] {
      const ResultItem it = results_->item(index.row());
      set_examples({}, {it.id}, QFileInfo(it.path).fileName());
      search_->clear();
      run_search();
    });
    menu.exec(grid_->viewport()->mapToGlobal(pos));
  });
  connect(preview_, &PreviewPane::find_similar, this, [this](qint64 id) {
    set_examples({}, {id}, QFileInfo(preview_->item().path).fileName());
    search_->clear();
    run_search();
  });
  connect(preview_, &PreviewPane::message, this,
          [this](const QString& m) { statusBar()->showMessage(m, 3000); });
  connect(filters_, &FilterBar::min_score_changed, this, [this](float s) {
    results_->set_min_score(s);
    update_visible_count();
  });
  connect(filters_, &FilterBar::sort_changed, this, [this](bool by_date) {
    results_->set_sort(by_date ? ResultsModel::Sort::kDate : ResultsModel::Sort::kRelevance);
  });
  connect(filters_, &FilterBar::filters_changed, this, &MainWindow::run_search);
  connect(library_, &LibraryPanel::folder_chosen, filters_, &FilterBar::set_folder);

  waiting_ = new QLabel(this);
  timing_ = new QLabel(this);
  progress_ = new QProgressBar(this);
  progress_->setMaximumWidth(220);
  progress_->setVisible(false);
  statusBar()->addWidget(waiting_);
  statusBar()->addPermanentWidget(timing_);
  statusBar()->addPermanentWidget(progress_);

  // Search as you type, after a short pause; Enter searches at once.
  debounce_ = new QTimer(this);
  debounce_->setSingleShot(true);
  debounce_->setInterval(400);
  connect(debounce_, &QTimer::timeout, this, &MainWindow::run_search);
  connect(search_, &QLineEdit::textEdited, debounce_, qOverload<>(&QTimer::start));
  connect(search_, &QLineEdit::returnPressed, this, &MainWindow::run_search);
  resize(1280, 800);
}

void MainWindow::build_actions() {
  auto* file = menuBar()->addMenu(tr("&Library"));
  add_folder_ = file->addAction(tr("&Add folder…"), this, &MainWindow::add_folder);
  add_folder_->setShortcut(QKeySequence(tr("Ctrl+O")));
  pause_ = file->addAction(tr("&Pause indexing"));
  pause_->setCheckable(true);
  pause_->setEnabled(false);
  connect(pause_, &QAction::toggled, this, [this](bool paused) {
    if (!indexer_) return;
    if (paused)
      indexer_->pause();
    else
      indexer_->resume();
  });
  stop_ = file->addAction(tr("&Stop indexing"), this, [this] {
    if (indexer_) indexer_->cancel();
  });
  stop_->setEnabled(false);
  file->addSeparator();
  file->addAction(tr("Search by &image file…"), this, [this] {
    const QString f = QFileDialog::getOpenFileName(
        this, tr("Find photos like…"), QString(),
        tr("Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)"));
    if (!f.isEmpty()) search_similar_to_file(f);
  });
  file->addAction(tr("Search by pasted image"), QKeySequence(tr("Ctrl+Shift+V")), this, [this] {
    if (!paste_image()) statusBar()->showMessage(tr("The clipboard holds no image."), 3000);
  });
  file->addSeparator();
  file->addAction(tr("&Download models…"), this,
                  [this] { on_models_missing(engine_->models_dir()); });
  // Spelled out: QKeySequence::Preferences is empty on most Linux desktops, so the shortcut the
  // app's own messages mention did nothing.
  file->addAction(tr("Se&ttings…"), QKeySequence(tr("Ctrl+,")), this, &MainWindow::open_settings);
  file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
  auto* tools = menuBar()->addMenu(tr("&Tools"));
  tools->addAction(tr("&Evaluate translations…"), QKeySequence(tr("Ctrl+E")), this, [this] {
    evaluation_window()->show();
    evaluation_window()->raise();
  });
  auto* toolbar = findChild<QToolBar*>("search_toolbar");
  toolbar->addSeparator();
  toolbar->addAction(add_folder_);
  toolbar->addAction(pause_);
  toolbar->addAction(stop_);
  auto* focus = new QShortcut(QKeySequence::Find, this);
  connect(focus, &QShortcut::activated, this, [this] {
    search_->setFocus();
    search_->selectAll();
  });
  auto* copy = new QShortcut(QKeySequence::Copy, grid_, nullptr, nullptr, Qt::WidgetShortcut);
  connect(copy, &QShortcut::activated, preview_, &PreviewPane::copy_path);
  library_->set_enabled_actions(false);
  connect(library_, &LibraryPanel::add_requested, this, &MainWindow::add_folder);
  connect(library_, &LibraryPanel::rescan_requested, this, &MainWindow::start_indexing);
}

void MainWindow::wire_engine() {
  engine_->moveToThread(&engine_thread_);
  connect(&engine_thread_, &QThread::finished, engine_, &QObject::deleteLater);
  connect(this, &MainWindow::search_requested, engine_, &Engine::search);
  connect(this, &MainWindow::reload_models, engine_, &Engine::reload);
  connect(engine_, &Engine::status, this, [this](const QString& s) { waiting_->setText(s); });
  connect(engine_, &Engine::text_model_loaded, this, &MainWindow::on_text_model_loaded);
  connect(engine_, &Engine::models_loaded, this, &MainWindow::on_models_loaded);
  connect(engine_, &Engine::models_missing, this, &MainWindow::on_models_missing);
  connect(engine_, &Engine::models_failed, this, [this](const QString& text) {
    search_->setPlaceholderText(tr("The models could not be loaded"));
    waiting_->setText(tr("Models could not be loaded"));
    show_message(
        tr("The models could not be loaded:\n%1\n\nChoose other files in Settings (Ctrl+,).")
            .arg(text));
  });
  connect(engine_, &Engine::results, this, &MainWindow::on_results);
  connect(engine_, &Engine::search_failed, this, [this](quint64 serial, const QString& text) {
    if (serial != serial_) return;
    // Nothing of the previous search stays on screen: no results, no preview, no "Searching…".
    results_->set_results({});
    preview_->clear();
    timing_->clear();
    timing_->setToolTip(QString());
    update_visible_count();
    show_message(text);
    emit search_failed_shown(text);
  });
  engine_thread_.start();
  waiting_->setText(tr("Loading the models…"));
  QMetaObject::invokeMethod(engine_, &Engine::load_models, Qt::QueuedConnection);
}

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
                               : tr("Indexing %1 of %2").arg(done).arg(total);
            if (ips > 0) text += tr(" · %1 photos/s").arg(ips, 0, 'f', 1);
            if (eta > 0) {
              text += eta < 90 ? tr(" · %n s left", nullptr, static_cast<int>(eta + 0.5))
                               : tr(" · %n min left", nullptr, static_cast<int>(eta / 60 + 0.5));
            }
            if (pause_->isChecked()) text = tr("Paused — %1 of %2 done").arg(done).arg(total);
            statusBar()->showMessage(text);
          });
  auto idle = [this] {
    indexing_ = false;
    progress_->setVisible(false);
    pause_->setChecked(false);
    pause_->setEnabled(false);
    stop_->setEnabled(false);
    indexing_folders_.clear();
    library_->set_indexing({}, 0);
  };
  connect(indexer_, &IndexWorker::finished, this,
          [this, idle](const QString& summary, qint64 failed, bool changed) {
            idle();
            statusBar()->showMessage(summary, 8000);
            if (failed >= 0) library_->set_failed_total(failed);
            if (changed) {
              QMetaObject::invokeMethod(engine_, &Engine::library_changed, Qt::QueuedConnection);
              if (!search_->text().trimmed().isEmpty() || !example_ids_.isEmpty() ||
                  !example_files_.isEmpty())
                run_search();
            }
          });
  connect(indexer_, &IndexWorker::failed, this, [this, idle](const QString& text) {
    idle();
    statusBar()->showMessage(text);
    QMessageBox::warning(this, tr("Indexing"), text);
  });
  connect(indexer_, &IndexWorker::failed_files, this, &MainWindow::show_failed_files);
  connect(library_, &LibraryPanel::show_errors_requested, indexer_, &IndexWorker::list_failed);
  connect(library_, &LibraryPanel::remove_requested, indexer_, &IndexWorker::forget);
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

EvalWindow* MainWindow::evaluation_window() {
  if (!eval_) {
    eval_ = new EvalWindow(engine_, thumbnails_, this);
    eval_->setWindowFlag(Qt::Window);
    eval_->set_models_ready(models_ready_);
  }
  return eval_;
}

void MainWindow::on_text_model_loaded(double) {
  text_ready_ = true;
  search_->setEnabled(true);
  search_->setPlaceholderText(
      tr("Describe a photo in any language — “Eisbär im Schnee”, “белая кошка”"));
  search_->setFocus();
  if (!options_.search.isEmpty()) {
    search_->setText(options_.search);
    run_search();
  } else if (!search_->text().trimmed().isEmpty()) {
    run_search();  // typed while the model was loading
  } else if (library_->folders().isEmpty()) {
    show_message(tr(
        "Add your photo folders with “Add folder…”; then describe what you are looking for, in any "
        "language."));
  } else {
    show_message(tr(
        "Describe what you are looking for, in any language, or drop a photo here to find similar "
        "ones."));
  }
}

void MainWindow::on_models_loaded(double seconds) {
  models_ready_ = true;
  if (eval_) eval_->set_models_ready(true);
  waiting_->clear();
  library_->set_enabled_actions(true);
  statusBar()->showMessage(tr("Models ready (%1 s)").arg(seconds, 0, 'f', 1), 4000);
  QMetaObject::invokeMethod(
      indexer_,
      [worker = indexer_, encoder = engine_->image_encoder()] { worker->set_encoder(encoder); },
      Qt::QueuedConnection);
  // Catch up with what changed while the app was closed.
  if (!library_->folders().isEmpty()) indexer_->request_index(library_->folders());
  if (!options_.evaluate.isEmpty()) {
    EvalWindow* w = evaluation_window();
    w->load_set(options_.evaluate);
    w->show();
    w->run();
  }
  // Searches by example image that waited for the image model.
  if (!example_files_.isEmpty()) run_search();
}

void MainWindow::on_models_missing(const QString& models_dir) {
  waiting_->setText(tr("Waiting for the models"));
  search_->setPlaceholderText(tr("The models are needed before searching"));
  show_message(
      tr("LinguaLens needs its two models before it can search or index. They are not in %1 yet.")
          .arg(QDir::toNativeSeparators(models_dir)));
  // Shown once the window is up, so the user sees where they are.
  QTimer::singleShot(0, this, [this, models_dir] {
    ModelSetupDialog dialog(options_, models_dir, this);
    if (dialog.exec() == QDialog::Accepted) {
      options_ = dialog.options();
      waiting_->setText(tr("Loading the models…"));
      emit reload_models(options_);
    }
  });
}

void MainWindow::run_search() {
  debounce_->stop();
  SearchRequest r;
  r.serial = ++serial_;
  r.text = search_->text();
  r.example_files = example_files_;
  r.example_ids = example_ids_;
  r.folder = filters_->folder();
  r.from = filters_->from();
  r.to = filters_->to();
  if (!text_ready_ || r.empty()) return;
  if (!r.example_files.isEmpty() && !models_ready_) {
    timing_->setText(tr("Waiting for the image model…"));
    return;  // run again when it is loaded
  }
  timing_->setText(tr("Searching…"));
  emit search_requested(r);
}

void MainWindow::on_results(const SearchOutcome& outcome) {
  if (outcome.serial != serial_) return;  // a newer search is on its way
  if (!outcome.rescan.isEmpty() && models_ready_) indexer_->request_index(outcome.rescan);
  float lo = 1, hi = -1;
  for (const auto& it : outcome.items) {
    lo = std::min(lo, it.score);
    hi = std::max(hi, it.score);
  }
  if (outcome.items.isEmpty()) lo = hi = 0;
  filters_->set_score_range(lo, hi, outcome.adaptive_cutoff);
  results_->set_min_score(filters_->min_score());
  results_->set_results(outcome.items);
  timing_->setText(tr("%1 ms").arg(outcome.total_ms, 0, 'f', 0));
  timing_->setToolTip(tr("understanding the query %1 ms, searching %2 photos %3 ms")
                          .arg(outcome.encode_ms, 0, 'f', 0)
                          .arg(outcome.library_size)
                          .arg(outcome.total_ms - outcome.encode_ms, 0, 'f', 0));
  update_visible_count();
  if (outcome.items.isEmpty()) {
    show_message(outcome.library_size == 0
                     ? tr("The library is empty. Add a folder with “Add folder…”.")
                     : tr("No photos match these filters."));
  } else {
    message_->setVisible(false);
    grid_->setCurrentIndex(results_->index(0));
  }
  emit results_shown(results_->rowCount());
}

void MainWindow::update_visible_count() {
  filters_->set_visible_count(results_->rowCount(), results_->all().size());
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

void MainWindow::set_examples(const QStringList& files, const QVector<qint64>& ids,
                              const QString& label) {
  example_files_ = files;
  example_ids_ = ids;
  const bool on = !files.isEmpty() || !ids.isEmpty();
  example_action_->setVisible(on);
  example_chip_->setText(tr("Like: %1  ✕").arg(label));
}

void MainWindow::search_similar_to_file(const QString& file) {
  set_examples({file}, {}, QFileInfo(file).fileName());
  search_->clear();
  run_search();
}

bool MainWindow::paste_image() {
  const QMimeData* mime = QApplication::clipboard()->mimeData();
  if (mime && mime->hasUrls()) {
    for (const auto& url : mime->urls()) {
      if (url.isLocalFile() && is_image_file(url.toLocalFile())) {
        search_similar_to_file(url.toLocalFile());
        return true;
      }
    }
  }
  if (!mime || !mime->hasImage() || !pasted_.isValid()) return false;
  const QImage image = qvariant_cast<QImage>(mime->imageData());
  if (image.isNull()) return false;
  const QString file = pasted_.filePath(QStringLiteral("pasted-%1.png").arg(++serial_));
  if (!image.save(file)) return false;
  set_examples({file}, {}, tr("pasted image"));
  search_->clear();
  run_search();
  return true;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() == QEvent::KeyPress) {
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->matches(QKeySequence::Paste)) {
      // Ctrl+V with an image (and no text) on the clipboard searches by that image.
      const QMimeData* mime = QApplication::clipboard()->mimeData();
      if (mime && (mime->hasImage() || (mime->hasUrls() && !mime->hasText())) && paste_image())
        return true;
      if (mime && mime->hasUrls() && watched == grid_ && paste_image()) return true;
    }
    if (watched == search_ && key->key() == Qt::Key_Down && results_->rowCount() > 0) {
      grid_->setFocus();  // from the search field straight into the results
      return true;
    }
    if (watched == search_ && key->key() == Qt::Key_Escape) {
      search_->clear();
      set_examples({}, {}, {});
      return true;
    }
    if (watched == grid_ && key->key() == Qt::Key_Space) {
      preview_->open_file();
      return true;
    }
  }
  return QMainWindow::eventFilter(watched, event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (event->source() == grid_) return;  // our own results being dragged out
  const QMimeData* mime = event->mimeData();
  if (mime->hasImage() || mime->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  const QMimeData* mime = event->mimeData();
  QStringList images, folders;
  for (const auto& url : mime->urls()) {
    if (!url.isLocalFile()) continue;
    const QString path = url.toLocalFile();
    if (QFileInfo(path).isDir())
      folders << path;
    else if (is_image_file(path))
      images << path;
  }
  if (!folders.isEmpty()) {
    // Dropping a folder adds it to the library.
    start_indexing(folders);
  } else if (!images.isEmpty()) {
    set_examples(images, {},
                 images.size() == 1 ? QFileInfo(images[0]).fileName()
                                    : tr("%n images", nullptr, images.size()));
    search_->clear();
    run_search();
  } else if (mime->hasImage() && pasted_.isValid()) {
    const QString file = pasted_.filePath(QStringLiteral("dropped-%1.png").arg(++serial_));
    if (qvariant_cast<QImage>(mime->imageData()).save(file)) {
      set_examples({file}, {}, tr("dropped image"));
      run_search();
    }
  } else {
    statusBar()->showMessage(
        tr("Drop an image file to find similar photos, or a folder to add it."), 4000);
    return;
  }
  event->acceptProposedAction();
}

void MainWindow::show_failed_files(const QStringList& lines) {
  QDialog dialog(this);
  dialog.setWindowTitle(tr("Files that could not be read"));
  auto* layout = new QVBoxLayout(&dialog);
  auto* label = new QLabel(
      tr("These files were skipped. Damaged or unsupported files stay listed here until they "
         "are fixed or removed; the rest of the library is not affected."),
      &dialog);
  label->setWordWrap(true);
  layout->addWidget(label);
  auto* text = new QPlainTextEdit(lines.join('\n'), &dialog);
  text->setReadOnly(true);
  text->setLineWrapMode(QPlainTextEdit::NoWrap);
  layout->addWidget(text);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  layout->addWidget(buttons);
  dialog.resize(760, 420);
  dialog.exec();
}

void MainWindow::open_settings() {
  SettingsDialog dialog(options_, this);
  if (dialog.exec() != QDialog::Accepted) return;
  const AppOptions chosen = dialog.options();
  save_options(chosen);
  const bool models_changed =
      chosen.models != options_.models || chosen.image_model != options_.image_model ||
      chosen.text_model != options_.text_model || chosen.text_head != options_.text_head ||
      chosen.half_text_weights != options_.half_text_weights;
  if (chosen.thumbnail_size != options_.thumbnail_size) {
    thumbnails_ = std::make_shared<ThumbnailCache>(
        engine_->library_dir() + QStringLiteral("/thumbnails"), chosen.thumbnail_size);
    delegate_->set_thumbnail_size(chosen.thumbnail_size);
    auto* old = results_;
    auto* old_selection = grid_->selectionModel();
    results_ = new ResultsModel(thumbnails_, this);
    grid_->setModel(results_);  // makes a new selection model; the old one is ours to delete
    old_selection->deleteLater();
    old->deleteLater();
    connect(grid_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
              if (current.isValid()) preview_->show_item(results_->item(current.row()));
            });
    run_search();
  }
  indexer_->set_fast(chosen.fast_indexing);
  const QString library = options_.library;
  options_ = chosen;
  options_.library = library;  // the open library stays until the next start
  if (models_changed) {
    models_ready_ = false;
    waiting_->setText(tr("Loading the models…"));
    emit reload_models(options_);
  }
}

QString MainWindow::search_status() const { return timing_->text(); }
QString MainWindow::message_text() const {
  return message_->isVisible() ? message_->text() : QString();
}

void MainWindow::show_message(const QString& text) {
  message_->setText(text);
  message_->setVisible(true);
}

}  // namespace lingualens::ui
