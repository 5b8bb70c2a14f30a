#include "ui/eval_window.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

#include "core/error.h"
#include "core/eval/eval_set.h"
#include "core/eval/report.h"
#include "core/models/model_pairs.h"
#include "core/text/language_name.h"
#include "index/library_location.h"
#include "ui/background_task.h"
#include "ui/engine.h"
#include "ui/eval_labels.h"
#include "ui/heatmap_widget.h"
#include "ui/pairs_view.h"
#include "ui/result_delegate.h"
#include "ui/results_model.h"
#include "ui/translations.h"

namespace lingualens::ui {
namespace {

constexpr int kImageColumn = 0;

// Why a language may do badly, from how the tokenizer read its captions (the thresholds of
// core/eval/token_diagnostics.h, translated here rather than taken as core's English sentence).
QString token_reading_text(const TokenStats& t) {
  QStringList parts;
  if (t.unk_share >= kNotableUnkShare)
    parts << EvalWindow::tr("%1 of the word pieces are unknown to the vocabulary")
                 .arg(percent(t.unk_share));
  if (t.pieces_per_word >= kNotablePiecesPerWord)
    parts << EvalWindow::tr("words fall apart into %1 pieces each")
                 .arg(QLocale().toString(t.pieces_per_word, 'f', 1));
  if (t.truncated > 0)
    parts << EvalWindow::tr("%n caption(s) longer than the model reads", nullptr, t.truncated);
  if (parts.isEmpty())
    return EvalWindow::tr("known words (%1 pieces per word)")
        .arg(QLocale().toString(t.pieces_per_word, 'f', 1));
  return parts.join(QStringLiteral("; "));
}

}  // namespace

EvalWindow::EvalWindow(Engine* engine, std::shared_ptr<const ThumbnailCache> thumbnails,
                       QWidget* parent)
    : QMainWindow(parent), engine_(engine), thumbnails_(std::move(thumbnails)) {
  qRegisterMetaType<lingualens::ui::EvalSetPtr>();
  qRegisterMetaType<lingualens::ui::EvaluationOutcomePtr>();
  qRegisterMetaType<QVector<lingualens::ui::CompareColumn>>();
  build_ui();
  set_model_options(AppOptions{});  // until the main window says which models it runs
  connect(this, &EvalWindow::evaluate_requested, engine_, &Engine::evaluate);
  connect(engine_, &Engine::evaluation_stage, this, [this](const QString& what) {
    status_->setText(what);
    progress_->setRange(0, 0);
  });
  connect(this, &EvalWindow::compare_requested, engine_, &Engine::compare);
  connect(engine_, &Engine::evaluation_progress, this, [this](qint64 done, qint64 total) {
    progress_->setRange(0, static_cast<int>(std::max<qint64>(1, total)));
    progress_->setValue(static_cast<int>(done));
  });
  connect(engine_, &Engine::evaluation_done, this, &EvalWindow::show_outcome);
  connect(engine_, &Engine::evaluation_failed, this, [this](const QString& message) {
    progress_->setVisible(false);
    run_->setEnabled(models_ready_);
    stop_->setEnabled(false);
    status_->setText(message);
    QMessageBox::warning(this, tr("Evaluation"), message);
  });
  connect(engine_, &Engine::comparison_done, this, &EvalWindow::show_comparison);
  connect(engine_, &Engine::comparison_failed, this, [this](const QString& message) {
    QMessageBox::warning(this, tr("Comparison"), message);
  });
}

void EvalWindow::build_ui() {
  setWindowTitle(tr("Evaluate translations — LinguaLens"));
  auto* bar = addToolBar(tr("Evaluation"));
  bar->setMovable(false);
  bar->addAction(tr("Open set…"), this, &EvalWindow::open_set);
  bar->addAction(tr("Save set…"), this, &EvalWindow::save_set);
  bar->addAction(tr("Images folder…"), this, &EvalWindow::choose_images_folder)
      ->setToolTip(tr("Where this set's images are, when they are not next to the set file"));
  bar->addSeparator();
  bar->addAction(tr("Add images…"), this, &EvalWindow::add_images);
  bar->addAction(tr("Add language…"), this, &EvalWindow::add_language);
  bar->addAction(tr("Remove row"), this, [this] {
    const int row = captions_->currentRow();
    if (row >= 0) captions_->removeRow(row);
  });
  bar->addSeparator();
  bar->addWidget(new QLabel(tr(" Reference language: "), this));
  reference_ = new QComboBox(this);
  bar->addWidget(reference_);
  bar->addSeparator();
  run_ = bar->addAction(tr("Run"), this, &EvalWindow::run);
  run_->setShortcut(QKeySequence(Qt::Key_F5));
  run_->setToolTip(tr("Encode the images and every caption, then compare (F5)"));
  stop_ = bar->addAction(tr("Stop"), this, [this] { engine_->cancel_evaluation(); });
  stop_->setEnabled(false);
  export_ = bar->addAction(tr("Export report…"), this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Folder for the report"),
        file_.isEmpty() ? QDir::homePath() : QFileInfo(file_).path());
    if (!dir.isEmpty()) export_report(dir);
  });
  export_->setToolTip(
      tr("Save the results to share them: one HTML page with the photos, heatmaps and "
         "tables, a PNG heatmap and a CSV per language"));
  export_->setEnabled(false);  // until there are results
  // Which pair evaluates, and another to run on the same set beside it.
  addToolBarBreak();
  auto* models_bar = addToolBar(tr("Models"));
  models_bar->setMovable(false);
  pair_label_ = new QLabel(this);
  models_bar->addWidget(pair_label_);
  models_bar->addSeparator();
  models_bar->addWidget(new QLabel(tr(" Compare with: "), this));
  compare_pair_ = new QComboBox(this);
  compare_pair_->setObjectName(QStringLiteral("compare_pair"));
  compare_pair_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  compare_pair_->setToolTip(
      tr("Run the same set with a second Multilingual-CLIP pair, each in its own space, and "
         "read the two side by side: which pair keeps your language's captions closest to the "
         "reference?"));
  models_bar->addWidget(compare_pair_);

  tabs_ = new QTabWidget(this);
  // Captions: one row per photo, one column per language, edited in place.
  captions_ = new QTableWidget(0, 1, this);
  captions_->setHorizontalHeaderLabels({tr("Image")});
  captions_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  captions_->horizontalHeader()->setStretchLastSection(true);
  captions_->setWordWrap(true);
  tabs_->addTab(captions_, tr("Captions"));

  // Results: heatmap per language and the summary.
  auto* results = new QSplitter(Qt::Vertical, this);
  auto* top = new QSplitter(Qt::Horizontal, results);
  result_languages_ = new QListWidget(top);
  result_languages_->setMaximumWidth(200);
  auto* heat_box = new QWidget(top);
  auto* heat_layout = new QVBoxLayout(heat_box);
  auto* mode = new QHBoxLayout;
  show_softmax_ = new QRadioButton(tr("Softmax over captions (%)"), heat_box);
  auto* show_cosine = new QRadioButton(tr("Cosine"), heat_box);
  show_softmax_->setChecked(true);
  mode->addWidget(show_softmax_);
  mode->addWidget(show_cosine);
  mode->addStretch(1);
  heatmap_pair_ = new QComboBox(heat_box);
  heatmap_pair_->setObjectName(QStringLiteral("heatmap_pair"));
  heatmap_pair_->setToolTip(
      tr("Whose heatmap to show: the evaluated pair's or the compared one's"));
  heatmap_pair_->setVisible(false);
  mode->addWidget(heatmap_pair_);
  heat_layout->addLayout(mode);
  heatmap_ = new HeatmapWidget(heat_box);
  heat_layout->addWidget(heatmap_, 1);
  top->addWidget(result_languages_);
  top->addWidget(heat_box);
  top->setStretchFactor(1, 1);
  summary_ = new QTableWidget(0, 12, results);
  summary_->setObjectName(QStringLiteral("summary"));
  summary_->setHorizontalHeaderLabels(
      {tr("Language"), tr("Accuracy"), tr("Text→image R@1"), tr("R@5"), tr("R@10"),
       tr("Image→text R@1"), tr("Captions"), tr("Cosine to reference"), tr("Top-k overlap"),
       tr("Unknown pieces"), tr("Pieces per word"), tr("What the tokenizer shows")});
  summary_->horizontalHeader()->setStretchLastSection(true);
  // Why a language does badly, beside how badly: the tokenizer's view of its captions.
  summary_->horizontalHeaderItem(9)->setToolTip(
      tr("Share of the captions' word pieces the text model's vocabulary does not know ([UNK])"));
  summary_->horizontalHeaderItem(10)->setToolTip(
      tr("Word pieces per word: 1 means whole words; high means the words fall apart into "
         "letters. Hover a row to see each caption's pieces."));
  summary_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  summary_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  summary_->verticalHeader()->setVisible(false);
  results->addWidget(top);
  results->addWidget(summary_);
  results->setStretchFactor(0, 3);
  results->setStretchFactor(1, 1);
  results->setSizes({500, 230});
  tabs_->addTab(results, tr("Results"));
  connect(result_languages_, &QListWidget::currentRowChanged, this, &EvalWindow::show_language);
  connect(show_softmax_, &QRadioButton::toggled, this,
          [this] { show_language(result_languages_->currentRow()); });
  connect(heatmap_pair_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
    // The list and the summary tell the shown pair's figures.
    const EvaluationRun* run = shown_run();
    if (!run || !outcome_) return;
    fill_summary(run->result);
    const auto& first = outcome_->run.result.languages;
    for (int i = 0; i < result_languages_->count() && i < static_cast<int>(first.size()); ++i) {
      const auto& code = first[static_cast<size_t>(i)].language;
      const auto it = std::find_if(run->result.languages.begin(), run->result.languages.end(),
                                   [&](const auto& l) { return l.language == code; });
      result_languages_->item(i)->setText(
          it == run->result.languages.end()
              ? language_label(code)
              : tr("%1 — accuracy %2").arg(language_label(code), percent(it->accuracy)));
    }
    show_language(result_languages_->currentRow());
  });

  // On the whole library: each translation's top results side by side.
  auto* compare = new QWidget(this);
  auto* compare_layout = new QVBoxLayout(compare);
  auto* inputs_row = new QHBoxLayout;
  compare_inputs_ = new QTableWidget(0, 2, compare);
  compare_inputs_->setHorizontalHeaderLabels({tr("Language"), tr("Caption")});
  compare_inputs_->horizontalHeader()->setStretchLastSection(true);
  compare_inputs_->setMaximumHeight(170);
  inputs_row->addWidget(compare_inputs_, 1);
  auto* buttons = new QVBoxLayout;
  auto* add = new QPushButton(tr("Add caption"), compare);
  auto* from_set = new QPushButton(tr("From selected row"), compare);
  from_set->setToolTip(tr("Take the captions of the row selected in the Captions tab"));
  compare_k_ = new QSpinBox(compare);
  compare_k_->setRange(1, 100);
  compare_k_->setValue(10);
  compare_k_->setPrefix(tr("top "));
  auto* go = new QPushButton(tr("Compare in library"), compare);
  buttons->addWidget(add);
  buttons->addWidget(from_set);
  buttons->addWidget(compare_k_);
  buttons->addWidget(go);
  buttons->addStretch(1);
  inputs_row->addLayout(buttons);
  compare_layout->addLayout(inputs_row);
  auto* legend = new QLabel(
      tr("The first caption is the reference. Photos outlined in orange are not among the "
         "reference's top results: that is where a translation diverges."),
      compare);
  legend->setWordWrap(true);
  compare_layout->addWidget(legend);
  auto* scroll = new QScrollArea(compare);
  scroll->setWidgetResizable(true);
  auto* columns = new QWidget(scroll);
  compare_columns_ = new QHBoxLayout(columns);
  scroll->setWidget(columns);
  compare_layout->addWidget(scroll, 1);
  tabs_->addTab(compare, tr("Library comparison"));

  // Two pairs on the same set, language by language (shown after a run with "Compare with").
  pairs_ = new PairsView(this);
  tabs_->addTab(pairs_, tr("Pairs side by side"));
  tabs_->setTabVisible(tabs_->indexOf(pairs_), false);
  connect(add, &QPushButton::clicked, this, [this] {
    const int r = compare_inputs_->rowCount();
    compare_inputs_->insertRow(r);
    compare_inputs_->setItem(r, 0, new QTableWidgetItem(QStringLiteral("xx")));
    compare_inputs_->setItem(r, 1, new QTableWidgetItem());
    compare_inputs_->editItem(compare_inputs_->item(r, 1));
  });
  connect(from_set, &QPushButton::clicked, this, &EvalWindow::fill_compare_inputs);
  connect(go, &QPushButton::clicked, this, [this] {
    QStringList langs, texts;
    for (int r = 0; r < compare_inputs_->rowCount(); ++r) {
      const auto* l = compare_inputs_->item(r, 0);
      const auto* t = compare_inputs_->item(r, 1);
      if (!l || !t || t->text().trimmed().isEmpty()) continue;
      langs << l->text();
      texts << t->text();
    }
    if (texts.size() < 2) {
      QMessageBox::information(this, tr("Comparison"),
                               tr("Give a caption and at least one translation."));
      return;
    }
    emit compare_requested(langs, texts, compare_k_->value());
  });

  setCentralWidget(tabs_);
  status_ = new QLabel(this);
  status_->setOpenExternalLinks(true);  // "Report written: …/report.html" opens it
  progress_ = new QProgressBar(this);
  progress_->setMaximumWidth(240);
  progress_->setVisible(false);
  statusBar()->addWidget(status_, 1);
  statusBar()->addPermanentWidget(progress_);
  resize(1180, 760);
}

