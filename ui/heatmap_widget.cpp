#include "ui/heatmap_widget.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "core/eval/heat_colour.h"

namespace lingualens::ui {
namespace {

constexpr int kLegendWidth = 16;
constexpr int kGap = 10;
constexpr int kPictureSide = 72;    // row headers with thumbnails are this wide at most
constexpr int kMinPictureRow = 28;  // below this row height, names instead of pictures

QString elide(const QFontMetrics& fm, const QString& s, int width) {
  return fm.elidedText(s, Qt::ElideRight, width);
}

}  // namespace

HeatmapWidget::HeatmapWidget(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatmapWidget::set_data(HeatmapData data) {
  if (data.high <= data.low) data.high = data.low + 1;
  data_ = std::move(data);
  updateGeometry();
  update();
}

QSize HeatmapWidget::sizeHint() const { return {720, 480}; }
QSize HeatmapWidget::minimumSizeHint() const { return {320, 220}; }

QColor HeatmapWidget::scale_colour(double t) {
  const Rgb c = heat_colour(t);
  return QColor(c.r, c.g, c.b);
}

HeatmapWidget::Layout HeatmapWidget::layout() const {
  Layout l;
  const QFontMetrics fm(font());
  const int cols = std::max<int>(1, static_cast<int>(data_.column_labels.size()));
  const int rows = std::max<int>(1, static_cast<int>(data_.row_labels.size()));
  const bool have_pictures = std::any_of(data_.row_pictures.begin(), data_.row_pictures.end(),
                                         [](const QImage& i) { return !i.isNull(); });
  const int legend_space = kLegendWidth + fm.horizontalAdvance(QStringLiteral("100.0%")) + 3 * kGap;
  auto text_label_width = [&] {
    int w = 0;
    for (const auto& r : data_.row_labels) w = std::max(w, fm.horizontalAdvance(r));
    return std::min(w + kGap, width() / 3);
  };
  int label_w = have_pictures ? kPictureSide + kGap : text_label_width();
  l.cell_w = std::max(24, (width() - label_w - legend_space) / cols);
  // Captions wrap onto up to five lines; the header is as tall as the tallest needs.
  int header_h = 2 * fm.height();
  for (const auto& c : data_.column_labels) {
    const QRect need =
        fm.boundingRect(QRect(0, 0, l.cell_w - 6, 5 * fm.height()), Qt::TextWordWrap, c);
    header_h = std::max(header_h, std::min(need.height(), 5 * fm.height()));
  }
  header_h += kGap;
  l.cell_h = std::max(fm.height() + 8, std::min(l.cell_w, (height() - header_h - kGap) / rows));
  l.pictures = have_pictures && l.cell_h >= kMinPictureRow;
  if (have_pictures && !l.pictures) {  // no room for pictures: names instead
    label_w = text_label_width();
    l.cell_w = std::max(24, (width() - label_w - legend_space) / cols);
  }
  l.grid = QRect(label_w, header_h, l.cell_w * cols, l.cell_h * rows);
  l.legend = QRect(l.grid.right() + 2 * kGap, l.grid.top(), kLegendWidth, l.grid.height());
  return l;
}

void HeatmapWidget::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), palette().color(QPalette::Base));
  if (data_.values.isEmpty()) {
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(rect(), Qt::AlignCenter, tr("Run the evaluation to see the heatmap."));
    return;
  }
  p.setRenderHint(QPainter::SmoothPixmapTransform);
  const Layout l = layout();
  const QFontMetrics fm(font());
  p.setPen(palette().color(QPalette::Text));
  for (int c = 0; c < data_.column_labels.size(); ++c) {
    const QString& caption = data_.column_labels[c];
    const QRect head(l.grid.left() + c * l.cell_w + 3, 0, l.cell_w - 6, l.grid.top() - kGap / 2);
    // A caption starts at its own reading edge: right for Arabic or Hebrew.
    const Qt::Alignment side = caption.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft;
    p.drawText(head, side | Qt::AlignBottom | Qt::TextWordWrap, caption);
  }
  for (int r = 0; r < data_.row_labels.size(); ++r) {
    const QRect label(0, l.grid.top() + r * l.cell_h, l.grid.left() - kGap / 2, l.cell_h);
    const QImage picture = r < data_.row_pictures.size() ? data_.row_pictures[r] : QImage();
    if (l.pictures && !picture.isNull()) {
      const QSize fit =
          picture.size().scaled(label.adjusted(2, 2, -2, -2).size(), Qt::KeepAspectRatio);
      const QRect target(
          QPoint(label.right() - fit.width(), label.top() + (label.height() - fit.height()) / 2),
          fit);
      p.drawImage(target, picture);
    } else {
      p.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                 elide(fm, data_.row_labels[r], label.width()));
    }
  }
  for (int r = 0; r < data_.values.size(); ++r) {
    for (int c = 0; c < data_.values[r].size(); ++c) {
      const QRect cell(l.grid.left() + c * l.cell_w, l.grid.top() + r * l.cell_h, l.cell_w,
                       l.cell_h);
      const double t = (data_.values[r][c] - data_.low) / (data_.high - data_.low);
      p.fillRect(cell, scale_colour(t));
      p.setPen(heat_wants_dark_text(t) ? Qt::black : Qt::white);
      p.drawText(cell, Qt::AlignCenter,
                 QLocale().toString(data_.values[r][c], 'f', data_.decimals));
    }
  }
  // Each caption's own photo: black outside, white inside, visible on dark and light cells.
  for (int c = 0; c < data_.own_row.size(); ++c) {
    const int r = data_.own_row[c];
    if (r < 0 || r >= data_.values.size()) continue;
    const QRect cell(l.grid.left() + c * l.cell_w, l.grid.top() + r * l.cell_h, l.cell_w, l.cell_h);
    p.setPen(QPen(Qt::black, 2));
    p.drawRect(cell.adjusted(1, 1, -1, -1));
    p.setPen(QPen(Qt::white, 1));
    p.drawRect(cell.adjusted(3, 3, -4, -4));
  }
  // Colour scale with its end values and its unit above it.
  for (int y = 0; y < l.legend.height(); ++y) {
    p.setPen(scale_colour(1.0 - static_cast<double>(y) / std::max(1, l.legend.height() - 1)));
    p.drawLine(l.legend.left(), l.legend.top() + y, l.legend.right(), l.legend.top() + y);
  }
  p.setPen(palette().color(QPalette::Text));
  p.drawRect(l.legend);
  const int tx = l.legend.right() + 4;
  p.drawText(QPoint(tx, l.legend.top() + fm.ascent()),
             QLocale().toString(data_.high, 'f', data_.decimals) + data_.unit);
  p.drawText(QPoint(tx, l.legend.bottom()),
             QLocale().toString(data_.low, 'f', data_.decimals) + data_.unit);
  p.drawText(QPoint(l.legend.left(), l.legend.top() - fm.descent() - 4), data_.scale_title);
}

bool HeatmapWidget::cell_at(const QPoint& pos, int& row, int& column) const {
  const Layout l = layout();
  if (!l.grid.contains(pos) || l.cell_w == 0 || l.cell_h == 0) return false;
  row = (pos.y() - l.grid.top()) / l.cell_h;
  column = (pos.x() - l.grid.left()) / l.cell_w;
  return row < data_.values.size() && column < data_.values[row].size();
}

bool HeatmapWidget::event(QEvent* e) {
  if (e->type() == QEvent::ToolTip) {
    auto* help = static_cast<QHelpEvent*>(e);
    int r = 0, c = 0;
    if (cell_at(help->pos(), r, c)) {
      QToolTip::showText(
          help->globalPos(),
          tr("<b>%1</b><br>“%2”<br>%3%4")
              .arg(data_.row_labels.value(r).toHtmlEscaped(),
                   data_.column_labels.value(c).toHtmlEscaped(),
                   QLocale().toString(data_.values[r][c], 'f', data_.decimals + 2), data_.unit),
          this);
    } else {
      QToolTip::hideText();
    }
    return true;
  }
  return QWidget::event(e);
}

}  // namespace lingualens::ui
