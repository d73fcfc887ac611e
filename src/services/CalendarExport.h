#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>

namespace planner {

struct CalendarOptions {
    /// Empty: the whole trip. Otherwise that person's part of it: the
    /// sessions they speak at, the meetings they take part in or are a
    /// counterpart of, the legs they travel on (a leg without passengers
    /// carries the whole delegation), and the forums (all of them for a
    /// delegation member, those they speak at for anyone else).
    Uuid personId;
    /// DTSTAMP of every event; null: now.
    QDateTime stamp;
};

/// The travellers' calendar: an iCalendar file (RFC 5545) written with
/// libical. One VEVENT per forum, session, meeting and travel leg, with the
/// record's UUID as UID (importing the same file twice updates rather than
/// doubles), DTSTART and DTEND in the place's zone with TZID, one VTIMEZONE
/// per zone used (built from the system tzdata for the years of the trip),
/// LOCATION, DESCRIPTION and DTSTAMP. A leg starts in the zone of departure
/// and ends in the zone of arrival. The whole-trip calendar leaves out
/// breaks and meals.
class CalendarExport {
public:
    static Result<QByteArray> build(const TripBundle& bundle, const CalendarOptions& options = {});
    /// Writes through a temporary file renamed into place.
    static Status write(const TripBundle& bundle, const QString& path, const CalendarOptions& options = {});
};

}  // namespace planner
