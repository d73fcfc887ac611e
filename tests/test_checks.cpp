// The planning checks: for each rule a case that fires and a near miss that
// must not; fingerprints; the order of findings; the bundled sample.

#include "Fixtures.h"
#include "TestSupport.h"
#include "services/CheckRules.h"
#include "services/CheckService.h"
#include "services/PlanningChecks.h"
#include "services/SampleTrip.h"
#include "services/TripDocument.h"
#include "storage/AcknowledgementRepository.h"
#include "storage/Repositories.h"
#include "storage/Schema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <map>
#include <random>

using namespace planner;
using namespace planner::checks;
using planner::test::at;
using planner::test::makeBundle;
using planner::test::TempDatabase;

namespace {

const QString kTashkent = QStringLiteral("Asia/Tashkent");
const QString kBaku = QStringLiteral("Asia/Baku");
const QString kSeoul = QStringLiteral("Asia/Seoul");

Person& personNamed(TripBundle& b, const QString& familyName)
{
    for (Person& p : b.people) {
        if (p.familyName == familyName) {
            return p;
        }
    }
    FAIL("no person " << familyName.toStdString());
    return b.people.front();
}

Stop& stopIn(TripBundle& b, const QString& city)
{
    for (Stop& s : b.stops) {
        if (s.city == city) {
            return s;
        }
    }
    FAIL("no stop " << city.toStdString());
    return b.stops.front();
}

AgendaSession& keynote(TripBundle& b)
{
    return b.forums.front().sessions.at(0);
}

AgendaSession& coffee(TripBundle& b)
{
    return b.forums.front().sessions.at(1);
}

Meeting makeMeeting(const TripBundle& b, const Stop& stop, const PlannedTime& start, const PlannedTime& end,
    std::vector<Uuid> participants, std::vector<Uuid> counterparts = {})
{
    Meeting m;
    m.id = newUuid();
    m.tripId = b.trip.id;
    m.stopId = stop.id;
    m.title = QStringLiteral("Extra meeting %1").arg(b.meetings.size() + 1);
    m.start = start;
    m.end = end;
    m.participantIds = std::move(participants);
    m.counterpartIds = std::move(counterparts);
    return m;
}

QStringList ruleIds(const std::vector<Finding>& findings)
{
    QStringList out;
    for (const Finding& f : findings) {
        out << f.ruleId;
    }
    return out;
}

std::string describe(const std::vector<Finding>& findings)
{
    QString out;
    for (const Finding& f : findings) {
        out += token(f.severity) + QLatin1Char(' ') + f.ruleId + QStringLiteral(": ") + f.message + QLatin1Char('\n');
    }
    return out.toStdString();
}

/// makeBundle() with the gaps the fixture leaves on purpose filled, so it
/// passes every check: the aide's passport, the archives' signatory.
TripBundle cleanBundle()
{
    TripBundle b = makeBundle();
    Person& park = personNamed(b, QStringLiteral("Park"));
    park.passportNumber = QStringLiteral("M00000002");
    park.passportExpiry = QDate(2024, 1, 1);
    b.mous.front().parties.at(1).signatoryId = personNamed(b, QStringLiteral("Karimov")).id;
    return b;
}

}  // namespace

TEST_CASE("the clean fixture passes every check")
{
    const auto findings = PlanningChecks::run(cleanBundle());
    INFO(describe(findings));
    CHECK(findings.empty());
}

