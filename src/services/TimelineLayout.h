#pragma once

// The timeline of a trip as a pure function: items and zones in, lanes,
// sub-rows, ticks and rectangles out, for a scale and an origin. No painting
// and no widgets here; TimelineRenderer paints the result and TimelineView
// turns mouse input into requests.

#include "domain/Entities.h"
#include "domain/Result.h"
#include "services/Finding.h"

#include <QDateTime>
#include <QHash>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

namespace planner {

/// What a timeline item stands for; with the uuid it names the record.

/// Stable token ("stop", "leg", "forum", "session", "meeting", "signing").
QString timelineKindToken(RecordKind kind);
/// A translated name for people ("Forum", "MOU signing", ...).
QString timelineKindLabel(RecordKind kind);

/// One thing on the timeline. A signing is a milestone: end == start.
struct TimelineItem {
    RecordKind kind = RecordKind::Meeting;
    Uuid id;  ///< the record: stop, leg, forum, session, meeting or MOU
    Uuid parentId;  ///< a session's forum; empty otherwise
    Uuid stopId;  ///< the lane; empty for legs (travel lane) and for items without a stop
    QString title;
    QString detail;  ///< one line for tooltips: venue, flight, place, lodging
    PlannedTime start;
    PlannedTime end;
    std::optional<SessionKind> sessionKind;  ///< for sessions
};

/// A stop as the layout needs it: the lane's title and zone.
struct TimelineStop {
    Uuid id;
    QString city;
    QString zone;
    PlannedTime arrival;
    PlannedTime departure;
};

/// A record involved in open findings of the planning checks: its item is
/// outlined and marked with a warning sign, and its tooltip lists them.
struct TimelineFlag {
    Severity severity = Severity::Warning;  ///< the worst of its open findings
    QStringList messages;
    bool operator==(const TimelineFlag&) const = default;
};

/// Everything the layout reads: built from a TripBundle by fromBundle() or
/// by hand in tests and benchmarks.
struct TimelineInput {
    QString title;
    QString homeZone;  ///< IANA zone of home (trip.homeZone)
    QDate tripStart;  ///< the trip's dates, which bound what is drawn
    QDate tripEnd;
    std::vector<TimelineStop> stops;  ///< any order; lanes follow arrival order
    std::vector<TimelineItem> items;  ///< any order
    /// Records (by the item's id) involved in open findings; not part of the
    /// layout, only of the painting. Empty: nothing marked.
    QHash<Uuid, TimelineFlag> flags;

    /// Stops, legs, forums with their sessions, meetings, and the MOUs that
    /// have a signing time (as milestones).
    static TimelineInput fromBundle(const TripBundle& bundle);

    /// Index of the item with this kind and id, or -1.
    [[nodiscard]] int indexOf(RecordKind kind, const Uuid& id) const;
};

/// Which zone the ticks and labels of every lane are read in.
enum class TimelineLabelZone {
    Local,  ///< each stop lane in its own zone (travel lane: home zone)
    Home,  ///< every lane in the trip's home zone
    Utc  ///< every lane in UTC
};

struct TimelineOptions {
    double pixelsPerHour = 40.0;
    /// The instant drawn at x == axisLeft. Invalid: the start of the range.
    QDateTime origin;
    /// The span of time laid out (ticks and clipping). Invalid: the trip's
    /// extent from the items, widened to whole hours and by margin.
    QDateTime rangeStart;
    QDateTime rangeEnd;
    TimelineLabelZone labelZone = TimelineLabelZone::Local;

