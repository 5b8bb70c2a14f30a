#include "ui/result_delegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include "ui/results_model.h"

namespace lingualens::ui {
namespace {
constexpr int kMargin = 6;
}

ResultDelegate::ResultDelegate(int thumbnail_size, QObject* parent)
    : QStyledItemDelegate(parent), size_(thumbnail_size) {}

QSize ResultDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
  const int text = option.fontMetrics.height();
  return {size_ + 2 * kMargin, size_ + 2 * kMargin + 2 * text + 4};
}

void ResultDelegate::paint(QPainter* p, const QStyleOptionViewItem& option,
                           const QModelIndex& index) const {
  p->save();
  p->setRenderHint(QPainter::Antialiasing);
  const QRect cell = option.rect;
  const QPalette& pal = option.palette;
  const bool selected = option.state & QStyle::State_Selected;
  if (selected) {
    p->setPen(Qt::NoPen);
    p->setBrush(
        pal.color(QPalette::Highlight).lighter(option.state & QStyle::State_HasFocus ? 100 : 130));
    p->drawRoundedRect(cell.adjusted(1, 1, -1, -1), 6, 6);
  }
  const QRect frame(cell.left() + kMargin, cell.top() + kMargin, size_, size_);
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
  // Relevance badge, top left.
  const float score = index.data(ResultsModel::kScoreRole).toFloat();
  const QString badge = QString::number(score, 'f', 2);
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
  // Date and file name below.
  p->setFont(option.font);
  p->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
  const int line = option.fontMetrics.height();
  QRect text(cell.left() + kMargin, frame.bottom() + 3, size_, line);
  const QString date = index.data(ResultsModel::kDateTextRole).toString();
  const QString name = index.data(Qt::DisplayRole).toString();
  p->drawText(text, Qt::AlignHCenter, option.fontMetrics.elidedText(name, Qt::ElideMiddle, size_));
  if (!date.isEmpty()) {
    p->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    p->drawText(text.translated(0, line), Qt::AlignHCenter, date);
  }
  p->restore();
}

}  // namespace lingualens::ui
