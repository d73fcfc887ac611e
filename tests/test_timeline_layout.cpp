// The timeline layout without widgets: lanes, day boundaries and hour ticks
// in each zone, sub-rows for overlapping items, items crossing midnight.

#include "Fixtures.h"
#include "TestSupport.h"
#include "services/TimelineLayout.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace planner;
using planner::test::at;

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toTimeZone(QTimeZone::utc());
}

TimelineItem item(RecordKind kind, const QString& title, const PlannedTime& start, const PlannedTime& end,
    const Uuid& stopId = {}, const Uuid& parentId = {})
{
    TimelineItem i;
    i.kind = kind;
    i.id = newUuid();
    i.title = title;
    i.start = start;
    i.end = end;
    i.stopId = stopId;
    i.parentId = parentId;
    return i;
}

/// A trip with one stop in the given zone, its stay as an item.
TimelineInput oneStop(const QString& city, const QString& zone, const QString& arrival, const QString& departure)
{
    TimelineInput input;
    input.homeZone = QStringLiteral("Asia/Seoul");
    TimelineStop stop { newUuid(), city, zone, at(arrival, zone), at(departure, zone) };
    input.stops.push_back(stop);
    TimelineItem stay = item(RecordKind::Stop, city, stop.arrival, stop.departure, stop.id);
    stay.id = stop.id;
    input.items.push_back(stay);
    return input;
}

std::vector<TimelineTick> ticksOf(const TimelineScale& scale, TimelineTickKind kind)
{
    std::vector<TimelineTick> out;
    std::copy_if(scale.ticks.begin(), scale.ticks.end(), std::back_inserter(out),
        [kind](const TimelineTick& t) { return t.kind == kind; });
    return out;
}

const TimelineTick* dayTick(const TimelineScale& scale, const QDateTime& at)
{
    for (const TimelineTick& t : scale.ticks) {
        if (t.kind == TimelineTickKind::Day && t.utc == at) {
            return &t;
        }
    }
    return nullptr;
}

const TimelineLane& laneTitled(const TimelineLayoutResult& r, const QString& title)
{
    const auto it
        = std::find_if(r.lanes.begin(), r.lanes.end(), [&](const TimelineLane& l) { return l.title == title; });
    REQUIRE(it != r.lanes.end());
    return *it;
}

const TimelineBox& boxOf(const TimelineLayoutResult& r, int item)
{
    const int b = r.boxOfItem(item);
    REQUIRE(b >= 0);
    return r.boxes[static_cast<std::size_t>(b)];
}

}  // namespace

TEST_CASE("Day boundaries of a stop follow its zone across a change of daylight-saving time")
{
    // Berlin left summer time on 30 October 2016 at 03:00: that day had 25 hours.
    const TimelineInput input = oneStop(QStringLiteral("Berlin"), QStringLiteral("Europe/Berlin"),
        QStringLiteral("2016-10-29T10:00"), QStringLiteral("2016-10-31T18:00"));
    TimelineOptions options;
    options.pixelsPerHour = 50.0;
    const TimelineLayoutResult r = layoutTimeline(input, options);
    const TimelineLane& berlin = laneTitled(r, QStringLiteral("Berlin"));
    CHECK(berlin.scale.zone == QStringLiteral("Europe/Berlin"));
    CHECK(berlin.scale.zoneLabel == QStringLiteral("Europe/Berlin UTC+02:00 → +01:00"));

    const TimelineTick* sunday = dayTick(berlin.scale, utc("2016-10-29T22:00:00Z"));
    const TimelineTick* monday = dayTick(berlin.scale, utc("2016-10-30T23:00:00Z"));
    REQUIRE(sunday != nullptr);
    REQUIRE(monday != nullptr);
    CHECK(sunday->label == QStringLiteral("Sun 30 Oct"));
    CHECK(monday->label == QStringLiteral("Mon 31 Oct"));
    CHECK(monday->x - sunday->x == Approx(25 * 50.0));

    // The repeated hour 02:00 has two ticks, an hour apart; 03:00 one.
    std::vector<TimelineTick> twoOClock;
    int threeOClock = 0;
    for (const TimelineTick& t : ticksOf(berlin.scale, TimelineTickKind::Hour)) {
        if (t.utc > sunday->utc && t.utc < monday->utc) {
            if (t.label == QStringLiteral("02:00")) {
                twoOClock.push_back(t);
            }
            threeOClock += t.label == QStringLiteral("03:00") ? 1 : 0;
        }
    }
    REQUIRE(twoOClock.size() == 2);
    CHECK(twoOClock[0].utc == utc("2016-10-30T00:00:00Z"));
    CHECK(twoOClock[1].utc == utc("2016-10-30T01:00:00Z"));
    CHECK(threeOClock == 1);

    // The home-zone header knows nothing of Berlin's change: Seoul days are 24 hours.
    const TimelineScale& seoul = r.header.at(0);
    CHECK(seoul.zone == QStringLiteral("Asia/Seoul"));
    const TimelineTick* seoul30 = dayTick(seoul, utc("2016-10-29T15:00:00Z"));
    const TimelineTick* seoul31 = dayTick(seoul, utc("2016-10-30T15:00:00Z"));
    REQUIRE(seoul30 != nullptr);
    REQUIRE(seoul31 != nullptr);
    CHECK(seoul31->x - seoul30->x == Approx(24 * 50.0));
}

