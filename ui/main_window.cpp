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
#include "ui/duplicates_dialog.h"
#include "ui/engine.h"
#include "ui/error_list_dialog.h"
#include "ui/eval_window.h"
#include "ui/evaluation_memory.h"
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
#include "ui/understood_chips.h"

namespace lingualens::ui {
namespace {

bool is_image_file(const QString& path) {
  return !QImageReader::imageFormat(path).isEmpty() ||
         QStringList{"heic", "heif", "avif"}.contains(QFileInfo(path).suffix().toLower());
}

// The local image files on the clipboard (a file manager's "Copy"), in order.
QStringList clipboard_image_files(const QMimeData* mime) {
  QStringList files;
  if (!mime || !mime->hasUrls()) return files;
  for (const auto& url : mime->urls()) {
    if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile() &&
        is_image_file(url.toLocalFile()))
      files << url.toLocalFile();
  }
  return files;
}

}  // namespace

MainWindow::MainWindow(AppOptions options, QWidget* parent)
    : QMainWindow(parent), options_(std::move(options)) {
  qRegisterMetaType<lingualens::ui::SearchRequest>();
  qRegisterMetaType<lingualens::ui::SearchOutcome>();
  qRegisterMetaType<lingualens::ui::AppOptions>();
  qRegisterMetaType<QVector<lingualens::ui::FolderState>>();
  qRegisterMetaType<lingualens::ui::FileActionResult>();
  qRegisterMetaType<lingualens::ui::ImageEncoderPtr>();
  engine_ = new Engine(options_);
  browser_ = new Engine(options_);
  // Thumbnails in device pixels, so they are sharp on HiDPI screens.
  thumbnails_ =
      std::make_shared<ThumbnailCache>(engine_->library_dir() + QStringLiteral("/thumbnails"),
                                       qRound(options_.thumbnail_size * qApp->devicePixelRatio()));
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
  if (engine_) engine_->cancel_evaluation();
  index_thread_.quit();
  engine_thread_.quit();
  browse_thread_.quit();
  index_thread_.wait();
  engine_thread_.wait();
  browse_thread_.wait();
}

