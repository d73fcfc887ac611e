#include "services/TimelineLayout.h"

#include "domain/DateText.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace planner {

namespace {

constexpr qint64 kDaySecs = 86400;

struct TimelineLayoutText {
    Q_DECLARE_TR_FUNCTIONS(planner::TimelineLayout)
};

QTimeZone zoneFor(const QString& id)
{
    return PlannedTime::timeZone(id);
}

/// Floor division for negative numbers too.
qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) {
        --q;
    }
    return q;
}

/// Offsets of a zone as a piecewise constant function of UTC seconds over [from, to).
struct OffsetSegment {
    qint64 startUtc;
    qint64 endUtc;
    int offset;
};

std::vector<OffsetSegment> offsetSegments(const QTimeZone& tz, const QDateTime& from, const QDateTime& to)
{
    std::vector<OffsetSegment> segments;
    const qint64 a = from.toSecsSinceEpoch();
    const qint64 b = to.toSecsSinceEpoch();
    if (b <= a) {
        return segments;
    }
    qint64 cursor = a;
    int offset = tz.offsetFromUtc(from);
    if (tz != QTimeZone::utc()) {
        for (const QTimeZone::OffsetData& t : tz.transitions(from.addSecs(1), to)) {
            const qint64 at = t.atUtc.toSecsSinceEpoch();
            if (at <= cursor || at >= b) {
                continue;
            }
            segments.push_back({ cursor, at, offset });
            cursor = at;
            offset = t.offsetFromUtc;
        }
    }
    segments.push_back({ cursor, b, offset });
    return segments;
}

int kindPriority(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Stop: return 0;
    case RecordKind::Forum: return 1;
    case RecordKind::Leg: return 2;
    case RecordKind::Meeting: return 2;
    case RecordKind::Session: return 3;
    case RecordKind::Mou: return 4;
    default: break;  // not on the timeline
    }
    return 0;
}

/// Greedy interval colouring with items several rows tall: each item, by
/// start, takes the lowest block of consecutive rows that are all free at
/// its left edge. Returns the first row of each item and the rows used.
struct Span {
    int index;  ///< caller's index
    double x0;
    double x1;
    int height;  ///< rows
};

int stackSpans(std::vector<Span>& spans, std::vector<int>& rowOf)
{
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        if (a.x0 != b.x0) {
            return a.x0 < b.x0;
        }
        if (a.height != b.height) {
            return a.height > b.height;
        }
        return a.index < b.index;
    });
    std::vector<double> rowEnd;
    for (const Span& span : spans) {
        int row = 0;
        for (;; ++row) {
            bool free = true;
            for (int k = row; k < row + span.height; ++k) {
                if (k < static_cast<int>(rowEnd.size()) && rowEnd[static_cast<std::size_t>(k)] > span.x0 + 1e-6) {
                    free = false;
                    row = k;  // the next candidate starts after the blocking row
                    break;
                }
            }
            if (free) {
                break;
            }
        }
        if (static_cast<int>(rowEnd.size()) < row + span.height) {
            rowEnd.resize(static_cast<std::size_t>(row + span.height), -1e300);
        }
        for (int k = row; k < row + span.height; ++k) {
            rowEnd[static_cast<std::size_t>(k)] = span.x1;
        }
        rowOf[static_cast<std::size_t>(span.index)] = row;
    }
    return static_cast<int>(rowEnd.size());
}

QString zoneLabelFor(const QString& zone, const QDateTime& from, const QDateTime& to)
{
    if (zone == QLatin1String("UTC")) {
        return QStringLiteral("UTC");
    }
    const QTimeZone tz = zoneFor(zone);
    const auto segments = offsetSegments(tz, from, to);
    QStringList offsets;
    for (const OffsetSegment& s : segments) {
        const QString text = formatUtcOffset(s.offset);
        if (offsets.isEmpty() || offsets.constLast() != text) {
            offsets << text;
        }
    }
    if (offsets.isEmpty()) {
        offsets << formatUtcOffset(tz.offsetFromUtc(from));
    }
    return QStringLiteral("%1 UTC%2").arg(zone, offsets.join(QStringLiteral(" → ")));
}

}  // namespace

