#include "domain/PlannedTime.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <cstdio>
#include <limits>

namespace planner {

namespace {

QDateTime plainDateTime(const QDate& date, const QTime& time)
{
    // UTC spec is used as a neutral container for a wall-clock value: it has
    // no gaps and no folds, so the date and time stay exactly as given. The
    // spec, not QTimeZone::utc(): a QDateTime with a zone object is allocated
    // on the heap, one with the spec is not, and times are made by the
    // hundred thousand (loading a summit's programme).
    return QDateTime(date, time, Qt::UTC);
}

/// The names of the system's tzdata, each with the zone it stands for: the
/// zones and the links of tzdata.zi (which Debian's tzdata ships), read once.
/// Qt's own list (zone1970.tab) leaves out every link, Etc/UTC and UTC
/// among them, and Qt also takes offsets ("UTC+05:00") that are no IANA name.
struct ZoneNames {
    QHash<QString, QString> target;  ///< name -> the zone it is, or links to
    QStringList sorted;
};

const ZoneNames& zoneNames()
{
    static const ZoneNames names = [] {
        ZoneNames n;
        const QString dir = qEnvironmentVariableIsSet("TZDIR") ? qEnvironmentVariable("TZDIR")
                                                               : QStringLiteral("/usr/share/zoneinfo");
        QFile file(dir + QStringLiteral("/tzdata.zi"));
        if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            while (!file.atEnd()) {
                const QByteArray line = file.readLine().trimmed();
                const QList<QByteArray> words = line.split(' ');
                if (words.size() >= 2 && words.at(0) == "Z") {
                    const QString name = QString::fromLatin1(words.at(1));
                    n.target.insert(name, name);
                } else if (words.size() >= 3 && words.at(0) == "L") {
                    n.target.insert(QString::fromLatin1(words.at(2)), QString::fromLatin1(words.at(1)));
                }
            }
        }
        if (n.target.isEmpty()) {
            // No tzdata.zi (not Debian): the zones Qt knows, and UTC.
            for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
                if (!id.startsWith("UTC+") && !id.startsWith("UTC-")) {
                    n.target.insert(QString::fromLatin1(id), QString::fromLatin1(id));
                }
            }
            n.target.insert(QStringLiteral("UTC"), QStringLiteral("UTC"));
        }
        n.sorted = n.target.keys();
        n.sorted.sort();
        return n;
    }();
    return names;
}

/// QTimeZone construction reads tzdata; planned times are converted often
/// (sorting, checks, layout), so zones are cached per thread.
QTimeZone zoneFor(const QString& id)
{
    thread_local QHash<QString, QTimeZone> cache;
    auto it = cache.constFind(id);
    if (it == cache.constEnd()) {
        QTimeZone zone;
        if (const auto known = zoneNames().target.constFind(id); known != zoneNames().target.constEnd()) {
            zone = QTimeZone(id.toUtf8());
            if (!zone.isValid()) {
                zone = QTimeZone(known->toUtf8());  // a link Qt does not open itself
            }
        }
        if (!zone.isValid()) {
            zone = QTimeZone::utc();
        }
        it = cache.insert(id, zone);
    }
    return *it;
}

/// What a zone does on a local date: whether it changes its offset within a
/// day of it (only then can a wall time fall into a gap or a fold) and, when
/// it does not, its offset that day. Cached per zone and day: times are
/// converted by the thousand (sorting, checks, the timeline).
struct ZoneDay {
    bool transition = false;
    int offset = 0;  ///< seconds east of UTC, when !transition
};

ZoneDay zoneDay(const QString& zoneId, const QDate& date)
{
    // The last answer first: times come in runs of one zone and day.
    struct Last {
        QString zone;
        qint64 day = std::numeric_limits<qint64>::min();
        ZoneDay value;
    };
    thread_local Last last;
    const qint64 julianDay = date.toJulianDay();
    if (julianDay == last.day && zoneId == last.zone) {
        return last.value;
    }
    thread_local QHash<QString, QHash<qint64, ZoneDay>> cache;
    QHash<qint64, ZoneDay>& days = cache[zoneId];
    auto it = days.constFind(julianDay);
    if (it == days.constEnd()) {
        const QTimeZone zone = zoneFor(zoneId);
        // Local midnight is within 14 hours of UTC midnight: look from the day
        // before to the day after.
        const QDateTime from(date.addDays(-1), QTime(0, 0), QTimeZone::utc());
        const QDateTime to(date.addDays(2), QTime(0, 0), QTimeZone::utc());
        const QTimeZone::OffsetData next = zone.nextTransition(from);
        ZoneDay day;
        day.transition = next.atUtc.isValid() && next.atUtc < to;
        if (!day.transition) {
            day.offset = zone.offsetFromUtc(QDateTime(date, QTime(12, 0), QTimeZone::utc()));
        }
        it = days.insert(julianDay, day);
    }
    last = { zoneId, julianDay, *it };
    return *it;
}

bool hasTransitionNear(const QString& zoneId, const QDate& date)
{
    return zoneDay(zoneId, date).transition;
}

/// "YYYY-MM-DDTHH:MM[:SS]" (or a space for the T) read digit by digit: the
/// general ISO parser is many times slower, and times are read by the
/// thousand; anything else goes to it.
QDateTime parseLocalIso(const QString& text)
{
    const auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const QChar c = text.at(i);
            if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
                return -1;
            }
            value = value * 10 + (c.unicode() - '0');
        }
        return value;
    };
    const auto at = [&](int i, char c) { return text.at(i) == QLatin1Char(c); };
    if ((text.size() == 16 || (text.size() == 19 && at(16, ':'))) && at(4, '-') && at(7, '-')
        && (at(10, 'T') || at(10, ' ')) && at(13, ':')) {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), text.size() == 19 ? digits(17, 2) : 0);
        return date.isValid() && time.isValid() ? plainDateTime(date, time) : QDateTime();
    }
    return QDateTime::fromString(text, Qt::ISODate);
}

}  // namespace

