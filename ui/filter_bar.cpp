#include "ui/filter_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>
#include <cmath>

namespace lingualens::ui {
namespace {
constexpr int kSteps = 1000;
}

FilterBar::FilterBar(QWidget* parent) : QWidget(parent) {
  // Two rows so the bar fits narrow windows: ordering and relevance, then the filters.
  auto* rows = new QVBoxLayout(this);
  rows->setContentsMargins(0, 0, 0, 0);
  auto* row = new QHBoxLayout;
  auto* second = new QHBoxLayout;
  rows->addLayout(row);
  rows->addLayout(second);
  sort_ = new QComboBox(this);
  sort_->addItems({tr("Most relevant first"), tr("Newest first")});
  sort_->setToolTip(tr("Sort order"));
  row->addWidget(sort_);
  row->addSpacing(12);
  row->addWidget(new QLabel(tr("Relevance"), this));
  slider_ = new QSlider(Qt::Horizontal, this);
  slider_->setRange(0, kSteps);
  slider_->setMinimumWidth(140);
  slider_->setToolTip(
      tr("Show only photos at least this relevant. It starts where this query's "
         "good matches seem to end."));
  row->addWidget(slider_);
  threshold_ = new QLabel(this);
  threshold_->setMinimumWidth(40);
  row->addWidget(threshold_);
  count_ = new QLabel(this);
  row->addWidget(count_);
  row->addStretch(1);
  folder_ = new QComboBox(this);
  folder_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  folder_->setMinimumContentsLength(16);
  folder_->addItem(tr("All folders"), QString());
  second->addWidget(folder_);
  use_dates_ = new QCheckBox(tr("Taken between"), this);
  second->addWidget(use_dates_);
  from_ = new QDateEdit(QDate::currentDate().addYears(-1), this);
  to_ = new QDateEdit(QDate::currentDate(), this);
  for (auto* d : {from_, to_}) {
    d->setCalendarPopup(true);
    d->setEnabled(false);
    second->addWidget(d);
  }
  second->addStretch(1);

  connect(sort_, qOverload<int>(&QComboBox::currentIndexChanged), this,
          [this](int i) { emit sort_changed(i == 1); });
  connect(slider_, &QSlider::valueChanged, this, &FilterBar::slider_moved);
  connect(folder_, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &FilterBar::filters_changed);
  connect(use_dates_, &QCheckBox::toggled, this, [this](bool on) {
    from_->setEnabled(on);
    to_->setEnabled(on);
    emit filters_changed();
  });
  for (auto* d : {from_, to_}) {
    connect(d, &QDateEdit::dateChanged, this, [this] {
      if (use_dates_->isChecked()) emit filters_changed();
    });
  }
  set_score_range(0, 1, 0);
}

void FilterBar::set_score_range(float lowest, float highest, float cutoff) {
  low_ = lowest;
  high_ = std::max(highest, lowest + 1e-6f);
  const int pos = static_cast<int>(std::lround((cutoff - low_) / (high_ - low_) * kSteps));
  const QSignalBlocker block(slider_);
  slider_->setValue(std::clamp(pos, 0, kSteps));
  threshold_->setText(QString::number(min_score(), 'f', 2));
}

float FilterBar::min_score() const {
  if (slider_->value() <= 0) return -2.f;  // far left: everything
  return low_ + (high_ - low_) * static_cast<float>(slider_->value()) / kSteps;
}

void FilterBar::slider_moved() {
  threshold_->setText(slider_->value() <= 0 ? tr("all") : QString::number(min_score(), 'f', 2));
  emit min_score_changed(min_score());
}

void FilterBar::set_visible_count(int shown, int total) {
  count_->setText(tr("%1 of %2").arg(shown).arg(total));
}

void FilterBar::set_folders(const QStringList& folders) {
  const QString current = folder();
  const QSignalBlocker block(folder_);
  folder_->clear();
  folder_->addItem(tr("All folders"), QString());
  for (const auto& f : folders) folder_->addItem(QDir(f).dirName(), f);
  const int i = folder_->findData(current);
  folder_->setCurrentIndex(i < 0 ? 0 : i);
  for (int k = 1; k < folder_->count(); ++k) {
    folder_->setItemData(k, QDir::toNativeSeparators(folder_->itemData(k).toString()),
                         Qt::ToolTipRole);
  }
}

void FilterBar::set_folder(const QString& folder) {
  const int i = folder_->findData(folder);
  if (i >= 0) folder_->setCurrentIndex(i);
}

QString FilterBar::folder() const { return folder_->currentData().toString(); }
QDate FilterBar::from() const { return use_dates_->isChecked() ? from_->date() : QDate(); }
QDate FilterBar::to() const { return use_dates_->isChecked() ? to_->date() : QDate(); }
bool FilterBar::by_date() const { return sort_->currentIndex() == 1; }

}  // namespace lingualens::ui
