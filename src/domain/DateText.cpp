#include "domain/DateText.h"

namespace planner::datetext {

namespace {

/// Korean writes year, month, day with their units and the weekday in
/// brackets after them; the other languages of the interface (English) and
/// of the outputs' dates read day, month, year.
bool yearFirst(const QLocale& locale)
{
    return locale.language() == QLocale::Korean;
}

QString pattern(const QLocale& locale, Parts parts, bool full)
{
    const bool weekday = parts.testFlag(Part::Weekday);
    const bool year = parts.testFlag(Part::Year);
    if (yearFirst(locale)) {
        QString p = year ? QStringLiteral("yyyy년 M월 d일") : QStringLiteral("M월 d일");
        if (weekday) {
            p += full ? QStringLiteral(" dddd") : QStringLiteral(" (ddd)");
        }
        return p;
    }
    QString p = full ? QStringLiteral("d MMMM") : QStringLiteral("d MMM");
    if (weekday) {
        p.prepend(full ? QStringLiteral("dddd ") : QStringLiteral("ddd "));
    }
    if (year) {
        p += QStringLiteral(" yyyy");
    }
    return p;
}

}  // namespace

QString date(const QDate& date, Parts parts, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, pattern(locale, parts, false)) : QString();
}

QString dateTime(const QDate& d, const QTime& time, Parts parts, const QLocale& locale)
{
    if (!d.isValid()) {
        return QString();
    }
    return date(d, parts, locale) + QLatin1Char(' ') + locale.toString(time, QStringLiteral("HH:mm"));
}

QString longDate(const QDate& date, Parts parts, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, pattern(locale, parts, true)) : QString();
}

}  // namespace planner::datetext