void EvalWindow::set_model_options(const AppOptions& options) {
  // The evaluated pair: the one chosen in Settings, the default when no file is named, else
  // the files themselves.
  const ModelPair* current =
      !options.model_pair.isEmpty() ? find_model_pair(options.model_pair.toStdString())
      : options.image_model.isEmpty() && options.text_model.isEmpty() ? &default_model_pair()
                                                                      : nullptr;
  first_pair_ = current ? QString::fromStdString(current->name)
                        : QStringLiteral("%1 + %2").arg(QFileInfo(options.text_model).fileName(),
                                                        QFileInfo(options.image_model).fileName());
  pair_label_->setText(tr(" Evaluated with: %1 ").arg(first_pair_));
  const QString chosen = compare_pair_->currentData().toString();
  const QString folder = options.models.isEmpty()
                             ? QString::fromStdString(default_models_dir().string())
                             : options.models;
  compare_pair_->clear();
  compare_pair_->addItem(tr("no second pair"), QString());
  auto* items = qobject_cast<QStandardItemModel*>(compare_pair_->model());
  for (const auto& p : model_pairs()) {
    if (&p == current) continue;
    const QString name = QString::fromStdString(p.name);
    const bool here = model_pair_files(p, folder.toStdString()).present;
    compare_pair_->addItem(here ? name : tr("%1 (not downloaded)").arg(name), name);
    if (!here && items) {
      // Offered, but not choosable: its files are not in the models folder.
      auto* item = items->item(compare_pair_->count() - 1);
      item->setEnabled(false);
      item->setToolTip(QStringLiteral("lingualens-cli models download --model-pair %1").arg(name));
    }
  }
  choose_compare_pair(chosen);
}

