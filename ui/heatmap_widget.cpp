#include "ui/heatmap_widget.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace lingualens::ui {
namespace {

constexpr int kLegendWidth = 16;
constexpr int kGap = 10;

QString elide(const QFontMetrics& fm, const QString& s, int width) {
  return fm.elidedText(s, Qt::ElideRight, width);
}

}  // namespace

HeatmapWidget::HeatmapWidget(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatmapWidget::set_matrix(const QStringList& row_labels, const QStringList& column_labels,
                               const QVector<QVector<double>>& values, double low, double high,
                               const QString& unit, int decimals) {
  rows_ = row_labels;
  columns_ = column_labels;
  values_ = values;
  low_ = low;
  high_ = high > low ? high : low + 1;
  unit_ = unit;
  decimals_ = decimals;
  updateGeometry();
  update();
}

void HeatmapWidget::set_highlight_diagonal(bool on) {
  diagonal_ = on;
  update();
}

QSize HeatmapWidget::sizeHint() const { return {720, 480}; }
QSize HeatmapWidget::minimumSizeHint() const { return {320, 220}; }

QColor HeatmapWidget::scale_colour(double t) {
  // Stops of matplotlib's viridis at 0, .25, .5, .75, 1.
  static const QColor stops[] = {QColor(68, 1, 84), QColor(59, 82, 139), QColor(33, 145, 140),
                                 QColor(94, 201, 98), QColor(253, 231, 37)};
  t = std::clamp(t, 0.0, 1.0) * 4;
  const int i = std::min(3, static_cast<int>(t));
  const double f = t - i;
  const QColor& a = stops[i];
  const QColor& b = stops[i + 1];
  return QColor::fromRgbF(static_cast<float>(a.redF() + f * (b.redF() - a.redF())),
                          static_cast<float>(a.greenF() + f * (b.greenF() - a.greenF())),
                          static_cast<float>(a.blueF() + f * (b.blueF() - a.blueF())));
}

HeatmapWidget::Layout HeatmapWidget::layout() const {
  Layout l;
  const QFontMetrics fm(font());
  int label_w = 0;
  for (const auto& r : rows_) label_w = std::max(label_w, fm.horizontalAdvance(r));
  label_w = std::min(label_w + kGap, width() / 3);
  const int header_h = fm.height() * 3 + kGap;  // captions wrap onto up to three lines
  const int legend_space = kLegendWidth + fm.horizontalAdvance(QStringLiteral("100%")) + 3 * kGap;
  const int cols = std::max<int>(1, static_cast<int>(columns_.size()));
  const int rows = std::max<int>(1, static_cast<int>(rows_.size()));
  l.cell_w = std::max(24, (width() - label_w - legend_space) / cols);
  l.cell_h = std::max(fm.height() + 8, std::min(l.cell_w, (height() - header_h - kGap) / rows));
  l.grid = QRect(label_w, header_h, l.cell_w * cols, l.cell_h * rows);
  l.legend = QRect(l.grid.right() + 2 * kGap, l.grid.top(), kLegendWidth, l.grid.height());
  return l;
}

void HeatmapWidget::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), palette().color(QPalette::Base));
  if (values_.isEmpty()) {
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(rect(), Qt::AlignCenter, tr("Run the evaluation to see the heatmap."));
    return;
  }
  const Layout l = layout();
  const QFontMetrics fm(font());
  p.setPen(palette().color(QPalette::Text));
  for (int c = 0; c < columns_.size(); ++c) {
    const QRect head(l.grid.left() + c * l.cell_w + 2, 0, l.cell_w - 4, l.grid.top() - 4);
    p.drawText(head, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, columns_[c]);
  }
  for (int r = 0; r < rows_.size(); ++r) {
    const QRect label(0, l.grid.top() + r * l.cell_h, l.grid.left() - kGap / 2, l.cell_h);
    p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, elide(fm, rows_[r], label.width()));
  }
  for (int r = 0; r < values_.size(); ++r) {
    for (int c = 0; c < values_[r].size(); ++c) {
      const QRect cell(l.grid.left() + c * l.cell_w, l.grid.top() + r * l.cell_h, l.cell_w,
                       l.cell_h);
      const double v = values_[r][c];
      const double t = (v - low_) / (high_ - low_);
      const QColor fill = scale_colour(t);
      p.fillRect(cell, fill);
      if (diagonal_ && r == c) {
        p.setPen(QPen(palette().color(QPalette::Text), 2));
        p.drawRect(cell.adjusted(1, 1, -1, -1));
      }
      p.setPen(fill.lightnessF() > 0.55 ? Qt::black : Qt::white);
      p.drawText(cell, Qt::AlignCenter, QString::number(v, 'f', decimals_));
    }
  }
  // Colour scale with its end values.
  for (int y = 0; y < l.legend.height(); ++y) {
    p.setPen(scale_colour(1.0 - static_cast<double>(y) / std::max(1, l.legend.height() - 1)));
    p.drawLine(l.legend.left(), l.legend.top() + y, l.legend.right(), l.legend.top() + y);
  }
  p.setPen(palette().color(QPalette::Text));
  p.drawRect(l.legend);
  const int tx = l.legend.right() + 4;
  p.drawText(QPoint(tx, l.legend.top() + fm.ascent()),
             QString::number(high_, 'f', decimals_) + unit_);
  p.drawText(QPoint(tx, l.legend.bottom()), QString::number(low_, 'f', decimals_) + unit_);
}

bool HeatmapWidget::cell_at(const QPoint& pos, int& row, int& column) const {
  const Layout l = layout();
  if (!l.grid.contains(pos) || l.cell_w == 0 || l.cell_h == 0) return false;
  row = (pos.y() - l.grid.top()) / l.cell_h;
  column = (pos.x() - l.grid.left()) / l.cell_w;
  return row < values_.size() && column < values_[row].size();
}

bool HeatmapWidget::event(QEvent* e) {
  if (e->type() == QEvent::ToolTip) {
    auto* help = static_cast<QHelpEvent*>(e);
    int r = 0, c = 0;
    if (cell_at(help->pos(), r, c)) {
      QToolTip::showText(help->globalPos(),
                         tr("<b>%1</b><br>“%2”<br>%3%4")
                             .arg(rows_.value(r).toHtmlEscaped(), columns_.value(c).toHtmlEscaped(),
                                  QString::number(values_[r][c], 'f', decimals_ + 2), unit_),
                         this);
    } else {
      QToolTip::hideText();
    }
    return true;
  }
  return QWidget::event(e);
}

}  // namespace lingualens::ui
