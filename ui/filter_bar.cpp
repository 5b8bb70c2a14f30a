#include "ui/filter_bar.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
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
  sort_->addItems({tr("Best first"), tr("Newest first")});
  sort_->setToolTip(tr("Sort order"));
  row->addWidget(sort_);
  row->addSpacing(12);
  row->addWidget(new QLabel(tr("Relevance"), this));
  slider_ = new QSlider(Qt::Horizontal, this);
  slider_->setRange(0, kSteps);
  slider_->setMinimumWidth(80);
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
  // Wide enough for "All folders" in every language (CJK letters are two 'x' wide).
  const QFontMetrics metrics(folder_->font());
  folder_->setMinimumContentsLength(
      std::max(8, metrics.horizontalAdvance(tr("All folders")) /
                          std::max(1, metrics.horizontalAdvance(QLatin1Char('x'))) +
                      1));
  folder_->addItem(tr("All folders"), QString());
  second->addWidget(folder_);
  use_dates_ = new QCheckBox(tr("Taken"), this);
  use_dates_->setToolTip(tr("Only photos taken between these dates (the camera's calendar)"));
  second->addWidget(use_dates_);
  // Until the library's dates are known (set_library_dates), the last year.
  from_ = new QDateEdit(QDate::currentDate().addYears(-1), this);
  to_ = new QDateEdit(QDate::currentDate(), this);
  for (auto* d : {from_, to_}) {
    d->setCalendarPopup(true);
    d->setEnabled(false);
    second->addWidget(d);
    if (d == from_) second->addWidget(new QLabel(QStringLiteral("–"), this));
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
      dates_touched_ = true;
      if (use_dates_->isChecked()) emit filters_changed();
    });
  }
  set_score_range(0, 1, 0);
  set_relevance_enabled(false);
}

void FilterBar::set_score_range(float lowest, float highest, float cutoff, bool new_query) {
  low_ = lowest;
  high_ = std::max(highest, lowest + 1e-6f);
  if (new_query) chosen_ = cutoff;
  // Never past the best match: the far right still shows it.
  const float threshold = std::min(chosen_, high_);
  const int pos = chosen_ <= -2.f
                      ? 0
                      : static_cast<int>(std::lround((threshold - low_) / (high_ - low_) * kSteps));
  const QSignalBlocker block(slider_);
  slider_->setValue(std::clamp(pos, chosen_ <= -2.f ? 0 : 1, kSteps));
  threshold_->setText(slider_->value() <= 0 ? tr("all") : QLocale().toString(min_score(), 'f', 2));
}

void FilterBar::set_relevance_enabled(bool enabled) {
  slider_->setEnabled(enabled);
  threshold_->setEnabled(enabled);
  sort_->setEnabled(enabled);
  slider_->setToolTip(enabled ? tr("Show only photos at least this relevant. It starts where this "
                                   "query's good matches seem to end.")
                              : tr("Relevance applies to a search: type what you are looking "
                                   "for."));
  if (!enabled) threshold_->clear();
}

void FilterBar::set_library_dates(const QDate& first, const QDate& last) {
  if (dates_touched_ || !first.isValid() || !last.isValid()) return;
  const QSignalBlocker a(from_), b(to_);
  from_->setDate(first);
  to_->setDate(last);
}

float FilterBar::min_score() const {
  if (slider_->value() <= 0) return -2.f;  // far left: everything
  // Never above the best match, whatever the rounding of the slider's steps.
  return std::min(high_, low_ + (high_ - low_) * static_cast<float>(slider_->value()) / kSteps);
}

void FilterBar::slider_moved() {
  chosen_ = min_score();
  threshold_->setText(slider_->value() <= 0 ? tr("all") : QLocale().toString(min_score(), 'f', 2));
  emit min_score_changed(min_score());
}

void FilterBar::set_visible_count(int shown, int total) {
  count_->setText(shown < 0 ? tr("%n photo(s)", nullptr, total)
                            : tr("%L1 of %L2").arg(shown).arg(total));
}

void FilterBar::set_folders(const QStringList& folders) {
  const QString current = folder();
  const QSignalBlocker block(folder_);
  folder_->clear();
  folder_->addItem(tr("All folders"), QString());
  for (const auto& f : folders) folder_->addItem(QDir(f).dirName(), f);
  for (int k = 1; k < folder_->count(); ++k) {
    folder_->setItemData(k, QDir::toNativeSeparators(folder_->itemData(k).toString()),
                         Qt::ToolTipRole);
  }
  if (!current.isEmpty() && folder_->findData(current) < 0) {
    // A sub-folder chosen in the tree stays chosen; a library folder that was removed does
    // not (nothing would match).
    bool inside = false;
    for (const auto& f : folders) inside |= current.startsWith(f + '/');
    if (inside) {
      folder_->addItem(QDir(current).dirName(), current);
      folder_->setItemData(folder_->count() - 1, QDir::toNativeSeparators(current),
                           Qt::ToolTipRole);
    }
  }
  const int i = folder_->findData(current);
  folder_->setCurrentIndex(i < 0 ? 0 : i);
  if (i < 0 && !current.isEmpty()) emit filters_changed();
}

void FilterBar::set_folder(const QString& folder) {
  int i = folder_->findData(folder);
  if (i < 0 && !folder.isEmpty()) {  // a sub-folder chosen in the folder tree
    folder_->addItem(QDir(folder).dirName(), folder);
    i = folder_->count() - 1;
    folder_->setItemData(i, QDir::toNativeSeparators(folder), Qt::ToolTipRole);
  }
  if (i >= 0) folder_->setCurrentIndex(i);
}

QString FilterBar::folder() const { return folder_->currentData().toString(); }
QDate FilterBar::from() const { return use_dates_->isChecked() ? from_->date() : QDate(); }
QDate FilterBar::to() const { return use_dates_->isChecked() ? to_->date() : QDate(); }
bool FilterBar::relevance_enabled() const { return slider_->isEnabled(); }
QDate FilterBar::shown_from() const { return from_->date(); }
QDate FilterBar::shown_to() const { return to_->date(); }
bool FilterBar::by_date() const { return sort_->currentIndex() == 1; }

}  // namespace lingualens::ui