TEST_CASE("person-double-booked")
{
    TripBundle b = cleanBundle();
    const Uuid hong = personNamed(b, QStringLiteral("Hong")).id;
    const Uuid park = personNamed(b, QStringLiteral("Park")).id;
    const Uuid karimov = personNamed(b, QStringLiteral("Karimov")).id;
    const Stop tashkent = stopIn(b, QStringLiteral("Tashkent"));
    const Stop baku = stopIn(b, QStringLiteral("Baku"));

    SECTION("a speaker in a meeting during the session")
    {
        // The keynote is 09:30-10:00 in Tashkent with Hong as speaker.
        b.meetings.push_back(makeMeeting(b, tashkent, at(QStringLiteral("2016-08-17T09:45"), kTashkent),
            at(QStringLiteral("2016-08-17T10:30"), kTashkent), { hong }));
        const auto found = personDoubleBooked(b, {});
        REQUIRE(found.size() == 1);
        const Finding& f = found.front();
        CHECK(f.severity == Severity::Error);
        CHECK(f.ruleId == QStringLiteral("person-double-booked"));
        CHECK(f.records.front() == RecordRef { RecordKind::Person, hong });
        CHECK(f.involves(RecordKind::Session, keynote(b).id));
        CHECK(f.involves(RecordKind::Forum, b.forums.front().id));
        CHECK(f.involves(RecordKind::Meeting, b.meetings.back().id));
        CHECK(f.message.contains(QStringLiteral("HONG Yun-sik")));
        CHECK(
            f.message.contains(QStringLiteral("as speaker in session 'Public administration in Korea's development'")));
        CHECK(f.message.contains(QStringLiteral("2016-08-17 09:30–10:00 Asia/Tashkent, UTC+05:00")));
        CHECK(f.message.contains(QStringLiteral("as participant in meeting 'Extra meeting 2'")));
        CHECK(f.when == at(QStringLiteral("2016-08-17T09:45"), kTashkent));
        CHECK(f.fingerprint.size() == 64);
    }
    SECTION("near miss: a meeting that starts when the session ends")
    {
        b.meetings.push_back(makeMeeting(b, tashkent, at(QStringLiteral("2016-08-17T10:00"), kTashkent),
            at(QStringLiteral("2016-08-17T10:30"), kTashkent), { hong }));
        CHECK(personDoubleBooked(b, {}).empty());
    }
    SECTION("near miss: the same local hours in two zones are different instants")
    {
        // Tashkent 09:00-10:00 (UTC+5) is 04:00-05:00 UTC; Baku 09:30-10:30
        // (UTC+4 in 2016) is 05:30-06:30 UTC: no overlap, though the local
        // times overlap.
        AgendaSession& s = keynote(b);
        s.start = at(QStringLiteral("2016-08-19T09:00"), kTashkent);
        s.end = at(QStringLiteral("2016-08-19T10:00"), kTashkent);
        b.meetings.push_back(makeMeeting(b, baku, at(QStringLiteral("2016-08-19T09:30"), kBaku),
            at(QStringLiteral("2016-08-19T10:30"), kBaku), { hong }));
        CHECK(personDoubleBooked(b, {}).empty());
    }
    SECTION("local hours that do not overlap can be the same instants")
    {
        // Baku 08:00-08:45 is 04:00-04:45 UTC, inside Tashkent 09:00-10:00.
        AgendaSession& s = keynote(b);
        s.start = at(QStringLiteral("2016-08-19T09:00"), kTashkent);
        s.end = at(QStringLiteral("2016-08-19T10:00"), kTashkent);
        b.meetings.push_back(makeMeeting(b, baku, at(QStringLiteral("2016-08-19T08:00"), kBaku),
            at(QStringLiteral("2016-08-19T08:45"), kBaku), { hong }));
        const auto found = personDoubleBooked(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().message.contains(QStringLiteral("2016-08-19 08:00–08:45 Asia/Baku, UTC+04:00")));
    }
    SECTION("a leg without passengers carries the whole delegation")
    {
        TravelLeg& leg = b.legs.front();  // 11:00 Tashkent to 12:30 Baku
        leg.passengerIds.clear();
        b.meetings.push_back(makeMeeting(b, tashkent, at(QStringLiteral("2016-08-18T11:30"), kTashkent),
            at(QStringLiteral("2016-08-18T12:00"), kTashkent), { park }));
        const auto found = personDoubleBooked(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().records.front() == RecordRef { RecordKind::Person, park });
        CHECK(found.front().involves(RecordKind::Leg, leg.id));
        CHECK(found.front().message.contains(QStringLiteral("as passenger in flight Example Air XA202")));
    }
    SECTION("near miss: someone outside the delegation is not on a leg without passengers")
    {
        b.legs.front().passengerIds.clear();
        b.meetings.push_back(makeMeeting(b, tashkent, at(QStringLiteral("2016-08-18T11:30"), kTashkent),
            at(QStringLiteral("2016-08-18T12:00"), kTashkent), {}, { karimov }));
        CHECK(personDoubleBooked(b, {}).empty());
    }
    SECTION("near miss: named passengers only")
    {
        b.legs.front().passengerIds = { hong };
        b.meetings.push_back(makeMeeting(b, tashkent, at(QStringLiteral("2016-08-18T11:30"), kTashkent),
            at(QStringLiteral("2016-08-18T12:00"), kTashkent), { park }));
        CHECK(personDoubleBooked(b, {}).empty());
    }
    SECTION("a counterpart in two meetings at once")
    {
        b.meetings.push_back(makeMeeting(b, baku, at(QStringLiteral("2016-08-19T15:30"), kBaku),
            at(QStringLiteral("2016-08-19T16:30"), kBaku), {}, { karimov }));
        const auto found = personDoubleBooked(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().message.contains(QStringLiteral("KARIMOV Inam is booked twice at once: as counterpart")));
    }
    SECTION("three overlapping bookings give the three pairs, once each")
    {
        for (int i = 0; i < 2; ++i) {
            b.meetings.push_back(makeMeeting(b, tashkent, at(QStringLiteral("2016-08-17T09:40"), kTashkent),
                at(QStringLiteral("2016-08-17T09:50"), kTashkent), { hong, hong }));
        }
        CHECK(personDoubleBooked(b, {}).size() == 3);
    }
}

TEST_CASE("room-double-booked")
{
    TripBundle b = cleanBundle();
    coffee(b).room = QStringLiteral(" conference hall");  // same room, other spelling

    SECTION("two sessions in one room at once")
    {
        coffee(b).start = at(QStringLiteral("2016-08-17T09:50"), kTashkent);
        const auto found = roomDoubleBooked(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().severity == Severity::Error);
        CHECK(found.front().involves(RecordKind::Session, keynote(b).id));
        CHECK(found.front().involves(RecordKind::Session, coffee(b).id));
        CHECK(found.front().message.startsWith(
            QStringLiteral("Room 'Conference Hall' at Academy of Public Administration is used twice at once")));
    }
    SECTION("near miss: back-to-back sessions touch but do not overlap")
    {
        CHECK(roomDoubleBooked(b, {}).empty());
    }
    SECTION("near miss: another room at the same time")
    {
        coffee(b).start = at(QStringLiteral("2016-08-17T09:50"), kTashkent);
        coffee(b).room = QStringLiteral("Room 2");
        CHECK(roomDoubleBooked(b, {}).empty());
    }
    SECTION("two forums at one venue share its rooms; at other venues they do not")
    {
        Forum second = b.forums.front();
        second.id = newUuid();
        second.title = QStringLiteral("Side forum");
        second.sessions = { keynote(b) };
        second.sessions.front().id = newUuid();
        second.sessions.front().forumId = second.id;
        b.forums.push_back(second);
        CHECK(roomDoubleBooked(b, {}).size() == 1);
        b.forums.back().venueId = newUuid();
        CHECK(roomDoubleBooked(b, {}).empty());
    }
}

TEST_CASE("date-far-from-trip")
{
    TripBundle b = cleanBundle();
    REQUIRE(b.trip.startDate.isValid());
    CHECK(dateFarFromTrip(b, {}).empty());

    SECTION("a year typed wrong: 2026 for 2016")
    {
        keynote(b).start = at(QStringLiteral("2026-08-17T09:30"), kTashkent);
        keynote(b).end = at(QStringLiteral("2026-08-17T10:00"), kTashkent);
        const auto found = dateFarFromTrip(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().severity == Severity::Error);
        CHECK(found.front().records.front() == RecordRef { RecordKind::Session, keynote(b).id });
        CHECK(found.front().message.contains(QStringLiteral("is dated 2026-08-17 09:30")));
        CHECK(found.front().message.contains(QStringLiteral("a year or month typed wrong?")));
    }
    SECTION("near miss: a flight two weeks before the trip starts")
    {
        b.stops.front().arrival
            = PlannedTime(QDateTime(b.trip.startDate.addDays(-14), QTime(10, 0)), b.stops.front().zone);
        CHECK(dateFarFromTrip(b, {}).empty());
    }
}