QString timelineKindToken(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Stop: return QStringLiteral("stop");
    case RecordKind::Leg: return QStringLiteral("leg");
    case RecordKind::Forum: return QStringLiteral("forum");
    case RecordKind::Session: return QStringLiteral("session");
    case RecordKind::Meeting: return QStringLiteral("meeting");
    case RecordKind::Mou: return QStringLiteral("signing");
    default: break;  // not on the timeline
    }
    return {};
}

QString timelineKindLabel(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Stop: return TimelineLayoutText::tr("Stay");
    case RecordKind::Leg: return TimelineLayoutText::tr("Travel leg");
    case RecordKind::Forum: return TimelineLayoutText::tr("Forum");
    case RecordKind::Session: return TimelineLayoutText::tr("Agenda session");
    case RecordKind::Meeting: return TimelineLayoutText::tr("Meeting");
    case RecordKind::Mou: return TimelineLayoutText::tr("MOU signing");
    default: break;  // not on the timeline
    }
    return {};
}

TimelineInput TimelineInput::fromBundle(const TripBundle& bundle)
{
    TimelineInput input;
    input.title = bundle.trip.title;
    input.homeZone = bundle.trip.homeZone;
    input.tripStart = bundle.trip.startDate;
    input.tripEnd = bundle.trip.endDate;
    QHash<Uuid, QString> cityOf;
    for (const Stop& stop : bundle.stops) {
        input.stops.push_back({ stop.id, stop.city, stop.zone, stop.arrival, stop.departure });
        cityOf.insert(stop.id, stop.city);
        TimelineItem item;
        item.kind = RecordKind::Stop;
        item.id = stop.id;
        item.stopId = stop.id;
        item.title = stop.city;
        item.detail = stop.lodging;
        item.start = stop.arrival;
        item.end = stop.departure;
        input.items.push_back(item);
    }
    for (const TravelLeg& leg : bundle.legs) {
        TimelineItem item;
        item.kind = RecordKind::Leg;
        item.id = leg.id;
        const QString from = leg.fromPlace.isEmpty() ? cityOf.value(leg.fromStopId) : leg.fromPlace;
        const QString to = leg.toPlace.isEmpty() ? cityOf.value(leg.toStopId) : leg.toPlace;
        item.title = QStringLiteral("%1 → %2").arg(from, to);
        item.detail = QStringList { leg.carrier, leg.flightNumber }.join(QLatin1Char(' ')).trimmed();
        item.start = leg.departure;
        item.end = leg.arrival;
        input.items.push_back(item);
    }
    QHash<Uuid, QString> venueName;
    for (const Venue& venue : bundle.venues) {
        venueName.insert(venue.id, venue.name);
    }
    QHash<Uuid, Uuid> forumStop;
    for (const Forum& forum : bundle.forums) {
        forumStop.insert(forum.id, forum.stopId);
        TimelineItem item;
        item.kind = RecordKind::Forum;
        item.id = forum.id;
        item.stopId = forum.stopId;
        item.title = forum.title;
        item.detail = venueName.value(forum.venueId);
        item.start = forum.start;
        item.end = forum.end;
        input.items.push_back(item);
        for (const AgendaSession& session : forum.sessions) {
            TimelineItem s;
            s.kind = RecordKind::Session;
            s.id = session.id;
            s.parentId = forum.id;
            s.stopId = forum.stopId;
            s.title = session.title.isEmpty() ? label(session.kind) : session.title;
            s.detail = session.room;
            s.start = session.start;
            s.end = session.end;
            s.sessionKind = session.kind;
            input.items.push_back(s);
        }
    }
    QHash<Uuid, Uuid> meetingStop;
    for (const Meeting& meeting : bundle.meetings) {
        meetingStop.insert(meeting.id, meeting.stopId);
        TimelineItem item;
        item.kind = RecordKind::Meeting;
        item.id = meeting.id;
        item.stopId = meeting.stopId;
        item.title = meeting.title;
        item.detail = meeting.place;
        item.start = meeting.start;
        item.end = meeting.end;
        input.items.push_back(item);
    }
    for (const Mou& mou : bundle.mous) {
        if (mou.signedAt.isNull()) {
            continue;
        }
        TimelineItem item;
        item.kind = RecordKind::Mou;
        item.id = mou.id;
        item.stopId = !mou.signedAtForumId.isEmpty() ? forumStop.value(mou.signedAtForumId)
                                                     : meetingStop.value(mou.signedAtMeetingId);
        item.title = mou.title;
        item.detail = label(mou.status);
        item.start = mou.signedAt;
        item.end = mou.signedAt;
        input.items.push_back(item);
    }
    return input;
}