bool EvalWindow::choose_compare_pair(const QString& name) {
  const int i = compare_pair_->findData(name);
  auto* items = qobject_cast<QStandardItemModel*>(compare_pair_->model());
  const bool offered = i >= 0 && (!items || items->item(i)->isEnabled());
  compare_pair_->setCurrentIndex(offered ? i : 0);
  return offered;
}

void EvalWindow::set_models_ready(bool ready) {
  models_ready_ = ready;
  run_->setEnabled(ready);
  if (!ready)
    status_->setText(tr("Waiting for the models…"));
  else if (status_->text() == tr("Waiting for the models…"))
    status_->clear();
}

QStringList EvalWindow::languages() const {
  QStringList out;
  for (int c = 1; c < captions_->columnCount(); ++c)
    out << captions_->horizontalHeaderItem(c)->text();
  return out;
}

void EvalWindow::fill_table(const EvalSet& set) {
  const QStringList langs = [&] {
    QStringList l;
    for (const auto& code : set.languages()) l << QString::fromStdString(code);
    return l;
  }();
  captions_->clear();
  captions_->setColumnCount(1 + static_cast<int>(langs.size()));
  captions_->setHorizontalHeaderLabels(QStringList{tr("Image")} + langs);
  captions_->setRowCount(static_cast<int>(set.items.size()));
  for (int r = 0; r < static_cast<int>(set.items.size()); ++r) {
    const auto& item = set.items[static_cast<size_t>(r)];
    const QString path = QString::fromStdString(item.image.string());
    auto* cell = new QTableWidgetItem(QFileInfo(path).fileName());
    cell->setData(Qt::UserRole, path);
    cell->setToolTip(QDir::toNativeSeparators(path));
    cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
    if (!QFileInfo::exists(path)) cell->setForeground(QColor(0xb0, 0x20, 0x20));
    captions_->setItem(r, kImageColumn, cell);
    for (int c = 0; c < langs.size(); ++c) {
      auto it = item.captions.find(langs[c].toStdString());
      captions_->setItem(
          r, c + 1,
          new QTableWidgetItem(it == item.captions.end() ? QString()
                                                         : QString::fromStdString(it->second)));
    }
  }
  captions_->setColumnWidth(kImageColumn, 180);
  reference_->clear();
  reference_->addItems(langs);
  reference_->setCurrentText(QString::fromStdString(set.reference_language));
  name_ = QString::fromStdString(set.name);
}

