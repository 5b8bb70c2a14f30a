// The main window: the library panel, the search field (any language; words, example images
// or both), the filter bar, the results grid and the preview. The UI thread never waits on
// models, disk or the database: models load and searches run on the engine thread, indexing
// on the index thread, thumbnails and previews on the thread pool.
#pragma once

#include <QMainWindow>
#include <QTemporaryDir>
#include <QThread>
#include <memory>

#include <functional>

#include "ui/app_options.h"
#include "ui/engine.h"
#include "ui/file_actions.h"
#include "ui/result_item.h"

class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QSplitter;
class QTimer;
class QAction;
class QToolButton;
class QPushButton;
class QStackedWidget;

namespace lingualens::ui {

class UnderstoodChips;

class Engine;
class IndexWorker;
class ResultsModel;
class ResultDelegate;
class PreviewPane;
class LibraryPanel;
class FilterBar;
class FolderWatcher;
class ThumbnailCache;
class EvalWindow;
class PhotoViewer;
class ErrorListDialog;

class MainWindow final : public QMainWindow {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(MainWindow)

 public:
  explicit MainWindow(AppOptions options, QWidget* parent = nullptr);
  ~MainWindow() override;

  // For scripted runs and tests.
  QLineEdit* search_field() const { return search_; }
  QString language_hint() const;  // what the hint beside the search field says (tests)
  ResultsModel* results() const { return results_; }
  QListView* grid() const { return grid_; }
  PreviewPane* preview() const { return preview_; }
  PhotoViewer* viewer() const { return viewer_; }
  FilterBar* filter_bar() const { return filters_; }
  LibraryPanel* library_panel() const { return library_; }
  bool viewing() const;  // the viewer is shown instead of the grid
  bool welcome_shown() const;
  // The selected photos' paths, in grid order.
  QStringList selected_paths() const;
  // Opens the viewer on a grid row (Enter, double-click, Space).
  void open_viewer(int row);
  void close_viewer();
  // The selection's file actions without asking (the menu asks first): on the thread pool,
  // file_action_done() when finished.
  void export_to(const QStringList& paths, const QString& folder);
  void trash(const QStringList& paths);
  // The search status beside the filters ("Searching…", "28 ms") and the message over the grid.
  QString search_status() const;
  QString message_text() const;
  void search_similar_to_file(const QString& file);
  // What a later launch asked for (InstanceChannel): the window comes forward and searches by
  // the images (and the query), or runs the query; nothing given only raises it.
  void open_request(const QStringList& images, const QString& search);
  EvalWindow* evaluation_window();  // created on first use

 signals:
  void search_requested(const lingualens::ui::SearchRequest& request);
  void browse_requested(const lingualens::ui::SearchRequest& request);
  void reload_models(const lingualens::ui::AppOptions& options, quint64 serial);
  // Emitted when a search's results are shown (tests, scripted screenshots).
  void results_shown(int count);
  // Emitted when a search failed and its message is shown.
  void search_failed_shown(const QString& message);
  // Emitted once, when the first screen of the timeline has all its thumbnails (--startup-time).
  void first_screen_shown();
  // Emitted when selected files were moved to the trash or exported (tests).
  void file_action_done(const QString& summary);

 protected:
  void closeEvent(QCloseEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void build_ui();
  void build_actions();
  void wire_engine();
  void wire_indexer();
  void on_text_model_loaded(double seconds, quint64 serial);
  void on_models_loaded(double seconds, quint64 serial, ImageEncoderPtr encoder);
  void on_models_missing(const QString& models_dir);
  void open_model_setup(const QString& models_dir);
  void load_models_again();  // after new model files were chosen
  void on_results(const SearchOutcome& outcome);
  void run_search();
  void add_folder();
  void start_indexing(const QStringList& folders);
  void set_examples(const QStringList& files, const QVector<qint64>& ids, const QString& label);
  void set_example_files(const QStringList& files);  // labelled by name, or "3 images"
  bool paste_image();
  void show_failed_files(const QStringList& lines);
  void open_settings();
  void show_message(const QString& text);
  void show_welcome();
  // Nothing to show: the welcome (no library yet) or why the grid is empty.
  void show_emptiness(const SearchOutcome& outcome);
  void update_visible_count();
  void request_page(int offset);
  void check_first_screen();
  void step_viewer(int delta);
  void copy_selected_paths();
  void export_selected();
  void trash_selected();
  void show_query_help();
  void show_about();
  void build_view_menu();
  // Runs a file operation on the thread pool; `done` (on the UI thread) updates the window and
  // says what succeeded; problems are shown under `title`.
  void run_file_action(const QString& title, std::function<FileActionResult()> work,
                       std::function<QString(const FileActionResult&)> done);

  AppOptions options_;
  QThread engine_thread_, index_thread_, browse_thread_;
  Engine* engine_ = nullptr;        // lives on engine_thread_
  Engine* browser_ = nullptr;       // lives on browse_thread_: the timeline, no models needed
  IndexWorker* indexer_ = nullptr;  // lives on index_thread_
  std::shared_ptr<ThumbnailCache> thumbnails_;
  ResultsModel* results_ = nullptr;
  ResultDelegate* delegate_ = nullptr;
  QLineEdit* search_ = nullptr;
  QToolButton* example_chip_ = nullptr;
  // Beside the search field: the query's language did poorly in the last evaluation.
  QLabel* language_hint_ = nullptr;
  QAction* language_hint_action_ = nullptr;
  QString text_model_key() const;  // names the text model for evaluation_memory.h
  // The results model's paging and the grid's current photo → preview (again after the model
  // is replaced).
  void connect_results_model();
  QAction* example_action_ = nullptr;
  QStringList indexing_folders_;
  QListView* grid_ = nullptr;
  QSplitter* splitter_ = nullptr;
  PreviewPane* preview_ = nullptr;
  PhotoViewer* viewer_ = nullptr;
  QStackedWidget* stack_ = nullptr;  // the browser (panes) or the viewer
  QWidget* welcome_ = nullptr;
  bool was_full_screen_ = false;
  bool first_screen_done_ = false;
  LibraryPanel* library_ = nullptr;
  FilterBar* filters_ = nullptr;
  UnderstoodChips* understood_ = nullptr;
  FolderWatcher* watcher_ = nullptr;
  EvalWindow* eval_ = nullptr;
  ErrorListDialog* errors_ = nullptr;
  QLabel* message_ = nullptr;
  QLabel* timing_ = nullptr;
  QLabel* waiting_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QAction *add_folder_ = nullptr, *pause_ = nullptr, *stop_ = nullptr, *resume_ = nullptr;
  QStringList stopped_folders_;  // a run the user stopped, to resume
  SearchRequest last_request_;   // the search on screen (its further pages)
  QString query_key_;            // what the slider's threshold was chosen for
  QTimer* debounce_ = nullptr;
  QTemporaryDir pasted_;  // pasted images live here while used as search examples
  QStringList example_files_;
  QVector<qint64> example_ids_;
  quint64 serial_ = 0;
  quint64 load_serial_ = 0;    // the model load whose signals count
  bool models_ready_ = false;  // both models
  bool text_ready_ = false;    // text searches possible
  bool indexing_ = false;
};

}  // namespace lingualens::ui
