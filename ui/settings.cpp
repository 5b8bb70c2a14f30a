#include "ui/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include "core/models/model_pairs.h"
#include "index/library_location.h"
#include "ui/pair_size_row.h"
#include "ui/pair_speed_row.h"
#include "ui/translations.h"

namespace lingualens::ui {

AppOptions load_saved_options() {
  QSettings s;
  AppOptions o;
  o.library = s.value("library").toString();
  o.models = s.value("models/folder").toString();
  o.image_model = s.value("models/image").toString();
  o.text_model = s.value("models/text").toString();
  o.text_head = s.value("models/head").toString();
  o.threads = s.value("threads", 0).toInt();
  o.thumbnail_size = std::clamp(s.value("thumbnail_size", 160).toInt(), 64, 512);
  o.fast_indexing = s.value("fast_indexing", false).toBool();
  o.half_text_weights = s.value("models/half_text_weights", false).toBool();
  o.read_dates_and_places = s.value("search/read_dates_and_places", true).toBool();
  o.model_pair = s.value("models/pair").toString();
  o.interface_language = saved_interface_language();
  return o;
}

void save_options(const AppOptions& o) {
  QSettings s;
  s.setValue("library", o.library);
  s.setValue("models/folder", o.models);
  s.setValue("models/image", o.image_model);
  s.setValue("models/text", o.text_model);
  s.setValue("models/head", o.text_head);
  s.setValue("threads", o.threads);
  s.setValue("thumbnail_size", o.thumbnail_size);
  s.setValue("fast_indexing", o.fast_indexing);
  s.setValue("models/half_text_weights", o.half_text_weights);
  s.setValue("search/read_dates_and_places", o.read_dates_and_places);
  s.setValue("models/pair", o.model_pair);
  save_interface_language(o.interface_language);
}

AppOptions merge_with_saved(const AppOptions& cli) {
  AppOptions o = load_saved_options();
  auto take = [](QString& saved, const QString& given) {
    if (!given.isEmpty()) saved = given;
  };
  take(o.library, cli.library);
  // Model options belong together: any of them on the command line replaces all saved ones.
  if (!cli.models.isEmpty() || !cli.image_model.isEmpty() || !cli.text_model.isEmpty() ||
      !cli.text_head.isEmpty()) {
    o.models = cli.models;
    o.image_model = cli.image_model;
    o.text_model = cli.text_model;
    o.text_head = cli.text_head;
    o.model_pair.clear();  // files named one by one: the default pair's library
  }
  o.half_text_weights = o.half_text_weights || cli.half_text_weights;
  o.search = cli.search;
  o.evaluate = cli.evaluate;
  o.search_images = cli.search_images;
  return o;
}

SettingsDialog::SettingsDialog(const AppOptions& current, QWidget* parent)
    : QDialog(parent), base_(current) {
  setWindowTitle(tr("Settings"));
  auto* form = new QFormLayout;
  language_ = new QComboBox(this);
  language_->setObjectName(QStringLiteral("interface_language"));
  language_->addItem(tr("System language"), QString());
  for (const auto& l : interface_languages()) language_->addItem(l.native_name, l.code);
  language_->setCurrentIndex(std::max(0, language_->findData(current.interface_language)));
  form->addRow(tr("Language\n(after a restart)"), language_);
  library_ = path_row(current.library, true, {});
  library_->setPlaceholderText(tr("default location"));
  form->addRow(tr("Library folder\n(after a restart)"), library_->parentWidget());
  models_ = path_row(current.models, true, {});
  models_->setPlaceholderText(tr("default location"));
  form->addRow(tr("Models folder"), models_->parentWidget());
  add_pair_row(form);
  image_ = path_row(current.image_model, false, tr("CLIP weights (*.pt *.pth *.safetensors)"));
  image_->setPlaceholderText(tr("RN50x4.pt in the models folder"));
  form->addRow(tr("Image model"), image_->parentWidget());
  text_ = path_row(current.text_model, true, {});
  text_->setPlaceholderText(tr("M-BERT-Base-69 in the models folder"));
  form->addRow(tr("Text model folder"), text_->parentWidget());
  head_ = path_row(current.text_head, false, tr("Linear head (*.pkl)"));
  head_->setPlaceholderText(tr("found in the text model folder"));
  form->addRow(tr("Text head"), head_->parentWidget());
  threads_ = new QSpinBox(this);
  threads_->setRange(0, 256);
  threads_->setSpecialValueText(tr("all cores (%1)").arg(QThread::idealThreadCount()));
  threads_->setValue(current.threads);
  form->addRow(tr("Compute threads"), threads_);
  thumb_ = new QSpinBox(this);
  thumb_->setRange(64, 512);
  thumb_->setSingleStep(16);
  thumb_->setSuffix(tr(" px"));
  thumb_->setValue(current.thumbnail_size);
  form->addRow(tr("Thumbnail size"), thumb_);
  fast_ = check_row(tr("Fast indexing (approximate)"),
                    tr("Decodes JPEG photos at a reduced size: indexing is about 10 % faster, and "
                       "the results differ slightly from the exact reference computation."),
                    current.fast_indexing);
  form->addRow(tr("Indexing"), fast_);
  half_text_ = check_row(tr("Compact text model (half precision)"),
                         tr("Keeps the text model in half precision: about 170 MB less memory and "
                            "faster searches; scores differ from the exact computation by about "
                            "0.1 %."),
                         current.half_text_weights);
  form->addRow(tr("Searching"), half_text_);
  understand_ = check_row(
      tr("Read dates and places in queries"),
      tr("“beach July 2023” or “Strand in Italien” shows only the photos of that time or place, "
         "and only “beach” goes to the text model. Off: every word is searched as text (words "
         "in quotation marks always are)."),
      current.read_dates_and_places);
  form->addRow(QString(), understand_);
  auto* note = new QLabel(
      tr("Everything applies at once when you press OK (new model files or threads reload the "
         "models; searches wait a few seconds meanwhile), except the language and the library "
         "folder, which apply at the next start."),
      this);
  note->setWordWrap(true);
  form->addRow(note);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  // The buttons below the form, not in a form row: a spanning form row lays a button box out
  // past the dialog's edge when the window is mirrored (Arabic).
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(buttons);
  // The pair whose files the fields name (the default when they are empty).
  const QString folder = models_folder();
  for (int i = 0; i < pair_->count(); ++i) {
    const ModelPair& p = model_pairs()[static_cast<size_t>(i)];
    const bool matches =
        !current.model_pair.isEmpty() ? current.model_pair == QString::fromStdString(p.name)
        : p.is_default ? current.image_model.isEmpty() && current.text_model.isEmpty()
                       : QDir::cleanPath(current.text_model) ==
                             QDir::cleanPath(folder + '/' + QString::fromStdString(p.text_dir));
    if (matches) {
      const QSignalBlocker quiet(pair_);
      pair_->setCurrentIndex(i);
      show_pair(i);
      break;
    }
  }
  if (pair_->currentIndex() < 0) pair_info_->setText(tr("Model files chosen one by one below."));
  resize(660, sizeHint().height());
}

QString SettingsDialog::models_folder() const {
  const QString typed = models_ ? models_->text().trimmed() : QString();
  return typed.isEmpty() ? QString::fromStdString(default_models_dir().string()) : typed;
}

void SettingsDialog::add_pair_row(QFormLayout* form) {
  pair_ = new QComboBox(this);
  pair_->setObjectName(QStringLiteral("model_pair"));
  for (const auto& p : model_pairs()) {
    pair_->addItem(p.is_default ? tr("%1 (default)").arg(QString::fromStdString(p.name))
                                : QString::fromStdString(p.name));
  }
  pair_->setCurrentIndex(-1);
  pair_info_ = new QLabel(this);
  pair_info_->setWordWrap(true);
  pair_info_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* box = new QWidget(this);
  auto* column = new QVBoxLayout(box);
  column->setContentsMargins(0, 0, 0, 0);
  column->addWidget(pair_);
  column->addWidget(pair_info_);
  speed_ = new PairSpeedRow(this);
  column->addWidget(speed_);
  size_ = new PairSizeRow(this);
  column->addWidget(size_);
  form->addRow(tr("Model pair"), box);
  connect(pair_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int i) {
    if (i < 0) return;
    const ModelPair& p = model_pairs()[static_cast<size_t>(i)];
    const QString folder = models_folder();
    // The default pair is what empty fields mean; the others name their files.
    image_->setText(p.is_default ? QString()
                                 : QDir::toNativeSeparators(folder + '/' +
                                                            QString::fromStdString(p.image_file)));
    text_->setText(
        p.is_default ? QString()
                     : QDir::toNativeSeparators(folder + '/' + QString::fromStdString(p.text_dir)));
    head_->clear();
    show_pair(i);
  });
}