void MainWindow::closeEvent(QCloseEvent* event) {
  QSettings s;
  s.setValue("window/geometry", saveGeometry());
  s.setValue("window/splitter", splitter_->saveState());
  QMainWindow::closeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent* event) {
  QMainWindow::resizeEvent(event);
  if (!isVisible()) return;  // the layout before the first show is not the user's window
  // In a small window the photos come first: the side panes give up room (down to their
  // minimum) before the grid gets too narrow for its filters.
  constexpr int kComfortable = 420;
  QList<int> sizes = splitter_->sizes();
  if (sizes.size() != 3 || sizes[1] >= kComfortable) return;
  int need = kComfortable - sizes[1];
  for (int pane : {2, 0}) {
    QWidget* w = splitter_->widget(pane);
    if (!w->isVisible()) continue;
    const int give = std::min(need, std::max(0, sizes[pane] - w->minimumWidth()));
    sizes[pane] -= give;
    sizes[1] += give;
    need -= give;
  }
  splitter_->setSizes(sizes);
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
  search_->setMinimumWidth(220);
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
  language_hint_ = new QLabel(this);
  language_hint_->setObjectName("language_hint");
  language_hint_->setWordWrap(true);
  language_hint_->setMaximumWidth(360);
  language_hint_->setForegroundRole(QPalette::PlaceholderText);  // quiet
  QFont small = language_hint_->font();
  small.setPointSizeF(small.pointSizeF() * 0.9);
  language_hint_->setFont(small);
  language_hint_action_ = toolbar->addWidget(language_hint_);
  language_hint_action_->setVisible(false);
  auto* tips = new QToolButton(this);
  tips->setText(QStringLiteral("?"));
  tips->setToolTip(tr("Search tips (F1)"));
  connect(tips, &QToolButton::clicked, this, [this] { show_search_tips(this); });
  toolbar->addWidget(tips);

  stack_ = new QStackedWidget(this);
  splitter_ = new QSplitter(Qt::Horizontal, stack_);
  splitter_->setObjectName("panes");
  library_ = new LibraryPanel(splitter_);
  auto* center = new QWidget(splitter_);
  auto* layout = new QVBoxLayout(center);
  layout->setContentsMargins(4, 4, 4, 4);
  understood_ = new UnderstoodChips(center);
  layout->addWidget(understood_);
  connect(understood_, &UnderstoodChips::remove_requested, this, [this](const QString& words) {
    // The filter goes with its words: the search runs on what is left.
    search_->setText(search_->text().replace(words, QString()).simplified());
    run_search();
  });
  filters_ = new FilterBar(center);
  layout->addWidget(filters_);
  message_ = new QLabel(center);
  message_->setWordWrap(true);
  message_->setAlignment(Qt::AlignCenter);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(message_);
  // An empty library: say what to do, with the button that does it.
  welcome_ = new QWidget(center);
  auto* welcome_layout = new QVBoxLayout(welcome_);
  auto* welcome_text = new QLabel(
      tr("<h2>Welcome to LinguaLens</h2><p>Add the folders that hold your photos. LinguaLens "
         "looks at every photo once (on this computer, nothing leaves it); then describe what you "
         "are looking for in any language — “Eisbär im Schnee”, “белая кошка”, “夕焼けの海”.</p>"),
      welcome_);
  welcome_text->setWordWrap(true);
  welcome_text->setAlignment(Qt::AlignCenter);
  auto* welcome_add = new QPushButton(tr("Add folder…"), welcome_);
  welcome_add->setDefault(true);
  connect(welcome_add, &QPushButton::clicked, this, &MainWindow::add_folder);
  welcome_layout->addStretch(1);
  welcome_layout->addWidget(welcome_text);
  welcome_layout->addWidget(welcome_add, 0, Qt::AlignHCenter);
  welcome_layout->addStretch(2);
  welcome_->setVisible(false);
  layout->addWidget(welcome_, 1);
  results_ = new ResultsModel(thumbnails_, this);
  delegate_ = new ResultDelegate(options_.thumbnail_size, this);
  grid_ = new QListView(center);
  grid_->setViewMode(QListView::IconMode);
  grid_->setResizeMode(QListView::Adjust);
  grid_->setMovement(QListView::Static);
  grid_->setUniformItemSizes(false);  // day headings span the grid; tiles share the rest
  grid_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);  // no relayout when it appears
  grid_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
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
  library_->setMinimumWidth(170);
  preview_->setMinimumWidth(200);
  center->setMinimumWidth(300);
  viewer_ = new PhotoViewer(stack_);
  stack_->addWidget(splitter_);
  stack_->addWidget(viewer_);
  setCentralWidget(stack_);

  connect(grid_, &QListView::activated, this,
          [this](const QModelIndex& index) { open_viewer(index.row()); });
  connect(viewer_, &PhotoViewer::closed, this, &MainWindow::close_viewer);
  connect(viewer_, &PhotoViewer::step, this, &MainWindow::step_viewer);
  connect(viewer_, &PhotoViewer::open_with, preview_, &PreviewPane::open_file);
  connect(viewer_, &PhotoViewer::full_screen_toggled, this, [this] {
    if (isFullScreen())
      showNormal();
    else
      showFullScreen();
  });
  connect_results_model();
  connect(results_, &ResultsModel::thumbnail_loaded, this, &MainWindow::check_first_screen);
  connect(grid_, &QListView::customContextMenuRequested, this, [this](const QPoint& pos) {
    const QModelIndex index = grid_->indexAt(pos);
    if (!index.isValid() || !results_->is_photo(index.row())) return;
    QMenu menu(this);
    const int selected = static_cast<int>(selected_paths().size());
    if (selected > 1) {
      menu.addAction(tr("Copy %n path(s)", nullptr, selected), this,
                     &MainWindow::copy_selected_paths);
      menu.addAction(tr("Export %n photo(s) to a folder…", nullptr, selected), this,
                     &MainWindow::export_selected);
      menu.addAction(tr("Move %n photo(s) to the trash", nullptr, selected), this,
                     &MainWindow::trash_selected);
      menu.exec(grid_->viewport()->mapToGlobal(pos));
      return;
    }
    menu.addAction(tr("View"), this, [this, index] { open_viewer(index.row()); });
    menu.addAction(tr("Open with default application"), preview_, &PreviewPane::open_file);
    menu.addAction(tr("Show in folder"), preview_, &PreviewPane::show_in_folder);
    menu.addAction(tr("Copy path"), this, &MainWindow::copy_selected_paths);
    menu.addAction(tr("Copy image"), preview_, &PreviewPane::copy_image);
    menu.addAction(tr("Export to a folder…"), this, &MainWindow::export_selected);
    menu.addAction(tr("Move to the trash"), this, &MainWindow::trash_selected);
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
    // A lower threshold may reach past the loaded pages.
    if (results_->canFetchMore({})) results_->fetchMore({});
  });
  connect(filters_, &FilterBar::sort_changed, this, [this](bool by_date) {
    results_->set_sort(by_date ? ResultsModel::Sort::kDate : ResultsModel::Sort::kRelevance);
  });
  connect(filters_, &FilterBar::filters_changed, this, &MainWindow::run_search);
  connect(library_, &LibraryPanel::folder_chosen, filters_, &FilterBar::set_folder);
  connect(filters_, &FilterBar::filters_changed, this, [this] {
    if (library_->selected_folder() != filters_->folder())
      library_->select_folder(filters_->folder());  // the tree follows the filter bar
  });

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
  // Cleared (✕, Esc, select-all + delete): back to the timeline at once.
  connect(search_, &QLineEdit::textChanged, this, [this](const QString& text) {
    if (text.isEmpty() && example_ids_.isEmpty() && example_files_.isEmpty()) run_search();
    const QString hint = weak_language_hint(text, text_model_key());
    language_hint_->setText(hint);
    language_hint_action_->setVisible(!hint.isEmpty());
  });
  connect(search_, &QLineEdit::returnPressed, this, &MainWindow::run_search);
  setMinimumSize(800, 560);
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
    if (paused) {
      indexer_->pause();
      // Said at once: no "8 s left" counting on while nothing happens.
      statusBar()->showMessage(tr("Paused — indexing waits until you resume"));
      pause_->setText(tr("&Resume indexing"));
    } else {
      indexer_->resume();
      statusBar()->showMessage(tr("Resuming…"));
      pause_->setText(tr("&Pause indexing"));
    }
  });
  stop_ = file->addAction(tr("&Stop indexing"), this, [this] {
    if (!indexer_) return;
    stopped_folders_ = indexing_folders_;
    indexer_->cancel();
  });
  stop_->setEnabled(false);
  resume_ = file->addAction(tr("Resume &indexing"), this, [this] {
    const QStringList folders = stopped_folders_;
    stopped_folders_.clear();
    resume_->setVisible(false);
    start_indexing(folders.isEmpty() ? library_->folders() : folders);
  });
  resume_->setVisible(false);
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
                  [this] { open_model_setup(engine_->models_dir()); });
  // Spelled out: QKeySequence::Preferences is empty on most Linux desktops, so the shortcut the
  // app's own messages mention did nothing.
  file->addAction(tr("Se&ttings…"), QKeySequence(tr("Ctrl+,")), this, &MainWindow::open_settings);
  file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
  auto* tools = menuBar()->addMenu(tr("&Tools"));
  tools->addAction(tr("Find &duplicates…"), this, [this] {
    auto* dialog = new DuplicatesDialog(engine_->library_dir(), thumbnails_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Trashed or restored photos: their folders are re-scanned so the library follows.
    connect(dialog, &DuplicatesDialog::files_changed, this, [this](const QStringList& paths) {
      QStringList roots;
      for (const auto& path : paths)
        for (const auto& root : library_->folders())
          if (path.startsWith(root + '/') && !roots.contains(root)) roots << root;
      if (!roots.isEmpty()) indexer_->request_index(roots);
    });
    dialog->show();
    dialog->start();
  });
  tools->addAction(tr("&Evaluate translations…"), QKeySequence(tr("Ctrl+E")), this, [this] {
    evaluation_window()->show();
    evaluation_window()->raise();
  });
  auto* toolbar = findChild<QToolBar*>("search_toolbar");
  toolbar->addSeparator();
  toolbar->addAction(add_folder_);
  toolbar->addAction(pause_);
  toolbar->addAction(stop_);
  toolbar->addAction(resume_);
  auto* focus = new QShortcut(QKeySequence::Find, this);
  connect(focus, &QShortcut::activated, this, [this] {
    search_->setFocus();
    search_->selectAll();
  });
  auto* copy = new QShortcut(QKeySequence::Copy, grid_, nullptr, nullptr, Qt::WidgetShortcut);
  connect(copy, &QShortcut::activated, this, &MainWindow::copy_selected_paths);
  auto* trash = new QShortcut(QKeySequence::Delete, grid_, nullptr, nullptr, Qt::WidgetShortcut);
  connect(trash, &QShortcut::activated, this, &MainWindow::trash_selected);
  build_view_menu();
  auto* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&Search tips"), QKeySequence::HelpContents, this,
                  &MainWindow::show_query_help);
  help->addAction(tr("&About LinguaLens"), this, &MainWindow::show_about);
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
  browser_->moveToThread(&browse_thread_);
  connect(&browse_thread_, &QThread::finished, browser_, &QObject::deleteLater);
  connect(this, &MainWindow::browse_requested, browser_, &Engine::search);
  connect(browser_, &Engine::results, this, &MainWindow::on_results);
  auto failed = [this](quint64 serial, const QString& text) {
    if (serial != serial_) return;
    // Nothing of the previous search stays on screen: no results, no preview, no "Searching…".
    results_->set_results({});
    preview_->clear();
    timing_->clear();
    timing_->setToolTip(QString());
    update_visible_count();
    show_message(text);
    emit search_failed_shown(text);
  };
  connect(engine_, &Engine::search_failed, this, failed);
  connect(browser_, &Engine::search_failed, this, failed);
  browse_thread_.start();
  engine_thread_.start();
  run_search();  // the timeline, while the models load
  waiting_->setText(tr("Loading the models…"));
  QMetaObject::invokeMethod(engine_, &Engine::load_models, Qt::QueuedConnection);
}