TEST_CASE("session-outside-forum")
{
    TripBundle b = cleanBundle();  // forum 09:30-17:00 Tashkent

    SECTION("a session that ends after the forum")
    {
        coffee(b).end = at(QStringLiteral("2016-08-17T17:30"), kTashkent);
        const auto found = sessionOutsideForum(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().records.front() == RecordRef { RecordKind::Session, coffee(b).id });
        CHECK(found.front().involves(RecordKind::Forum, b.forums.front().id));
        CHECK(found.front().message.contains(QStringLiteral("ends after its forum closes")));
        CHECK(found.front().message.contains(QStringLiteral("2016-08-17 09:30–17:00 Asia/Tashkent, UTC+05:00")));
    }
    SECTION("a session that begins before the forum")
    {
        keynote(b).start = at(QStringLiteral("2016-08-17T09:00"), kTashkent);
        const auto found = sessionOutsideForum(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().message.contains(QStringLiteral("begins before its forum opens")));
    }
    SECTION("near miss: a session that ends exactly when the forum does")
    {
        coffee(b).end = at(QStringLiteral("2016-08-17T17:00"), kTashkent);
        CHECK(sessionOutsideForum(b, {}).empty());
    }
    SECTION("near miss: a session written in another zone at the same instants")
    {
        // 13:30 in Seoul is 09:30 in Tashkent.
        keynote(b).start = at(QStringLiteral("2016-08-17T13:30"), kSeoul);
        keynote(b).end = at(QStringLiteral("2016-08-17T14:00"), kSeoul);
        CHECK(sessionOutsideForum(b, {}).empty());
    }
}

TEST_CASE("forum-outside-stay and meeting-outside-stay")
{
    TripBundle b = cleanBundle();  // Tashkent 15th 18:00 - 18th 10:00; Baku 18th 13:00 - 20th 22:00
    Forum& forum = b.forums.front();
    Meeting& meeting = b.meetings.front();

    SECTION("a forum that ends after the delegation leaves")
    {
        forum.start = at(QStringLiteral("2016-08-18T09:00"), kTashkent);
        forum.end = at(QStringLiteral("2016-08-18T11:00"), kTashkent);
        const auto found = forumOutsideStay(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().records.front() == RecordRef { RecordKind::Forum, forum.id });
        CHECK(found.front().message.contains(QStringLiteral("ends after the delegation leaves Tashkent")));
    }
    SECTION("near miss: a forum that ends as the delegation leaves")
    {
        forum.start = at(QStringLiteral("2016-08-18T09:00"), kTashkent);
        forum.end = at(QStringLiteral("2016-08-18T10:00"), kTashkent);
        CHECK(forumOutsideStay(b, {}).empty());
    }
    SECTION("a meeting before the delegation arrives")
    {
        meeting.start = at(QStringLiteral("2016-08-18T12:00"), kBaku);
        meeting.end = at(QStringLiteral("2016-08-18T13:30"), kBaku);
        const auto found = meetingOutsideStay(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().records.front() == RecordRef { RecordKind::Meeting, meeting.id });
        CHECK(found.front().message.contains(
            QStringLiteral("begins before the delegation arrives in Baku (2016-08-18 13:00 Asia/Baku, UTC+04:00)")));
    }
    SECTION("near miss: a meeting at the moment of arrival")
    {
        meeting.start = at(QStringLiteral("2016-08-18T13:00"), kBaku);
        meeting.end = at(QStringLiteral("2016-08-18T14:00"), kBaku);
        CHECK(meetingOutsideStay(b, {}).empty());
    }
}

TEST_CASE("timed-in-other-zone: a forum's and a meeting's times are the local time of its stop")
{
    TripBundle b = cleanBundle();  // the meeting is at the Baku stop
    Meeting& meeting = b.meetings.front();
    CHECK(timedInOtherZone(b, {}).empty());

    SECTION("a meeting in Baku timed in Tashkent's zone, at instants inside the stay")
    {
        meeting.start = at(QStringLiteral("2016-08-19T16:00"), kTashkent);
        meeting.end = at(QStringLiteral("2016-08-19T17:00"), kTashkent);
        CHECK(meetingOutsideStay(b, {}).empty());
        const auto found = timedInOtherZone(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().ruleId == QStringLiteral("timed-in-other-zone"));
        CHECK(found.front().severity == Severity::Error);
        CHECK(found.front().records.front() == RecordRef { RecordKind::Meeting, meeting.id });
        CHECK(found.front().message.contains(QStringLiteral("is timed in Asia/Tashkent, but Baku is in Asia/Baku")));
    }
    SECTION("a forum whose end alone is in another zone")
    {
        Forum& forum = b.forums.front();
        forum.end = at(QStringLiteral("2016-08-17T19:00"), kSeoul);
        const auto found = timedInOtherZone(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().records.front() == RecordRef { RecordKind::Forum, forum.id });
        CHECK(found.front().message.contains(QStringLiteral("Asia/Seoul")));
    }
}

TEST_CASE("stops-overlap")
{
    TripBundle b = cleanBundle();
    Stop& baku = stopIn(b, QStringLiteral("Baku"));  // Tashkent stay ends 18th 10:00 UTC+5 = 05:00 UTC

    SECTION("a stay that begins before the previous one ends, as instants")
    {
        baku.arrival = at(QStringLiteral("2016-08-18T08:30"), kBaku);  // 04:30 UTC
        const auto found = stopsOverlap(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().records.front() == RecordRef { RecordKind::Stop, baku.id });
        CHECK(found.front().message.startsWith(QStringLiteral("The stay in Baku")));
    }
    SECTION("near miss: 09:00 in Baku is the instant the Tashkent stay ends")
    {
        baku.arrival = at(QStringLiteral("2016-08-18T09:00"), kBaku);
        CHECK(stopsOverlap(b, {}).empty());
    }
}

