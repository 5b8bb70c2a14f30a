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

#include "ui/download_worker.h"
#include "ui/settings.h"

namespace lingualens::ui {

ModelSetupDialog::ModelSetupDialog(const AppOptions& options, const QString& models_dir,
                                   QWidget* parent)
    : QDialog(parent), options_(options), models_dir_(models_dir) {
  setWindowTitle(tr("LinguaLens needs its models"));
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(
      tr("<p>LinguaLens understands photos and text with two models that are not on this computer "
         "yet:</p>"
         "<ul><li>OpenAI's CLIP image model <b>RN50x4</b> (about 400 MB)</li>"
         "<li>the Multilingual-CLIP text model <b>M-BERT-Base-69</b> (about 700 MB)</li></ul>"
         "<p>They will be saved in <b>%1</b>. Each file is checked after download; an interrupted "
         "download "
         "continues where it stopped.</p>")
          .arg(QDir::toNativeSeparators(models_dir).toHtmlEscaped()),
      this);
  intro->setWordWrap(true);
  layout->addWidget(intro);
  files_ = new QTreeWidget(this);
  files_->setRootIsDecorated(false);
  files_->setHeaderLabels({tr("File"), tr("Progress"), tr("Status")});
  files_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  files_->setMinimumHeight(160);
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
  download_ = buttons->addButton(tr("Download"), QDialogButtonBox::AcceptRole);
  import_ = buttons->addButton(tr("I already have the files…"), QDialogButtonBox::ActionRole);
  import_->setToolTip(
      tr("Files from a USB stick, another computer or a browser download: "
         "they are checked and copied into the models folder"));
  choose_ = buttons->addButton(tr("Use files on disk…"), QDialogButtonBox::ActionRole);
  stop_ = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
  stop_->setEnabled(false);  // (hidden, the button box showed it again with the dialog)
  auto* later = buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
  layout->addWidget(buttons);
  disconnect(buttons, nullptr, this, nullptr);
  connect(download_, &QPushButton::clicked, this, &ModelSetupDialog::start_download);
  connect(choose_, &QPushButton::clicked, this, &ModelSetupDialog::choose_files);
  connect(import_, &QPushButton::clicked, this, &ModelSetupDialog::import_files);
  connect(later, &QPushButton::clicked, this, &QDialog::reject);
  connect(stop_, &QPushButton::clicked, this, [this] { worker_->cancel(); });

  worker_ = new DownloadWorker;
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connect(this, &ModelSetupDialog::download_requested, worker_, &DownloadWorker::run);
  connect(this, &ModelSetupDialog::import_requested, worker_, &DownloadWorker::import_files);
  connect(worker_, &DownloadWorker::imported, this,
          [this](const QStringList& lines, bool complete, const QString& message) {
            download_->setEnabled(true);
            import_->setEnabled(true);
            choose_->setEnabled(true);
            files_->clear();
            for (const auto& line : lines) new QTreeWidgetItem(files_, {line});
            status_->setText(message);
            if (complete) accept();
          });
  connect(worker_, &DownloadWorker::file_list, this, [this](const QStringList& paths) {
    files_->clear();
    for (const auto& p : paths) {
      auto* item = new QTreeWidgetItem(files_, {p, QString(), tr("waiting")});
      auto* bar = new QProgressBar(files_);
      bar->setRange(0, 1000);
      bar->setValue(0);
      files_->setItemWidget(item, 1, bar);
    }
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
    choose_->setEnabled(true);
    import_->setEnabled(true);
    status_->setText(message);
    if (ok) accept();
  });
  thread_.start();
  resize(640, 460);
}

ModelSetupDialog::~ModelSetupDialog() {
  worker_->cancel();
  thread_.quit();
  thread_.wait();
}

void ModelSetupDialog::start_download() {
  download_->setEnabled(false);
  choose_->setEnabled(false);
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
  choose_->setEnabled(false);
  status_->setText(tr("Checking and copying…"));
  emit import_requested(models_dir_, files);
}

void ModelSetupDialog::choose_files() {
  SettingsDialog settings(options_, this);
  settings.setWindowTitle(tr("Where are the model files?"));
  if (settings.exec() != QDialog::Accepted) return;
  options_ = settings.options();
  save_options(options_);
  accept();
}

}  // namespace lingualens::ui