TEST_CASE("A spring-forward day has 23 hours and no tick for the skipped hour")
{
    const std::vector<TimelineTick> ticks = timelineTicks(
        QStringLiteral("Europe/Berlin"), utc("2016-03-26T12:00:00Z"), utc("2016-03-28T12:00:00Z"), 1, 0);
    std::vector<QDateTime> days;
    QStringList hoursOn27;
    for (const TimelineTick& t : ticks) {
        if (t.kind == TimelineTickKind::Day) {
            days.push_back(t.utc);
        } else if (t.kind == TimelineTickKind::Hour && t.utc >= utc("2016-03-26T23:00:00Z")
            && t.utc < utc("2016-03-27T22:00:00Z")) {
            hoursOn27 << t.label;
        }
    }
    REQUIRE(days.size() == 2);
    CHECK(days[0].secsTo(days[1]) == 23 * 3600);
    CHECK(hoursOn27.size() == 23);
    CHECK_FALSE(hoursOn27.contains(QStringLiteral("02:00")));
    CHECK(hoursOn27.contains(QStringLiteral("03:00")));
}

TEST_CASE("Baku in 2016 had no daylight-saving time: every day begins at 20:00 UTC")
{
    const TimelineInput input = oneStop(QStringLiteral("Baku"), QStringLiteral("Asia/Baku"),
        QStringLiteral("2016-08-18T15:30"), QStringLiteral("2016-08-20T10:00"));
    TimelineOptions options;
    options.pixelsPerHour = 10.0;
    const TimelineLayoutResult r = layoutTimeline(input, options);
    const TimelineLane& baku = laneTitled(r, QStringLiteral("Baku"));
    CHECK(baku.scale.zoneLabel == QStringLiteral("Asia/Baku UTC+04:00"));
    const std::vector<TimelineTick> days = ticksOf(baku.scale, TimelineTickKind::Day);
    REQUIRE(days.size() >= 3);
    for (std::size_t i = 0; i < days.size(); ++i) {
        CHECK(days[i].utc.time() == QTime(20, 0));
        if (i > 0) {
            CHECK(days[i].x - days[i - 1].x == Approx(240.0));
        }
    }
    CHECK(dayTick(baku.scale, utc("2016-08-18T20:00:00Z"))->label == QStringLiteral("Fri 19 Aug"));

    // A year earlier Baku still kept summer time (UTC+05:00): midnight was 19:00 UTC.
    const std::vector<TimelineTick> ticks2015
        = timelineTicks(QStringLiteral("Asia/Baku"), utc("2015-08-18T00:00:00Z"), utc("2015-08-20T00:00:00Z"), 6, 0);
    const auto day2015 = std::find_if(
        ticks2015.begin(), ticks2015.end(), [](const TimelineTick& t) { return t.kind == TimelineTickKind::Day; });
    REQUIRE(day2015 != ticks2015.end());
    CHECK(day2015->utc.time() == QTime(19, 0));
}