int TimelineInput::indexOf(RecordKind kind, const Uuid& id) const
{
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].kind == kind && items[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

double TimelineLayoutResult::xForUtc(const QDateTime& utc) const
{
    return options.axisLeft + static_cast<double>(options.origin.msecsTo(utc)) / 3.6e6 * options.pixelsPerHour;
}

QDateTime TimelineLayoutResult::utcForX(double x) const
{
    const double hours = (x - options.axisLeft) / options.pixelsPerHour;
    return options.origin.addMSecs(static_cast<qint64>(std::llround(hours * 3.6e6)));
}

int TimelineLayoutResult::boxAt(const QPointF& point) const
{
    int best = -1;
    int bestPriority = -1;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        if (!boxes[i].rect.adjusted(-1, -1, 1, 1).contains(point)) {
            continue;
        }
        const int priority = kindPriority(boxes[i].kind);
        if (priority >= bestPriority) {
            best = static_cast<int>(i);
            bestPriority = priority;
        }
    }
    return best;
}

int TimelineLayoutResult::boxOfItem(int item) const
{
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        if (boxes[i].item == item) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

std::pair<QDateTime, QDateTime> timelineExtent(const TimelineInput& input)
{
    QDateTime first;
    QDateTime last;
    for (const TimelineItem& item : input.items) {
        for (const PlannedTime* t : { &item.start, &item.end }) {
            if (t->isNull()) {
                continue;
            }
            const QDateTime utc = t->toUtc();
            if (!utc.isValid()) {
                continue;
            }
            if (!first.isValid() || utc < first) {
                first = utc;
            }
            if (!last.isValid() || utc > last) {
                last = utc;
            }
        }
    }
    return { first, last };
}

namespace {

/// Days from the trip's dates to date (0 within them); without trip dates,
/// days from the reference date.
qint64 daysFromTrip(const TimelineInput& input, const QDate& date, const QDate& reference)
{
    if (input.tripStart.isValid() && input.tripEnd.isValid()) {
        if (date < input.tripStart) {
            return date.daysTo(input.tripStart);
        }
        return date > input.tripEnd ? input.tripEnd.daysTo(date) : 0;
    }
    return std::abs(reference.daysTo(date));
}

}  // namespace

Status checkTimelineSpan(const TimelineInput& input)
{
    const auto [first, last] = timelineExtent(input);
    if (!first.isValid() || first.daysTo(last) <= kMaxTimelineDays) {
        return {};
    }
    // Without trip dates, the middle item's date stands for the trip.
    std::vector<QDate> dates;
    for (const TimelineItem& item : input.items) {
        if (!item.start.isNull()) {
            dates.push_back(item.start.localDate());
        }
    }
    std::nth_element(dates.begin(), dates.begin() + static_cast<std::ptrdiff_t>(dates.size() / 2), dates.end());
    const QDate reference = dates.empty() ? QDate() : dates[dates.size() / 2];
    const TimelineItem* farthest = nullptr;
    PlannedTime when;
    qint64 distance = -1;
    for (const TimelineItem& item : input.items) {
        for (const PlannedTime* t : { &item.start, &item.end }) {
            if (t->isNull()) {
                continue;
            }
            const qint64 days = daysFromTrip(input, t->localDate(), reference);
            if (days > distance) {
                distance = days;
                farthest = &item;
                when = *t;
            }
        }
    }
    const datetext::Parts withYear = datetext::Part::Year;
    const QString trip = input.tripStart.isValid() && input.tripEnd.isValid()
        ? TimelineLayoutText::tr("%1 to %2")
              .arg(datetext::date(input.tripStart, withYear), datetext::date(input.tripEnd, withYear))
        : datetext::date(reference, withYear);
    return makeError(TimelineLayoutText::tr("%1 “%2” is dated %3, %n day(s) away from the trip (%4): a timeline is "
                                            "drawn over at most %5 days. Correct the date (Checks lists it) and try "
                                            "again.",
        nullptr, static_cast<int>(distance))
                         .arg(timelineKindLabel(farthest->kind), excerpt(farthest->title, 80),
                             datetext::date(when.localDate(), withYear), trip)
                         .arg(kMaxTimelineDays));
}

int timelineHourStep(double pixelsPerHour)
{
    for (int step : { 1, 2, 3, 6, 12 }) {
        if (step * pixelsPerHour >= 44.0) {
            return step;
        }
    }
    return 24;
}

std::vector<TimelineTick> timelineTicks(
    const QString& zone, const QDateTime& from, const QDateTime& to, int stepHours, int minorMinutes)
{
    std::vector<TimelineTick> ticks;
    const QTimeZone tz = zoneFor(zone);
    const qint64 step = static_cast<qint64>(std::max(1, stepHours)) * 3600;
    const qint64 minor = static_cast<qint64>(std::max(0, minorMinutes)) * 60;
    const QLocale locale;
    for (const OffsetSegment& s : offsetSegments(tz, from, to)) {
        const qint64 localStart = s.startUtc + s.offset;
        const qint64 localEnd = s.endUtc + s.offset;
        auto addTick = [&](TimelineTickKind kind, qint64 local) {
            TimelineTick tick;
            tick.kind = kind;
            // The UTC spec, not a zone object (no allocation), and the hour's
            // label by hand: a summit's timeline has thousands of ticks.
            tick.utc = QDateTime::fromSecsSinceEpoch(local - s.offset, Qt::UTC);
            const QDateTime wall = QDateTime::fromSecsSinceEpoch(local, Qt::UTC);
            tick.localDate = wall.date();
            if (kind == TimelineTickKind::Day) {
                tick.label = datetext::date(wall.date(), datetext::Part::Weekday, locale);
            } else if (kind == TimelineTickKind::Hour) {
                const qint64 ofDay = local - floorDiv(local, kDaySecs) * kDaySecs;
                tick.label = QStringLiteral("%1:%2")
                                 .arg(ofDay / 3600, 2, 10, QLatin1Char('0'))
                                 .arg((ofDay % 3600) / 60, 2, 10, QLatin1Char('0'));
            }
            ticks.push_back(tick);
        };
        for (qint64 l = floorDiv(localStart + kDaySecs - 1, kDaySecs) * kDaySecs; l < localEnd; l += kDaySecs) {
            addTick(TimelineTickKind::Day, l);
        }
        // Hour steps divide a day, so counting from the epoch counts from local midnight.
        const qint64 hourStep = (kDaySecs % step == 0) ? step : 3600;
        for (qint64 l = floorDiv(localStart + hourStep - 1, hourStep) * hourStep; l < localEnd; l += hourStep) {
            addTick(TimelineTickKind::Hour, l);
        }
        if (minor > 0) {
            for (qint64 l = floorDiv(localStart + minor - 1, minor) * minor; l < localEnd; l += minor) {
                if (l % hourStep != 0) {
                    addTick(TimelineTickKind::Minor, l);
                }
            }
        }
    }
    std::stable_sort(ticks.begin(), ticks.end(), [](const TimelineTick& a, const TimelineTick& b) {
        if (a.utc != b.utc) {
            return a.utc < b.utc;
        }
        return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    });
    return ticks;
}

PlannedTime shiftAndSnap(const PlannedTime& time, qint64 minutes, int snapMinutes)
{
    if (time.isNull()) {
        return time;
    }
    const QTimeZone tz = zoneFor(time.zone());
    const QDateTime there = time.toUtc().addSecs(minutes * 60).toTimeZone(tz);
    QDateTime wall(there.date(), there.time(), QTimeZone::utc());
    if (snapMinutes > 1) {
        const qint64 snap = static_cast<qint64>(snapMinutes) * 60;
        const qint64 secs = wall.toSecsSinceEpoch();
        wall = QDateTime::fromSecsSinceEpoch(floorDiv(secs + snap / 2, snap) * snap, QTimeZone::utc());
    }
    PlannedTime moved(wall, time.zone());
    if (!moved.isValid()) {
        // Snapped into a daylight-saving gap: the first valid time after it.
        moved = PlannedTime(wall.addSecs(3600), time.zone());
    }
    return moved;
}

TimelineLayoutResult layoutTimeline(const TimelineInput& input, const TimelineOptions& options)
{
    TimelineLayoutResult result;
    result.options = options;
    TimelineOptions& o = result.options;
    if (o.pixelsPerHour <= 0.0) {
        o.pixelsPerHour = 1.0;
    }
    const bool automaticRange = !o.rangeStart.isValid() || !o.rangeEnd.isValid() || o.rangeEnd <= o.rangeStart;
    if (automaticRange) {
        auto [first, last] = timelineExtent(input);
        if (!first.isValid()) {
            first = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
            last = first.addDays(1);
        }
        if (first.daysTo(last) > kMaxTimelineDays) {
            // A date typed years off: draw the trip's own days (the item
            // lies off the scale, and the checks name it), not ten years.
            if (input.tripStart.isValid() && input.tripEnd.isValid() && input.tripStart <= input.tripEnd
                && input.tripStart.daysTo(input.tripEnd) <= kMaxTimelineDays) {
                const QTimeZone home = zoneFor(input.homeZone);
                first = QDateTime(input.tripStart.addDays(-1), QTime(0, 0), home).toUTC();
                last = QDateTime(input.tripEnd.addDays(2), QTime(0, 0), home).toUTC();
            } else {
                last = first.addDays(kMaxTimelineDays);
            }
        }
        const qint64 a = floorDiv(first.toSecsSinceEpoch(), 3600) * 3600 - 3600;
        const qint64 b = floorDiv(last.toSecsSinceEpoch() + 3599, 3600) * 3600 + 3600;
        o.rangeStart = QDateTime::fromSecsSinceEpoch(a, QTimeZone::utc());
        o.rangeEnd = QDateTime::fromSecsSinceEpoch(b, QTimeZone::utc());
    }
    o.rangeStart = o.rangeStart.toUTC();
    o.rangeEnd = o.rangeEnd.toUTC();
    o.origin = o.origin.isValid() ? o.origin.toUTC() : o.rangeStart;

    const QString homeZone = PlannedTime::isKnownZone(input.homeZone) ? input.homeZone : QStringLiteral("UTC");
    const int hourStep = timelineHourStep(o.pixelsPerHour);
    const int minorMinutes = o.pixelsPerHour >= 200.0 ? 15 : (o.pixelsPerHour >= 90.0 ? 30 : 0);

    // Ticks are made for the visible part of the range, widened so that the
    // label of a day that began left of the view is still known.
    QDateTime tickFrom = o.rangeStart;
    QDateTime tickTo = o.rangeEnd;
    if (o.viewWidth > 0.0) {
        tickFrom = std::max(tickFrom, result.utcForX(o.axisLeft));
        tickTo = std::min(tickTo, result.utcForX(o.axisLeft + o.viewWidth));
    }
    tickFrom = tickFrom.addSecs(-26 * 3600);
    tickTo = tickTo.addSecs(3600);
    auto makeScale = [&](const QString& zone) {
        TimelineScale scale;
        scale.zone = zone;
        scale.zoneLabel = zoneLabelFor(zone, o.rangeStart, o.rangeEnd);
        scale.ticks = timelineTicks(zone, tickFrom, tickTo, hourStep, minorMinutes);
        for (TimelineTick& tick : scale.ticks) {
            tick.x = result.xForUtc(tick.utc);
        }
        return scale;
    };
    auto laneZone = [&](const QString& stopZone) {
        switch (o.labelZone) {
        case TimelineLabelZone::Local: return PlannedTime::isKnownZone(stopZone) ? stopZone : homeZone;
        case TimelineLabelZone::Home: return homeZone;
        case TimelineLabelZone::Utc: return QStringLiteral("UTC");
        }
        return homeZone;
    };

    // Header: the home zone, and UTC when every label is in UTC.
    result.header.push_back(makeScale(homeZone));
    if (o.labelZone == TimelineLabelZone::Utc) {
        result.header.push_back(makeScale(QStringLiteral("UTC")));
    }
    const double headerHeight = 2.0 * o.headerRowHeight * static_cast<double>(result.header.size());
    const double right = result.xForUtc(o.rangeEnd) + 12.0;
    result.headerRect = QRectF(0.0, o.top, right, headerHeight);

    // Lanes: travel, then stops by arrival.
    std::vector<TimelineStop> stops = input.stops;
    std::stable_sort(stops.begin(), stops.end(), [](const TimelineStop& a, const TimelineStop& b) {
        if (a.arrival.isNull() != b.arrival.isNull()) {
            return !a.arrival.isNull();
        }
        return compareInstants(a.arrival, b.arrival) == std::partial_ordering::less;
    });
    TimelineLane travel;
    travel.kind = TimelineLaneKind::Travel;
    travel.title = TimelineLayoutText::tr("Travel");
    travel.scale = makeScale(laneZone(homeZone));
    result.lanes.push_back(travel);
    QHash<Uuid, int> laneOfStop;
    for (const TimelineStop& stop : stops) {
        TimelineLane lane;
        lane.kind = TimelineLaneKind::Stop;
        lane.stopId = stop.id;
        lane.title = stop.city;
        lane.scale = makeScale(laneZone(stop.zone));
        laneOfStop.insert(stop.id, static_cast<int>(result.lanes.size()));
        result.lanes.push_back(lane);
    }
    int elsewhereLane = -1;

    auto stopLaneAt = [&](const PlannedTime& t) -> int {
        if (t.isNull()) {
            return -1;
        }
        for (const TimelineStop& stop : stops) {
            if (!stop.arrival.isNull() && !stop.departure.isNull()
                && compareInstants(stop.arrival, t) != std::partial_ordering::greater
                && compareInstants(t, stop.departure) != std::partial_ordering::greater) {
                return laneOfStop.value(stop.id, -1);
            }
        }
        return -1;
    };

    // Which lane each item goes to.
    const int n = static_cast<int>(input.items.size());
    QHash<Uuid, int> forumIndex;
    for (int i = 0; i < n; ++i) {
        if (input.items[static_cast<std::size_t>(i)].kind == RecordKind::Forum) {
            forumIndex.insert(input.items[static_cast<std::size_t>(i)].id, i);
        }
    }
    std::vector<int> laneOf(static_cast<std::size_t>(n), -1);
    auto resolveLane = [&](const TimelineItem& item) {
        int lane = laneOfStop.value(item.stopId, -1);
        if (lane < 0) {
            lane = stopLaneAt(item.start);
        }
        if (lane < 0) {
            if (elsewhereLane < 0) {
                TimelineLane other;
                other.kind = TimelineLaneKind::Elsewhere;
                other.title = TimelineLayoutText::tr("Elsewhere");
                other.scale = makeScale(laneZone(item.start.zone()));
                elsewhereLane = static_cast<int>(result.lanes.size());
                result.lanes.push_back(other);
            }
            lane = elsewhereLane;
        }
        return lane;
    };
    for (int i = 0; i < n; ++i) {
        const TimelineItem& item = input.items[static_cast<std::size_t>(i)];
        if (item.start.isNull()) {
            continue;  // nothing to place
        }
        switch (item.kind) {
        case RecordKind::Leg: laneOf[static_cast<std::size_t>(i)] = 0; break;
        case RecordKind::Session:
            if (!forumIndex.contains(item.parentId)) {
                laneOf[static_cast<std::size_t>(i)] = resolveLane(item);
            }
            break;  // sessions of a forum follow it below
        default: laneOf[static_cast<std::size_t>(i)] = resolveLane(item); break;
        }
    }

    // Horizontal extents.
    std::vector<double> x0(static_cast<std::size_t>(n), 0.0);
    std::vector<double> x1(static_cast<std::size_t>(n), 0.0);
    std::vector<double> reach(static_cast<std::size_t>(n), 0.0);  // end of the span, or of a label drawn outside
    std::vector<bool> labelOutside(static_cast<std::size_t>(n), false);
    for (int i = 0; i < n; ++i) {
        const TimelineItem& item = input.items[static_cast<std::size_t>(i)];
        if (item.start.isNull()) {
            continue;
        }
        const double a = result.xForUtc(item.start.toUtc());
        if (item.kind == RecordKind::Mou) {
            x0[static_cast<std::size_t>(i)] = a - o.milestoneWidth / 2.0;
            x1[static_cast<std::size_t>(i)] = a + o.milestoneWidth / 2.0;
            // The label drawn right of the diamond takes room too (about 6.5 px a character).
            reach[static_cast<std::size_t>(i)] = x1[static_cast<std::size_t>(i)]
                + (o.milestoneLabels ? std::min(6.5 * static_cast<double>(item.title.size()) + 8.0, 300.0) : 0.0);
            continue;
        }
        const double b = item.end.isNull() ? a : result.xForUtc(item.end.toUtc());
        x0[static_cast<std::size_t>(i)] = a;
        x1[static_cast<std::size_t>(i)] = std::max(b, a + o.minItemWidth);
        // Stacking uses the true span (a drawn minimum width must not push
        // short neighbours down), and the label when it does not fit inside.
        reach[static_cast<std::size_t>(i)] = std::max(a, b);
        if (o.milestoneLabels && item.kind != RecordKind::Session && item.kind != RecordKind::Stop) {
            const double perChar = item.kind == RecordKind::Forum ? 7.4 : 6.8;
            const QString text = item.kind == RecordKind::Leg && !item.detail.isEmpty()
                ? item.title + QStringLiteral(" · ") + item.detail
                : item.title;
            const double label = std::min(perChar * static_cast<double>(text.size()) + 16.0, 320.0);
            if (b - a < label) {
                labelOutside[static_cast<std::size_t>(i)] = true;
                reach[static_cast<std::size_t>(i)] = x1[static_cast<std::size_t>(i)] + label;
            }
        }
    }
    const double sessionRowHeight = o.sessionRowHeight > 0.0
        ? o.sessionRowHeight
        : (o.pixelsPerHour >= 150.0 ? 2.0 * o.rowHeight - 4.0 : o.rowHeight);

    // Sessions stack inside their forum.
    QHash<int, std::vector<int>> sessionsOf;  // forum item -> session items
    for (int i = 0; i < n; ++i) {
        const TimelineItem& item = input.items[static_cast<std::size_t>(i)];
        if (item.kind == RecordKind::Session && !item.start.isNull() && forumIndex.contains(item.parentId)) {
            sessionsOf[forumIndex.value(item.parentId)].push_back(i);
        }
    }
    std::vector<int> rowOf(static_cast<std::size_t>(n), 0);
    QHash<int, int> sessionRowsOf;
    for (auto it = sessionsOf.cbegin(); it != sessionsOf.cend(); ++it) {
        std::vector<Span> spans;
        for (int s : it.value()) {
            spans.push_back({ s, x0[static_cast<std::size_t>(s)], reach[static_cast<std::size_t>(s)], 1 });
        }
        sessionRowsOf.insert(it.key(), stackSpans(spans, rowOf));
    }
    auto heightInRows = [&](int i) {
        const TimelineItem& item = input.items[static_cast<std::size_t>(i)];
        if (item.kind == RecordKind::Forum) {
            return 1 + static_cast<int>(std::ceil(sessionRowsOf.value(i, 0) * sessionRowHeight / o.rowHeight - 1e-9));
        }
        return 1;
    };

    // Stack the items of each lane (stays have their own strip).
    const int laneCount = static_cast<int>(result.lanes.size());
    std::vector<std::vector<Span>> laneSpans(static_cast<std::size_t>(laneCount));
    for (int i = 0; i < n; ++i) {
        const int lane = laneOf[static_cast<std::size_t>(i)];
        if (lane < 0 || input.items[static_cast<std::size_t>(i)].kind == RecordKind::Stop) {
            continue;
        }
        laneSpans[static_cast<std::size_t>(lane)].push_back(
            { i, x0[static_cast<std::size_t>(i)], reach[static_cast<std::size_t>(i)], heightInRows(i) });
    }
    double y = result.headerRect.bottom();
    const double laneScaleHeight = 16.0;
    std::vector<double> rowsTop(static_cast<std::size_t>(laneCount), 0.0);
    std::vector<double> stayTop(static_cast<std::size_t>(laneCount), 0.0);
    for (int l = 0; l < laneCount; ++l) {
        TimelineLane& lane = result.lanes[static_cast<std::size_t>(l)];
        lane.subRows = stackSpans(laneSpans[static_cast<std::size_t>(l)], rowOf);
        double inner = y + laneScaleHeight;
        stayTop[static_cast<std::size_t>(l)] = inner + 2.0;
        if (lane.kind == TimelineLaneKind::Stop) {
            inner += o.stayHeight + 4.0;
        }
        rowsTop[static_cast<std::size_t>(l)] = inner + o.lanePadding / 2.0;
        const double height = std::max(o.minLaneHeight,
            (inner - y) + o.lanePadding + static_cast<double>(std::max(1, lane.subRows)) * o.rowHeight);
        lane.rect = QRectF(0.0, y, right, height);
        y += height;
    }

    // Boxes: parents before their children.
    const double rangeLeft = result.xForUtc(o.rangeStart);
    const double rangeRight = result.xForUtc(o.rangeEnd);
    auto makeBox = [&](int i, int lane, int subRow, QRectF rect) {
        TimelineBox box;
        box.item = i;
        box.kind = input.items[static_cast<std::size_t>(i)].kind;
        box.lane = lane;
        box.subRow = subRow;
        box.continuesLeft = rect.left() < rangeLeft;
        box.continuesRight = rect.right() > rangeRight;
        box.rect = rect;
        box.labelOutside = labelOutside[static_cast<std::size_t>(i)];
        box.labelRight = reach[static_cast<std::size_t>(i)];
        result.boxes.push_back(box);
    };
    const double rowGap = 3.0;
    for (int i = 0; i < n; ++i) {
        const int lane = laneOf[static_cast<std::size_t>(i)];
        if (lane < 0) {
            continue;
        }
        const TimelineItem& item = input.items[static_cast<std::size_t>(i)];
        const double left = x0[static_cast<std::size_t>(i)];
        const double width = x1[static_cast<std::size_t>(i)] - left;
        if (item.kind == RecordKind::Stop) {
            makeBox(i, lane, 0, QRectF(left, stayTop[static_cast<std::size_t>(lane)], width, o.stayHeight));
            continue;
        }
        const int row = rowOf[static_cast<std::size_t>(i)];
        const double top = rowsTop[static_cast<std::size_t>(lane)] + row * o.rowHeight;
        const double height = heightInRows(i) * o.rowHeight - rowGap;
        makeBox(i, lane, row, QRectF(left, top, width, height));
        if (item.kind == RecordKind::Forum) {
            for (int s : sessionsOf.value(i)) {
                const int sessionRow = rowOf[static_cast<std::size_t>(s)];
                const double sTop = top + o.rowHeight + sessionRow * sessionRowHeight - 1.0;
                const double sLeft = x0[static_cast<std::size_t>(s)];
                makeBox(s, lane, sessionRow,
                    QRectF(sLeft, sTop, x1[static_cast<std::size_t>(s)] - sLeft, sessionRowHeight - rowGap - 2.0));
            }
        }
    }
    result.size = QSizeF(right, y);
    if (automaticRange) {
        // Widen the range so that labels beside the last items fit (not
        // for an item beyond the range, as one dated years off is).
        const double rangeX = result.xForUtc(o.rangeEnd);
        double reachMax = 0.0;
        for (const TimelineBox& box : result.boxes) {
            if (box.rect.left() <= rangeX) {
                reachMax = std::max(reachMax, box.labelRight);
            }
        }
        if (reachMax > rangeX + 1.0) {
            TimelineOptions wider = options;
            wider.origin = o.origin;
            wider.rangeStart = o.rangeStart;
            const qint64 extra = static_cast<qint64>(std::ceil((reachMax - rangeX) / o.pixelsPerHour)) * 3600;
            wider.rangeEnd = o.rangeEnd.addSecs(extra);
            return layoutTimeline(input, wider);
        }
    }
    return result;
}

}  // namespace planner
