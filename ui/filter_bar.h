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

class FilterBar final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(FilterBar)

 public:
  explicit FilterBar(QWidget* parent = nullptr);

  // A result set: the slider spans its scores. For a new query it is put at the adaptive
  // `cutoff`; otherwise (a filter changed) the user's threshold stays where it was.
  void set_score_range(float lowest, float highest, float cutoff, bool new_query = true);
  // The timeline has no query: relevance and its sort order mean nothing there.
  void set_relevance_enabled(bool enabled);
  // The library's own capture dates: the date filter starts with this range (until the user
  // sets dates of their own).
  void set_library_dates(const QDate& first, const QDate& last);
  void set_folders(const QStringList& folders);
  void set_folder(const QString& folder);
  QString folder() const;
  QDate from() const;
  QDate to() const;
  bool by_date() const;
  float min_score() const;
  void set_visible_count(int shown, int total);
  bool relevance_enabled() const;
  // The dates in the date fields, whether or not the date filter is on.
  QDate shown_from() const;
  QDate shown_to() const;

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
  float chosen_ = -2;  // the threshold the user set (kept across filter changes)
  bool dates_touched_ = false;
};

}  // namespace lingualens::ui