TEST_CASE("One lane per stop in order of arrival, after the travel lane")
{
    TripBundle bundle = test::makeBundle();
    std::reverse(bundle.stops.begin(), bundle.stops.end());  // Baku first: the lanes must not care
    const TimelineInput input = TimelineInput::fromBundle(bundle);
    const TimelineLayoutResult r = layoutTimeline(input, TimelineOptions {});

    REQUIRE(r.lanes.size() == 3);
    CHECK(r.lanes[0].kind == TimelineLaneKind::Travel);
    CHECK(r.lanes[1].title == QStringLiteral("Tashkent"));
    CHECK(r.lanes[2].title == QStringLiteral("Baku"));
    CHECK(r.lanes[1].scale.zone == QStringLiteral("Asia/Tashkent"));
    CHECK(r.lanes[2].scale.zone == QStringLiteral("Asia/Baku"));
    CHECK(r.lanes[0].scale.zone == QStringLiteral("Asia/Seoul"));
    for (std::size_t l = 1; l < r.lanes.size(); ++l) {
        CHECK(r.lanes[l].rect.top() >= r.lanes[l - 1].rect.bottom());
    }

    // Every item exactly once, in the lane of its stop.
    REQUIRE(r.boxes.size() == input.items.size());
    const Forum& forum = bundle.forums.at(0);
    CHECK(boxOf(r, input.indexOf(RecordKind::Forum, forum.id)).lane == 1);
    CHECK(boxOf(r, input.indexOf(RecordKind::Session, forum.sessions.at(0).id)).lane == 1);
    CHECK(boxOf(r, input.indexOf(RecordKind::Meeting, bundle.meetings.at(0).id)).lane == 2);
    CHECK(boxOf(r, input.indexOf(RecordKind::Leg, bundle.legs.at(0).id)).lane == 0);
    CHECK(boxOf(r, input.indexOf(RecordKind::Mou, bundle.mous.at(0).id)).lane == 1);

    // The header and lane ticks are in the zones; sessions sit inside their forum.
    const QRectF forumRect = boxOf(r, input.indexOf(RecordKind::Forum, forum.id)).rect;
    for (const AgendaSession& s : forum.sessions) {
        const QRectF rect = boxOf(r, input.indexOf(RecordKind::Session, s.id)).rect;
        CHECK(forumRect.contains(rect));
    }
    // Positions are instants: 09:30 Tashkent is 04:30 UTC.
    CHECK(forumRect.left() == Approx(r.xForUtc(utc("2016-08-17T04:30:00Z"))));
    CHECK(r.utcForX(forumRect.left()) == utc("2016-08-17T04:30:00Z"));
}

TEST_CASE("An item in no stop and outside every stay goes to an Elsewhere lane")
{
    TimelineInput input = oneStop(QStringLiteral("Baku"), QStringLiteral("Asia/Baku"),
        QStringLiteral("2016-08-18T15:30"), QStringLiteral("2016-08-20T10:00"));
    const QString baku = QStringLiteral("Asia/Baku");
    input.items.push_back(item(RecordKind::Meeting, QStringLiteral("Inside the stay"),
        at(QStringLiteral("2016-08-19T10:00"), baku), at(QStringLiteral("2016-08-19T11:00"), baku)));
    input.items.push_back(item(RecordKind::Meeting, QStringLiteral("Before"),
        at(QStringLiteral("2016-08-17T10:00"), baku), at(QStringLiteral("2016-08-17T11:00"), baku)));
    const TimelineLayoutResult r = layoutTimeline(input, TimelineOptions {});
    REQUIRE(r.lanes.size() == 3);
    CHECK(r.lanes[2].kind == TimelineLaneKind::Elsewhere);
    CHECK(boxOf(r, 1).lane == 1);
    CHECK(boxOf(r, 2).lane == 2);
}

