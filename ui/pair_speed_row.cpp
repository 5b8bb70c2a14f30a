#include "ui/pair_speed_row.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <exception>

#include "core/models/pair_speed.h"
#include "ui/background_task.h"

namespace lingualens::ui {
namespace {

QString setting_for(const QString& pair) { return QStringLiteral("models/speed/") + pair; }

}  // namespace

PairSpeedRow::PairSpeedRow(QWidget* parent) : QWidget(parent) {
  auto* row = new QHBoxLayout(this);
  row->setContentsMargins(0, 0, 0, 0);
  label_ = new QLabel(this);
  label_->setWordWrap(true);
  button_ = new QPushButton(tr("Measure"), this);
  button_->setEnabled(false);  // until a pair with its files is chosen
  button_->setToolTip(
      tr("Runs both models for a few seconds on this computer: images per second when indexing "
         "(decoding the photos comes on top), the time of one search, and the memory they take"));
  row->addWidget(label_, 1);
  row->addWidget(button_);
  connect(button_, &QPushButton::clicked, this, &PairSpeedRow::measure);
  hide();  // until a pair is chosen (files chosen one by one have no pair to measure)
}

PairSpeedRow::~PairSpeedRow() {
  if (cancel_) *cancel_ = true;  // the worker stops at its next step and reports to no one
}

void PairSpeedRow::set_pair(const QString& name, const QString& image_file, const QString& text_dir,
                            const QString& head_file) {
  if (cancel_) *cancel_ = true;
  cancel_.reset();
  name_ = name;
  image_ = image_file;
  text_dir_ = text_dir;
  head_ = head_file;
  const bool here = QFileInfo(image_).isFile() && QFileInfo(text_dir_).isDir();
  button_->setEnabled(here);
  show();
  show_saved();
  if (!here && label_->text().isEmpty())
    label_->setText(tr("Its speed can be measured once its files are here."));
}

QString PairSpeedRow::text() const { return label_->text(); }

void PairSpeedRow::show_saved() {
  label_->setText(QSettings().value(setting_for(name_)).toString());
}

void PairSpeedRow::measure() {
  if (cancel_) return;  // already running
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  button_->setEnabled(false);
  label_->setText(tr("Measuring… (a few seconds; the computer is busy meanwhile)"));
  PairSpeedParams params;
  params.image.weights_file = image_.toStdString();
  params.text.model_dir = text_dir_.toStdString();
  params.text.head_file = head_.toStdString();
  const QString pair = name_;
  auto cancel = cancel_;
  struct Outcome {
    QString text;
    bool ok = false;
  };
  run_in_background<PairSpeedRow, Outcome>(
      this, cancel,
      [params, cancel] {
        Outcome o;
        try {
          const PairSpeed s = measure_pair_speed(params, {}, [cancel] { return cancel->load(); });
          const QLocale locale;
          o.text =
              tr("On this computer: %1 images/s, %2 ms per search, %3 in memory (measured %4).")
                  .arg(locale.toString(s.images_per_second, 'f', 1),
                       locale.toString(s.query_ms, 'f', s.query_ms < 10 ? 1 : 0),
                       locale.formattedDataSize(s.image_model_bytes + s.text_model_bytes),
                       locale.toString(QDate::currentDate(), QLocale::ShortFormat));
          o.ok = true;
        } catch (const std::exception& e) {
          o.text = tr("Could not measure: %1").arg(QString::fromUtf8(e.what()));
        }
        return o;
      },
      [pair](PairSpeedRow* self, const Outcome& o) {
        if (o.ok) QSettings().setValue(setting_for(pair), o.text);
        self->cancel_.reset();
        self->label_->setText(o.text);
        self->button_->setEnabled(true);
        emit self->measured(o.text);
      });
}

}  // namespace lingualens::ui
