// The photo viewer: one photo as large as the window allows (or full screen), EXIF-oriented,
// decoded off the UI thread. ←/→ step through the current results, Z / double-click switch
// between fit and 100 % (drag to pan), I shows or hides the details overlay, F / F11 full
// screen, Esc or Space return to the grid. The window owns the list: the viewer only asks
// for the previous or next photo (step) and says when it is done (closed).
#pragma once

#include <QImage>
#include <QPointF>
#include <QWidget>

#include "ui/result_item.h"

namespace lingualens::ui {

class PhotoViewer final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(PhotoViewer)

 public:
  explicit PhotoViewer(QWidget* parent = nullptr);

  // Shows `item`, the `position`-th (0-based) of `count` photos.
  void show_item(const ResultItem& item, int position, int count);
  const ResultItem& item() const { return item_; }
  bool fit() const { return fit_; }
  void set_fit(bool fit);
  bool loaded() const { return !image_.isNull(); }
  QSize image_size() const { return image_.size(); }  // as oriented
  // The overlay's text ("" when hidden), for tests and accessibility.
  QString overlay_text() const;

 signals:
  void step(int delta);  // the previous (-1) or next (+1) photo, please
  void closed();
  void full_screen_toggled();
  void open_with();
  void image_loaded();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;

 private:
  void load();
  QRectF image_rect() const;
  void clamp_pan();

  ResultItem item_;
  int position_ = 0, count_ = 0;
  QImage image_;
  QString error_;
  quint64 serial_ = 0;
  bool fit_ = true;
  bool overlay_ = true;
  QPointF pan_;  // at 100 %: the image's offset from centred
  QPointF drag_from_;
};

}  // namespace lingualens::ui