void MainWindow::connect_results_model() {
  connect(results_, &ResultsModel::more_wanted, this, &MainWindow::request_page);
  connect(grid_->selectionModel(), &QItemSelectionModel::currentChanged, this,
          [this](const QModelIndex& current) {
            if (current.isValid() && results_->is_photo(current.row()))
              preview_->show_item(results_->item(current.row()), !results_->timeline());
            else
              preview_->clear();
          });
}

EvalWindow* MainWindow::evaluation_window() {
  if (!eval_) {
    eval_ = new EvalWindow(engine_, thumbnails_, this);
    eval_->setWindowFlag(Qt::Window);
    eval_->set_models_ready(models_ready_);
    eval_->set_model_options(options_);
    // Remembered for the search field's hint.
    connect(eval_, &EvalWindow::evaluation_shown, this, [this] {
      if (eval_->outcome()) remember_evaluation(text_model_key(), eval_->outcome()->run.result);
    });
  }
  return eval_;
}

QString MainWindow::text_model_key() const {
  return options_.text_model + QLatin1Char('|') + options_.text_head;
}

QString MainWindow::language_hint() const {
  return language_hint_action_->isVisible() ? language_hint_->text() : QString();
}

void MainWindow::on_text_model_loaded(double, quint64 serial) {
  if (serial != load_serial_) return;  // an earlier load, replaced since
  text_ready_ = true;
  search_->setEnabled(true);
  search_->setPlaceholderText(
      tr("Describe a photo in any language — “Eisbär im Schnee”, “белая кошка”"));
  search_->setFocus();
  if (!options_.search_images.isEmpty()) {
    // Opened with images (a file manager's "Open with"): search by them.
    set_example_files(options_.search_images);
    search_->setText(options_.search);
    run_search();
  } else if (!options_.search.isEmpty()) {
    search_->setText(options_.search);
    run_search();
  } else if (!search_->text().trimmed().isEmpty()) {
    run_search();  // typed while the model was loading
  }
  // Otherwise the timeline (or the welcome) is already on screen.
}