PlannedTime::PlannedTime(QDateTime localWallClock, QString zoneId)
    : m_local(plainDateTime(localWallClock.date(), localWallClock.time())), m_zone(std::move(zoneId))
{
}

bool PlannedTime::isKnownZone(const QString& zoneId)
{
    if (zoneId.isEmpty()) {
        return false;
    }
    return zoneNames().target.contains(zoneId);
}

QStringList PlannedTime::knownZones()
{
    return zoneNames().sorted;
}

QTimeZone PlannedTime::timeZone(const QString& zoneId)
{
    return zoneFor(zoneId);
}

Result<PlannedTime> PlannedTime::parse(const QString& localIso, const QString& zoneId)
{
    const QString text = localIso.trimmed();
    QDateTime parsed = parseLocalIso(text);
    if (!parsed.isValid() || text.size() < 16 || text.size() > 19 || text.contains(QLatin1Char('Z'))
        || text.indexOf(QLatin1Char('+'), 10) >= 0 || text.indexOf(QLatin1Char('-'), 10) >= 0) {
        return makeError(
            QCoreApplication::translate("planner::PlannedTime", "'%1' is not a local time of the form YYYY-MM-DDTHH:MM")
                .arg(localIso));
    }
    if (!isKnownZone(zoneId)) {
        return makeError(QCoreApplication::translate(
            "planner::PlannedTime", "'%1' is not a known IANA time zone (e.g. Asia/Tashkent)")
                             .arg(excerpt(zoneId)));
    }
    PlannedTime result(parsed, zoneId);
    if (!result.isValid()) {
        return makeError(QCoreApplication::translate("planner::PlannedTime", "%1 does not exist in %2 (clocks skip it)")
                             .arg(result.localIso(), zoneId));
    }
    return result;
}

bool PlannedTime::isValid() const
{
    if (!m_local.isValid() || !isKnownZone(m_zone)) {
        return false;
    }
    if (!hasTransitionNear(m_zone, m_local.date())) {
        return true;  // most days: no change of offset, so no gap
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
    // By hand: QDateTime::toString(format) goes through the locale and the
    // calendar, snprintf through its format parser, and this runs for every
    // time stored, exported or checked.
    const QDate d = m_local.date();
    const QTime t = m_local.time();
    const int seconds = t.second();
    const int year = d.year();
    if (year < 0 || year > 9999) {  // as the general formatter writes them
        char buffer[40];
        const int n = seconds == 0 ? std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d", year, d.month(),
                          d.day(), t.hour(), t.minute())
                                   : std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d", year,
                                       d.month(), d.day(), t.hour(), t.minute(), seconds);
        return QString::fromLatin1(buffer, n);
    }
    QString text(seconds == 0 ? 16 : 19, Qt::Uninitialized);
    QChar* out = text.data();
    const auto put = [&out](int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            out[i] = QLatin1Char(static_cast<char>('0' + value % 10));
            value /= 10;
        }
        out += width;
    };
    const auto sep = [&out](char c) { *out++ = QLatin1Char(c); };
    put(year, 4);
    sep('-');
    put(d.month(), 2);
    sep('-');
    put(d.day(), 2);
    sep('T');
    put(t.hour(), 2);
    sep(':');
    put(t.minute(), 2);
    if (seconds != 0) {
        sep(':');
        put(seconds, 2);
    }
    return text;
}

QString PlannedTime::localClock() const
{
    if (m_local.isNull()) {
        return {};
    }
    const QTime t = m_local.time();
    const char16_t text[5] = { char16_t(u'0' + t.hour() / 10), char16_t(u'0' + t.hour() % 10), u':',
        char16_t(u'0' + t.minute() / 10), char16_t(u'0' + t.minute() % 10) };
    return QString(reinterpret_cast<const QChar*>(text), 5);
}

QDateTime PlannedTime::toUtc() const
{
    if (m_local.isNull()) {
        return {};
    }
    if (const ZoneDay day = zoneDay(m_zone, m_local.date()); !day.transition && isKnownZone(m_zone)) {
        return QDateTime(m_local.date(), m_local.time(), Qt::UTC).addSecs(-day.offset);
    }
    return QDateTime(m_local.date(), m_local.time(), zoneFor(m_zone)).toUTC();
}

int PlannedTime::utcOffsetSeconds() const
{
    if (m_local.isNull()) {
        return 0;
    }
    if (const ZoneDay day = zoneDay(m_zone, m_local.date()); !day.transition && isKnownZone(m_zone)) {
        return day.offset;
    }
    return QDateTime(m_local.date(), m_local.time(), zoneFor(m_zone)).offsetFromUtc();
}

QString PlannedTime::utcOffsetText() const
{
    return formatUtcOffset(utcOffsetSeconds());
}

QString PlannedTime::label() const
{
    return QStringLiteral("%1 %2, UTC%3").arg(localClock(), m_zone, utcOffsetText());
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
    const int abs = seconds < 0 ? -seconds : seconds;
    char buffer[16];
    const int n = std::snprintf(
        buffer, sizeof buffer, "%c%02d:%02d", seconds < 0 ? '-' : '+', (abs / 3600) % 100, (abs % 3600) / 60);
    return QString::fromLatin1(buffer, n);
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
