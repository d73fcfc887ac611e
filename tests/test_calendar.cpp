// The travellers' calendar, parsed back with libical's own parser.

#include "Fixtures.h"
#include "TestSupport.h"
#include "services/CalendarExport.h"

#include <QFile>
#include <QTemporaryDir>

#include <libical/ical.h>
#include <map>
#include <set>

using namespace planner;
using namespace planner::test;

namespace {

struct ParsedEvent {
    QString uid;
    QString summary;
    QString location;
    QString description;
    QString startZone;
    QString endZone;
    QString startUtc;  ///< "2016-08-17T04:30:00Z"
    QString endUtc;
    QString stamp;
};

struct ParsedCalendar {
    std::set<QString> timezones;
    std::map<QString, ParsedEvent> events;  ///< by UID
    int eventCount = 0;
};

QString tzidOf(icalproperty* p)
{
    icalparameter* tzid = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
    return tzid ? QString::fromUtf8(icalparameter_get_tzid(tzid)) : QString();
}

/// The instant, using the VTIMEZONE of this calendar (not a builtin zone).
QString utcOf(icalcomponent* calendar, icalproperty* p)
{
    icaltimetype t = icalproperty_get_dtstart(p);  // same value type for DTEND
    if (icalproperty_isa(p) == ICAL_DTEND_PROPERTY) {
        t = icalproperty_get_dtend(p);
    }
    const QByteArray tzid = tzidOf(p).toUtf8();
    icaltimezone* zone = icalcomponent_get_timezone(calendar, tzid.constData());
    REQUIRE(zone != nullptr);
    t = icaltime_set_timezone(&t, zone);
    const icaltimetype utc = icaltime_convert_to_zone(t, icaltimezone_get_utc_timezone());
    return QString::fromLatin1(icaltime_as_ical_string(utc));
}

ParsedCalendar parse(const QByteArray& bytes)
{
    ParsedCalendar out;
    icalcomponent* calendar = icalparser_parse_string(bytes.constData());
    REQUIRE(calendar != nullptr);
    REQUIRE(icalcomponent_isa(calendar) == ICAL_VCALENDAR_COMPONENT);
    REQUIRE(icalcomponent_count_errors(calendar) == 0);
    for (icalcomponent* tz = icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT); tz != nullptr;
         tz = icalcomponent_get_next_component(calendar, ICAL_VTIMEZONE_COMPONENT)) {
        icalproperty* tzid = icalcomponent_get_first_property(tz, ICAL_TZID_PROPERTY);
        REQUIRE(tzid != nullptr);
        out.timezones.insert(QString::fromUtf8(icalproperty_get_tzid(tzid)));
    }
    out.eventCount = icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT);
    for (icalcomponent* ev = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); ev != nullptr;
         ev = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        ParsedEvent e;
        e.uid = QString::fromUtf8(icalcomponent_get_uid(ev));
        e.summary = QString::fromUtf8(icalcomponent_get_summary(ev));
        if (const char* loc = icalcomponent_get_location(ev)) {
            e.location = QString::fromUtf8(loc);
        }
        if (const char* d = icalcomponent_get_description(ev)) {
            e.description = QString::fromUtf8(d);
        }
        icalproperty* start = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
        icalproperty* end = icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY);
        REQUIRE(start != nullptr);
        REQUIRE(end != nullptr);
        e.startZone = tzidOf(start);
        e.endZone = tzidOf(end);
        e.startUtc = utcOf(calendar, start);
        e.endUtc = utcOf(calendar, end);
        e.stamp = QString::fromLatin1(icaltime_as_ical_string(icalcomponent_get_dtstamp(ev)));
        out.events[e.uid] = e;
    }
    icalcomponent_free(calendar);
    return out;
}

const Person& personNamed(const TripBundle& b, const QString& family)
{
    for (const auto& p : b.people) {
        if (p.familyName == family) {
            return p;
        }
    }
    FAIL("no such person");
    return b.people.front();
}

CalendarOptions stamped(const Uuid& person = {})
{
    CalendarOptions options;
    options.personId = person;
    options.stamp = QDateTime(QDate(2016, 8, 1), QTime(12, 0), Qt::UTC);
    return options;
}

}  // namespace