void MainWindow::on_models_loaded(double seconds, quint64 serial, ImageEncoderPtr encoder) {
  if (serial != load_serial_) return;  // an earlier load, replaced since
  models_ready_ = true;
  if (eval_) eval_->set_models_ready(true);
  waiting_->clear();
  library_->set_enabled_actions(true);
  statusBar()->showMessage(tr("Models ready (%1 s)").arg(QLocale().toString(seconds, 'f', 1)),
                           4000);
  QMetaObject::invokeMethod(
      indexer_, [worker = indexer_, encoder] { worker->set_encoder(encoder); },
      Qt::QueuedConnection);
  // Catch up with what changed while the app was closed.
  if (!library_->folders().isEmpty()) indexer_->request_index(library_->folders());
  if (!options_.evaluate.isEmpty()) {
    EvalWindow* w = evaluation_window();
    w->load_set(options_.evaluate);
    w->show();
    w->raise();  // in front of the main window, where the user asked for it
    w->activateWindow();
    w->run();
  }
  // Searches by example image that waited for the image model.
  if (!example_files_.isEmpty()) run_search();
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
  r.literal = !options_.read_dates_and_places;
  last_request_ = r;
  if (r.empty()) {  // the timeline: served without the models
    emit browse_requested(r);
    return;
  }
  if (!text_ready_) return;  // run again when the text model is in
  if (!r.example_files.isEmpty() && !models_ready_) {
    timing_->setText(tr("Waiting for the image model…"));
    return;  // run again when it is loaded
  }
  timing_->setText(tr("Searching…"));
  emit search_requested(r);
}