EvalSet EvalWindow::set_from_table(QString* problem) const {
  EvalSet set;
  set.name = name_.isEmpty() ? tr("Untitled set").toStdString() : name_.toStdString();
  set.reference_language = reference_->currentText().toStdString();
  const QStringList langs = languages();
  for (int r = 0; r < captions_->rowCount(); ++r) {
    EvalItem item;
    const auto* image = captions_->item(r, kImageColumn);
    if (!image) continue;
    item.image = image->data(Qt::UserRole).toString().toStdString();
    if (!QFileInfo::exists(image->data(Qt::UserRole).toString()) && problem && problem->isEmpty()) {
      *problem = tr("Row %1: the image %2 does not exist.")
                     .arg(r + 1)
                     .arg(image->data(Qt::UserRole).toString());
    }
    for (int c = 0; c < langs.size(); ++c) {
      const auto* cell = captions_->item(r, c + 1);
      if (cell && !cell->text().trimmed().isEmpty())
        item.captions[langs[c].toStdString()] = cell->text().toStdString();
    }
    set.items.push_back(std::move(item));
  }
  if (problem && problem->isEmpty() && set.items.empty())
    *problem = tr("The set has no images yet: “Add images…”.");
  return set;
}

int EvalWindow::missing_images() const {
  int missing = 0;
  for (int r = 0; r < captions_->rowCount(); ++r) {
    const auto* image = captions_->item(r, kImageColumn);
    if (image && !QFileInfo::exists(image->data(Qt::UserRole).toString())) ++missing;
  }
  return missing;
}