void SettingsDialog::show_pair(int index) {
  const ModelPair& p = model_pairs()[static_cast<size_t>(index)];
  const QString folder = models_folder();
  const bool here =
      QFileInfo::exists(folder + '/' + QString::fromStdString(p.image_file)) &&
      QFileInfo::exists(folder + '/' + QString::fromStdString(p.text_dir) + "/config.json");
  QString text =
      tr("%1 text model with the %2 image model, %3-dimensional.")
          .arg(QString::fromStdString(p.text_family), QString::fromStdString(p.image_name))
          .arg(p.dim);
  if (p.trained_languages > 0) {
    text += ' ' + tr("Trained on captions in %1 languages; others work through what the text "
                     "model learned of them.")
                      .arg(p.trained_languages);
  }
  if (p.xtd_recall_at_10) {
    const auto& r = *p.xtd_recall_at_10;
    const QLocale locale;
    text += ' ' + tr("Published text-to-image recall@10 on XTD: English %1, German %2, Chinese "
                     "%3, Japanese %4.")
                      .arg(locale.toString(r.en, 'f', 1), locale.toString(r.de, 'f', 1),
                           locale.toString(r.zh, 'f', 1), locale.toString(r.ja, 'f', 1));
  }
  text += ' ' + (here ? tr("Its files are in the models folder.")
                      : tr("Its files are not in the models folder yet (lingualens-cli models "
                           "download --model-pair %1).")
                            .arg(QString::fromStdString(p.name)));
  text += ' ' + tr("A library holds the photos of one pair: a pair with another image model "
                   "needs a library of its own.");
  pair_info_->setText(text);
  size_->set_pair(QString::fromStdString(p.name), folder);
  speed_->set_pair(QString::fromStdString(p.name),
                   folder + '/' + QString::fromStdString(p.image_file),
                   folder + '/' + QString::fromStdString(p.text_dir), QString());
}