void MainWindow::request_page(int offset) {
  SearchRequest r = last_request_;
  r.offset = offset;
  if (r.empty())
    emit browse_requested(r);
  else
    emit search_requested(r);
}

void MainWindow::on_results(const SearchOutcome& outcome) {
  if (outcome.serial != serial_) return;  // a newer search is on its way
  if (!outcome.rescan.isEmpty() && models_ready_) indexer_->request_index(outcome.rescan);
  if (outcome.offset > 0) {  // the next page of what is on screen
    results_->append_results(outcome.items, outcome.more);
    update_visible_count();
    return;
  }
  if (outcome.first_date.isValid())
    filters_->set_library_dates(outcome.first_date, outcome.last_date);
  understood_->set_chips(outcome.understood);
  welcome_->setVisible(false);
  grid_->setVisible(true);
  if (outcome.browse) {
    // The timeline refreshed (new photos indexed): the photo the user was on stays current.
    const qint64 was =
        results_->timeline() ? results_->item(grid_->currentIndex().row()).id : qint64(0);
    filters_->set_relevance_enabled(false);
    results_->set_timeline(true);
    results_->set_min_score(-2);
    results_->set_results(outcome.items, outcome.more);
    timing_->clear();
    timing_->setToolTip(QString());
    filters_->set_visible_count(-1, static_cast<int>(outcome.matches));
    show_emptiness(outcome);
    const int row = was ? results_->row_of(was) : -1;
    if (row >= 0) {
      grid_->setCurrentIndex(results_->index(row));
      grid_->scrollTo(results_->index(row));
    } else {
      preview_->clear();
    }
    emit results_shown(results_->photo_count());
    if (!first_screen_done_) QTimer::singleShot(0, this, &MainWindow::check_first_screen);
    return;
  }
  float lo = 1, hi = -1;
  for (const auto& it : outcome.items) {
    lo = std::min(lo, it.score);
    hi = std::max(hi, it.score);
  }
  if (outcome.items.isEmpty()) lo = hi = 0;
  // The threshold goes back to the adaptive cutoff only for a new query; a filter change
  // keeps what the user chose.
  QStringList key{last_request_.text.trimmed()};
  key += last_request_.example_files;
  for (qint64 id : last_request_.example_ids) key << QString::number(id);
  const QString query_key = key.join(QChar(0x1f));
  const bool new_query = query_key != query_key_;
  query_key_ = query_key;
  filters_->set_relevance_enabled(true);
  filters_->set_score_range(lo, hi, outcome.adaptive_cutoff, new_query);
  results_->set_timeline(false);
  results_->set_min_score(filters_->min_score());
  results_->set_results(outcome.items, outcome.more);
  timing_->setText(tr("%1 ms").arg(QLocale().toString(outcome.total_ms, 'f', 0)));
  timing_->setToolTip(tr("understanding the query %1 ms, searching %L2 photos %3 ms")
                          .arg(QLocale().toString(outcome.encode_ms, 'f', 0))
                          .arg(outcome.library_size)
                          .arg(QLocale().toString(outcome.total_ms - outcome.encode_ms, 'f', 0)));
  update_visible_count();
  show_emptiness(outcome);
  if (!outcome.items.isEmpty())
    grid_->setCurrentIndex(results_->index(results_->next_photo_row(-1, +1)));
  emit results_shown(results_->photo_count());
}