TEST_CASE("leg-disconnected")
{
    TripBundle b = cleanBundle();
    TravelLeg& leg = b.legs.front();  // 11:00 Tashkent -> 12:30 Baku; stays end 10:00, begin 13:00

    SECTION("near miss: a leg that leaves as the stay ends and lands as the next begins")
    {
        leg.departure = at(QStringLiteral("2016-08-18T10:00"), kTashkent);
        leg.arrival = at(QStringLiteral("2016-08-18T13:00"), kBaku);
        CHECK(legDisconnected(b, {}).empty());
    }
    SECTION("a leg that departs before the stay ends")
    {
        leg.departure = at(QStringLiteral("2016-08-18T09:00"), kTashkent);
        const auto found = legDisconnected(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().records.front() == RecordRef { RecordKind::Leg, leg.id });
        CHECK(found.front().message.contains(QStringLiteral(
            "it departs at 2016-08-18 09:00 Asia/Tashkent, UTC+05:00, before the stay in Tashkent ends")));
    }
    SECTION("a leg that lands after the stay at its destination begins")
    {
        leg.arrival = at(QStringLiteral("2016-08-18T13:30"), kBaku);
        const auto found = legDisconnected(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().message.contains(QStringLiteral("after the stay in Baku begins")));
    }
    SECTION("a leg timed in a zone other than its stop's")
    {
        leg.departure = at(QStringLiteral("2016-08-18T15:00"), kSeoul);  // 11:00 in Tashkent
        const auto found = legDisconnected(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().message.contains(
            QStringLiteral("its departure is given in Asia/Seoul, but Tashkent is in Asia/Tashkent")));
    }
    SECTION("a leg that skips a stop")
    {
        Stop almaty { newUuid(), b.trip.id, QStringLiteral("Almaty"), QStringLiteral("KZ"),
            QStringLiteral("Asia/Almaty"), at(QStringLiteral("2016-08-18T14:00"), QStringLiteral("Asia/Almaty")),
            at(QStringLiteral("2016-08-18T16:00"), QStringLiteral("Asia/Almaty")), {}, {} };
        Stop& baku = stopIn(b, QStringLiteral("Baku"));
        baku.arrival = at(QStringLiteral("2016-08-18T17:00"), kBaku);
        b.stops.insert(b.stops.begin() + 1, almaty);
        const auto found = legDisconnected(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().message.contains(QStringLiteral("the stop after Tashkent is Almaty, not Baku")));
    }
}

TEST_CASE("leg-arrives-before-departure")
{
    TripBundle b = cleanBundle();
    TravelLeg& leg = b.legs.front();  // departs 11:00 Tashkent = 06:00 UTC

    SECTION("near miss: 10:30 in Baku looks earlier than 11:00 in Tashkent but is later")
    {
        leg.arrival = at(QStringLiteral("2016-08-18T10:30"), kBaku);  // 06:30 UTC
        CHECK(legArrivesBeforeDeparture(b, {}).empty());
    }
    SECTION("an arrival before the departure")
    {
        leg.arrival = at(QStringLiteral("2016-08-18T09:30"), kBaku);  // 05:30 UTC
        const auto found = legArrivesBeforeDeparture(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().message.contains(QStringLiteral("30 min before it departs")));
    }
    SECTION("an arrival at the instant of departure")
    {
        leg.arrival = at(QStringLiteral("2016-08-18T10:00"), kBaku);  // 06:00 UTC
        const auto found = legArrivesBeforeDeparture(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().message.contains(QStringLiteral("the same instant")));
    }
}

TEST_CASE("arrival-buffer-short")
{
    TripBundle b = cleanBundle();  // Baku stay begins 18th 13:00; the leg lands 12:30
    Meeting& meeting = b.meetings.front();

    SECTION("one hour between arrival and a meeting")
    {
        meeting.start = at(QStringLiteral("2016-08-18T14:00"), kBaku);
        meeting.end = at(QStringLiteral("2016-08-18T15:00"), kBaku);
        const auto found = arrivalBufferShort(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().severity == Severity::Warning);
        CHECK(found.front().records.front() == RecordRef { RecordKind::Meeting, meeting.id });
        CHECK(found.front().message.startsWith(QStringLiteral("Only 1 h between arrival and meeting")));
        CHECK(found.front().message.contains(QStringLiteral("at least 2 h")));
    }
    SECTION("near miss: exactly the buffer")
    {
        meeting.start = at(QStringLiteral("2016-08-18T15:00"), kBaku);
        meeting.end = at(QStringLiteral("2016-08-18T16:00"), kBaku);
        CHECK(arrivalBufferShort(b, {}).empty());
    }
    SECTION("near miss: a smaller buffer set for the trip")
    {
        meeting.start = at(QStringLiteral("2016-08-18T14:00"), kBaku);
        meeting.end = at(QStringLiteral("2016-08-18T15:00"), kBaku);
        CheckSettings settings;
        settings.arrivalBufferMinutes = 60;
        CHECK(arrivalBufferShort(b, settings).empty());
    }
    SECTION("a flight that lands after the stay begins counts from landing")
    {
        b.legs.front().arrival = at(QStringLiteral("2016-08-18T13:30"), kBaku);
        meeting.start = at(QStringLiteral("2016-08-18T15:00"), kBaku);
        meeting.end = at(QStringLiteral("2016-08-18T16:00"), kBaku);
        const auto found = arrivalBufferShort(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().involves(RecordKind::Leg, b.legs.front().id));
        CHECK(found.front().message.contains(QStringLiteral("Only 1 h 30 min")));
        CHECK(found.front().message.contains(
            QStringLiteral("flight Example Air XA202 Tashkent (TAS) → Baku (GYD) lands in Baku at 2016-08-18 13:30")));
    }
}

