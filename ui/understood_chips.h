// What the search understood in the query, as chips under the search field ("July 2023 ✕",
// "Italy ✕", "Rome ✕"): each is a filter; a click removes it — its words leave the query and
// the search runs without it.
#pragma once

#include <QDate>
#include <QString>
#include <QVector>
#include <QWidget>

class QHBoxLayout;

namespace lingualens::ui {

struct UnderstoodChip {
  enum class Kind { kDate, kCountry, kPlace };
  Kind kind = Kind::kDate;
  QString words;        // as typed in the query ("im Juli 2023")
  QDate after, before;  // kDate: inclusive
  // kDate, a season: its dates for photos taken south of the equator (invalid otherwise).
  QDate south_after, south_before;
  QString code;  // kCountry: ISO 3166-1 alpha-2; kPlace: the place's country
  QString name;  // kPlace: the gazetteer's name
};

class UnderstoodChips final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(UnderstoodChips)

 public:
  explicit UnderstoodChips(QWidget* parent = nullptr);
  void set_chips(const QVector<UnderstoodChip>& chips);
  const QVector<UnderstoodChip>& chips() const { return chips_; }
  // "July 2023", "2019", "5 July 2023", "Jun 2019 – Aug 2019"; a country's or place's name.
  static QString label(const UnderstoodChip& chip);
  // "July 2023", "2019", "5 July 2023", "Jun 2019 – Aug 2019" (inclusive days).
  static QString range_label(const QDate& after, const QDate& before);

 signals:
  void remove_requested(const QString& words);

 private:
  QHBoxLayout* layout_ = nullptr;
  QVector<UnderstoodChip> chips_;
};

}  // namespace lingualens::ui