void MainWindow::show_emptiness(const SearchOutcome& outcome) {
  if (!outcome.items.isEmpty()) {
    message_->setVisible(false);
  } else if (outcome.library_size == 0 && library_->folders().isEmpty()) {
    show_welcome();
  } else if (outcome.library_size > 0 && !outcome.understood.isEmpty()) {
    QStringList labels;
    for (const auto& chip : outcome.understood) labels << UnderstoodChips::label(chip);
    show_message(tr("No photo from %1 matches. Click a filter's ✕ above to search without it.")
                     .arg(labels.join(QStringLiteral(", "))));
  } else {
    show_message(outcome.library_size == 0 ? tr("No photos are indexed yet.")
                                           : tr("No photos match these filters."));
  }
}

void MainWindow::update_visible_count() {
  if (results_->timeline()) return;  // the timeline's count comes with its first page
  filters_->set_visible_count(results_->photo_count(), static_cast<int>(results_->all().size()));
}

void MainWindow::check_first_screen() {
  if (first_screen_done_) return;
  if (results_->photo_count() == 0) return;
  const QRect viewport = grid_->viewport()->rect();
  bool laid_out = false;
  for (int row = 0; row < results_->rowCount(); ++row) {
    const QRect r = grid_->visualRect(results_->index(row));
    if (r.isEmpty() || !r.intersects(viewport)) break;
    laid_out = true;
    if (results_->is_photo(row) && !results_->has_thumbnail(row)) {
      results_->data(results_->index(row), ResultsModel::kThumbnailRole);  // asked for, if not
      return;  // checked again when the next thumbnail arrives
    }
  }
  if (!laid_out) {
    QTimer::singleShot(10, this, &MainWindow::check_first_screen);  // the view lays out first
    return;
  }
  first_screen_done_ = true;
  emit first_screen_shown();
}

void MainWindow::show_welcome() {
  message_->setVisible(false);
  grid_->setVisible(false);
  welcome_->setVisible(true);
}

bool MainWindow::welcome_shown() const { return welcome_->isVisible(); }

