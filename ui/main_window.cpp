#include "ui/main_window.h"

#include <QAction>
#include <QDesktopServices>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include "ui/engine.h"
#include "ui/results_model.h"

namespace lingualens::ui {

MainWindow::MainWindow(AppOptions options, QWidget* parent) : QMainWindow(parent), options_(std::move(options)) {
  build_ui();
  wire_engine();
}

MainWindow::~MainWindow() {
  if (indexer_) indexer_->cancel();
  index_thread_.quit();
  engine_thread_.quit();
  index_thread_.wait();
  engine_thread_.wait();
}

void MainWindow::build_ui() {
  setWindowTitle(tr("LinguaLens"));
  auto* toolbar = addToolBar(tr("Library"));
  toolbar->setMovable(false);
  search_ = new QLineEdit(this);
  search_->setPlaceholderText(tr("Loading the models…"));
  search_->setClearButtonEnabled(true);
  search_->setEnabled(false);
  search_->setMinimumWidth(420);
  toolbar->addWidget(search_);
  add_folder_ = toolbar->addAction(tr("Add folder…"), this, &MainWindow::add_folder);
  add_folder_->setEnabled(false);
  cancel_ = toolbar->addAction(tr("Stop indexing"), this, [this] {
    if (indexer_) indexer_->cancel();
  });
  cancel_->setVisible(false);

  auto* central = new QWidget(this);
  auto* layout = new QVBoxLayout(central);
  message_ = new QLabel(central);
  message_->setWordWrap(true);
  message_->setAlignment(Qt::AlignCenter);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(message_);
  results_ = new ResultsModel(this);
  grid_ = new QListView(central);
  grid_->setViewMode(QListView::IconMode);
  grid_->setResizeMode(QListView::Adjust);
  grid_->setMovement(QListView::Static);
  grid_->setUniformItemSizes(true);
  grid_->setIconSize(QSize(ResultsModel::kThumbnailSize, ResultsModel::kThumbnailSize));
  grid_->setGridSize(QSize(ResultsModel::kThumbnailSize + 24, ResultsModel::kThumbnailSize + 40));
  grid_->setWordWrap(true);
  grid_->setModel(results_);
  layout->addWidget(grid_, 1);
  setCentralWidget(central);
  connect(grid_, &QListView::activated, this, [this](const QModelIndex& index) {
    QDesktopServices::openUrl(QUrl::fromLocalFile(index.data(ResultsModel::kPathRole).toString()));
  });

  timing_ = new QLabel(this);
  progress_ = new QProgressBar(this);
  progress_->setMaximumWidth(260);
  progress_->setVisible(false);
  statusBar()->addPermanentWidget(timing_);
  statusBar()->addPermanentWidget(progress_);

  // Search as you type, after a short pause; Enter searches at once.
  debounce_ = new QTimer(this);
  debounce_->setSingleShot(true);
  debounce_->setInterval(400);
  connect(debounce_, &QTimer::timeout, this, &MainWindow::run_search);
  connect(search_, &QLineEdit::textEdited, debounce_, qOverload<>(&QTimer::start));
  connect(search_, &QLineEdit::returnPressed, this, &MainWindow::run_search);
  resize(1100, 720);
}

void MainWindow::wire_engine() {
  engine_ = new Engine(options_);
  engine_->moveToThread(&engine_thread_);
  connect(&engine_thread_, &QThread::finished, engine_, &QObject::deleteLater);
  connect(this, &MainWindow::search_requested, engine_, &Engine::search);
  connect(engine_, &Engine::status, this, [this](const QString& s) { statusBar()->showMessage(s); });
  connect(engine_, &Engine::models_loaded, this, [this] {
    models_ready_ = true;
    search_->setEnabled(true);
    search_->setPlaceholderText(tr("Describe a photo in any language — “Eisbär im Schnee”, “белая кошка”"));
    search_->setFocus();
    add_folder_->setEnabled(true);
    statusBar()->showMessage(tr("Ready"), 3000);
    indexer_ = new IndexWorker(engine_->library_dir(), engine_->image_encoder());
    indexer_->moveToThread(&index_thread_);
    connect(&index_thread_, &QThread::finished, indexer_, &QObject::deleteLater);
    connect(this, &MainWindow::index_requested, indexer_, &IndexWorker::run);
    connect(indexer_, &IndexWorker::progress, this, [this](qint64 done, qint64 total, double ips, double eta) {
      progress_->setMaximum(static_cast<int>(std::max<qint64>(1, total)));
      progress_->setValue(static_cast<int>(done));
      QString text = tr("Indexing %1 / %2").arg(done).arg(total);
      if (ips > 0) text += tr(" · %1 images/s").arg(ips, 0, 'f', 1);
      if (eta > 0) text += tr(" · %1 min left").arg(std::max(1, static_cast<int>(eta / 60 + 0.5)));
      statusBar()->showMessage(text);
    });
    auto done = [this](const QString& text) {
      progress_->setVisible(false);
      cancel_->setVisible(false);
      add_folder_->setEnabled(true);
      statusBar()->showMessage(text);
      if (!search_->text().trimmed().isEmpty()) run_search();
    };
    connect(indexer_, &IndexWorker::finished, this, done);
    connect(indexer_, &IndexWorker::failed, this, [this, done](const QString& text) {
      done(text);
      show_message(text);
    });
    index_thread_.start();
    if (!options_.search.isEmpty()) {
      search_->setText(options_.search);
      run_search();
    } else {
      show_message(tr("Type what you are looking for, in any language. Add photo folders with “Add folder…”."));
    }
  });
  connect(engine_, &Engine::models_failed, this, [this](const QString& text) {
    search_->setPlaceholderText(tr("The models could not be loaded"));
    statusBar()->showMessage(tr("Models missing"));
    show_message(tr("The models could not be loaded:\n%1").arg(text));
    QMessageBox::warning(this, tr("LinguaLens"), tr("The models could not be loaded.\n\n%1").arg(text));
  });
  connect(engine_, &Engine::results, this,
          [this](const QString& query, const QVector<ResultItem>& items, double ms, float) {
            if (query != search_->text()) return;  // a newer query is on its way
            results_->set_results(items);
            timing_->setText(tr("%n result(s) in %1 ms", nullptr, items.size()).arg(ms, 0, 'f', 0));
            message_->setVisible(items.isEmpty());
            if (items.isEmpty()) show_message(tr("No photos match yet. Add a folder to the library first?"));
          });
  connect(engine_, &Engine::search_failed, this, [this](const QString& text) { show_message(text); });
  engine_thread_.start();
  QMetaObject::invokeMethod(engine_, &Engine::load_models, Qt::QueuedConnection);
}

void MainWindow::run_search() {
  debounce_->stop();
  const QString q = search_->text().trimmed();
  if (!models_ready_ || q.isEmpty()) return;
  emit search_requested(search_->text(), 200);
}

void MainWindow::add_folder() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a photo folder"));
  if (!dir.isEmpty()) start_indexing({dir});
}

void MainWindow::start_indexing(const QStringList& folders) {
  add_folder_->setEnabled(false);
  cancel_->setVisible(true);
  progress_->setVisible(true);
  progress_->setValue(0);
  statusBar()->showMessage(tr("Scanning…"));
  emit index_requested(folders);
}

void MainWindow::show_message(const QString& text) {
  message_->setText(text);
  message_->setVisible(true);
}

}  // namespace lingualens::ui
