#include "ui/understood_chips.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace lingualens::ui {

UnderstoodChips::UnderstoodChips(QWidget* parent) : QWidget(parent) {
  layout_ = new QHBoxLayout(this);
  layout_->setContentsMargins(0, 0, 0, 0);
  setVisible(false);
}

QString UnderstoodChips::label(const UnderstoodChip& chip) {
  switch (chip.kind) {
    case UnderstoodChip::Kind::kCountry: {
      const QLocale::Territory t = QLocale::codeToTerritory(chip.code);
      return t == QLocale::AnyTerritory ? chip.code : QLocale::territoryToString(t);
    }
    case UnderstoodChip::Kind::kPlace:
      return chip.name;
    case UnderstoodChip::Kind::kDate:
      break;
  }
  return range_label(chip.after, chip.before);
}

QString UnderstoodChips::range_label(const QDate& a, const QDate& b) {
  const QLocale locale;
  if (a == b) return locale.toString(a, QStringLiteral("d MMMM yyyy"));
  const bool whole_months = a.day() == 1 && b.day() == b.daysInMonth();
  if (whole_months && a.month() == 1 && b.month() == 12)
    return a.year() == b.year() ? QString::number(a.year())
                                : QStringLiteral("%1–%2").arg(a.year()).arg(b.year());
  if (whole_months && a.year() == b.year() && a.month() == b.month())
    return locale.toString(a, QStringLiteral("MMMM yyyy"));
  const QString format = whole_months ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM yyyy");
  return QStringLiteral("%1 – %2").arg(locale.toString(a, format), locale.toString(b, format));
}

void UnderstoodChips::set_chips(const QVector<UnderstoodChip>& chips) {
  chips_ = chips;
  while (QLayoutItem* item = layout_->takeAt(0)) {
    if (QWidget* w = item->widget()) {
      w->hide();
      w->deleteLater();  // it may be the chip whose click is being handled
    }
    delete item;
  }
  if (!chips.isEmpty()) {
    auto* intro = new QLabel(tr("Only photos from:"), this);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout_->addWidget(intro);
  }
  for (const auto& chip : chips) {
    auto* button = new QToolButton(this);
    button->setObjectName(QStringLiteral("understood_chip"));
    button->setText(label(chip) + QStringLiteral("  ✕"));
    QString tip = tr("Understood from “%1”. Click to search without it.").arg(chip.words);
    if (chip.south_after.isValid())
      tip += QStringLiteral("\n") + tr("Photos taken south of the equator: %1")
                                        .arg(range_label(chip.south_after, chip.south_before));
    button->setToolTip(tip);
    button->setAutoRaise(false);
    const QString words = chip.words;
    connect(button, &QToolButton::clicked, this, [this, words] { emit remove_requested(words); });
    layout_->addWidget(button);
  }
  layout_->addStretch(1);
  setVisible(!chips.isEmpty());
}

}  // namespace lingualens::ui
