// The main window: a search field that takes any language, the results as a thumbnail grid,
// adding folders to the library with indexing in the background (progress, images/s, ETA,
// cancel). The UI thread never waits on models, disk or the database: models load and
// searches run on one worker thread, indexing on another (ui/engine.h).
#pragma once

#include <QMainWindow>
#include <QThread>
#include <memory>

#include "ui/app_options.h"

class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QTimer;
class QAction;

namespace lingualens::ui {

class Engine;
class IndexWorker;
class ResultsModel;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(AppOptions options, QWidget* parent = nullptr);
  ~MainWindow() override;

 signals:
  void search_requested(const QString& query, int top_k);
  void index_requested(const QStringList& folders);

 private:
  void build_ui();
  void wire_engine();
  void run_search();
  void add_folder();
  void start_indexing(const QStringList& folders);
  void show_message(const QString& text);

  AppOptions options_;
  QThread engine_thread_, index_thread_;
  Engine* engine_ = nullptr;         // lives on engine_thread_
  IndexWorker* indexer_ = nullptr;   // lives on index_thread_
  ResultsModel* results_ = nullptr;
  QLineEdit* search_ = nullptr;
  QListView* grid_ = nullptr;
  QLabel* message_ = nullptr;
  QLabel* timing_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QAction* add_folder_ = nullptr;
  QAction* cancel_ = nullptr;
  QTimer* debounce_ = nullptr;
  bool models_ready_ = false;
};

}  // namespace lingualens::ui
