// Calendar dates without time zones: a query's "July 2023" means the wall-clock days the photos
// were taken on, wherever that was (capture times are stored as the camera's wall clock).
#pragma once

#include <optional>
#include <string>

namespace lingualens {

struct CivilDate {
  int year = 1970, month = 1, day = 1;
  bool operator==(const CivilDate& o) const {
    return year == o.year && month == o.month && day == o.day;
  }
  bool operator<(const CivilDate& o) const {
    if (year != o.year) return year < o.year;
    if (month != o.month) return month < o.month;
    return day < o.day;
  }
  bool operator<=(const CivilDate& o) const { return !(o < *this); }
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
// Days since 1970-01-01 and back (proleptic Gregorian).
long days_from_civil(const CivilDate& d);
CivilDate civil_from_days(long days);
CivilDate add_days(const CivilDate& d, long days);
// ISO weekday: 1 = Monday … 7 = Sunday.
int iso_weekday(const CivilDate& d);

// "YYYY-MM-DD"; parse refuses anything else, and impossible days.
std::string format_date(const CivilDate& d);
std::optional<CivilDate> parse_date(const std::string& text);
// The local calendar date now.
CivilDate local_today();

}  // namespace lingualens