QCheckBox* SettingsDialog::check_row(const QString& label, const QString& tip, bool checked) {
  auto* box = new QCheckBox(label, this);
  box->setToolTip(tip);
  box->setChecked(checked);
  return box;
}

QLineEdit* SettingsDialog::path_row(const QString& value, bool directory, const QString& filter) {
  auto* box = new QWidget(this);
  auto* row = new QHBoxLayout(box);
  row->setContentsMargins(0, 0, 0, 0);
  auto* edit = new QLineEdit(value, box);
  edit->setClearButtonEnabled(true);
  auto* browse = new QPushButton(tr("Choose…"), box);
  row->addWidget(edit, 1);
  row->addWidget(browse);
  connect(browse, &QPushButton::clicked, this, [this, edit, directory, filter] {
    const QString chosen =
        directory ? QFileDialog::getExistingDirectory(this, tr("Choose a folder"), edit->text())
                  : QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text(), filter);
    if (!chosen.isEmpty()) edit->setText(chosen);
  });
  return edit;
}

AppOptions SettingsDialog::options() const {
  AppOptions o = base_;
  o.library = library_->text().trimmed();
  o.models = models_->text().trimmed();
  o.image_model = image_->text().trimmed();
  o.text_model = text_->text().trimmed();
  o.text_head = head_->text().trimmed();
  o.threads = threads_->value();
  o.thumbnail_size = thumb_->value();
  o.fast_indexing = fast_->isChecked();
  o.half_text_weights = half_text_->isChecked();
  o.read_dates_and_places = understand_->isChecked();
  o.interface_language = language_->currentData().toString();
  if (pair_->currentIndex() >= 0) {
    const ModelPair& p = model_pairs()[static_cast<size_t>(pair_->currentIndex())];
    o.model_pair = p.is_default ? QString() : QString::fromStdString(p.name);
  }
  return o;
}

}  // namespace lingualens::ui
