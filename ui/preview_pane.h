// The preview of the selected result: the photo large (EXIF-oriented, decoded off the UI
// thread), its path, file size, pixel size, capture date, camera and relevance, and what one
// does with a found photo: open it, show it in its folder, copy its path or the image, find
// similar photos.
#pragma once

#include <QWidget>

#include "ui/result_item.h"

class QLabel;
class QPushButton;

namespace lingualens::ui {

class PreviewPane final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(PreviewPane)

 public:
  explicit PreviewPane(QWidget* parent = nullptr);
  // `show_score`: the item comes from a search (the timeline has no relevance to show).
  void show_item(const ResultItem& item, bool show_score = true);
  void clear();
  const ResultItem& item() const { return item_; }
  // The metadata as shown (rich text), for tests and accessibility.
  QString details_text() const;

 public slots:
  void open_file();
  void show_in_folder();
  void copy_path();
  void copy_image();

 signals:
  void find_similar(qint64 image_id);
  void message(const QString& text);

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  void load_image();
  void show_pixmap();

  ResultItem item_;
  QImage image_;
  quint64 serial_ = 0;
  QLabel* picture_ = nullptr;
  QLabel* details_ = nullptr;
  QList<QPushButton*> actions_;
};

}  // namespace lingualens::ui