TEST_CASE("The trip calendar parses back in libical with UIDs, zones and UTC instants")
{
    const TripBundle b = makeBundle();
    auto ics = CalendarExport::build(b, stamped());
    REQUIRE_OK(ics);
    INFO(ics->toStdString());
    CHECK(ics->startsWith("BEGIN:VCALENDAR\r\n"));
    const ParsedCalendar cal = parse(*ics);

    // The forum, its keynote (not the coffee break), the meeting, the leg,
    // the MOU's signing.
    CHECK(cal.eventCount == 5);
    CHECK(cal.timezones == std::set<QString> { QStringLiteral("Asia/Baku"), QStringLiteral("Asia/Tashkent") });

    const Forum& forum = b.forums.front();
    REQUIRE(cal.events.count(forum.id) == 1);
    const ParsedEvent& f = cal.events.at(forum.id);
    CHECK(f.summary == forum.title);
    CHECK(f.startZone == QStringLiteral("Asia/Tashkent"));
    CHECK(f.startUtc == QStringLiteral("20160817T043000Z"));  // 09:30 in Tashkent
    CHECK(f.endUtc == QStringLiteral("20160817T120000Z"));
    CHECK(f.location.contains(QStringLiteral("Academy of Public Administration")));
    CHECK(f.location.contains(QStringLiteral("Tashkent")));
    CHECK(f.description.contains(QStringLiteral("Co-host: Central State Archives of Uzbekistan")));
    CHECK(f.stamp == QStringLiteral("20160801T120000Z"));

    const AgendaSession& keynote = forum.sessions.front();
    REQUIRE(cal.events.count(keynote.id) == 1);
    const ParsedEvent& k = cal.events.at(keynote.id);
    CHECK(k.description.contains(QStringLiteral("H.E. HONG Yun-sik (홍윤식), Minister of the Interior")));
    CHECK(k.description.contains(QStringLiteral("Moderator: PARK Ji-won (박지원)")));
    CHECK(k.location == QStringLiteral("Conference Hall, Academy of Public Administration, Tashkent"));
    CHECK(cal.events.count(forum.sessions.back().id) == 0);

    // Baku kept UTC+4 in summer 2016: daylight saving time was abolished.
    const Meeting& meeting = b.meetings.front();
    REQUIRE(cal.events.count(meeting.id) == 1);
    const ParsedEvent& m = cal.events.at(meeting.id);
    CHECK(m.startZone == QStringLiteral("Asia/Baku"));
    CHECK(m.startUtc == QStringLiteral("20160819T110000Z"));
    CHECK(m.description.contains(QStringLiteral("KARIMOV Inam (İnam Kərimov), Chairman")));

    const TravelLeg& leg = b.legs.front();
    REQUIRE(cal.events.count(leg.id) == 1);
    const ParsedEvent& l = cal.events.at(leg.id);
    CHECK(l.startZone == QStringLiteral("Asia/Tashkent"));
    CHECK(l.endZone == QStringLiteral("Asia/Baku"));
    CHECK(l.startUtc == QStringLiteral("20160818T060000Z"));
    CHECK(l.endUtc == QStringLiteral("20160818T083000Z"));
    CHECK(l.summary == QStringLiteral("XA202 Tashkent (TAS) → Baku (GYD)"));

    // The signing: its own event at the forum, with the parties and who signs.
    const Mou& mou = b.mous.front();
    REQUIRE(cal.events.count(mou.id) == 1);
    const ParsedEvent& s = cal.events.at(mou.id);
    CHECK(s.summary == QStringLiteral("Signing: MOU on records management"));
    CHECK(s.startUtc == QStringLiteral("20160817T113000Z"));  // 16:30 in Tashkent
    CHECK(s.endUtc == QStringLiteral("20160817T120000Z"));  // no signing ceremony: 30 minutes
    CHECK(s.location == QStringLiteral("Academy of Public Administration, Tashkent"));
    CHECK(s.description.contains(QStringLiteral("signed by H.E. HONG Yun-sik")));
}

TEST_CASE("LOCATION names a place once: the city is not repeated after an address that holds it")
{
    TripBundle b = makeBundle();
    b.meetings.front().place = QStringLiteral("Cabinet of Ministers, Baku");
    auto ics = CalendarExport::build(b, stamped());
    REQUIRE_OK(ics);
    const ParsedCalendar cal = parse(*ics);
    CHECK(cal.events.at(b.meetings.front().id).location == QStringLiteral("Cabinet of Ministers, Baku"));
    b.meetings.front().place = QStringLiteral("ASAN Service Centre No. 1");
    const ParsedCalendar again = parse(*CalendarExport::build(b, stamped()));
    CHECK(again.events.at(b.meetings.front().id).location == QStringLiteral("ASAN Service Centre No. 1, Baku"));
    b.meetings.front().place = QStringLiteral("Four Seasons Hotel Baku");
    const ParsedCalendar hotel = parse(*CalendarExport::build(b, stamped()));
    CHECK(hotel.events.at(b.meetings.front().id).location == QStringLiteral("Four Seasons Hotel Baku"));
}