void MainWindow::build_view_menu() {
  auto* view = menuBar()->addMenu(tr("&View"));
  QSettings s;
  auto pane = [&](const QString& text, const QString& key, QWidget* widget, const QString& keys) {
    QAction* a = view->addAction(text);
    a->setCheckable(true);
    a->setShortcut(QKeySequence(keys));
    const bool shown = s.value(key, true).toBool();
    a->setChecked(shown);
    widget->setVisible(shown);
    connect(a, &QAction::toggled, this, [widget, key](bool on) {
      widget->setVisible(on);
      QSettings().setValue(key, on);
    });
  };
  pane(tr("&Folders"), QStringLiteral("view/folders"), library_, tr("Ctrl+1"));
  pane(tr("&Preview"), QStringLiteral("view/preview"), preview_, tr("Ctrl+2"));
  view->addSeparator();
  view->addAction(tr("&View photo"), QKeySequence(Qt::Key_Space), this,
                  [this] {
                    if (viewing())
                      close_viewer();
                    else
                      open_viewer(grid_->currentIndex().row());
                  })
      ->setShortcutContext(Qt::WidgetShortcut);  // Space is the grid's (event filter)
  view->addAction(tr("&Full screen"), QKeySequence(Qt::Key_F11), this, [this] {
    if (isFullScreen())
      showNormal();
    else
      showFullScreen();
  });
}

void MainWindow::set_examples(const QStringList& files, const QVector<qint64>& ids,
                              const QString& label) {
  example_files_ = files;
  example_ids_ = ids;
  const bool on = !files.isEmpty() || !ids.isEmpty();
  example_action_->setVisible(on);
  example_chip_->setText(tr("Like: %1  ✕").arg(label));
}

void MainWindow::set_example_files(const QStringList& files) {
  set_examples(files, {},
               files.size() == 1 ? QFileInfo(files[0]).fileName()
                                 : tr("%n images", nullptr, static_cast<int>(files.size())));
}

void MainWindow::open_request(const QStringList& images, const QString& search) {
  if (isMinimized()) showNormal();
  raise();
  activateWindow();
  if (images.isEmpty() && search.isEmpty()) return;
  close_viewer();
  set_example_files(images);
  search_->setText(search);
  run_search();
}

void MainWindow::search_similar_to_file(const QString& file) {
  set_examples({file}, {}, QFileInfo(file).fileName());
  search_->clear();
  run_search();
}

bool MainWindow::paste_image() {
  const QMimeData* mime = QApplication::clipboard()->mimeData();
  const QStringList files = clipboard_image_files(mime);
  if (!files.isEmpty()) {
    set_example_files(files);
    search_->clear();
    run_search();
    return true;
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
      // Ctrl+V with an image, or image files copied in a file manager (which also put their
      // file:// URLs as text), searches by that image instead of typing the URL.
      const QMimeData* mime = QApplication::clipboard()->mimeData();
      if (mime && (mime->hasImage() || !clipboard_image_files(mime).isEmpty()) && paste_image())
        return true;
    }
    if (watched == search_ && key->key() == Qt::Key_Down && results_->rowCount() > 0) {
      grid_->setFocus();  // from the search field straight into the results
      return true;
    }
    if (watched == search_ && key->key() == Qt::Key_Escape) {
      // Back to the timeline.
      set_examples({}, {}, {});
      if (search_->text().isEmpty())
        run_search();
      else
        search_->clear();  // textChanged runs the timeline
      return true;
    }
    if (watched == grid_ && key->key() == Qt::Key_Space) {
      open_viewer(grid_->currentIndex().row());  // a quick look; Space again goes back
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
    set_example_files(images);
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

QString MainWindow::search_status() const { return timing_->text(); }
QString MainWindow::message_text() const {
  return message_->isVisible() ? message_->text() : QString();
}

void MainWindow::show_message(const QString& text) {
  message_->setText(text);
  message_->setVisible(true);
}

}  // namespace lingualens::ui
