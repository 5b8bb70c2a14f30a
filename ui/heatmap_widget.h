// A painted heatmap of an image × caption matrix (the model card's softmax percentages, or
// cosines): one cell per pair with its value, a colour scale, row and column labels, and a
// tooltip naming the image and the caption under the mouse.
#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

namespace lingualens::ui {

class HeatmapWidget : public QWidget {
  Q_OBJECT

 public:
  explicit HeatmapWidget(QWidget* parent = nullptr);

  // values[row][column]; `low`/`high` map to the ends of the colour scale. `unit` follows each
  // value in cells and tooltips ("%" or empty); `decimals` as shown in cells.
  void set_matrix(const QStringList& row_labels, const QStringList& column_labels,
                  const QVector<QVector<double>>& values, double low, double high,
                  const QString& unit, int decimals);
  void set_highlight_diagonal(bool on);
  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;
  // Colour of a value in [0, 1] on the scale (a perceptually ordered blue–green–yellow ramp
  // like matplotlib's viridis, as in the CLI's PNG heatmaps).
  static QColor scale_colour(double t);

 protected:
  void paintEvent(QPaintEvent* event) override;
  bool event(QEvent* event) override;

 private:
  struct Layout {
    QRect grid;
    int cell_w = 0, cell_h = 0;
    QRect legend;
  };
  Layout layout() const;
  bool cell_at(const QPoint& pos, int& row, int& column) const;

  QStringList rows_, columns_;
  QVector<QVector<double>> values_;
  double low_ = 0, high_ = 1;
  QString unit_;
  int decimals_ = 1;
  bool diagonal_ = true;
};

}  // namespace lingualens::ui