TEST_CASE("passport-missing")
{
    TripBundle b = makeBundle();  // Park (secretariat) has no passport data; Karimov is a counterpart

    SECTION("a member without passport data")
    {
        const auto found = passportMissing(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().records.front()
            == RecordRef { RecordKind::Person, personNamed(b, QStringLiteral("Park")).id });
        CHECK(found.front().message.contains(QStringLiteral("PARK Ji-won, a member of the delegation")));
        CHECK(found.front().message.contains(QStringLiteral("passport number and expiry date are missing")));
    }
    SECTION("a named passenger who is not a member")
    {
        b = cleanBundle();
        b.legs.front().passengerIds.push_back(personNamed(b, QStringLiteral("Karimov")).id);
        const auto found = passportMissing(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().message.contains(QStringLiteral("KARIMOV Inam, a passenger on flight")));
    }
    SECTION("near miss: host-side people need no passport data here")
    {
        CHECK(passportMissing(cleanBundle(), {}).empty());
    }
}

TEST_CASE("passport-expiring")
{
    TripBundle b = cleanBundle();  // returns 2016-08-21; six months later: 2017-02-21
    Person& hong = personNamed(b, QStringLiteral("Hong"));

    SECTION("a passport that expired before the trip")
    {
        hong.passportExpiry = QDate(2016, 5, 1);
        const auto found = passportExpiring(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().severity == Severity::Error);
        CHECK(found.front().message.contains(QStringLiteral("expired on 2016-05-01, before the trip")));
    }
    SECTION("a passport that expires within six months of the return")
    {
        hong.passportExpiry = QDate(2017, 2, 20);
        const auto found = passportExpiring(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().message.contains(QStringLiteral("expires on 2017-02-20; it must be valid until at least "
                                                            "2017-02-21 (6 months after the return on 2016-08-21)")));
    }
    SECTION("near miss: valid exactly six months after the return")
    {
        hong.passportExpiry = QDate(2017, 2, 21);
        CHECK(passportExpiring(b, {}).empty());
    }
    SECTION("near miss: the trip asks for three months")
    {
        hong.passportExpiry = QDate(2017, 1, 1);
        CheckSettings settings;
        CHECK(passportExpiring(b, settings).size() == 1);
        settings.passportValidityMonths = 3;
        CHECK(passportExpiring(b, settings).empty());
    }
}

TEST_CASE("mou-party-without-signatory")
{
    TripBundle b = makeBundle();  // the archives sign the (signed) MOU without a named signatory

    SECTION("a signed MOU with a party without signatory is a warning")
    {
        const auto found = mouPartyWithoutSignatory(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().severity == Severity::Warning);
        CHECK(found.front().message.contains(
            QStringLiteral("names no signatory for 'Central State Archives of Uzbekistan'")));
    }
    SECTION("in a draft it is a note")
    {
        b.mous.front().status = MouStatus::Draft;
        const auto found = mouPartyWithoutSignatory(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().severity == Severity::Note);
    }
    SECTION("near miss: every party has a signatory")
    {
        CHECK(mouPartyWithoutSignatory(cleanBundle(), {}).empty());
    }
}

TEST_CASE("mou-signatory-not-on-trip")
{
    TripBundle b = cleanBundle();  // the archives' signatory is Karimov, a counterpart in a meeting

    SECTION("near miss: a counterpart the delegation meets")
    {
        CHECK(mouSignatoryNotOnTrip(b, {}).empty());
    }
    SECTION("someone neither on the delegation nor met")
    {
        Person stranger;
        stranger.id = newUuid();
        stranger.familyName = QStringLiteral("Rashidov");
        stranger.givenName = QStringLiteral("Anvar");
        b.people.push_back(stranger);
        b.mous.front().parties.at(1).signatoryId = stranger.id;
        const auto found = mouSignatoryNotOnTrip(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().records.front().kind == RecordKind::Mou);
        CHECK(found.front().involves(RecordKind::Person, stranger.id));
        CHECK(found.front().message.startsWith(
            QStringLiteral("RASHIDOV Anvar signs the MOU 'MOU on records management'")));

        SECTION("near miss: the same person speaking at the forum")
        {
            coffee(b).speakers.push_back({ stranger.id, SpeakerRole::Speaker });
            CHECK(mouSignatoryNotOnTrip(b, {}).empty());
        }
    }
}

TEST_CASE("mou-signed-at-other-trip")
{
    TripBundle b = cleanBundle();
    SECTION("near miss: signed at this trip's forum")
    {
        CHECK(mouSignedAtOtherTrip(b, {}).empty());
    }
    SECTION("near miss: signed at this trip's meeting")
    {
        b.mous.front().signedAtForumId.clear();
        b.mous.front().signedAtMeetingId = b.meetings.front().id;
        CHECK(mouSignedAtOtherTrip(b, {}).empty());
    }
    SECTION("signed at a forum of another trip")
    {
        const Uuid elsewhere = newUuid();
        b.mous.front().signedAtForumId = elsewhere;
        const auto found = mouSignedAtOtherTrip(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().severity == Severity::Error);
        CHECK(found.front().message.contains(
            QStringLiteral("a forum that is not part of this trip (%1)").arg(elsewhere)));
    }
}

TEST_CASE("delegation-without-head")
{
    TripBundle b = cleanBundle();
    SECTION("near miss: a head")
    {
        CHECK(delegationWithoutHead(b, {}).empty());
    }
    SECTION("members but no head")
    {
        b.members.front().role = MemberRole::DeputyHead;
        const auto found = delegationWithoutHead(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().records.front() == RecordRef { RecordKind::Trip, b.trip.id });
        CHECK(found.front().message.contains(QStringLiteral("has no head")));
    }
    SECTION("no members at all")
    {
        b.members.clear();
        REQUIRE(delegationWithoutHead(b, {}).size() == 1);
    }
}

TEST_CASE("precedence-duplicate")
{
    TripBundle b = cleanBundle();
    SECTION("near miss: 1 and 2")
    {
        CHECK(precedenceDuplicate(b, {}).empty());
    }
    SECTION("two members in first place")
    {
        b.members.at(1).precedence = 1;
        const auto found = precedenceDuplicate(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().involves(RecordKind::Member, b.members.at(0).id));
        CHECK(found.front().involves(RecordKind::Member, b.members.at(1).id));
        CHECK(found.front().message.startsWith(QStringLiteral("HONG Yun-sik and PARK Ji-won share the place 1")));
    }
}