void EvalWindow::choose_images_folder() {
  if (file_.isEmpty()) {
    status_->setText(tr("Open a set first; then say where its images are."));
    return;
  }
  const QString dir = QFileDialog::getExistingDirectory(
      this, tr("Where are the images of this set?"), QFileInfo(file_).path());
  if (!dir.isEmpty()) load_set(file_, dir);
}

void EvalWindow::load_set(const QString& file, const QString& images_dir) {
  try {
    fill_table(load_eval_set(file.toStdString(), images_dir.toStdString()));
    file_ = file;
    setWindowTitle(tr("%1 — Evaluate translations").arg(QFileInfo(file).fileName()));
    status_->setText(tr("%n image(s), languages: %1", nullptr, captions_->rowCount())
                         .arg(languages().join(", ")));
    if (const int missing = missing_images()) {
      status_->setText(status_->text() +
                       tr(" — %n image(s) not found: show where they are with “Images folder…”.",
                          nullptr, missing));
    }
  } catch (const std::exception& e) {
    QMessageBox::warning(this, tr("Open set"),
                         tr("This set cannot be opened:\n\n%1").arg(e.what()));
  }
}

void EvalWindow::open_set() {
  const QString file =
      QFileDialog::getOpenFileName(this, tr("Open an evaluation set"), QFileInfo(file_).path(),
                                   tr("Evaluation sets (*.json *.tsv)"));
  if (!file.isEmpty()) load_set(file);
}

