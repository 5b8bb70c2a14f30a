// Paints one row of the grid: a photo (the thumbnail or a placeholder while it loads, a
// relevance badge for searches, the capture date and the file name) or a day / month heading
// of the timeline. Tiles widen so that whole columns fill the grid; headings span it.
#pragma once

#include <QStyledItemDelegate>

namespace lingualens::ui {

class ResultDelegate final : public QStyledItemDelegate {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ResultDelegate)

 public:
  ResultDelegate(int thumbnail_size, QObject* parent = nullptr);
  void set_thumbnail_size(int size) { size_ = size; }
  void paint(QPainter* painter, const QStyleOptionViewItem& option,
             const QModelIndex& index) const override;
  QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

 private:
  void paint_heading(QPainter* p, const QStyleOptionViewItem& option, const QString& day,
                     const QString& month) const;
  void paint_badge(QPainter* p, const QStyleOptionViewItem& option, const QRect& frame,
                   const QModelIndex& index) const;
  int size_;
};

}  // namespace lingualens::ui