    // Geometry in pixels.
    double axisLeft = 170.0;  ///< width of the lane title column
    double top = 0.0;  ///< y of the header
    double headerRowHeight = 22.0;
    double stayHeight = 20.0;  ///< the stop band strip at the top of a stop lane
    double rowHeight = 26.0;  ///< one sub-row
    double lanePadding = 6.0;
    double minLaneHeight = 58.0;  ///< room for the lane's title, zone and offset
    /// Height of a session row inside a forum; 0: one row, or two when
    /// zoomed in (>= 150 px per hour) so titles can wrap.
    double sessionRowHeight = 0.0;
    /// Keep room right of milestones, and of items too short for their
    /// title, for a label drawn there (see TimelineBox::labelOutside).
    bool milestoneLabels = true;
    double milestoneWidth = 14.0;
    double minItemWidth = 3.0;
    /// Only ticks whose x lies in [axisLeft, axisLeft + viewWidth] are made;
    /// <= 0: ticks over the whole range.
    double viewWidth = 0.0;
};

enum class TimelineTickKind { Day, Hour, Minor };

struct TimelineTick {
    TimelineTickKind kind = TimelineTickKind::Hour;
    double x = 0.0;
    QDateTime utc;
    QDate localDate;  ///< the local date at the tick, in the scale's zone
    /// Hour ticks: "09:00"; day ticks: "Wed 17 Aug"; minor ticks: empty.
    QString label;
};

/// A horizontal time scale read in one zone.
struct TimelineScale {
    QString zone;  ///< IANA id, or "UTC"
    QString zoneLabel;  ///< "Asia/Tashkent UTC+05:00" (both offsets when they change in range)
    std::vector<TimelineTick> ticks;  ///< by x; day boundaries before hours at the same x
};

enum class TimelineLaneKind { Travel, Stop, Elsewhere };

struct TimelineLane {
    TimelineLaneKind kind = TimelineLaneKind::Stop;
    Uuid stopId;
    QString title;  ///< city, "Travel", "Elsewhere"
    QRectF rect;  ///< full width, from x = 0
    int subRows = 0;  ///< rows used by the stacked items
    TimelineScale scale;
};

/// Where one item is drawn.
struct TimelineBox {
    int item = -1;  ///< index into TimelineInput::items
    RecordKind kind = RecordKind::Meeting;
    int lane = -1;  ///< index into TimelineLayoutResult::lanes
    int subRow = 0;  ///< for stacked items; a session's row inside its forum
    QRectF rect;
    bool continuesLeft = false;  ///< the item starts before the range
    bool continuesRight = false;  ///< the item ends after the range
    /// The title does not fit inside: it is drawn right of the box, up to
    /// labelRight (room the stacking kept free for it).
    bool labelOutside = false;
    double labelRight = 0.0;
};

struct TimelineLayoutResult {
    TimelineOptions options;  ///< as used, with origin and range filled in
    std::vector<TimelineScale> header;  ///< home zone; and UTC in Utc mode
    QRectF headerRect;
    std::vector<TimelineLane> lanes;  ///< travel lane first, then stops by arrival
    std::vector<TimelineBox> boxes;  ///< every item at most once; parents before children
    QSizeF size;  ///< of everything, from (0, 0)

    [[nodiscard]] double xForUtc(const QDateTime& utc) const;
    [[nodiscard]] QDateTime utcForX(double x) const;
    /// The box drawn topmost at a point (milestones over sessions over
    /// forums over stays), or -1.
    [[nodiscard]] int boxAt(const QPointF& point) const;
    /// Index of the box of an item, or -1.
    [[nodiscard]] int boxOfItem(int item) const;
};

/// The span of the trip from its items (earliest start, latest end), or an
/// invalid pair when there are none.
std::pair<QDateTime, QDateTime> timelineExtent(const TimelineInput& input);

/// The longest span a timeline is drawn over. A trip lasts days or weeks; a
/// year typed wrong (2026 for 2016) would stretch it over ten years, a PNG
/// of gigabytes.
constexpr int kMaxTimelineDays = 92;

/// Why the items cannot be drawn as one timeline (they spread over more than
/// kMaxTimelineDays), naming the item dated farthest from the trip's dates;
/// success when they can.
Status checkTimelineSpan(const TimelineInput& input);

/// Lays out the items. Lanes: the travel lane, one per stop by arrival, and an
/// "Elsewhere" lane only when an item belongs to no stop. Inside a lane items
/// never hide each other: overlapping ones go to further sub-rows (greedy, by
/// start). Pure: the same input gives the same result.
TimelineLayoutResult layoutTimeline(const TimelineInput& input, const TimelineOptions& options);

/// Ticks of one scale over [from, to) in the given zone ("UTC" or an IANA
/// id): day boundaries at local midnight, hour ticks every stepHours local
/// hours (a repeated hour at the end of daylight-saving time gets two ticks,
/// a skipped one none), minor ticks every minorMinutes (0: none).
std::vector<TimelineTick> timelineTicks(
    const QString& zone, const QDateTime& from, const QDateTime& to, int stepHours, int minorMinutes);

/// Hours between labelled ticks for a scale, so that labels do not collide.
int timelineHourStep(double pixelsPerHour);

/// A planned time moved by a number of minutes of real time (across a zone
/// change it stays the same instant shift) and then rounded to the nearest
/// multiple of snapMinutes of its local wall-clock time.
PlannedTime shiftAndSnap(const PlannedTime& time, qint64 minutes, int snapMinutes);

}  // namespace planner