TEST_CASE("session-without-speaker")
{
    TripBundle b = cleanBundle();
    SECTION("near miss: a keynote with a speaker, a break without")
    {
        CHECK(sessionWithoutSpeaker(b, {}).empty());
    }
    SECTION("a keynote with only a moderator")
    {
        keynote(b).speakers.erase(keynote(b).speakers.begin());
        const auto found = sessionWithoutSpeaker(b, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().severity == Severity::Warning);
        CHECK(found.front().message.startsWith(QStringLiteral("The keynote session 'Public administration")));
    }
    SECTION("a presentation with panellists only")
    {
        coffee(b).kind = SessionKind::Presentation;
        coffee(b).speakers = { { personNamed(b, QStringLiteral("Park")).id, SpeakerRole::Panellist } };
        REQUIRE(sessionWithoutSpeaker(b, {}).size() == 1);
    }
}

TEST_CASE("fingerprints follow the content that matters")
{
    TripBundle b = cleanBundle();
    const Uuid hong = personNamed(b, QStringLiteral("Hong")).id;
    b.meetings.push_back(
        makeMeeting(b, stopIn(b, QStringLiteral("Tashkent")), at(QStringLiteral("2016-08-17T09:45"), kTashkent),
            at(QStringLiteral("2016-08-17T10:30"), kTashkent), { hong }));
    const auto fingerprint = [&] {
        const auto found = personDoubleBooked(b, {});
        REQUIRE(found.size() == 1);
        return found.front().fingerprint;
    };
    const QString original = fingerprint();
    CHECK(fingerprint() == original);

    SECTION("titles and notes do not change it")
    {
        b.meetings.back().title = QStringLiteral("Renamed");
        b.meetings.back().notes = QStringLiteral("noted");
        keynote(b).notes = QStringLiteral("other notes");
        CHECK(fingerprint() == original);
    }
    SECTION("a change of time does")
    {
        b.meetings.back().end = at(QStringLiteral("2016-08-17T10:45"), kTashkent);
        CHECK(fingerprint() != original);
    }
    SECTION("a change of role does")
    {
        keynote(b).speakers.front().role = SpeakerRole::Panellist;
        CHECK(fingerprint() != original);
    }
    SECTION("the same rule on other records differs")
    {
        b.meetings.push_back(
            makeMeeting(b, stopIn(b, QStringLiteral("Tashkent")), at(QStringLiteral("2016-08-17T09:35"), kTashkent),
                at(QStringLiteral("2016-08-17T09:40"), kTashkent), { hong }));
        const auto found = personDoubleBooked(b, {});
        REQUIRE(found.size() == 2);
        CHECK(found.at(0).fingerprint != found.at(1).fingerprint);
    }
    SECTION("a setting the rule uses does")
    {
        personNamed(b, QStringLiteral("Hong")).passportExpiry = QDate(2017, 1, 1);
        CheckSettings five;
        five.passportValidityMonths = 5;
        const QString six = passportExpiring(b, {}).at(0).fingerprint;
        CHECK(passportExpiring(b, five).at(0).fingerprint != six);
    }
}

TEST_CASE("run() gives every rule's findings by severity, then time")
{
    TripBundle b = makeBundle();
    b.members.front().role = MemberRole::Member;  // error without time
    coffee(b).end = at(QStringLiteral("2016-08-17T17:30"), kTashkent);  // error at 10:00 on the 17th
    b.legs.front().departure = at(QStringLiteral("2016-08-18T09:00"), kTashkent);  // error at 09:00 on the 18th
    b.mous.front().status = MouStatus::Draft;  // note
    const auto findings = PlanningChecks::run(b);
    INFO(describe(findings));
    CHECK(ruleIds(findings)
        == QStringList({ QStringLiteral("session-outside-forum"), QStringLiteral("leg-disconnected"),
            QStringLiteral("delegation-without-head"), QStringLiteral("passport-missing"),
            QStringLiteral("mou-party-without-signatory") }));
    CHECK(findings.back().severity == Severity::Note);
    CHECK(PlanningChecks::rules().size() == 20);
    for (const PlanningChecks::Rule& r : PlanningChecks::rules()) {
        CHECK(PlanningChecks::rule(r.id) == &r);
    }
}

TEST_CASE("the sweep finds the same double bookings as comparing every pair")
{
    // Random bookings of a few people. The brute force groups each person's
    // bookings into clusters that overlap directly or through a chain: a
    // cluster of up to four gives a finding per overlapping pair, a larger
    // one a single finding naming all of them.
    std::mt19937 random(20160817);
    TripBundle b = cleanBundle();
    b.meetings.clear();
    b.legs.clear();
    b.forums.front().sessions.clear();
    const Stop tashkent = stopIn(b, QStringLiteral("Tashkent"));
    const std::vector<Uuid> people { personNamed(b, QStringLiteral("Hong")).id,
        personNamed(b, QStringLiteral("Park")).id, personNamed(b, QStringLiteral("Karimov")).id };
    const int count = GENERATE(6, 20, 120);
    std::map<Uuid, std::vector<std::pair<int, int>>> booked;
    const QDateTime day(QDate(2016, 8, 17), QTime(8, 0));
    for (int i = 0; i < count; ++i) {
        const int start = static_cast<int>(random() % 48) * 15;
        const int end = start + 15 * static_cast<int>(1 + random() % 6);
        std::vector<Uuid> who;
        for (const Uuid& p : people) {
            if (random() % 3 == 0) {
                who.push_back(p);
                booked[p].emplace_back(start, end);
            }
        }
        b.meetings.push_back(makeMeeting(b, tashkent, PlannedTime(day.addSecs(start * 60), kTashkent),
            PlannedTime(day.addSecs(end * 60), kTashkent), who));
    }
    std::size_t expected = 0;
    std::size_t clustered = 0;
    for (auto& [person, spans] : booked) {
        std::sort(spans.begin(), spans.end());
        for (std::size_t first = 0; first < spans.size();) {
            std::size_t last = first + 1;
            int end = spans[first].second;
            while (last < spans.size() && spans[last].first < end) {
                end = std::max(end, spans[last].second);
                ++last;
            }
            const std::size_t size = last - first;
            if (size > 4) {
                ++expected;
                ++clustered;
            } else {
                for (std::size_t i = first; i < last; ++i) {
                    for (std::size_t j = i + 1; j < last; ++j) {
                        expected += spans[j].first < spans[i].second ? 1 : 0;
                    }
                }
            }
            first = last;
        }
    }
    const auto found = personDoubleBooked(b, {});
    CHECK(found.size() == expected);
    std::size_t clusterFindings = 0;
    for (const Finding& f : found) {
        clusterFindings += f.message.contains(QStringLiteral("bookings that overlap one another")) ? 1 : 0;
    }
    CHECK(clusterFindings == clustered);
}

