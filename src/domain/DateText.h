#pragma once

#include <QDate>
#include <QFlags>
#include <QLocale>
#include <QString>
#include <QTime>

namespace planner::datetext {

// Dates and times as the interface writes them, in the order and with the
// names of a locale: "Wed 17 Aug 2016 09:30" in English, "2016년 8월 17일
// (수) 09:30" in Korean. Every date a person reads on screen goes through
// these, never through a hand-built format. The zone label is not part of
// them (PlannedTime::label(): "Asia/Tashkent, UTC+05:00").

enum class Part {
    None = 0,
    Weekday = 1,  ///< "Wed", "(수)"
    Year = 2,  ///< "2016", "2016년"
};
Q_DECLARE_FLAGS(Parts, Part)

/// "Wed 17 Aug 2016" / "2016년 8월 17일 (수)", with the parts asked for.
QString date(const QDate& date, Parts parts, const QLocale& locale = QLocale());
/// The date with "HH:mm" after it.
QString dateTime(const QDate& date, const QTime& time, Parts parts, const QLocale& locale = QLocale());
/// With the weekday and month in full, for headings: "Wednesday 17 August
/// 2016" / "2016년 8월 17일 수요일".
QString longDate(const QDate& date, Parts parts, const QLocale& locale = QLocale());

}  // namespace planner::datetext

Q_DECLARE_OPERATORS_FOR_FLAGS(planner::datetext::Parts)
