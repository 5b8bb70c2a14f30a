// The bar above the results: sort order, the relevance slider (it starts at the query's
// adaptive cutoff; dragging it shows more or fewer photos without searching again), and the
// folder and capture-date filters (which do search again).
#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QSlider;
class QLabel;
class QDateEdit;
class QCheckBox;

namespace lingualens::ui {

class FilterBar : public QWidget {
  Q_OBJECT

 public:
  explicit FilterBar(QWidget* parent = nullptr);

  // A new result set: the slider spans its scores and is put at `cutoff`.
  void set_score_range(float lowest, float highest, float cutoff);
  void set_folders(const QStringList& folders);
  void set_folder(const QString& folder);
  QString folder() const;
  QDate from() const;
  QDate to() const;
  bool by_date() const;
  float min_score() const;
  void set_visible_count(int shown, int total);

 signals:
  void sort_changed(bool by_date);
  void min_score_changed(float min_score);
  void filters_changed();

 private:
  void slider_moved();

  QComboBox* sort_ = nullptr;
  QSlider* slider_ = nullptr;
  QLabel* threshold_ = nullptr;
  QLabel* count_ = nullptr;
  QComboBox* folder_ = nullptr;
  QCheckBox* use_dates_ = nullptr;
  QDateEdit *from_ = nullptr, *to_ = nullptr;
  float low_ = 0, high_ = 1;
};

}  // namespace lingualens::ui