TEST_CASE("thousands of sessions at one time are one finding, not millions")
{
    TripBundle b = cleanBundle();
    const Uuid hong = personNamed(b, QStringLiteral("Hong")).id;
    Forum& forum = b.forums.front();
    const AgendaSession model = forum.sessions.front();
    forum.sessions.clear();
    for (int i = 0; i < 3000; ++i) {
        AgendaSession s = model;
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.title = QStringLiteral("Session %1").arg(i);
        s.room = QStringLiteral("Hall A");
        s.speakers = { SessionSpeaker { hong, SpeakerRole::Speaker } };
        forum.sessions.push_back(s);
    }
    const auto people = personDoubleBooked(b, {});
    REQUIRE(people.size() == 1);
    CHECK(people.front().message.contains(QStringLiteral("HONG Yun-sik has 3000 bookings that overlap one another")));
    CHECK(people.front().message.contains(QStringLiteral(" and 2992 more")));
    CHECK(people.front().records.size() >= 3002);  // the person, the sessions, the forum
    const auto rooms = roomDoubleBooked(b, {});
    REQUIRE(rooms.size() == 1);
    CHECK(rooms.front().message.contains(QStringLiteral("has 3000 sessions that overlap one another")));
}

TEST_CASE("the bundled sample trip has no errors")
{
    auto sample = TripDocument::read(sampleTripDocument());
    REQUIRE_OK(sample);
    const auto findings = PlanningChecks::run(*sample);
    // Listed so the user guide can explain them.
    for (const Finding& f : findings) {
        UNSCOPED_INFO(
            token(f.severity).toStdString() << " " << f.ruleId.toStdString() << ": " << f.message.toStdString());
    }
    CHECK(
        std::none_of(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::Error; }));
    // The one warning: the article names no signatory for the Uzbek archives.
    CHECK(ruleIds(findings) == QStringList({ QStringLiteral("mou-party-without-signatory") }));
    CHECK(findings.front().severity == Severity::Warning);
    CHECK(findings.front().message.contains(QStringLiteral("Central State Archives of the Republic of Uzbekistan")));
}

TEST_CASE("an acknowledged finding stays acknowledged until its records change")
{
    TempDatabase t;
    TripBundle b = cleanBundle();
    const Uuid hong = personNamed(b, QStringLiteral("Hong")).id;
    // The interpreter-by-design case: Hong speaks and meets at once.
    b.meetings.push_back(
        makeMeeting(b, stopIn(b, QStringLiteral("Tashkent")), at(QStringLiteral("2016-08-17T09:45"), kTashkent),
            at(QStringLiteral("2016-08-17T10:30"), kTashkent), { hong }));
    REQUIRE_OK(TripBundleStore(t.db()).save(b, false));
    const Uuid trip = b.trip.id;

    auto before = CheckService(t.db()).review(trip);
    REQUIRE_OK(before);
    REQUIRE(before->size() == 1);
    CHECK(before->front().isOpen());
    CHECK(CheckService::hasOpenError(*before));

    const QString reason = QStringLiteral("the minister joins the meeting after his keynote; 통역 준비됨");
    REQUIRE_OK(CheckService(t.db()).acknowledge(trip, before->front().finding, reason));
    t.reopen();

    auto after = CheckService(t.db()).review(trip);
    REQUIRE_OK(after);
    REQUIRE(after->size() == 1);
    REQUIRE_FALSE(after->front().isOpen());
    CHECK(after->front().acknowledgement->reason == reason);
    CHECK(after->front().acknowledgement->ruleId == QStringLiteral("person-double-booked"));
    CHECK(after->front().acknowledgement->acknowledgedAt.isValid());
    CHECK(after->front().acknowledgement->acknowledgedAt.timeSpec() == Qt::UTC);
    CHECK_FALSE(CheckService::hasOpenError(*after));

    Meeting meeting = b.meetings.back();
    SECTION("a change that does not matter keeps the acknowledgement")
    {
        meeting.title = QStringLiteral("Courtesy call");
        meeting.notes = QStringLiteral("changed");
        REQUIRE_OK(MeetingRepository(t.db()).update(meeting));
        auto reviewed = CheckService(t.db()).review(trip);
        REQUIRE_OK(reviewed);
        REQUIRE(reviewed->size() == 1);
        CHECK_FALSE(reviewed->front().isOpen());
        CHECK(reviewed->front().finding.message.contains(QStringLiteral("Courtesy call")));
    }
    SECTION("moving the meeting makes it open again; moving it back acknowledged again")
    {
        meeting.end = at(QStringLiteral("2016-08-17T10:45"), kTashkent);
        REQUIRE_OK(MeetingRepository(t.db()).update(meeting));
        auto moved = CheckService(t.db()).review(trip);
        REQUIRE_OK(moved);
        REQUIRE(moved->size() == 1);
        CHECK(moved->front().isOpen());
        CHECK(CheckService::hasOpenError(*moved));

        meeting.end = at(QStringLiteral("2016-08-17T10:30"), kTashkent);
        REQUIRE_OK(MeetingRepository(t.db()).update(meeting));
        auto back = CheckService(t.db()).review(trip);
        REQUIRE_OK(back);
        CHECK_FALSE(back->front().isOpen());
    }
    SECTION("a change of the speaker's role in the session makes it open again")
    {
        AgendaSession session = keynote(b);
        session.speakers.front().role = SpeakerRole::Panellist;
        REQUIRE_OK(ForumRepository(t.db()).updateSession(session));
        auto changed = CheckService(t.db()).review(trip);
        REQUIRE_OK(changed);
        CHECK(changed->front().isOpen());
    }
    SECTION("withdrawing makes it open; withdrawing twice is refused")
    {
        const QString fingerprint = after->front().finding.fingerprint;
        REQUIRE_OK(CheckService(t.db()).withdraw(trip, fingerprint));
        CHECK(CheckService(t.db()).review(trip)->front().isOpen());
        CHECK_FALSE(CheckService(t.db()).withdraw(trip, fingerprint).ok());
    }
    SECTION("acknowledging again replaces the reason")
    {
        REQUIRE_OK(CheckService(t.db()).acknowledge(trip, after->front().finding, QStringLiteral("second thoughts")));
        auto list = AcknowledgementRepository(t.db()).list(trip);
        REQUIRE_OK(list);
        REQUIRE(list->size() == 1);
        CHECK(list->front().reason == QStringLiteral("second thoughts"));
    }
    SECTION("the acknowledgements go with their trip")
    {
        REQUIRE_OK(TripRepository(t.db()).remove(trip));
        auto list = AcknowledgementRepository(t.db()).list(trip);
        REQUIRE_OK(list);
        CHECK(list->empty());
    }
}

