#include "ui/photo_viewer.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPointer>
#include <QThreadPool>
#include <algorithm>

#include "ui/results_model.h"

namespace lingualens::ui {

PhotoViewer::PhotoViewer(QWidget* parent) : QWidget(parent) {
  setFocusPolicy(Qt::StrongFocus);
  setAttribute(Qt::WA_OpaquePaintEvent);
  setMinimumSize(200, 150);
  setAccessibleName(tr("Photo viewer"));
}

void PhotoViewer::show_item(const ResultItem& item, int position, int count) {
  const bool same = item.id == item_.id && item.path == item_.path && !image_.isNull();
  item_ = item;
  position_ = position;
  count_ = count;
  if (!same) load();
  update();
}

void PhotoViewer::set_fit(bool fit) {
  fit_ = fit;
  pan_ = {};
  update();
}

void PhotoViewer::load() {
  const quint64 serial = ++serial_;
  image_ = {};
  error_.clear();
  pan_ = {};
  QPointer<PhotoViewer> self(this);
  const QString path = item_.path;
  QThreadPool::globalInstance()->start([self, serial, path] {
    // Full resolution: 100 % means one image pixel per screen pixel.
    QImageReader reader(path);
    reader.setAutoTransform(true);  // EXIF orientation, as the photo is meant to be seen
    const QImage image = reader.read();
    const QString error = image.isNull() ? reader.errorString() : QString();
    QMetaObject::invokeMethod(
        self,
        [self, serial, image, error] {
          if (!self || serial != self->serial_) return;  // the user moved on meanwhile
          self->image_ = image;
          self->error_ = error;
          self->update();
          emit self->image_loaded();
        },
        Qt::QueuedConnection);
  });
}

QRectF PhotoViewer::image_rect() const {
  if (image_.isNull()) return {};
  const QSizeF area = size();
  // At 100 %, one image pixel per device pixel (sharp on HiDPI screens too).
  QSizeF shown = QSizeF(image_.size()) / devicePixelRatioF();
  if (fit_) {
    shown.scale(area, Qt::KeepAspectRatio);
    if (shown.width() > image_.width()) shown = image_.size();  // never enlarge a small photo
  }
  const QPointF centre = QPointF(area.width(), area.height()) / 2 + (fit_ ? QPointF() : pan_);
  return {centre - QPointF(shown.width(), shown.height()) / 2, shown};
}

void PhotoViewer::clamp_pan() {
  const QSizeF shown = QSizeF(image_.size()) / devicePixelRatioF();
  const qreal max_x = std::max<qreal>(0, (shown.width() - width()) / 2);
  const qreal max_y = std::max<qreal>(0, (shown.height() - height()) / 2);
  pan_.setX(std::clamp(pan_.x(), -max_x, max_x));
  pan_.setY(std::clamp(pan_.y(), -max_y, max_y));
}

QString PhotoViewer::overlay_text() const {
  if (!overlay_ || item_.path.isEmpty()) return {};
  QStringList parts;
  parts << QFileInfo(item_.path).fileName();
  if (item_.taken_at > 0) {
    // Wall-clock capture time counted as UTC: shown as the camera's clock showed it.
    const QLocale locale;
    const QDateTime when = QDateTime::fromSecsSinceEpoch(item_.taken_at, Qt::UTC);
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QStringLiteral(":ss"));  // some locales' short format has seconds
    parts << locale.toString(when.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                 locale.toString(when.time(), time);
  }
  const QSize px = image_.isNull() ? QSize(item_.width, item_.height) : image_.size();
  if (px.width() > 0) parts << QStringLiteral("%1 × %2").arg(px.width()).arg(px.height());
  if (item_.size > 0) parts << QLocale().formattedDataSize(item_.size);
  if (!item_.camera.isEmpty()) parts << item_.camera;
  if (count_ > 0) parts << tr("%L1 of %L2").arg(position_ + 1).arg(count_);
  if (!fit_) parts << tr("100 %");
  return parts.join(QStringLiteral("  ·  "));
}

void PhotoViewer::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), QColor(0x18, 0x18, 0x18));
  p.setRenderHint(QPainter::SmoothPixmapTransform);
  p.setPen(QColor(0xdd, 0xdd, 0xdd));
  if (!image_.isNull()) {
    p.drawImage(image_rect(), image_);
  } else if (!error_.isEmpty()) {
    p.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
               tr("%1 cannot be shown: %2").arg(QDir::toNativeSeparators(item_.path), error_));
  } else if (!item_.path.isEmpty()) {
    p.drawText(rect(), Qt::AlignCenter, tr("Loading…"));
  }
  const QString text = overlay_text();
  if (text.isEmpty()) return;
  const QFontMetrics fm(font());
  const QString shown = fm.elidedText(text, Qt::ElideMiddle, width() - 40);
  const QRect band(0, height() - fm.height() - 16, width(), fm.height() + 16);
  p.fillRect(band, QColor(0, 0, 0, 160));
  p.setPen(Qt::white);
  p.drawText(band, Qt::AlignCenter, shown);
  const QString hint = tr("←/→ browse · Z zoom · I details · F full screen · Esc back");
  if (fm.horizontalAdvance(hint) + 40 < width()) {
    const QRect top(0, 0, width(), fm.height() + 12);
    p.fillRect(top, QColor(0, 0, 0, 110));
    p.setPen(QColor(0xcc, 0xcc, 0xcc));
    p.drawText(top, Qt::AlignCenter, hint);
  }
}

void PhotoViewer::keyPressEvent(QKeyEvent* event) {
  switch (event->key()) {
    case Qt::Key_Escape:
    case Qt::Key_Space:
    case Qt::Key_Backspace:
      emit closed();
      return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
      emit step(-1);
      return;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
      emit step(+1);
      return;
    case Qt::Key_Z:
    case Qt::Key_1:
      set_fit(!fit_);
      return;
    case Qt::Key_0:
      set_fit(true);
      return;
    case Qt::Key_I:
      overlay_ = !overlay_;
      update();
      return;
    case Qt::Key_F:
    case Qt::Key_F11:
      emit full_screen_toggled();
      return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
      emit open_with();
      return;
    default:
      QWidget::keyPressEvent(event);
  }
}

void PhotoViewer::mouseDoubleClickEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return;
  if (fit_) {
    // Zoom in on the point that was double-clicked.
    const QRectF r = image_rect();
    set_fit(false);
    if (r.width() > 0) {
      const QPointF rel((event->position().x() - r.center().x()) / r.width(),
                        (event->position().y() - r.center().y()) / r.height());
      const QSizeF full = QSizeF(image_.size()) / devicePixelRatioF();
      pan_ = QPointF(-rel.x() * full.width(), -rel.y() * full.height());
      clamp_pan();
    }
  } else {
    set_fit(true);
  }
  update();
}

void PhotoViewer::mousePressEvent(QMouseEvent* event) {
  drag_from_ = event->position();
  setFocus();
}

void PhotoViewer::mouseMoveEvent(QMouseEvent* event) {
  if (fit_ || !(event->buttons() & Qt::LeftButton)) return;
  pan_ += event->position() - drag_from_;
  drag_from_ = event->position();
  clamp_pan();
  update();
}

void PhotoViewer::wheelEvent(QWheelEvent* event) {
  if (fit_) {
    // In fit mode the wheel browses, as in most viewers.
    const int delta = event->angleDelta().y();
    if (delta != 0) emit step(delta < 0 ? +1 : -1);
  } else {
    pan_ += QPointF(event->angleDelta()) / 2;
    clamp_pan();
    update();
  }
}

}  // namespace lingualens::ui