TEST_CASE("A signing ceremony session in the calendar is the MOU's event, no second event for it")
{
    TripBundle b = makeBundle();
    Mou& mou = b.mous.front();
    AgendaSession signing = b.forums.front().sessions.front();
    signing.id = newUuid();
    signing.kind = SessionKind::SigningCeremony;
    signing.title = QStringLiteral("Signing of the MOU on records management");
    signing.start = mou.signedAt;
    signing.end = PlannedTime(mou.signedAt.local().addSecs(20 * 60), mou.signedAt.zone());
    b.forums.front().sessions.push_back(signing);
    const ParsedCalendar cal = parse(*CalendarExport::build(b, stamped()));
    CHECK(cal.events.count(signing.id) == 1);
    CHECK(cal.events.count(mou.id) == 0);
}

TEST_CASE("A person's calendar holds only their part of the trip")
{
    TripBundle b = makeBundle();
    const Person& park = personNamed(b, QStringLiteral("Park"));
    const Person& karimov = personNamed(b, QStringLiteral("Karimov"));
    b.legs.front().passengerIds.clear();  // the whole delegation

    auto aide = CalendarExport::build(b, stamped(park.id));
    REQUIRE_OK(aide);
    const ParsedCalendar a = parse(*aide);
    CHECK(a.eventCount == 5);  // forum, keynote she moderates, meeting, leg, the signing (a member)
    CHECK(a.events.count(b.legs.front().id) == 1);
    CHECK(a.events.count(b.forums.front().sessions.front().id) == 1);

    // A host-side counterpart: the meeting only, and only Baku's zone.
    auto host = CalendarExport::build(b, stamped(karimov.id));
    REQUIRE_OK(host);
    const ParsedCalendar h = parse(*host);
    CHECK(h.eventCount == 1);
    CHECK(h.events.count(b.meetings.front().id) == 1);
    CHECK(h.timezones == std::set<QString> { QStringLiteral("Asia/Baku") });

    auto unknown = CalendarExport::build(b, stamped(newUuid()));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().text().contains(QStringLiteral("no person")));
}

TEST_CASE("Writing the calendar twice gives the same events under the same UIDs")
{
    const TripBundle b = makeBundle();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trip.ics"));
    REQUIRE_OK(CalendarExport::write(b, path, stamped()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray first = file.readAll();
    auto second = CalendarExport::build(b, stamped());
    REQUIRE_OK(second);
    CHECK(first == *second);
    // Lines are CRLF and folded at 75 octets without breaking UTF-8.
    for (const QByteArray& line : first.split('\n')) {
        CHECK(line.size() <= 76);
    }
    CHECK(parse(first).events.size() == 5);
}

TEST_CASE("A zone with daylight saving time gets its transitions in the VTIMEZONE")
{
    TripBundle b = makeBundle();
    const QString berlin = QStringLiteral("Europe/Berlin");
    Meeting& spring = b.meetings.front();
    spring.start = at(QStringLiteral("2016-03-28T10:00"), berlin);
    spring.end = at(QStringLiteral("2016-03-28T11:00"), berlin);
    Meeting winter = spring;
    winter.id = newUuid();
    winter.start = at(QStringLiteral("2016-12-05T10:00"), berlin);
    winter.end = at(QStringLiteral("2016-12-05T11:00"), berlin);
    const Uuid springId = spring.id;
    b.meetings.push_back(winter);  // spring is no longer valid
    auto ics = CalendarExport::build(b, stamped());
    REQUIRE_OK(ics);
    INFO(ics->toStdString());
    CHECK(ics->contains("BEGIN:DAYLIGHT"));
    const ParsedCalendar cal = parse(*ics);
    CHECK(cal.timezones.count(berlin) == 1);
    CHECK(cal.events.at(springId).startUtc == QStringLiteral("20160328T080000Z"));  // CEST
    CHECK(cal.events.at(winter.id).startUtc == QStringLiteral("20161205T090000Z"));  // CET
}