TEST_CASE("acknowledgements without a reason or for an unknown trip are refused")
{
    TempDatabase t;
    TripBundle b = makeBundle();
    REQUIRE_OK(TripBundleStore(t.db()).save(b, false));
    Acknowledgement a { b.trip.id, QStringLiteral("passport-missing"), QStringLiteral("abc"), QStringLiteral("  "),
        {} };
    const Status noReason = AcknowledgementRepository(t.db()).acknowledge(a);
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().where == QStringLiteral("reason"));
    a.reason = QStringLiteral("data comes from the embassy");
    a.tripId = newUuid();
    const Status noTrip = AcknowledgementRepository(t.db()).acknowledge(a);
    REQUIRE_FALSE(noTrip.ok());
    CHECK(noTrip.error().message.contains(a.tripId));
    CHECK(AcknowledgementRepository(t.db()).list(b.trip.id)->empty());
}

TEST_CASE("the checks read the trip's settings")
{
    TempDatabase t;
    TripBundle b = cleanBundle();
    b.meetings.front().start = at(QStringLiteral("2016-08-18T14:30"), kBaku);  // 90 min after arrival
    b.meetings.front().end = at(QStringLiteral("2016-08-18T15:00"), kBaku);
    REQUIRE_OK(TripBundleStore(t.db()).save(b, false));
    CheckService service(t.db());

    auto defaults = service.settings(b.trip.id);
    REQUIRE_OK(defaults);
    CHECK(*defaults == CheckSettings {});
    auto atDefaults = service.review(b.trip.id);
    REQUIRE_OK(atDefaults);
    REQUIRE(atDefaults->size() == 1);
    CHECK(atDefaults->front().finding.ruleId == QStringLiteral("arrival-buffer-short"));

    TripSettingsRepository settings(t.db());
    REQUIRE_OK(settings.setValue(b.trip.id, QStringLiteral("arrivalBufferMinutes"), QStringLiteral("90")));
    REQUIRE_OK(settings.setValue(b.trip.id, QStringLiteral("passportValidityMonths"), QStringLiteral("3")));
    auto stored = service.settings(b.trip.id);
    REQUIRE_OK(stored);
    CHECK(stored->arrivalBufferMinutes == 90);
    CHECK(stored->passportValidityMonths == 3);
    auto reviewed = service.review(b.trip.id);
    REQUIRE_OK(reviewed);
    CHECK(reviewed->empty());

    REQUIRE_OK(service.setSettings(b.trip.id, CheckSettings { 150, 6 }));
    CHECK(service.review(b.trip.id)->size() == 1);

    REQUIRE_OK(settings.setValue(b.trip.id, QStringLiteral("arrivalBufferMinutes"), QStringLiteral("two hours")));
    auto bad = service.review(b.trip.id);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("arrivalBufferMinutes is 'two hours'")));
}

TEST_CASE("a version 2 database gains the acknowledgements table and keeps its settings")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    const Uuid tripId = newUuid();
    {
        const QString name = QStringLiteral("raw-v2");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            for (const schema::Migration& m : schema::migrations()) {
                if (m.version > 2) {
                    break;
                }
                for (const QString& statement : m.statements) {
                    REQUIRE(q.exec(statement));
                }
            }
            REQUIRE(q.exec(QStringLiteral("INSERT INTO trips (id, title, home_zone) VALUES ('%1', 'Old', 'Asia/Seoul')")
                               .arg(tripId)));
            REQUIRE(q.exec(
                QStringLiteral("INSERT INTO trip_settings VALUES ('%1', 'arrivalBufferMinutes', '45')").arg(tripId)));
            REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)));
            REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 2")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    auto opened = Database::open(path);
    REQUIRE_OK(opened);
    Database& db = **opened;
    CHECK(db.schemaVersion() == Database::currentSchemaVersion());
    CHECK(schema::expectedTables().contains(QStringLiteral("acknowledged_findings")));
    CHECK(CheckService(db).settings(tripId)->arrivalBufferMinutes == 45);
    Acknowledgement a { tripId, QStringLiteral("delegation-without-head"), QStringLiteral("f"),
        QStringLiteral("set later"), QDateTime(QDate(2016, 8, 1), QTime(9, 0), QTimeZone::utc()) };
    REQUIRE_OK(AcknowledgementRepository(db).acknowledge(a));
    auto list = AcknowledgementRepository(db).list(tripId);
    REQUIRE_OK(list);
    REQUIRE(list->size() == 1);
    CHECK(list->front() == a);
}
