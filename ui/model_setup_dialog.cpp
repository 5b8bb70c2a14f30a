#include "ui/model_setup_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

#include <QPointer>
#include <QThreadPool>

#include "core/models/model_check.h"
#include "core/models/model_manifest.h"
#include "core/text/linear_head.h"
#include "ui/download_worker.h"
#include "ui/settings.h"

namespace lingualens::ui {

namespace {

enum Row { kImage = 0, kText = 1, kHead = 2 };

QString state_words(const ModelFileCheck& c) {
  switch (c.state) {
    case ModelFileState::kMissing:
      return ModelSetupDialog::tr("missing");
    case ModelFileState::kUnreadable:
      return ModelSetupDialog::tr("cannot be used: %1").arg(QString::fromStdString(c.detail));
    case ModelFileState::kOk:
      return ModelSetupDialog::tr("found, checked: %1").arg(QString::fromStdString(c.detail));
  }
  return {};
}

}  // namespace

ModelSetupDialog::ModelSetupDialog(const AppOptions& options, const QString& models_dir,
                                   QWidget* parent)
    : QDialog(parent), options_(options), models_dir_(models_dir) {
  setWindowTitle(tr("LinguaLens needs its models"));
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(
      tr("<p>LinguaLens understands photos and text with two models: OpenAI's CLIP image model "
         "<b>RN50x4</b> (about 400 MB) and the Multilingual-CLIP text model <b>M-BERT-Base-69</b> "
         "with its head (about 700 MB). Download them into <b>%1</b> (each file is checked; an "
         "interrupted download continues where it stopped), or choose the files you have.</p>")
          .arg(QDir::toNativeSeparators(models_dir).toHtmlEscaped()),
      this);
  intro->setWordWrap(true);
  layout->addWidget(intro);
  // The three files the app needs, each with its state and a way to choose it.
  checks_ = new QTreeWidget(this);
  checks_->setRootIsDecorated(false);
  checks_->setHeaderLabels({tr("Model file"), tr("State"), QString()});
  checks_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  checks_->header()->setSectionResizeMode(1, QHeaderView::Stretch);
  checks_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
  checks_->setWordWrap(true);
  const QString names[3] = {tr("Image model (RN50x4.pt)"), tr("Text model (M-BERT-Base-69 folder)"),
                            tr("Text head (… Linear Weights.pkl)")};
  for (int row = 0; row < 3; ++row) {
    auto* item = new QTreeWidgetItem(checks_, {names[row], tr("looking…")});
    auto* button = new QPushButton(tr("Choose…"), checks_);
    button->setObjectName(QStringLiteral("choose_%1").arg(row));
    connect(button, &QPushButton::clicked, this, [this, row] {
      QString path;
      if (row == kText) {
        path = QFileDialog::getExistingDirectory(this, tr("The M-BERT-Base-69 folder"),
                                                 chosen_path(row));
      } else {
        path = QFileDialog::getOpenFileName(
            this, row == kImage ? tr("The image model") : tr("The text head"), chosen_path(row),
            row == kImage ? tr("CLIP models (*.pt *.safetensors);;All files (*)")
                          : tr("Text heads (*.pkl);;All files (*)"));
      }
      if (!path.isEmpty()) this->choose(row, path);
    });
    checks_->setItemWidget(item, 2, button);
  }
  checks_->header()->setStretchLastSection(false);
  // Three rows, no empty space under them.
  checks_->setFixedHeight(checks_->header()->sizeHint().height() +
                          3 * std::max(checks_->sizeHintForRow(0), fontMetrics().height() * 2) +
                          2 * checks_->frameWidth() + 4);
  layout->addWidget(checks_);
  problem_ = new QLabel(this);
  problem_->setWordWrap(true);
  problem_->setStyleSheet(QStringLiteral("color: #a02020"));
  problem_->setVisible(false);
  layout->addWidget(problem_);
  files_ = new QTreeWidget(this);
  files_->setRootIsDecorated(false);
  files_->setHeaderLabels({tr("File"), tr("Progress"), tr("Status")});
  files_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  files_->setMinimumHeight(120);
  files_->setVisible(false);  // shown while downloading or copying
  layout->addWidget(files_);
  auto* mirror_row = new QHBoxLayout;
  mirror_row->addWidget(new QLabel(tr("Mirror (optional):"), this));
  mirror_ = new QLineEdit(this);
  mirror_->setPlaceholderText(
      tr("https://… a server with the same files, e.g. inside your network"));
  mirror_row->addWidget(mirror_, 1);
  layout->addLayout(mirror_row);
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(status_);
  auto* buttons = new QDialogButtonBox(this);
  download_ = buttons->addButton(tr("Download"), QDialogButtonBox::ActionRole);
  import_ = buttons->addButton(tr("Copy files I have…"), QDialogButtonBox::ActionRole);
  import_->setToolTip(
      tr("Files from a USB stick, another computer or a browser download: "
         "they are checked and copied into the models folder"));
  use_ = buttons->addButton(tr("Use these files"), QDialogButtonBox::AcceptRole);
  use_->setEnabled(false);
  stop_ = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
  stop_->setEnabled(false);  // (hidden, the button box showed it again with the dialog)
  auto* later = buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
  layout->addWidget(buttons);
  disconnect(buttons, nullptr, this, nullptr);
  connect(download_, &QPushButton::clicked, this, &ModelSetupDialog::start_download);
  connect(use_, &QPushButton::clicked, this, &ModelSetupDialog::use_files);
  connect(import_, &QPushButton::clicked, this, &ModelSetupDialog::import_files);
  connect(later, &QPushButton::clicked, this, &QDialog::reject);
  connect(stop_, &QPushButton::clicked, this, [this] { worker_->cancel(); });

  // Where the app looks by default, unless the user's settings say otherwise.
  const std::filesystem::path dir = models_dir.toStdString();
  paths_[kImage] = !options.image_model.isEmpty()
                       ? options.image_model
                       : QString::fromStdString(default_image_model_file(dir).string());
  paths_[kText] = !options.text_model.isEmpty()
                      ? options.text_model
                      : QString::fromStdString((dir / "M-BERT-Base-69").string());
  paths_[kHead] = options.text_head;
  check_files();

  worker_ = new DownloadWorker;
  worker_->set_model_pair(options.model_pair);
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connect(this, &ModelSetupDialog::download_requested, worker_, &DownloadWorker::run);
  connect(this, &ModelSetupDialog::import_requested, worker_, &DownloadWorker::import_files);
  connect(worker_, &DownloadWorker::imported, this,
          [this](const QStringList& lines, bool complete, const QString& message) {
            download_->setEnabled(true);
            import_->setEnabled(true);
            files_->clear();
            files_->setVisible(true);
            for (const auto& line : lines) new QTreeWidgetItem(files_, {line});
            status_->setText(message);
            check_files();  // the rows say what is there now
            if (complete) accept();
          });
  connect(worker_, &DownloadWorker::file_list, this, [this](const QStringList& paths) {
    files_->clear();
    files_->setVisible(true);
    for (const auto& p : paths) {
      auto* item = new QTreeWidgetItem(files_, {p, QString(), tr("waiting")});
      auto* bar = new QProgressBar(files_);
      bar->setRange(0, 1000);
      bar->setValue(0);
      files_->setItemWidget(item, 1, bar);
    }
  });
  connect(worker_, &DownloadWorker::sizes, this,
          [this](const QList<qint64>& per_file, qint64 to_fetch, qint64 free_bytes) {
            const QLocale locale;
            for (int i = 0; i < per_file.size(); ++i) {
              auto* item = files_->topLevelItem(i);
              if (item && per_file[i] > 0)
                item->setText(2, tr("waiting (%1)").arg(locale.formattedDataSize(per_file[i])));
            }
            if (to_fetch <= 0) return;
            status_->setText(free_bytes >= 0
                                 ? tr("Downloading %1 (%2 free on this disk)…")
                                       .arg(locale.formattedDataSize(to_fetch),
                                            locale.formattedDataSize(free_bytes))
                                 : tr("Downloading %1…").arg(locale.formattedDataSize(to_fetch)));
          });
  connect(worker_, &DownloadWorker::progress, this,
          [this](int i, qint64 received, qint64 total, double bps) {
            auto* item = files_->topLevelItem(i);
            if (!item) return;
            auto* bar = qobject_cast<QProgressBar*>(files_->itemWidget(item, 1));
            const QLocale locale;
            if (bar && total > 0)
              bar->setValue(static_cast<int>(1000.0 * static_cast<double>(received) / total));
            QString text = locale.formattedDataSize(received);
            if (total > 0) text += tr(" of %1").arg(locale.formattedDataSize(total));
            if (bps > 0)
              text += tr(", %1/s").arg(locale.formattedDataSize(static_cast<qint64>(bps)));
            item->setText(2, text);
          });
  connect(worker_, &DownloadWorker::file_done, this, [this](int i, const QString& status) {
    if (auto* item = files_->topLevelItem(i)) {
      if (auto* bar = qobject_cast<QProgressBar*>(files_->itemWidget(item, 1))) bar->setValue(1000);
      item->setText(2, status);
    }
  });
  connect(worker_, &DownloadWorker::finished, this, [this](bool ok, const QString& message) {
    stop_->setEnabled(false);
    download_->setEnabled(true);
    import_->setEnabled(true);
    status_->setText(message);
    check_files();
    if (ok) accept();
  });
  thread_.start();
  resize(720, 400);
}

ModelSetupDialog::~ModelSetupDialog() {
  worker_->cancel();
  thread_.quit();
  thread_.wait();
}

void ModelSetupDialog::start_download() {
  download_->setEnabled(false);
  use_->setEnabled(false);
  stop_->setEnabled(true);
  import_->setEnabled(false);
  status_->setText(tr("Downloading…"));
  emit download_requested(models_dir_, mirror_->text().trimmed(), QString());
}

void ModelSetupDialog::import_files() {
  const QStringList files = QFileDialog::getOpenFileNames(
      this, tr("Choose the model files you have"), QDir::homePath(),
      tr("Model files (*.pt *.safetensors *.bin *.pkl *.json *.txt);;All files (*)"));
  if (files.isEmpty()) return;
  download_->setEnabled(false);
  import_->setEnabled(false);
  status_->setText(tr("Checking and copying…"));
  emit import_requested(models_dir_, files);
}

QString ModelSetupDialog::chosen_path(int row) const {
  return paths_[row].isEmpty() ? models_dir_ : paths_[row];
}

void ModelSetupDialog::choose(int row, const QString& path) {
  paths_[row] = path;
  check_files();
}

void ModelSetupDialog::check_files() {
  const quint64 serial = ++check_serial_;
  for (int row = 0; row < 3; ++row) checks_->topLevelItem(row)->setText(1, tr("checking…"));
  use_->setEnabled(false);
  QPointer<ModelSetupDialog> self(this);
  const QString image = paths_[kImage], text = paths_[kText];
  QString head = paths_[kHead];
  QThreadPool::globalInstance()->start([self, serial, image, text, head] {
    std::filesystem::path head_file = head.toStdString();
    if (head_file.empty()) {  // the head next to the text model, as the text encoder finds it
      try {
        head_file = LinearHead::find_in(text.toStdString());
      } catch (const std::exception&) {
        head_file = std::filesystem::path(text.toStdString()) / "M-BERT-Base-69 Linear Weights.pkl";
      }
    }
    const ModelSetCheck check =
        check_model_files(image.toStdString(), text.toStdString(), head_file);
    QMetaObject::invokeMethod(
        self,
        [self, serial, check] {
          if (!self || serial != self->check_serial_) return;  // a newer choice is being checked
          const ModelFileCheck* rows[3] = {&check.image, &check.text, &check.head};
          for (int row = 0; row < 3; ++row) {
            auto* item = self->checks_->topLevelItem(row);
            const QString path =
                QDir::toNativeSeparators(QString::fromStdString(rows[row]->path.string()));
            item->setText(1, state_words(*rows[row]));
            item->setToolTip(0, path);
            item->setToolTip(1, path);
            item->setForeground(1, rows[row]->state == ModelFileState::kOk
                                       ? QBrush(QColor(0x20, 0x80, 0x20))
                                       : QBrush(QColor(0xa0, 0x20, 0x20)));
          }
          self->checked_head_ = QString::fromStdString(check.head.path.string());
          self->problem_->setText(QString::fromStdString(check.mismatch));
          self->problem_->setVisible(!check.mismatch.empty());
          self->use_->setEnabled(check.ok());
          emit self->checked();
        },
        Qt::QueuedConnection);
  });
}

void ModelSetupDialog::use_files() {
  options_.image_model = paths_[kImage];
  options_.text_model = paths_[kText];
  options_.text_head = checked_head_;
  save_options(options_);
  accept();
}

QString ModelSetupDialog::state_text(int row) const { return checks_->topLevelItem(row)->text(1); }
QString ModelSetupDialog::problem_text() const {
  return problem_->isHidden() ? QString() : problem_->text();
}
bool ModelSetupDialog::can_use_files() const { return use_->isEnabled(); }

}  // namespace lingualens::ui