void EvalWindow::save_set() {
  QString problem;
  const EvalSet set = set_from_table(&problem);
  const QString file = QFileDialog::getSaveFileName(
      this, tr("Save the evaluation set"), file_.isEmpty() ? QStringLiteral("set.json") : file_,
      tr("Evaluation set (*.json)"));
  if (file.isEmpty()) return;
  try {
    save_eval_set_json(set, file.toStdString(), QFileInfo(file).absolutePath().toStdString());
    file_ = file;
    status_->setText(tr("Saved %1").arg(QDir::toNativeSeparators(file)));
  } catch (const std::exception& e) {
    QMessageBox::warning(this, tr("Save set"), e.what());
  }
}

void EvalWindow::add_images() {
  const QStringList files = QFileDialog::getOpenFileNames(
      this, tr("Add images"), QString(),
      tr("Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)"));
  for (const auto& f : files) {
    const int r = captions_->rowCount();
    captions_->insertRow(r);
    auto* cell = new QTableWidgetItem(QFileInfo(f).fileName());
    cell->setData(Qt::UserRole, f);
    cell->setToolTip(QDir::toNativeSeparators(f));
    cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
    captions_->setItem(r, kImageColumn, cell);
    for (int c = 1; c < captions_->columnCount(); ++c)
      captions_->setItem(r, c, new QTableWidgetItem());
  }
}

void EvalWindow::add_language() {
  bool ok = false;
  const QString code =
      QInputDialog::getText(this, tr("Add a language"),
                            tr("Language code (BCP-47, e.g. “sv”, “el”, “kn”, “zh-Hans”):"),
                            QLineEdit::Normal, QString(), &ok)
          .trimmed();
  if (!ok || code.isEmpty()) return;
  if (!is_language_tag(code.toStdString())) {
    QMessageBox::warning(this, tr("Add a language"), tr("“%1” is not a language code.").arg(code));
    return;
  }
  if (languages().contains(code)) return;
  const int c = captions_->columnCount();
  captions_->insertColumn(c);
  captions_->setHorizontalHeaderItem(c, new QTableWidgetItem(code));
  for (int r = 0; r < captions_->rowCount(); ++r) captions_->setItem(r, c, new QTableWidgetItem());
  reference_->addItem(code);
}

void EvalWindow::run() {
  QString problem;
  auto set = std::make_shared<EvalSet>(set_from_table(&problem));
  if (!problem.isEmpty()) {
    QMessageBox::warning(this, tr("Evaluation"), problem);
    return;
  }
  if (!models_ready_) {
    QMessageBox::information(this, tr("Evaluation"),
                             tr("The models are still loading; try again in a moment."));
    return;
  }
  run_->setEnabled(false);
  stop_->setEnabled(true);
  progress_->setVisible(true);
  progress_->setRange(0, 0);
  status_->setText(
      tr("Encoding %n image(s) and their captions…", nullptr, static_cast<int>(set->items.size())));
  emit evaluate_requested(set, languages(), compare_pair_->currentData().toString());
}

void EvalWindow::export_report(const QString& dir) {
  if (!outcome_) return;
  export_->setEnabled(false);
  status_->setText(tr("Writing the report…"));
  const EvaluationOutcomePtr outcome = outcome_;
  const std::filesystem::path folder = dir.toStdString();
  struct Written {
    QString html, error;
  };
  run_in_background<EvalWindow, Written>(
      this, std::make_shared<std::atomic<bool>>(false),
      [outcome, folder] {
        Written w;
        try {
          write_evaluation_report(outcome->run.result, outcome->set, folder);
          if (outcome->second_run)
            write_evaluation_report(outcome->second_run->result, outcome->set, folder / "compared");
          w.html = QString::fromStdString((folder / "report.html").string());
        } catch (const std::exception& e) {
          w.error = QString::fromUtf8(e.what());
        }
        return w;
      },
      [](EvalWindow* self, const Written& w) {
        self->export_->setEnabled(true);
        if (!w.error.isEmpty()) {
          self->status_->clear();
          QMessageBox::warning(self, tr("Export report"),
                               tr("The report could not be written:\n\n%1").arg(w.error));
          return;
        }
        self->status_->setText(tr("Report written: <a href=\"%1\">%2</a>")
                                   .arg(QUrl::fromLocalFile(w.html).toString(),
                                        QDir::toNativeSeparators(w.html).toHtmlEscaped()));
        emit self->report_written(w.html);
      });
}

