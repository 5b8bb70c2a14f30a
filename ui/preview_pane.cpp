#include "ui/preview_pane.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QUrl>
#include <QVBoxLayout>

namespace lingualens::ui {
namespace {
constexpr int kPreviewSide = 1600;  // enough for a large pane without decoding 12 MP
}

QString PreviewPane::details_text() const { return details_->text(); }

PreviewPane::PreviewPane(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  picture_ = new QLabel(this);
  picture_->setAlignment(Qt::AlignCenter);
  picture_->setMinimumSize(200, 160);
  picture_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
  layout->addWidget(picture_, 1);
  details_ = new QLabel(this);
  details_->setWordWrap(true);
  details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  details_->setTextFormat(Qt::RichText);
  details_->setMinimumWidth(0);
  layout->addWidget(details_);
  auto* buttons = new QGridLayout;
  auto add = [&](const QString& text, const QString& tip, int row, int col, auto slot) {
    auto* b = new QPushButton(text, this);
    b->setToolTip(tip);
    connect(b, &QPushButton::clicked, this, slot);
    buttons->addWidget(b, row, col);
    actions_ << b;
  };
  add(tr("Open"), tr("Open with the default application (Enter)"), 0, 0, &PreviewPane::open_file);
  add(tr("Show in folder"), tr("Open the folder that holds this photo"), 0, 1,
      &PreviewPane::show_in_folder);
  add(tr("Copy path"), tr("Copy the file's path (Ctrl+C)"), 1, 0, &PreviewPane::copy_path);
  add(tr("Copy image"), tr("Copy the picture itself"), 1, 1, &PreviewPane::copy_image);
  add(tr("Find similar"), tr("Search for photos that look like this one"), 2, 0,
      [this] { emit find_similar(item_.id); });
  layout->addLayout(buttons);
  clear();
}

void PreviewPane::clear() {
  item_ = {};
  image_ = {};
  ++serial_;
  picture_->setText(tr("Select a photo to see it here."));
  picture_->setPixmap({});
  details_->clear();
  for (auto* b : actions_) b->setEnabled(false);
}

void PreviewPane::show_item(const ResultItem& item, bool show_score) {
  item_ = item;
  for (auto* b : actions_) b->setEnabled(true);
  const QFileInfo info(item.path);
  const QLocale locale;
  QStringList rows;
  auto row = [&](const QString& k, const QString& v) {
    if (!v.isEmpty())
      rows << QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
                  .arg(k, v.toHtmlEscaped());
  };
  row(tr("File"), info.fileName());
  row(tr("Folder"), QDir::toNativeSeparators(info.path()));
  row(tr("Size"), locale.formattedDataSize(item.size));
  if (item.width > 0) row(tr("Pixels"), tr("%1 × %2").arg(item.width).arg(item.height));
  if (item.taken_at > 0) {
    // The camera's wall-clock time (stored as if UTC), without a zone: as it was where taken.
    const QDateTime taken = QDateTime::fromSecsSinceEpoch(item.taken_at, Qt::UTC);
    row(tr("Taken"), locale.toString(taken.date(), QLocale::LongFormat) + QStringLiteral(" ") +
                         locale.toString(taken.time(), QLocale::ShortFormat));
  }
  row(tr("Camera"), item.camera);
  if (show_score) row(tr("Relevance"), QLocale().toString(item.score, 'f', 3));
  details_->setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));
  load_image();
}

void PreviewPane::load_image() {
  const quint64 serial = ++serial_;
  image_ = {};
  picture_->setPixmap({});
  picture_->setText(tr("Loading…"));
  QPointer<PreviewPane> self(this);
  const QString path = item_.path;
  QThreadPool::globalInstance()->start([self, serial, path] {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > kPreviewSide || full.height() > kPreviewSide)) {
      reader.setScaledSize(full.scaled(kPreviewSide, kPreviewSide, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    const QString error = image.isNull() ? reader.errorString() : QString();
    QMetaObject::invokeMethod(
        self,
        [self, serial, image, error] {
          if (!self || serial != self->serial_) return;
          self->image_ = image;
          if (image.isNull()) {
            self->picture_->setText(tr("This photo cannot be shown: %1").arg(error));
          } else {
            self->show_pixmap();
          }
        },
        Qt::QueuedConnection);
  });
}

void PreviewPane::show_pixmap() {
  if (image_.isNull()) return;
  const QSize target = picture_->size() * devicePixelRatioF();
  QPixmap pm =
      QPixmap::fromImage(image_.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation));
  pm.setDevicePixelRatio(devicePixelRatioF());
  picture_->setPixmap(pm);
}

void PreviewPane::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  show_pixmap();
}

void PreviewPane::open_file() {
  if (item_.path.isEmpty()) return;
  if (!QDesktopServices::openUrl(QUrl::fromLocalFile(item_.path))) {
    emit message(tr("No application is set up to open %1.").arg(QFileInfo(item_.path).fileName()));
  }
}

void PreviewPane::show_in_folder() {
  if (item_.path.isEmpty()) return;
  // Opening the folder works everywhere; file managers that support it also select the file
  // through the freedesktop FileManager1 interface, which is not linked here to keep the app
  // free of D-Bus: the folder is enough to find it.
  const QString folder = QFileInfo(item_.path).absolutePath();
  if (!QFileInfo(folder).isDir()) {
    emit message(tr("The folder %1 is not there (unplugged or moved?).")
                     .arg(QDir::toNativeSeparators(folder)));
  } else if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder))) {
    emit message(tr("No file manager is set up to show %1.").arg(QDir::toNativeSeparators(folder)));
  }
}

void PreviewPane::copy_path() {
  if (item_.path.isEmpty()) return;
  QApplication::clipboard()->setText(QDir::toNativeSeparators(item_.path));
  emit message(tr("Path copied."));
}

void PreviewPane::copy_image() {
  if (image_.isNull()) return;
  QApplication::clipboard()->setImage(image_);
  emit message(tr("Image copied."));
}

}  // namespace lingualens::ui