TEST_CASE("Overlapping items stack into sub-rows, items that only touch share a row")
{
    const QString z = QStringLiteral("Asia/Tashkent");
    TimelineInput input = oneStop(
        QStringLiteral("Tashkent"), z, QStringLiteral("2016-08-15T19:30"), QStringLiteral("2016-08-18T14:00"));
    const Uuid stop = input.stops[0].id;
    auto meeting = [&](const char* title, const char* a, const char* b) {
        input.items.push_back(item(RecordKind::Meeting, QString::fromLatin1(title), at(QString::fromLatin1(a), z),
            at(QString::fromLatin1(b), z), stop));
        return static_cast<int>(input.items.size()) - 1;
    };
    const int a = meeting("A", "2016-08-16T09:00", "2016-08-16T11:00");
    const int b = meeting("B", "2016-08-16T10:00", "2016-08-16T12:00");
    const int c = meeting("C", "2016-08-16T10:30", "2016-08-16T10:45");
    const int d = meeting("D", "2016-08-16T11:00", "2016-08-16T11:30");  // starts when A ends
    const int e = meeting("E", "2016-08-16T13:00", "2016-08-16T14:00");

    TimelineOptions options;
    options.pixelsPerHour = 60.0;
    const TimelineLayoutResult r = layoutTimeline(input, options);
    CHECK(boxOf(r, a).subRow == 0);
    CHECK(boxOf(r, b).subRow == 1);
    CHECK(boxOf(r, c).subRow == 2);
    CHECK(boxOf(r, d).subRow == 0);
    CHECK(boxOf(r, e).subRow == 0);
    CHECK(r.lanes[1].subRows == 3);
    for (int i : { a, b, c, d, e }) {
        for (int j : { a, b, c, d, e }) {
            if (i < j) {
                CHECK_FALSE(boxOf(r, i).rect.intersects(boxOf(r, j).rect));
            }
        }
    }
    // The lane grows with its rows.
    CHECK(r.lanes[1].rect.height() >= 3 * options.rowHeight);
    CHECK(r.lanes[1].rect.contains(boxOf(r, c).rect));
}

TEST_CASE("Parallel sessions stack inside a taller forum, a forum is not hidden by a meeting")
{
    const QString z = QStringLiteral("Asia/Tashkent");
    TimelineInput input = oneStop(
        QStringLiteral("Tashkent"), z, QStringLiteral("2016-08-15T19:30"), QStringLiteral("2016-08-18T14:00"));
    const Uuid stop = input.stops[0].id;
    TimelineItem forum = item(RecordKind::Forum, QStringLiteral("Forum"), at(QStringLiteral("2016-08-17T09:00"), z),
        at(QStringLiteral("2016-08-17T12:00"), z), stop);
    input.items.push_back(forum);
    const int f = 1;
    const int s1 = 2;
    input.items.push_back(item(RecordKind::Session, QStringLiteral("Room 1"), at(QStringLiteral("2016-08-17T09:00"), z),
        at(QStringLiteral("2016-08-17T10:00"), z), stop, forum.id));
    const int s2 = 3;
    input.items.push_back(item(RecordKind::Session, QStringLiteral("Room 2"), at(QStringLiteral("2016-08-17T09:30"), z),
        at(QStringLiteral("2016-08-17T10:30"), z), stop, forum.id));
    const int m = 4;
    input.items.push_back(item(RecordKind::Meeting, QStringLiteral("Call"), at(QStringLiteral("2016-08-17T11:00"), z),
        at(QStringLiteral("2016-08-17T11:30"), z), stop));
    TimelineOptions options;
    options.pixelsPerHour = 60.0;
    const TimelineLayoutResult r = layoutTimeline(input, options);
    const TimelineBox& forumBox = boxOf(r, f);
    CHECK(boxOf(r, s1).subRow == 0);
    CHECK(boxOf(r, s2).subRow == 1);
    CHECK(forumBox.rect.contains(boxOf(r, s1).rect));
    CHECK(forumBox.rect.contains(boxOf(r, s2).rect));
    CHECK_FALSE(boxOf(r, s1).rect.intersects(boxOf(r, s2).rect));
    CHECK(forumBox.rect.height() > 2 * options.rowHeight);
    CHECK_FALSE(boxOf(r, m).rect.intersects(forumBox.rect));
    CHECK(boxOf(r, m).subRow == 3);  // below the forum's three rows
    // Hit testing: the session over its forum.
    CHECK(r.boxAt(boxOf(r, s2).rect.center()) == r.boxOfItem(s2));
    CHECK(r.boxAt(QPointF(forumBox.rect.left() + 2, forumBox.rect.top() + 4)) == r.boxOfItem(f));
}

