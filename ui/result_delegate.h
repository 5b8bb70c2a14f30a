// Paints one result in the grid: the thumbnail (or a placeholder while it loads), a
// relevance badge, the capture date and the file name.
#pragma once

#include <QStyledItemDelegate>

namespace lingualens::ui {

class ResultDelegate : public QStyledItemDelegate {
  Q_OBJECT

 public:
  ResultDelegate(int thumbnail_size, QObject* parent = nullptr);
  void set_thumbnail_size(int size) { size_ = size; }
  void paint(QPainter* painter, const QStyleOptionViewItem& option,
             const QModelIndex& index) const override;
  QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

 private:
  int size_;
};

}  // namespace lingualens::ui