void EvalWindow::show_outcome(const EvaluationOutcomePtr& outcome) {
  outcome_ = outcome;
  export_->setEnabled(true);
  progress_->setVisible(false);
  run_->setEnabled(models_ready_);
  stop_->setEnabled(false);
  const auto& r = outcome->run.result;
  status_->setText(tr("Done in %1 s: %2 image(s) encoded, %3 taken from the library")
                       .arg(QLocale().toString(outcome->seconds, 'f', 1))
                       .arg(outcome->run.images_encoded)
                       .arg(outcome->run.images_reused));
  result_languages_->clear();
  for (const auto& l : r.languages) {
    result_languages_->addItem(
        tr("%1 — accuracy %2").arg(language_label(l.language), percent(l.accuracy)));
  }
  fill_summary(r);
  {
    // The heatmap shows the evaluated pair's first; the compared pair's is one choice away.
    const QSignalBlocker quiet(heatmap_pair_);
    heatmap_pair_->clear();
    heatmap_pair_->addItem(pair_mark(0) + ' ' + first_pair_);
    if (outcome->second_run) heatmap_pair_->addItem(pair_mark(1) + ' ' + outcome->second_pair);
    heatmap_pair_->setVisible(outcome->second_run.has_value());
  }
  show_pairs(*outcome);
  tabs_->setCurrentIndex(1);
  result_languages_->setCurrentRow(0);
  emit evaluation_shown();
}

void EvalWindow::fill_summary(const EvaluationResult& r) {
  // Summary, best first (the engine's order).
  summary_->setRowCount(0);
  for (const auto& code : r.summary) {
    const auto it = std::find_if(r.languages.begin(), r.languages.end(),
                                 [&](const auto& l) { return l.language == code; });
    if (it == r.languages.end()) continue;
    const int row = summary_->rowCount();
    summary_->insertRow(row);
    const TokenStats tokens = token_stats(it->caption_tokens);
    const QStringList cells = {
        QString::fromStdString(code),
        percent(it->accuracy),
        percent(it->recall_t2i.at(1)),
        percent(it->recall_t2i.at(5)),
        percent(it->recall_t2i.at(10)),
        percent(it->recall_i2t.at(1)),
        QLocale().toString(static_cast<qlonglong>(it->caption_items.size())),
        it->mean_cosine_to_reference ? QLocale().toString(*it->mean_cosine_to_reference, 'f', 3)
                                     : tr("reference"),
        it->overlap_at_k ? percent(*it->overlap_at_k) + tr(" (top %1)").arg(r.overlap_k)
                         : QStringLiteral("—"),
        percent(tokens.unk_share),
        QLocale().toString(tokens.pieces_per_word, 'f', 2),
        it->caption_tokens.empty() ? QString() : token_reading_text(tokens)};
    QStringList pieces;
    for (const auto& c : it->caption_tokens) {
      QStringList p;
      for (const auto& piece : c.pieces) p << QString::fromStdString(piece);
      pieces << p.join(QStringLiteral(" · ")) + (c.truncated ? tr(" (cut short)") : QString());
    }
    for (int c = 0; c < cells.size(); ++c) {
      auto* item = new QTableWidgetItem(cells[c]);
      if (c > 0 && c < 11) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      if (c >= 9) item->setToolTip(pieces.join('\n'));
      if (c == 0) item->setToolTip(language_label(code));
      summary_->setItem(row, c, item);
    }
  }
}

void EvalWindow::show_pairs(const EvaluationOutcome& outcome) {
  tabs_->setTabVisible(tabs_->indexOf(pairs_), outcome.second_run.has_value());
  pairs_->show_outcome(outcome, first_pair_);
}

const EvaluationRun* EvalWindow::shown_run() const {
  if (!outcome_) return nullptr;
  if (heatmap_pair_->currentIndex() == 1 && outcome_->second_run) return &*outcome_->second_run;
  return &outcome_->run;
}

