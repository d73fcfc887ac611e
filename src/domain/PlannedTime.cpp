#include "domain/PlannedTime.h"

#include <QCoreApplication>
#include <QHash>

namespace planner {

namespace {

QDateTime plainDateTime(const QDate& date, const QTime& time)
{
    // UTC spec is used as a neutral container for a wall-clock value: it has
    // no gaps and no folds, so the date and time stay exactly as given.
    return QDateTime(date, time, QTimeZone::utc());
}

/// QTimeZone construction reads tzdata; planned times are converted often
/// (sorting, checks, layout), so zones are cached per thread.
QTimeZone zoneFor(const QString& id)
{
    thread_local QHash<QString, QTimeZone> cache;
    auto it = cache.constFind(id);
    if (it == cache.constEnd()) {
        it = cache.insert(id, QTimeZone(id.toUtf8()));
    }
    return *it;
}

}  // namespace

PlannedTime::PlannedTime(QDateTime localWallClock, QString zoneId)
    : m_local(plainDateTime(localWallClock.date(), localWallClock.time())), m_zone(std::move(zoneId))
{
}

bool PlannedTime::isKnownZone(const QString& zoneId)
{
    return !zoneId.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zoneId.toUtf8());
}

Result<PlannedTime> PlannedTime::parse(const QString& localIso, const QString& zoneId)
{
    const QString text = localIso.trimmed();
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid() || text.size() < 16 || text.size() > 19 || text.contains(QLatin1Char('Z'))
        || text.indexOf(QLatin1Char('+'), 10) >= 0 || text.indexOf(QLatin1Char('-'), 10) >= 0) {
        return makeError(
            QCoreApplication::translate("PlannedTime", "'%1' is not a local time of the form YYYY-MM-DDTHH:MM")
                .arg(localIso));
    }
    if (!isKnownZone(zoneId)) {
        return makeError(
            QCoreApplication::translate("PlannedTime", "'%1' is not a known IANA time zone (e.g. Asia/Tashkent)")
                .arg(zoneId));
    }
    PlannedTime result(parsed, zoneId);
    if (!result.isValid()) {
        return makeError(QCoreApplication::translate("PlannedTime", "%1 does not exist in %2 (clocks skip it)")
                             .arg(result.localIso(), zoneId));
    }
    return result;
}

bool PlannedTime::isValid() const
{
    if (!m_local.isValid() || !isKnownZone(m_zone)) {
        return false;
    }
    // A wall time inside a daylight-saving gap does not round-trip.
    const QDateTime zoned(m_local.date(), m_local.time(), zoneFor(m_zone));
    return zoned.isValid() && zoned.time() == m_local.time() && zoned.date() == m_local.date();
}

QString PlannedTime::localIso() const
{
    if (m_local.isNull()) {
        return {};
    }
    return m_local.toString(
        m_local.time().second() == 0 ? QStringLiteral("yyyy-MM-ddTHH:mm") : QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QDateTime PlannedTime::toUtc() const
{
    if (m_local.isNull()) {
        return {};
    }
    return QDateTime(m_local.date(), m_local.time(), zoneFor(m_zone)).toUTC();
}

int PlannedTime::utcOffsetSeconds() const
{
    if (m_local.isNull()) {
        return 0;
    }
    return QDateTime(m_local.date(), m_local.time(), zoneFor(m_zone)).offsetFromUtc();
}

QString PlannedTime::utcOffsetText() const
{
    return formatUtcOffset(utcOffsetSeconds());
}

QString PlannedTime::label() const
{
    return QStringLiteral("%1 %2, UTC%3").arg(m_local.toString(QStringLiteral("HH:mm")), m_zone, utcOffsetText());
}

PlannedTime PlannedTime::inZone(const QString& zoneId) const
{
    if (m_local.isNull()) {
        return {};
    }
    const QDateTime there = toUtc().toTimeZone(zoneFor(zoneId));
    return PlannedTime(QDateTime(there.date(), there.time()), zoneId);
}

PlannedTime PlannedTime::addMinutes(qint64 minutes) const
{
    if (m_local.isNull()) {
        return {};
    }
    PlannedTime moved = *this;
    moved.m_local = m_local.addSecs(minutes * 60);
    return moved;
}

qint64 PlannedTime::minutesTo(const PlannedTime& other) const
{
    return toUtc().secsTo(other.toUtc()) / 60;
}

QString formatUtcOffset(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int abs = seconds < 0 ? -seconds : seconds;
    return QStringLiteral("%1%2:%3")
        .arg(sign)
        .arg(abs / 3600, 2, 10, QLatin1Char('0'))
        .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

std::partial_ordering compareInstants(const PlannedTime& a, const PlannedTime& b)
{
    if (a.isNull() || b.isNull()) {
        return std::partial_ordering::unordered;
    }
    const qint64 ma = a.toUtc().toMSecsSinceEpoch();
    const qint64 mb = b.toUtc().toMSecsSinceEpoch();
    return ma <=> mb;
}

}  // namespace planner
