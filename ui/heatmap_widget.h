// A painted heatmap of an image × caption matrix (the model card's softmax percentages, or
// cosines): the photos' thumbnails as row headers (their names when there is no picture or no
// room), the captions wrapped as column headers (right-aligned when written right to left),
// one cell per pair with its value, each caption's own photo framed, the colour scale with its
// unit, and a tooltip naming the image and the caption under the mouse. Colours are the
// report's (core/eval/heat_colour.h), so the app, the PNG and the HTML agree.
#pragma once

#include <QImage>
#include <QStringList>
#include <QVector>
#include <QWidget>

namespace lingualens::ui {

struct HeatmapData {
  QStringList row_labels;           // photo names (tooltips, and headers without pictures)
  QVector<QImage> row_pictures;     // one per row or empty; a null image: no picture
  QStringList column_labels;        // captions
  QVector<QVector<double>> values;  // [row][column]
  QVector<int> own_row;             // per column: the row of its own photo (framed), or -1
  double low = 0, high = 1;         // the ends of the colour scale
  QString unit;                     // follows each value in cells and tooltips ("%" or empty)
  QString scale_title;              // above the colour scale ("softmax, %", "cosine")
  int decimals = 1;
};

class HeatmapWidget final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(HeatmapWidget)

 public:
  explicit HeatmapWidget(QWidget* parent = nullptr);

  void set_data(HeatmapData data);
  const HeatmapData& data() const { return data_; }
  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;
  // Colour of a value in [0, 1] on the scale (the report's viridis ramp).
  static QColor scale_colour(double t);

 protected:
  void paintEvent(QPaintEvent* event) override;
  bool event(QEvent* event) override;

 private:
  struct Layout {
    QRect grid;
    int cell_w = 0, cell_h = 0;
    QRect legend;
    bool pictures = false;  // thumbnails fit as row headers
  };
  Layout layout() const;
  bool cell_at(const QPoint& pos, int& row, int& column) const;

  HeatmapData data_;
};

}  // namespace lingualens::ui
