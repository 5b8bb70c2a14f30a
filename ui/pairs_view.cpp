#include "ui/pairs_view.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/eval_labels.h"

namespace lingualens::ui {

PairsView::PairsView(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  headline_ = new QLabel(this);
  headline_->setObjectName(QStringLiteral("pairs_headline"));
  headline_->setWordWrap(true);
  headline_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(headline_);
  table_ = new QTableWidget(0, 10, this);
  table_->setObjectName(QStringLiteral("pairs_table"));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->verticalHeader()->setVisible(false);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setStretchLastSection(true);
  layout->addWidget(table_, 1);
  auto* note = new QLabel(
      tr("Each pair is evaluated in its own space: accuracy and recall compare directly; the "
         "cosine to the reference says how close each pair keeps a translation to the "
         "reference caption in its own space."),
      this);
  note->setWordWrap(true);
  layout->addWidget(note);
}

void PairsView::show_outcome(const EvaluationOutcome& outcome, const QString& first_pair) {
  table_->setRowCount(0);
  headline_->clear();
  if (!outcome.second_run) return;
  const QString a = first_pair, b = outcome.second_pair;
  // The pairs' names are long: the columns carry ① and ②, the legend above names them.
  const QString one = pair_mark(0), two = pair_mark(1);
  table_->setHorizontalHeaderLabels(
      {tr("Language"), tr("Accuracy %1").arg(one), tr("Accuracy %1").arg(two), tr("Difference"),
       tr("Text→image R@1 %1").arg(one), tr("Text→image R@1 %1").arg(two),
       tr("Cosine to reference %1").arg(one), tr("Cosine to reference %1").arg(two),
       tr("Top-k overlap %1").arg(one), tr("Top-k overlap %1").arg(two)});
  const QLocale locale;
  const auto cosine = [&](const std::optional<double>& v) {
    return v ? locale.toString(*v, 'f', 3) : tr("reference");
  };
  const auto overlap = [&](const std::optional<double>& v) {
    return v ? percent(*v) : QStringLiteral("—");
  };
  int first_ahead = 0, second_ahead = 0;
  double first_sum = 0, second_sum = 0;
  constexpr double kSame = 0.005;  // half a percentage point: the same accuracy as shown
  for (const auto& c : outcome.comparison) {
    const int row = table_->rowCount();
    table_->insertRow(row);
    first_sum += c.first.accuracy;
    second_sum += c.second.accuracy;
    const bool first_better = c.accuracy_gain<-kSame, second_better = c.accuracy_gain> kSame;
    first_ahead += first_better ? 1 : 0;
    second_ahead += second_better ? 1 : 0;
    const QString gain = (c.accuracy_gain > 0 ? QStringLiteral("+") : QString()) +
                         locale.toString(100 * c.accuracy_gain, 'f', 0) + locale.percent();
    const QStringList cells = {QString::fromStdString(c.language),
                               percent(c.first.accuracy),
                               percent(c.second.accuracy),
                               gain,
                               percent(c.first.recall_t2i_1),
                               percent(c.second.recall_t2i_1),
                               cosine(c.first.mean_cosine_to_reference),
                               cosine(c.second.mean_cosine_to_reference),
                               overlap(c.first.overlap_at_k),
                               overlap(c.second.overlap_at_k)};
    for (int col = 0; col < cells.size(); ++col) {
      auto* item = new QTableWidgetItem(cells[col]);
      if (col > 0) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      if (col == 0) item->setText(language_label(c.language));
      // The more accurate pair's figure in bold; the difference coloured by who gains.
      if ((col == 1 && first_better) || (col == 2 && second_better)) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
      }
      if (col == 3 && (first_better || second_better))
        item->setForeground(second_better ? QColor(0x1a, 0x7f, 0x37) : QColor(0xb4, 0x23, 0x18));
      table_->setItem(row, col, item);
    }
  }
  const int n = static_cast<int>(outcome.comparison.size());
  if (n == 0) {
    headline_->setText(tr("The two pairs have no language in common on this set."));
    return;
  }
  headline_->setText(QStringLiteral("%1 %2    %3 %4\n").arg(one, a, two, b) +
                     tr("Mean accuracy over %n language(s): %1 with %2, %3 with %4.", nullptr, n)
                         .arg(percent(first_sum / n), a, percent(second_sum / n), b) +
                     ' ' +
                     tr("%1 is ahead in %2, %3 in %4, and they are even in %5.")
                         .arg(b, locale.toString(second_ahead), a, locale.toString(first_ahead),
                              locale.toString(n - first_ahead - second_ahead)));
}

}  // namespace lingualens::ui
