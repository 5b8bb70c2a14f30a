#include "ui/result_delegate.h"

#include <QApplication>
#include <QImage>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include "ui/results_model.h"

namespace lingualens::ui {
namespace {
constexpr int kMargin = 6;

// The width the grid lays items out in (QListView's static flow: `spacing` before the first
// item and after each one).
int available_width(const QStyleOptionViewItem& option) {
  const auto* view = qobject_cast<const QListView*>(option.widget);
  // Only a wrapping grid has columns to fill (a list, like the comparison's, keeps tiles).
  if (!view || view->viewMode() != QListView::IconMode) return 0;
  return view->viewport()->width() - view->spacing();
}

int spacing_of(const QStyleOptionViewItem& option) {
  const auto* view = qobject_cast<const QListView*>(option.widget);
  return view ? view->spacing() : 0;
}

}  // namespace

ResultDelegate::ResultDelegate(int thumbnail_size, QObject* parent)
    : QStyledItemDelegate(parent), size_(thumbnail_size) {}

QSize ResultDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
  const int text = option.fontMetrics.height();
  const int available = available_width(option);
  const int spacing = spacing_of(option);
  if (!index.data(ResultsModel::kHeadingRole).toString().isEmpty()) {
    // A heading takes a whole row of the flow, so the photos of its day start below it.
    const bool month = !index.data(ResultsModel::kMonthHeadingRole).toString().isEmpty();
    return {std::max(available - spacing, 100), text * (month ? 3 : 1) + 10};
  }
  // Tiles stretch so that whole columns fill the width (no ragged gap at the right).
  const int base = size_ + 2 * kMargin;
  int width = base;
  if (available > base + spacing) {
    const int columns = std::max(1, available / (base + spacing));
    // A few pixels of slack: QListView wraps an item that would touch the right edge.
    width = (available - 4) / columns - spacing;
  }
  return {width, size_ + 2 * kMargin + 2 * text + 4};
}

void ResultDelegate::paint(QPainter* p, const QStyleOptionViewItem& option,
                           const QModelIndex& index) const {
  p->save();
  p->setRenderHint(QPainter::Antialiasing);
  const QRect cell = option.rect;
  const QPalette& pal = option.palette;
  const QString heading = index.data(ResultsModel::kHeadingRole).toString();
  if (!heading.isEmpty()) {
    paint_heading(p, option, heading, index.data(ResultsModel::kMonthHeadingRole).toString());
    p->restore();
    return;
  }
  const bool selected = option.state & QStyle::State_Selected;
  if (selected) {
    p->setPen(Qt::NoPen);
    p->setBrush(
        pal.color(QPalette::Highlight).lighter(option.state & QStyle::State_HasFocus ? 100 : 130));
    p->drawRoundedRect(cell.adjusted(1, 1, -1, -1), 6, 6);
  }
  const QRect frame(cell.left() + (cell.width() - size_) / 2, cell.top() + kMargin, size_, size_);
  const QVariant thumb = index.data(ResultsModel::kThumbnailRole);
  const QImage image = thumb.value<QImage>();
  if (!thumb.isValid()) {  // still loading
    p->fillRect(frame, pal.color(QPalette::AlternateBase));
  } else if (image.isNull()) {
    p->fillRect(frame, QColor(0xf4, 0xe0, 0xe0));
    p->setPen(QColor(0x80, 0x30, 0x30));
    p->drawText(frame, Qt::AlignCenter | Qt::TextWordWrap, tr("no preview"));
  } else {
    const QSize s = image.size().scaled(frame.size(), Qt::KeepAspectRatio);
    const QRect target(frame.left() + (frame.width() - s.width()) / 2,
                       frame.top() + (frame.height() - s.height()) / 2, s.width(), s.height());
    p->drawImage(target, image);
  }
  if (index.data(ResultsModel::kMarkedRole).toBool()) {
    p->setPen(QPen(QColor(0xe0, 0x70, 0x10), 3));
    p->setBrush(Qt::NoBrush);
    p->drawRect(frame.adjusted(1, 1, -1, -1));
  }
  // Relevance badge, top left (searches only: the timeline has no query to be relevant to).
  if (index.data(ResultsModel::kShowScoreRole).toBool()) paint_badge(p, option, frame, index);
  // Date and file name below.
  p->setFont(option.font);
  p->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
  const int line = option.fontMetrics.height();
  QRect text(cell.left() + kMargin, frame.bottom() + 3, cell.width() - 2 * kMargin, line);
  const QString date = index.data(ResultsModel::kDateTextRole).toString();
  const QString name = index.data(Qt::DisplayRole).toString();
  p->drawText(text, Qt::AlignHCenter,
              option.fontMetrics.elidedText(name, Qt::ElideMiddle, text.width()));
  if (!date.isEmpty()) {
    p->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    p->drawText(text.translated(0, line), Qt::AlignHCenter, date);
  }
  p->restore();
}

void ResultDelegate::paint_heading(QPainter* p, const QStyleOptionViewItem& option,
                                   const QString& day, const QString& month) const {
  QRect area = option.rect.adjusted(kMargin, 4, -kMargin, -2);
  const int line = option.fontMetrics.height();
  if (!month.isEmpty()) {
    QFont big = option.font;
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    p->setFont(big);
    // Headings are not selectable (disabled items): drawn in the active colours all the same.
    p->setPen(option.palette.color(QPalette::Active, QPalette::Text));
    const QRect top(area.left(), area.top(), area.width(), area.height() - line);
    p->drawText(top, Qt::AlignLeft | Qt::AlignBottom, month);
    area.setTop(area.bottom() - line);
  }
  QFont bold = option.font;
  bold.setBold(true);
  p->setFont(bold);
  p->setPen(option.palette.color(QPalette::Active, QPalette::PlaceholderText));
  p->drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
              QFontMetrics(bold).elidedText(day, Qt::ElideRight, area.width()));
}

void ResultDelegate::paint_badge(QPainter* p, const QStyleOptionViewItem& option,
                                 const QRect& frame, const QModelIndex& index) const {
  const float score = index.data(ResultsModel::kScoreRole).toFloat();
  const QString badge = QLocale().toString(score, 'f', 2);
  QFont small = option.font;
  small.setPointSizeF(small.pointSizeF() * 0.85);
  small.setBold(true);
  p->setFont(small);
  const QFontMetrics fm(small);
  const QRect b(frame.left() + 4, frame.top() + 4, fm.horizontalAdvance(badge) + 10,
                fm.height() + 2);
  p->setPen(Qt::NoPen);
  p->setBrush(QColor(0, 0, 0, 150));
  p->drawRoundedRect(b, 4, 4);
  p->setPen(Qt::white);
  p->drawText(b, Qt::AlignCenter, badge);
}

}  // namespace lingualens::ui