void EvalWindow::show_language(int row) {
  if (!outcome_ || row < 0 || row >= static_cast<int>(outcome_->run.result.languages.size()))
    return;
  // The row names a language of the evaluated pair; the heatmap is the shown pair's.
  const std::string& code = outcome_->run.result.languages[static_cast<size_t>(row)].language;
  const auto& languages = shown_run()->result.languages;
  const auto found = std::find_if(languages.begin(), languages.end(),
                                  [&](const auto& l) { return l.language == code; });
  if (found == languages.end()) {
    heatmap_->set_data({});
    return;
  }
  const auto& l = *found;
  const auto& set = outcome_->set;
  HeatmapData data;
  for (size_t i = 0; i < set.items.size(); ++i) {
    data.row_labels << QString::fromStdString(set.items[i].image.filename().string());
    const ReportThumbnail* t = i < outcome_->thumbnails.size() ? &outcome_->thumbnails[i] : nullptr;
    data.row_pictures << (t && t->ok() ? QImage(t->rgb.data(), t->width, t->height, t->width * 3,
                                                QImage::Format_RGB888)
                                             .copy()
                                       : QImage());
  }
  for (int c : l.caption_items) {
    data.column_labels << QString::fromStdString(
        set.items[static_cast<size_t>(c)].captions.at(l.language));
    data.own_row << c;
  }
  const bool softmax = show_softmax_->isChecked();
  double lo = 1, hi = -1;
  for (const auto& rowv : softmax ? l.softmax : l.cosine) {
    QVector<double> v(rowv.begin(), rowv.end());
    for (double x : v) {
      lo = std::min(lo, x);
      hi = std::max(hi, x);
    }
    data.values.push_back(v);
  }
  if (softmax) {
    data.low = 0;
    data.high = 100;
    data.unit = QStringLiteral("%");
    data.scale_title = tr("softmax, %");
    data.decimals = 1;
  } else {
    data.low = lo;
    data.high = hi;
    data.scale_title = tr("cosine");
    data.decimals = 3;
  }
  heatmap_->set_data(std::move(data));
}

void EvalWindow::fill_compare_inputs() {
  const int row = std::max(0, captions_->currentRow());
  compare_inputs_->setRowCount(0);
  const QStringList langs = languages();
  QStringList order = {reference_->currentText()};
  for (const auto& l : langs) {
    if (l != reference_->currentText()) order << l;
  }
  for (const auto& l : order) {
    const int c = static_cast<int>(langs.indexOf(l)) + 1;
    const auto* cell = c > 0 ? captions_->item(row, c) : nullptr;
    if (!cell || cell->text().trimmed().isEmpty()) continue;
    const int r = compare_inputs_->rowCount();
    compare_inputs_->insertRow(r);
    compare_inputs_->setItem(r, 0, new QTableWidgetItem(l));
    compare_inputs_->setItem(r, 1, new QTableWidgetItem(cell->text()));
  }
}

void EvalWindow::show_comparison(const QVector<CompareColumn>& columns) {
  while (auto* child = compare_columns_->takeAt(0)) {
    delete child->widget();
    delete child;
  }
  QSet<qint64> reference;
  if (!columns.isEmpty()) {
    for (const auto& it : columns.first().items) reference.insert(it.id);
  }
  for (const auto& column : columns) {
    auto* box = new QGroupBox(
        column.overlap < 0 ? tr("%1 (reference)").arg(column.language)
                           : tr("%1 — %2 shared").arg(column.language, percent(column.overlap)));
    box->setToolTip(column.text);
    auto* layout = new QVBoxLayout(box);
    auto* caption = new QLabel(QStringLiteral("“%1”").arg(column.text), box);
    caption->setWordWrap(true);
    layout->addWidget(caption);
    auto* view = new QListView(box);
    auto* model = new ResultsModel(thumbnails_, view);
    model->set_results(column.items);
    QSet<qint64> marked;
    for (const auto& it : column.items) {
      if (!reference.contains(it.id)) marked.insert(it.id);
    }
    model->set_marked(marked);
    view->setModel(model);
    view->setItemDelegate(new ResultDelegate(120, view));
    view->setViewMode(QListView::ListMode);
    view->setFlow(QListView::TopToBottom);
    view->setUniformItemSizes(true);
    view->setMinimumWidth(150);
    layout->addWidget(view, 1);
    compare_columns_->addWidget(box);
  }
  compare_columns_->addStretch(1);
}

}  // namespace lingualens::ui
