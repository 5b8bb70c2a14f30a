#include "ui/pair_size_row.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <exception>

#include "core/models/model_download.h"
#include "core/models/model_pairs.h"
#include "ui/background_task.h"

namespace lingualens::ui {
namespace {

QString setting_for(const QString& pair) { return QStringLiteral("models/download_size/") + pair; }

}  // namespace

PairSizeRow::PairSizeRow(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("pair_size"));
  auto* row = new QHBoxLayout(this);
  row->setContentsMargins(0, 0, 0, 0);
  label_ = new QLabel(this);
  label_->setWordWrap(true);
  button_ = new QPushButton(tr("Ask size"), this);
  button_->setToolTip(
      tr("Asks the servers how large each of the pair's files is, without downloading them, "
         "and whether this disk has room"));
  row->addWidget(label_, 1);
  row->addWidget(button_);
  connect(button_, &QPushButton::clicked, this, &PairSizeRow::ask);
  hide();  // until a pair is chosen
}

PairSizeRow::~PairSizeRow() {
  if (cancel_) *cancel_ = true;
}

void PairSizeRow::set_pair(const QString& name, const QString& models_dir) {
  if (cancel_) *cancel_ = true;
  cancel_.reset();
  name_ = name;
  models_dir_ = models_dir;
  button_->setEnabled(true);
  const QString saved = QSettings().value(setting_for(name_)).toString();
  label_->setText(saved.isEmpty() ? tr("Download size: not asked yet.") : saved);
  show();
}

QString PairSizeRow::text() const { return label_->text(); }

void PairSizeRow::ask() {
  const ModelPair* pair = find_model_pair(name_.toStdString());
  if (cancel_ || !pair) return;
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  button_->setEnabled(false);
  label_->setText(tr("Asking the servers…"));
  DownloadParams params;
  params.models_dir = models_dir_.toStdString();
  // The mirror the command line honours too (a server inside the user's network).
  params.manifest = model_pair_manifest(
      *pair, {"main", qEnvironmentVariable("LINGUALENS_MODELS_MIRROR").toStdString()});
  const QString name = name_;
  auto cancel = cancel_;
  struct Outcome {
    QString text;
    bool keep = false;  // an answer worth showing next time
  };
  run_in_background<PairSizeRow, Outcome>(
      this, cancel,
      [params, cancel] {
        Outcome o;
        try {
          const DownloadSize s = measure_download_size(params, [cancel] { return cancel->load(); });
          const QLocale locale;
          int missing = 0;
          for (const auto& f : s.files) missing += f.present ? 0 : 1;
          if (missing == 0) {
            o.text =
                tr("All its files are here: %1 on disk.").arg(locale.formattedDataSize(s.total));
          } else if (s.unknown == missing) {
            o.text =
                tr("The servers did not say how large its files are (is this computer "
                   "offline?).");
            return o;
          } else {
            o.text =
                tr("Download: %1 in all, %2 still to fetch.")
                    .arg(locale.formattedDataSize(s.total), locale.formattedDataSize(s.to_fetch));
            if (s.unknown > 0)
              o.text += ' ' + tr("%n file(s) did not state a size.", nullptr, s.unknown);
            if (s.free_bytes >= 0) {
              o.text += ' ' + (s.fits() ? tr("%1 free on this disk.")
                                        : tr("Not enough room: %1 free on this disk."))
                                  .arg(locale.formattedDataSize(s.free_bytes));
            }
          }
          o.text +=
              ' ' +
              tr("(asked %1)").arg(locale.toString(QDate::currentDate(), QLocale::ShortFormat));
          o.keep = true;
        } catch (const std::exception& e) {
          o.text = tr("Could not ask: %1").arg(QString::fromUtf8(e.what()));
        }
        return o;
      },
      [name](PairSizeRow* self, const Outcome& o) {
        if (o.keep) QSettings().setValue(setting_for(name), o.text);
        self->cancel_.reset();
        self->label_->setText(o.text);
        self->button_->setEnabled(true);
        emit self->answered(o.text);
      });
}

}  // namespace lingualens::ui