TEST_CASE("An item crossing midnight is one box across the day boundary")
{
    const QString z = QStringLiteral("Asia/Tashkent");
    TimelineInput input = oneStop(
        QStringLiteral("Tashkent"), z, QStringLiteral("2016-08-15T19:30"), QStringLiteral("2016-08-18T14:00"));
    input.items.push_back(item(RecordKind::Meeting, QStringLiteral("Night train"),
        at(QStringLiteral("2016-08-16T22:00"), z), at(QStringLiteral("2016-08-17T02:00"), z), input.stops[0].id));
    TimelineOptions options;
    options.pixelsPerHour = 30.0;
    const TimelineLayoutResult r = layoutTimeline(input, options);
    const TimelineBox& box = boxOf(r, 1);
    CHECK(box.rect.width() == Approx(4 * 30.0));
    const TimelineTick* midnight = dayTick(r.lanes[1].scale, utc("2016-08-16T19:00:00Z"));
    REQUIRE(midnight != nullptr);
    CHECK(midnight->label == QStringLiteral("Wed 17 Aug"));
    CHECK(box.rect.left() < midnight->x);
    CHECK(box.rect.right() > midnight->x);
    CHECK(midnight->x - box.rect.left() == Approx(2 * 30.0));

    // A range of one day (as on a page per day) marks it as continuing.
    TimelineOptions day = options;
    day.rangeStart = utc("2016-08-16T19:00:00Z");
    day.rangeEnd = utc("2016-08-17T19:00:00Z");
    const TimelineLayoutResult r2 = layoutTimeline(input, day);
    CHECK(boxOf(r2, 1).continuesLeft);
    CHECK_FALSE(boxOf(r2, 1).continuesRight);
    CHECK(r2.xForUtc(day.rangeStart) == Approx(day.axisLeft));
}

TEST_CASE("Labels in home time or UTC put every lane on that zone")
{
    const TimelineInput input = TimelineInput::fromBundle(test::makeBundle());
    TimelineOptions options;
    options.labelZone = TimelineLabelZone::Home;
    TimelineLayoutResult r = layoutTimeline(input, options);
    for (const TimelineLane& lane : r.lanes) {
        CHECK(lane.scale.zone == QStringLiteral("Asia/Seoul"));
    }
    CHECK(r.header.size() == 1);
    options.labelZone = TimelineLabelZone::Utc;
    r = layoutTimeline(input, options);
    for (const TimelineLane& lane : r.lanes) {
        CHECK(lane.scale.zone == QStringLiteral("UTC"));
        for (const TimelineTick& t : ticksOf(lane.scale, TimelineTickKind::Day)) {
            CHECK(t.utc.time() == QTime(0, 0));
        }
    }
    REQUIRE(r.header.size() == 2);
    CHECK(r.header[0].zone == QStringLiteral("Asia/Seoul"));
    CHECK(r.header[1].zone == QStringLiteral("UTC"));
}

TEST_CASE("Tick spacing follows the scale")
{
    CHECK(timelineHourStep(100.0) == 1);
    CHECK(timelineHourStep(20.0) == 3);
    CHECK(timelineHourStep(2.0) == 24);
    const auto ticks = timelineTicks(
        QStringLiteral("Asia/Tashkent"), utc("2016-08-16T19:00:00Z"), utc("2016-08-17T19:00:00Z"), 6, 0);
    QStringList hours;
    for (const TimelineTick& t : ticks) {
        if (t.kind == TimelineTickKind::Hour) {
            hours << t.label;
        }
    }
    CHECK(hours
        == QStringList {
            QStringLiteral("00:00"), QStringLiteral("06:00"), QStringLiteral("12:00"), QStringLiteral("18:00") });
}

TEST_CASE("Moving a time shifts the instant and snaps the local time to five minutes")
{
    const QString z = QStringLiteral("Asia/Tashkent");
    CHECK(shiftAndSnap(at(QStringLiteral("2016-08-17T09:40"), z), 30, 5) == at(QStringLiteral("2016-08-17T10:10"), z));
    CHECK(shiftAndSnap(at(QStringLiteral("2016-08-17T09:37"), z), 30, 5) == at(QStringLiteral("2016-08-17T10:05"), z));
    CHECK(shiftAndSnap(at(QStringLiteral("2016-08-17T23:50"), z), 29, 5) == at(QStringLiteral("2016-08-18T00:20"), z));
    // Across the end of summer time in Berlin: 01:30 CEST + 90 minutes of real time is 02:00 (CET),
    // not 03:00 as wall-clock arithmetic would give.
    const QString berlin = QStringLiteral("Europe/Berlin");
    const PlannedTime moved = shiftAndSnap(at(QStringLiteral("2016-10-30T01:30"), berlin), 90, 5);
    CHECK(moved.localTime() == QTime(2, 0));
}
