// "Evaluate translations": how well does a caption survive translation? Edit a set of photos
// with captions in several languages (or open / save one), run it, and read the per-language
// heatmaps (softmax over captions of 100 × cosine, as in the M-BERT-Base-69 model card), the
// summary table from best to worst, and, on the whole library, each translation's top
// results side by side with the reference language's. The work runs on the engine thread.
#pragma once

#include <QMainWindow>
#include <memory>

#include "ui/app_options.h"
#include "ui/eval_types.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QTableWidget;
class QTabWidget;
class QListWidget;
class QSpinBox;
class QHBoxLayout;
class QAction;
class QRadioButton;

namespace lingualens::ui {

class Engine;
class HeatmapWidget;
class PairsView;
class ThumbnailCache;

class EvalWindow final : public QMainWindow {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(EvalWindow)

 public:
  EvalWindow(Engine* engine, std::shared_ptr<const ThumbnailCache> thumbnails,
             QWidget* parent = nullptr);
  // Shows a dialog on errors. `images_dir`: where the set's relative image paths are (empty:
  // next to the set file).
  void load_set(const QString& file, const QString& images_dir = QString());
  // Images of the loaded set that are not where it says (shown with "Images folder…").
  int missing_images() const;
  void set_models_ready(bool ready);
  // The models the main window runs: names the pair evaluated and offers the other pairs
  // whose files are in its models folder for a side-by-side run.
  void set_model_options(const AppOptions& options);
  // Evaluate with this pair too (its official name; empty: none). False when it is not offered.
  bool choose_compare_pair(const QString& name);
  void run();  // evaluates the set as edited
  // Writes the last evaluation's report (HTML, heatmap PNGs, CSVs; core/eval/report.h) into
  // `dir` off the UI thread, the compared pair's into `dir`/compared; report_written() or a
  // dialog when it fails.
  void export_report(const QString& dir);
  const EvaluationOutcomePtr& outcome() const { return outcome_; }

 signals:
  void evaluate_requested(const lingualens::ui::EvalSetPtr& set, const QStringList& languages,
                          const QString& compare_pair);
  void compare_requested(const QStringList& languages, const QStringList& texts, int top_k);
  void evaluation_shown();  // results on screen (tests, scripted screenshots)
  void report_written(const QString& html_file);

 private:
  void build_ui();
  void open_set();
  void choose_images_folder();
  void save_set();
  void add_images();
  void add_language();
  void fill_table(const EvalSet& set);
  EvalSet set_from_table(QString* problem) const;
  void show_outcome(const EvaluationOutcomePtr& outcome);
  void fill_summary(const EvaluationResult& result);  // the table under the heatmap
  void show_language(int row);
  void show_pairs(const EvaluationOutcome& outcome);
  const EvaluationRun* shown_run() const;  // the pair the heatmap shows
  void show_comparison(const QVector<CompareColumn>& columns);
  void fill_compare_inputs();
  QStringList languages() const;

  Engine* engine_;
  std::shared_ptr<const ThumbnailCache> thumbnails_;
  EvaluationOutcomePtr outcome_;
  QString file_, name_;
  QTabWidget* tabs_ = nullptr;
  QTableWidget* captions_ = nullptr;
  QComboBox* reference_ = nullptr;
  QListWidget* result_languages_ = nullptr;
  HeatmapWidget* heatmap_ = nullptr;
  QRadioButton* show_softmax_ = nullptr;
  QTableWidget* summary_ = nullptr;
  QLabel* pair_label_ = nullptr;       // which pair this window evaluates with
  QComboBox* compare_pair_ = nullptr;  // a second pair for the same set, or none
  QComboBox* heatmap_pair_ = nullptr;  // whose heatmap is shown, when two pairs ran
  PairsView* pairs_ = nullptr;         // the two pairs side by side
  QString first_pair_;                 // the evaluated pair's name, or its files
  QTableWidget* compare_inputs_ = nullptr;
  QSpinBox* compare_k_ = nullptr;
  QHBoxLayout* compare_columns_ = nullptr;
  QLabel* status_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QAction *run_ = nullptr, *stop_ = nullptr, *export_ = nullptr;
  bool models_ready_ = false;
};

}  // namespace lingualens::ui
