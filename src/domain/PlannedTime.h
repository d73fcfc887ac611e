#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <compare>

namespace planner {

/// A time as the host side agreed it: a local wall-clock time and the IANA
/// zone of the place ("2016-08-17 09:30 in Asia/Tashkent"). This is what is
/// stored; the UTC instant is derived from it with the system's tzdata, so a
/// change of zone rules never moves a planned 09:30.
class PlannedTime {
public:
    PlannedTime() = default;
    PlannedTime(QDateTime localWallClock, QString zoneId);

    /// Parses "YYYY-MM-DDTHH:MM" (seconds optional) in the given zone.
    /// Fails with a message for a malformed time, an unknown zone, or a wall
    /// time that does not exist in that zone (a daylight-saving gap).
    static Result<PlannedTime> parse(const QString& localIso, const QString& zoneId);

    /// True when zoneId is a name of the system's tzdata (its zones and its
    /// links: Europe/Kiev, Asia/Calcutta, Etc/UTC, UTC), and false for
    /// anything else, offsets such as "UTC+05:00" included.
    static bool isKnownZone(const QString& zoneId);
    /// Every name of the system's tzdata, sorted.
    static QStringList knownZones();
    /// The zone a name of tzdata stands for (links resolved); UTC for an
    /// unknown name.
    static QTimeZone timeZone(const QString& zoneId);

    [[nodiscard]] bool isNull() const { return !m_local.isValid(); }
    [[nodiscard]] bool isValid() const;

    /// Local wall-clock time (Qt::LocalTime spec is never used; the value is
    /// a plain date and time to be read in zone()).
    [[nodiscard]] QDateTime local() const { return m_local; }
    [[nodiscard]] QDate localDate() const { return m_local.date(); }
    [[nodiscard]] QTime localTime() const { return m_local.time(); }
    /// "09:30": the local wall-clock hour and minute.
    [[nodiscard]] QString localClock() const;
    [[nodiscard]] QString zone() const { return m_zone; }

    /// "2016-08-17T09:30", the storage and document form.
    [[nodiscard]] QString localIso() const;

    /// The instant, derived from local time and zone.
    [[nodiscard]] QDateTime toUtc() const;
    /// Seconds east of UTC at this time in this zone (e.g. 18000 for UTC+05:00).
    [[nodiscard]] int utcOffsetSeconds() const;
    /// "+05:00"
    [[nodiscard]] QString utcOffsetText() const;
    /// "09:30 Asia/Tashkent, UTC+05:00"
    [[nodiscard]] QString label() const;

    /// The same instant shown in another zone (e.g. the trip's home zone).
    [[nodiscard]] PlannedTime inZone(const QString& zoneId) const;
    /// This time moved by the given number of minutes of wall-clock time.
    [[nodiscard]] PlannedTime addMinutes(qint64 minutes) const;
    /// Minutes from this instant to other (negative when other is earlier).
    [[nodiscard]] qint64 minutesTo(const PlannedTime& other) const;

    /// Same local time and zone.
    bool operator==(const PlannedTime& other) const = default;

private:
    QDateTime m_local;
    QString m_zone;
};

/// "+05:00" for 18000 seconds.
QString formatUtcOffset(int seconds);

/// Compares two planned times as instants (across zones).
std::partial_ordering compareInstants(const PlannedTime& a, const PlannedTime& b);

}  // namespace planner
