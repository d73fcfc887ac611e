#include "TestSupport.h"
#include "domain/Entities.h"
#include "domain/Kinds.h"
#include "domain/PlannedTime.h"
#include "services/TripDocument.h"

#include <QFile>

#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

using namespace planner;
using Json = nlohmann::ordered_json;

namespace {

Uuid id(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

PlannedTime at(const char* local, const char* zone)
{
    auto t = PlannedTime::parse(QString::fromLatin1(local), QString::fromLatin1(zone));
    REQUIRE_OK(t);
    return *t;
}

// Ids: 1 trip, 10.. organisations, 20.. people, 30 venue, 40.. members,
// 50.. stops, 60.. legs, 70.. forums, 80.. sessions, 90 meeting, 95.. MOUs.
TripBundle sampleBundle()
{
    TripBundle b;
    b.trip.id = id(1);
    b.trip.title = QStringLiteral("Korea–Central Asia public governance visit 2016");
    b.trip.purpose = QStringLiteral("Forums in Tashkent and Baku; archives and e-government MOUs");
    b.trip.homeZone = QStringLiteral("Asia/Seoul");
    b.trip.startDate = QDate(2016, 8, 15);
    b.trip.endDate = QDate(2016, 8, 21);
    b.trip.leadOrganisationId = id(11);
    b.trip.delegationName = QStringLiteral("행정자치부 대표단");
    b.trip.notes = QStringLiteral("Line one\nLine two \"quoted\" \\ backslash\ttab");

    // organisations, by name
    Organisation academy;
    academy.id = id(10);
    academy.name = QStringLiteral("Academy of Public Administration");
    academy.localName = QStringLiteral("Давлат бошқаруви академияси");
    academy.abbreviation = QStringLiteral("APA");
    academy.country = QStringLiteral("UZ");
    academy.kind = OrganisationKind::University;
    academy.notes = QStringLiteral("Forum venue operator in Tashkent");
    Organisation mois;
    mois.id = id(11);
    mois.name = QStringLiteral("Ministry of the Interior");
    mois.localName = QStringLiteral("행정자치부");
    mois.abbreviation = QStringLiteral("MOI");
    mois.country = QStringLiteral("KR");
    mois.kind = OrganisationKind::Ministry;
    Organisation asan;
    asan.id = id(12);
    asan.name = QStringLiteral("State Agency for Public Service and Social Innovations");
    asan.localName = QStringLiteral("Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyi");
    asan.abbreviation = QStringLiteral("ASAN");
    asan.country = QStringLiteral("AZ");
    asan.kind = OrganisationKind::Agency;
    asan.notes = QStringLiteral("Bağlı: ASAN xidmət");
    Organisation other;
    other.id = id(13);
    other.name = QStringLiteral("Unnamed partner");
    other.kind = OrganisationKind::Other;
    b.organisations = { academy, mois, asan, other };

    // people, by family name
    Person aliyev;
    aliyev.id = id(20);
    aliyev.familyName = QStringLiteral("Ağayev");
    aliyev.givenName = QStringLiteral("Rəşad");
    aliyev.localName = QStringLiteral("Rəşad Ağayev");
    aliyev.honorific = QStringLiteral("Mr");
    aliyev.position = QStringLiteral("Deputy Chairman");
    aliyev.organisationId = id(12);
    aliyev.sex = Sex::Male;
    Person hong;
    hong.id = id(21);
    hong.familyName = QStringLiteral("Hong");
    hong.givenName = QStringLiteral("Yun-sik");
    hong.localName = QStringLiteral("홍윤식");
    hong.honorific = QStringLiteral("H.E.");
    hong.position = QStringLiteral("Minister of the Interior");
    hong.organisationId = id(11);
    hong.email = QStringLiteral("minister@example.go.kr");
    hong.phone = QStringLiteral("+82 2 0000 0000");
    hong.sex = Sex::Male;
    hong.dateOfBirth = QDate(1952, 3, 1);
    hong.nationality = QStringLiteral("KOR");
    hong.passportNumber = QStringLiteral("M12345678");
    hong.passportExpiry = QDate(2020, 12, 31);
    hong.notes = QStringLiteral("Vegetarian");
    Person kim;
    kim.id = id(22);
    kim.familyName = QStringLiteral("Kim");
    kim.givenName = QStringLiteral("Seo-yeon");
    kim.localName = QStringLiteral("김서연");
    kim.organisationId = id(11);
    kim.sex = Sex::Female;
    kim.dateOfBirth = QDate(1985, 11, 30);
    kim.nationality = QStringLiteral("KOR");
    kim.passportNumber = QStringLiteral("M87654321");
    kim.passportExpiry = QDate(2017, 1, 15);
    Person rakhimov;
    rakhimov.id = id(23);
    rakhimov.familyName = QStringLiteral("Rakhimov");
    rakhimov.givenName = QStringLiteral("Akmal");
    rakhimov.localName = QStringLiteral("Акмал Рахимов");
    rakhimov.position = QStringLiteral("Rector");
    rakhimov.sex = Sex::Unspecified;
    b.people = { aliyev, hong, kim, rakhimov };

    Venue fourSeasons;
    fourSeasons.id = id(30);
    fourSeasons.name = QStringLiteral("Four Seasons Hotel Baku");
    fourSeasons.address = QStringLiteral("Neftçilər prospekti 77");
    fourSeasons.city = QStringLiteral("Baku");
    fourSeasons.country = QStringLiteral("AZ");
    fourSeasons.rooms = { QStringLiteral("Ballroom"), QStringLiteral("Şirvan Salonu") };
    fourSeasons.notes = QStringLiteral("Security check at the entrance");
    Venue academyHall;
    academyHall.id = id(31);
    academyHall.name = QStringLiteral("Academy of Public Administration");
    academyHall.city = QStringLiteral("Tashkent");
    academyHall.country = QStringLiteral("UZ");
    b.venues = { academyHall, fourSeasons };

    b.members = { DelegationMember { id(40), id(21), MemberRole::Head, 1 },
        DelegationMember { id(41), id(22), MemberRole::Interpreter, 2 } };

    Stop tashkent;
    tashkent.id = id(50);
    tashkent.tripId = id(1);
    tashkent.city = QStringLiteral("Tashkent");
    tashkent.country = QStringLiteral("UZ");
    tashkent.zone = QStringLiteral("Asia/Tashkent");
    tashkent.arrival = at("2016-08-16T14:05", "Asia/Tashkent");
    tashkent.departure = at("2016-08-18T10:00", "Asia/Tashkent");
    tashkent.lodging = QStringLiteral("Hotel Uzbekistan");
    tashkent.notes = QStringLiteral("Тошкент");
    Stop baku;
    baku.id = id(51);
    baku.tripId = id(1);
    baku.city = QStringLiteral("Baku");
    baku.country = QStringLiteral("AZ");
    baku.zone = QStringLiteral("Asia/Baku");
    baku.arrival = at("2016-08-18T11:30", "Asia/Baku");
    baku.departure = at("2016-08-20T23:55", "Asia/Baku");
    baku.lodging = QStringLiteral("Four Seasons Hotel Baku");
    b.stops = { tashkent, baku };

    TravelLeg out;
    out.id = id(60);
    out.tripId = id(1);
    out.toStopId = id(50);
    out.fromPlace = QStringLiteral("Seoul (ICN)");
    out.toPlace = QStringLiteral("Tashkent (TAS)");
    out.carrier = QStringLiteral("Korean Air");
    out.flightNumber = QStringLiteral("KE941");
    out.departure = at("2016-08-16T10:40", "Asia/Seoul");
    out.arrival = at("2016-08-16T14:05", "Asia/Tashkent");
    out.notes = QStringLiteral("Whole delegation");
    TravelLeg hop;
    hop.id = id(61);
    hop.tripId = id(1);
    hop.fromStopId = id(50);
    hop.toStopId = id(51);
    hop.fromPlace = QStringLiteral("Tashkent (TAS)");
    hop.toPlace = QStringLiteral("Baku (GYD)");
    hop.carrier = QStringLiteral("Uzbekistan Airways");
    hop.flightNumber = QStringLiteral("HY61");
    // Lands at an earlier wall-clock time than it leaves (10:00 in Tashkent is 05:00 UTC, 09:50:30 in Baku is
    // 05:50:30 UTC): only the instants are compared.
    hop.departure = at("2016-08-18T10:00", "Asia/Tashkent");
    hop.arrival = at("2016-08-18T09:50:30", "Asia/Baku");
    hop.passengerIds = { id(21), id(22) };
    b.legs = { out, hop };

    Forum forumTashkent;
    forumTashkent.id = id(70);
    forumTashkent.tripId = id(1);
    forumTashkent.stopId = id(50);
    forumTashkent.venueId = id(31);
    forumTashkent.title = QStringLiteral("Korea-Uzbekistan Cooperation Forum on Public Governance");
    forumTashkent.start = at("2016-08-17T09:30", "Asia/Tashkent");
    forumTashkent.end = at("2016-08-17T12:30", "Asia/Tashkent");
    forumTashkent.hosts = { ForumHost { id(11), HostRole::Host }, ForumHost { id(10), HostRole::CoHost } };
    forumTashkent.description = QStringLiteral("한-우즈베키스탄 행정협력 포럼");
    AgendaSession opening;
    opening.id = id(80);
    opening.forumId = id(70);
    opening.start = at("2016-08-17T09:30", "Asia/Tashkent");
    opening.end = at("2016-08-17T09:45", "Asia/Tashkent");
    opening.kind = SessionKind::Opening;
    opening.title = QStringLiteral("Opening remarks");
    opening.presentingOrganisationId = id(11);
    opening.room = QStringLiteral("Main hall");
    opening.speakers
        = { SessionSpeaker { id(21), SpeakerRole::Speaker }, SessionSpeaker { id(23), SpeakerRole::Moderator } };
    opening.notes = QStringLiteral("Simultaneous interpretation ko/uz/ru");
    AgendaSession panel;
    panel.id = id(81);
    panel.forumId = id(70);
    panel.start = at("2016-08-17T10:00:15", "Asia/Tashkent");
    panel.end = at("2016-08-17T11:30", "Asia/Tashkent");
    panel.kind = SessionKind::Panel;
    panel.title = QStringLiteral("E-government and archives");
    panel.speakers = { SessionSpeaker { id(22), SpeakerRole::Panellist } };
    forumTashkent.sessions = { opening, panel };
    Forum forumBaku;
    forumBaku.id = id(71);
    forumBaku.tripId = id(1);
    forumBaku.stopId = id(51);
    forumBaku.title = QStringLiteral("Korea-Azerbaijan E-Government Forum");
    forumBaku.start = at("2016-08-19T09:30", "Asia/Baku");
    forumBaku.end = at("2016-08-19T13:00", "Asia/Baku");
    forumBaku.hosts = { ForumHost { id(12), HostRole::Host } };
    b.forums = { forumTashkent, forumBaku };

    Meeting meeting;
    meeting.id = id(90);
    meeting.tripId = id(1);
    meeting.stopId = id(51);
    meeting.title = QStringLiteral("Courtesy call on the Chairman of ASAN");
    meeting.start = at("2016-08-19T15:00", "Asia/Baku");
    meeting.end = at("2016-08-19T15:45", "Asia/Baku");
    meeting.place = QStringLiteral("ASAN headquarters");
    meeting.purpose = QStringLiteral("E-government cooperation");
    meeting.counterpartIds = { id(20) };
    meeting.participantIds = { id(21), id(22) };
    meeting.notes = QStringLiteral("Gifts: celadon vase");
    b.meetings = { meeting };

    Mou archives;
    archives.id = id(95);
    archives.tripId = id(1);
    archives.title = QStringLiteral("MOU on archives cooperation");
    archives.subject = QStringLiteral("Exchange of archival expertise");
    archives.status = MouStatus::Signed;
    archives.signedAtForumId = id(70);
    archives.signedAt = at("2016-08-17T12:00", "Asia/Tashkent");
    archives.parties = { MouParty { id(11), id(21) }, MouParty { id(10), id(23) } };
    archives.notes = QStringLiteral("Two originals each");
    Mou egov;
    egov.id = id(96);
    egov.tripId = id(1);
    egov.title = QStringLiteral("MOU on e-government");
    egov.status = MouStatus::Agreed;
    egov.signedAtMeetingId = id(90);
    egov.parties = { MouParty { id(11), id(21) }, MouParty { id(12), {} } };
    b.mous = { archives, egov };
    return b;
}

Json sampleJson()
{
    const QByteArray bytes = TripDocument::write(sampleBundle());
    return Json::parse(bytes.begin(), bytes.end());
}

QByteArray bytesOf(const Json& j)
{
    const std::string text = j.dump(2);
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

/// Reads a document that must fail, and returns the error.
Error failure(const QByteArray& bytes)
{
    const auto result = TripDocument::read(bytes);
    REQUIRE_FALSE(result.ok());
    INFO(result.error().text().toStdString());
    CHECK_FALSE(result.error().message.isEmpty());
    return result.error();
}

Error failure(const Json& j)
{
    return failure(bytesOf(j));
}

bool has(const QString& text, const char* part)
{
    return text.contains(QString::fromUtf8(part));
}

std::vector<std::string> keysOf(const Json& j)
{
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it) {
        keys.push_back(it.key());
    }
    return keys;
}

}  // namespace

TEST_CASE("A trip document reads back into an equal bundle")
{
    const TripBundle bundle = sampleBundle();
    const QByteArray bytes = TripDocument::write(bundle);
    const auto read = TripDocument::read(bytes);
    REQUIRE_OK(read);
    // Field by field first, for a readable report when one differs.
    CHECK(read->trip == bundle.trip);
    CHECK(read->organisations == bundle.organisations);
    CHECK(read->people == bundle.people);
    CHECK(read->venues == bundle.venues);
    CHECK(read->members == bundle.members);
    CHECK(read->stops == bundle.stops);
    CHECK(read->legs == bundle.legs);
    CHECK(read->forums == bundle.forums);
    CHECK(read->meetings == bundle.meetings);
    CHECK(read->mous == bundle.mous);
    CHECK(*read == bundle);
    // Owner ids that the file holds only by nesting are filled in.
    CHECK(read->forums[0].sessions[1].forumId == id(70));
    CHECK(read->stops[1].tripId == id(1));
    CHECK(read->mous[1].tripId == id(1));
}

TEST_CASE("Writing what was read gives the same bytes")
{
    const QByteArray first = TripDocument::write(sampleBundle());
    const auto read = TripDocument::read(first);
    REQUIRE_OK(read);
    const QByteArray second = TripDocument::write(*read);
    CHECK(second == first);
    CHECK(TripDocument::write(sampleBundle()) == first);
}

TEST_CASE("The writer uses the documented layout")
{
    const QByteArray bytes = TripDocument::write(sampleBundle());
    CHECK(bytes.startsWith(
        "{\n  \"format\": \"delegation-planner-trip\",\n  \"version\": 2,\n  \"trip\": {\n    \"id\": "));
    CHECK(bytes.endsWith("}\n"));
    CHECK_FALSE(bytes.endsWith("\n\n"));
    // UTF-8 as is, not \u escapes.
    CHECK(bytes.contains(QStringLiteral("\"delegationName\": \"행정자치부 대표단\"").toUtf8()));
    CHECK(bytes.contains(QStringLiteral("Vətəndaşlara").toUtf8()));
    CHECK_FALSE(bytes.contains("\\u"));
    // Times: local wall clock, zone, offset from the zone rules (Baku: no DST in 2016).
    CHECK(bytes.contains("\"start\": {\n        \"local\": \"2016-08-19T09:30\",\n        \"zone\": \"Asia/Baku\",\n"
                         "        \"utcOffset\": \"+04:00\"\n      }"));
    CHECK(bytes.contains("\"local\": \"2016-08-18T09:50:30\""));
    CHECK(bytes.contains("\"venue\": null"));
    CHECK(bytes.contains("\"signedAt\": null"));
    CHECK(bytes.contains("\"startDate\": \"2016-08-15\""));

    const Json j = Json::parse(bytes.begin(), bytes.end());
    CHECK(keysOf(j)
        == std::vector<std::string> { "format", "version", "trip", "organisations", "people", "venues", "delegation",
            "stops", "travelLegs", "forums", "meetings", "mous" });
    CHECK(keysOf(j["trip"])
        == std::vector<std::string> { "id", "title", "purpose", "homeZone", "startDate", "endDate", "leadOrganisation",
            "delegationName", "notes" });
    CHECK(keysOf(j["people"][0])
        == std::vector<std::string> { "id", "familyName", "givenName", "localName", "honorific", "position",
            "organisation", "email", "phone", "sex", "dateOfBirth", "nationality", "passportNumber", "passportExpiry",
            "notes" });
    CHECK(keysOf(j["travelLegs"][0])
        == std::vector<std::string> { "id", "from", "to", "fromPlace", "toPlace", "carrier", "flightNumber",
            "departure", "arrival", "passengers", "notes" });
    CHECK(keysOf(j["forums"][0])
        == std::vector<std::string> {
            "id", "title", "stop", "venue", "start", "end", "hosts", "description", "sessions" });
    CHECK(keysOf(j["forums"][0]["sessions"][0])
        == std::vector<std::string> {
            "id", "start", "end", "kind", "title", "presentingOrganisation", "room", "speakers", "notes" });
    CHECK(keysOf(j["mous"][0])
        == std::vector<std::string> {
            "id", "title", "subject", "status", "signedAtForum", "signedAtMeeting", "signedAt", "parties", "notes" });
    CHECK(keysOf(j["stops"][0]["arrival"]) == std::vector<std::string> { "local", "zone", "utcOffset" });
}

TEST_CASE("The reader accepts keys in any order and ignores a stale utcOffset")
{
    Json j = sampleJson();
    // A file written before Azerbaijan dropped DST would say +05:00 for 09:30 in Baku.
    j["forums"][1]["start"]["utcOffset"] = "+05:00";
    Json reordered = Json::object();
    for (const char* key : { "mous", "meetings", "forums", "travelLegs", "stops", "delegation", "venues", "people",
             "organisations", "trip", "version", "format" }) {
        reordered[key] = j[key];
    }
    const auto read = TripDocument::read(bytesOf(reordered));
    REQUIRE_OK(read);
    CHECK(read->forums[1].start.localIso() == QStringLiteral("2016-08-19T09:30"));
    CHECK(read->forums[1].start.utcOffsetText() == QStringLiteral("+04:00"));
    CHECK(TripDocument::write(*read) == TripDocument::write(sampleBundle()));
}

TEST_CASE("Wrong JSON types are reported with their path")
{
    Json j = sampleJson();
    SECTION("a number for a time")
    {
        j["forums"][0]["sessions"][1]["start"] = 42;
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.forums[0].sessions[1].start"));
        CHECK(e.message == QStringLiteral("expected a time object {local, zone, utcOffset}, found a number"));
    }
    SECTION("a number for a string")
    {
        j["trip"]["title"] = 5;
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.trip.title"));
        CHECK(e.message == QStringLiteral("expected a string, found a number"));
    }
    SECTION("a string for an array")
    {
        j["venues"][1]["rooms"] = "Ballroom";
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.venues[1].rooms"));
        CHECK(e.message == QStringLiteral("expected an array, found a string"));
    }
    SECTION("null inside a list of rooms")
    {
        j["venues"][1]["rooms"][1] = nullptr;
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.venues[1].rooms[1]"));
        CHECK(has(e.message, "found null"));
    }
    SECTION("an object for a collection entry")
    {
        j["people"][2] = Json::array();
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.people[2]"));
        CHECK(e.message == QStringLiteral("expected an object, found an array"));
    }
    SECTION("a precedence that is not a whole number")
    {
        j["delegation"][1]["precedence"] = 1.5;
        CHECK(failure(j).where == QStringLiteral("$.delegation[1].precedence"));
        j["delegation"][1]["precedence"] = 0;
        CHECK(has(failure(j).message, "out of range"));
    }
    SECTION("a boolean for a reference")
    {
        j["people"][0]["organisation"] = true;
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.people[0].organisation"));
        CHECK(e.message == QStringLiteral("expected a UUID string, found true"));
    }
    SECTION("a top level that is not an object")
    {
        const Error e = failure(QByteArray("[1, 2, 3]"));
        CHECK(e.where == QStringLiteral("$"));
        CHECK(e.message == QStringLiteral("expected an object, found an array"));
    }
}

TEST_CASE("Missing and unknown fields are reported")
{
    Json j = sampleJson();
    SECTION("missing title")
    {
        j["trip"].erase("title");
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.trip"));
        CHECK(e.message == QStringLiteral("missing field 'title'"));
    }
    SECTION("missing utcOffset in a time")
    {
        j["stops"][1]["departure"].erase("utcOffset");
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.stops[1].departure"));
        CHECK(e.message == QStringLiteral("missing field 'utcOffset'"));
    }
    SECTION("a missing collection")
    {
        j.erase("meetings");
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$"));
        CHECK(e.message == QStringLiteral("missing field 'meetings'"));
    }
    SECTION("a field of a later version")
    {
        j["people"][3]["colour"] = "blue";
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.people[3].colour"));
        CHECK(has(e.message, "unknown field 'colour'"));
    }
    SECTION("a key given twice")
    {
        QByteArray bytes = TripDocument::write(sampleBundle());
        const QByteArray marker = "\"title\": \"Opening remarks\",";
        REQUIRE(bytes.contains(marker));
        bytes.replace(marker, marker + "\"title\": \"Opening\",");
        const Error e = failure(bytes);
        CHECK(e.where == QStringLiteral("$.forums[0].sessions[0].title"));
        CHECK(has(e.message, "appears twice"));
    }
}

TEST_CASE("A two-letter nationality is read as the passport's three-letter code")
{
    Json j = sampleJson();
    j["people"][0]["nationality"] = "KR";
    j["organisations"][0]["country"] = "UZB";
    const auto read = TripDocument::read(bytesOf(j));
    REQUIRE_OK(read);
    const QString id = QString::fromStdString(j["people"][0]["id"].get<std::string>());
    const QString org = QString::fromStdString(j["organisations"][0]["id"].get<std::string>());
    for (const Person& p : read->people) {
        if (p.id == id) {
            CHECK(p.nationality == QStringLiteral("KOR"));
        }
    }
    for (const Organisation& o : read->organisations) {
        if (o.id == org) {
            CHECK(o.country == QStringLiteral("UZ"));
        }
    }
}

TEST_CASE("A meeting's times are in its stop's zone, as a forum's are")
{
    Json j = sampleJson();
    // The first meeting is at a stop in Tashkent or Baku; Lima is neither.
    SECTION("start and end both in another zone")
    {
        for (const char* key : { "start", "end" }) {
            j["meetings"][0][key]["zone"] = "America/Lima";
            j["meetings"][0][key]["utcOffset"] = "";
        }
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.meetings[0].start.zone"));
        CHECK(has(e.message, "is America/Lima, but the meeting's stop is in Asia/"));
    }
    SECTION("the end in another zone than the start")
    {
        j["meetings"][0]["end"]["zone"] = "Asia/Seoul";
        j["meetings"][0]["end"]["utcOffset"] = "";
        j["meetings"][0]["end"]["local"] = "2030-01-01T10:00";
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.meetings[0].end.zone"));
        CHECK(has(e.message, "is Asia/Seoul, but the meeting starts in Asia/"));
    }
}

TEST_CASE("Unknown time zones and malformed times are refused")
{
    Json j = sampleJson();
    SECTION("a stop's zone")
    {
        j["stops"][0]["zone"] = "Asia/Atlantis";
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.stops[0].zone"));
        CHECK(has(e.message, "'Asia/Atlantis' is not a known IANA time zone"));
    }
    SECTION("a zone in a time object")
    {
        j["meetings"][0]["end"]["zone"] = "Asia/Atlantis";
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.meetings[0].end.zone"));
        CHECK(has(e.message, "'Asia/Atlantis' is not a known IANA time zone"));
    }
    SECTION("the home zone")
    {
        j["trip"]["homeZone"] = "KST";
        CHECK(failure(j).where == QStringLiteral("$.trip.homeZone"));
    }
    SECTION("an empty zone")
    {
        j["stops"][1]["zone"] = "";
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.stops[1].zone"));
        CHECK(e.message == QStringLiteral("must not be empty"));
    }
    SECTION("a local time with an offset")
    {
        j["forums"][0]["start"]["local"] = "2016-08-17T09:30+05:00";
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.forums[0].start.local"));
        CHECK(has(e.message, "is not a local time of the form YYYY-MM-DDTHH:MM"));
    }
    SECTION("a local time with a space for the T")
    {
        j["forums"][0]["end"]["local"] = "2016-08-17 12:30";
        CHECK(failure(j).where == QStringLiteral("$.forums[0].end.local"));
    }
    SECTION("a wall-clock time that the zone skips")
    {
        j["meetings"][0]["start"]
            = { { "local", "2016-03-27T02:30" }, { "zone", "Europe/Berlin" }, { "utcOffset", "" } };
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.meetings[0].start.local"));
        CHECK(has(e.message, "does not exist in Europe/Berlin"));
    }
    SECTION("a date that does not exist")
    {
        j["people"][1]["dateOfBirth"] = "1952-02-30";
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.people[1].dateOfBirth"));
        CHECK(e.message == QStringLiteral("'1952-02-30' is not a date of the form YYYY-MM-DD"));
    }
}

TEST_CASE("Dangling references are refused")
{
    Json j = sampleJson();
    const std::string stranger = id(1234).toStdString();
    SECTION("a delegation member who is not among the people")
    {
        j["delegation"][1]["person"] = stranger;
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.delegation[1].person"));
        CHECK(e.message == QStringLiteral("refers to person %1, which is not in $.people").arg(id(1234)));
    }
    SECTION("a session speaker")
    {
        j["forums"][0]["sessions"][1]["speakers"][0]["person"] = stranger;
        CHECK(failure(j).where == QStringLiteral("$.forums[0].sessions[1].speakers[0].person"));
    }
    SECTION("a leg to a stop that does not exist")
    {
        j["travelLegs"][1]["to"] = stranger;
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.travelLegs[1].to"));
        CHECK(has(e.message, "which is not in $.stops"));
    }
    SECTION("a reference to the wrong kind of record")
    {
        j["forums"][0]["venue"] = id(21).toStdString();
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.forums[0].venue"));
        CHECK(has(e.message, "which is a person (at $.people[1].id), not a venue"));
    }
    SECTION("a reference that precedes the collection it points into")
    {
        j["trip"]["leadOrganisation"] = stranger;
        CHECK(failure(j).where == QStringLiteral("$.trip.leadOrganisation"));
    }
    SECTION("an id that is not a lowercase UUID")
    {
        j["mous"][0]["parties"][0]["organisation"] = "0000000A-0000-4000-8000-000000000011";
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.mous[0].parties[0].organisation"));
        CHECK(has(e.message, "is not a UUID"));
    }
}

TEST_CASE("Duplicate ids are refused across the whole document")
{
    Json j = sampleJson();
    SECTION("two people with one id")
    {
        j["people"][2]["id"] = j["people"][0]["id"];
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.people[2].id"));
        CHECK(e.message.startsWith(QStringLiteral("duplicate id %1 (also at $.people[0].id)").arg(id(20))));
    }
    SECTION("a session with the id of an organisation")
    {
        j["forums"][1]["sessions"] = Json::array({ j["forums"][0]["sessions"][0] });
        j["forums"][1]["sessions"][0]["id"] = id(13).toStdString();
        for (const char* key : { "start", "end" }) {
            j["forums"][1]["sessions"][0][key]["zone"] = "Asia/Baku";
        }
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.forums[1].sessions[0].id"));
        CHECK(has(e.message, "also at $.organisations[3].id"));
    }
    SECTION("a person twice in the delegation")
    {
        j["delegation"][1]["person"] = j["delegation"][0]["person"];
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.delegation[1].person"));
        CHECK(has(e.message, "already in the delegation"));
    }
    SECTION("a precedence given twice")
    {
        j["delegation"][1]["precedence"] = 1;
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.delegation[1].precedence"));
        CHECK(has(e.message, "also given at $.delegation[0].precedence"));
    }
    SECTION("a participant listed twice")
    {
        j["meetings"][0]["participants"].push_back(id(21).toStdString());
        CHECK(failure(j).where == QStringLiteral("$.meetings[0].participants[2]"));
    }
}

TEST_CASE("Truncated files and bytes that are not UTF-8 are refused")
{
    const QByteArray bytes = TripDocument::write(sampleBundle());
    SECTION("cut in half")
    {
        const QByteArray half = bytes.left(bytes.size() / 2);
        const Error e = failure(half);
        CHECK(e.where == QStringLiteral("$"));
        CHECK(has(e.message, "the file is not valid JSON (ends early at byte "));
        CHECK(has(e.message, QByteArray::number(half.size()).constData()));
    }
    SECTION("missing its last brace")
    {
        CHECK(has(failure(bytes.left(bytes.size() - 2)).message, "ends early"));
    }
    SECTION("empty")
    {
        CHECK(has(failure(QByteArray()).message, "empty"));
        CHECK(has(failure(QByteArray("  \n")).message, "empty"));
    }
    SECTION("a syntax error in the middle")
    {
        QByteArray broken = bytes;
        broken.replace("\"version\": 2,", "\"version\": 2");
        const Error e = failure(broken);
        CHECK(e.where == QStringLiteral("$"));
        CHECK(has(e.message, "not valid JSON (at byte "));
        CHECK(has(e.message, "line 4, column"));
    }
    SECTION("a Latin-1 byte in a name")
    {
        QByteArray latin1 = bytes;
        const qsizetype at = latin1.indexOf("Hotel Uzbekistan");
        REQUIRE(at > 0);
        latin1[at + 1] = static_cast<char>(0xF6);  // "Hötel" in Latin-1
        const Error e = failure(latin1);
        CHECK(e.where == QStringLiteral("$"));
        CHECK(has(e.message, "not valid UTF-8 at byte "));
        CHECK(has(e.message, QByteArray::number(at + 2).constData()));
    }
    SECTION("an overlong encoding and a cut sequence")
    {
        CHECK(has(failure(QByteArray("{\"format\": \"\xC0\xAF\"}")).message, "not valid UTF-8 at byte 13"));
        CHECK(has(failure(QByteArray("{\"format\": \"\xED\xA0\x80\"}")).message, "not valid UTF-8"));
        CHECK(has(failure(QByteArray("{\"format\": \"\xEC\x95")).message, "not valid UTF-8 at byte 13"));
    }
}

TEST_CASE("Other formats and versions are refused")
{
    Json j = sampleJson();
    SECTION("another format")
    {
        j["format"] = "some-other-app";
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.format"));
        CHECK(has(e.message, "'some-other-app' is not a Delegation Planner trip document"));
    }
    SECTION("no format at all")
    {
        CHECK(has(failure(QByteArray("{}")).message, "missing field 'format'"));
    }
    SECTION("a newer version, even with fields this build does not know")
    {
        j["version"] = 7;
        j.erase("mous");
        j["trip"]["budget"] = 1000;
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.version"));
        CHECK(e.message.startsWith(QStringLiteral("unsupported format version 7 (this build reads version 2")));
    }
    SECTION("version zero, negative, or as text")
    {
        j["version"] = 0;
        CHECK(has(failure(j).message, "unsupported format version 0"));
        j["version"] = -1;
        CHECK(has(failure(j).message, "unsupported format version -1"));
        j["version"] = "1";
        CHECK(failure(j).message == QStringLiteral("expected a whole number, found a string"));
    }
}

TEST_CASE("Invalid enumeration tokens are refused")
{
    Json j = sampleJson();
    SECTION("sex")
    {
        j["people"][1]["sex"] = "M";
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.people[1].sex"));
        CHECK(e.message == QStringLiteral("'M' is not one of: unspecified, female, male, other"));
    }
    SECTION("session kind, in its translated label form")
    {
        j["forums"][0]["sessions"][0]["kind"] = "Opening";
        CHECK(failure(j).where == QStringLiteral("$.forums[0].sessions[0].kind"));
    }
    SECTION("host role, speaker role, member role, organisation kind, MOU status")
    {
        j["forums"][0]["hosts"][1]["role"] = "cohost";
        CHECK(failure(j).where == QStringLiteral("$.forums[0].hosts[1].role"));
        j = sampleJson();
        j["forums"][0]["sessions"][0]["speakers"][1]["role"] = "chair";
        CHECK(failure(j).where == QStringLiteral("$.forums[0].sessions[0].speakers[1].role"));
        j = sampleJson();
        j["delegation"][0]["role"] = "leader";
        CHECK(failure(j).where == QStringLiteral("$.delegation[0].role"));
        j = sampleJson();
        j["organisations"][0]["kind"] = "school";
        CHECK(failure(j).where == QStringLiteral("$.organisations[0].kind"));
        j = sampleJson();
        j["mous"][1]["status"] = "pending";
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.mous[1].status"));
        CHECK(has(e.message, "draft, agreed, signed"));
    }
}

TEST_CASE("Things that end before they start are refused")
{
    Json j = sampleJson();
    SECTION("a session")
    {
        j["forums"][0]["sessions"][1]["end"]["local"] = "2016-08-17T09:59";
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.forums[0].sessions[1].end"));
        CHECK(has(e.message, "ends before it starts"));
    }
    SECTION("a stop")
    {
        j["stops"][1]["departure"]["local"] = "2016-08-18T11:30";
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.stops[1].departure"));
        CHECK(has(e.message, "ends before it starts"));
    }
    SECTION("a flight, compared as instants across zones")
    {
        // 10:00 in Tashkent is 05:00 UTC; 08:30 in Baku is 04:30 UTC.
        j["travelLegs"][1]["arrival"]["local"] = "2016-08-18T08:30";
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.travelLegs[1].arrival"));
        CHECK(has(e.message, "ends before it starts"));
    }
    SECTION("a forum, a meeting and the trip dates")
    {
        j["forums"][1]["end"]["local"] = "2016-08-19T09:30";
        CHECK(failure(j).where == QStringLiteral("$.forums[1].end"));
        j = sampleJson();
        j["meetings"][0]["end"]["local"] = "2016-08-19T14:00";
        CHECK(failure(j).where == QStringLiteral("$.meetings[0].end"));
        j = sampleJson();
        j["trip"]["endDate"] = "2016-08-14";
        CHECK(failure(j).where == QStringLiteral("$.trip.endDate"));
    }
}

TEST_CASE("Required names must not be empty")
{
    Json j = sampleJson();
    const std::vector<std::pair<std::vector<std::string>, const char*>> cases = {
        { { "trip", "title" }, "$.trip.title" },
        { { "organisations", "0", "name" }, "$.organisations[0].name" },
        { { "people", "2", "familyName" }, "$.people[2].familyName" },
        { { "venues", "1", "name" }, "$.venues[1].name" },
        { { "stops", "0", "city" }, "$.stops[0].city" },
        { { "forums", "1", "title" }, "$.forums[1].title" },
        { { "forums", "0", "sessions", "1", "title" }, "$.forums[0].sessions[1].title" },
        { { "meetings", "0", "title" }, "$.meetings[0].title" },
        { { "mous", "1", "title" }, "$.mous[1].title" },
    };
    for (const auto& [pointer, where] : cases) {
        Json broken = j;
        std::string ptr;
        for (const std::string& part : pointer) {
            ptr += "/" + part;
        }
        broken[Json::json_pointer(ptr)] = " ";
        const Error e = failure(broken);
        CHECK(e.where == QString::fromLatin1(where));
        CHECK(e.message == QStringLiteral("must not be empty"));
    }
}

TEST_CASE("Rules across records are enforced")
{
    Json j = sampleJson();
    SECTION("a session in another zone than its forum")
    {
        j["forums"][0]["sessions"][0]["start"] = j["forums"][1]["start"];
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.forums[0].sessions[0].start.zone"));
        CHECK(has(e.message, "the forum is in Asia/Tashkent"));
    }
    SECTION("a forum in another zone than its stop")
    {
        j["forums"][1]["stop"] = id(50).toStdString();
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.forums[1].start.zone"));
        CHECK(has(e.message, "stop is in Asia/Tashkent"));
    }
    SECTION("a stop time in another zone than the stop")
    {
        j["stops"][0]["arrival"]["zone"] = "Asia/Seoul";
        CHECK(failure(j).where == QStringLiteral("$.stops[0].arrival.zone"));
    }
    SECTION("an MOU signed at a forum and at a meeting")
    {
        j["mous"][1]["signedAtForum"] = id(71).toStdString();
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.mous[1].signedAtMeeting"));
        CHECK(has(e.message, "not both"));
    }
    SECTION("an organisation country that is not ISO alpha-2")
    {
        j["organisations"][1]["country"] = "Korea";
        CHECK(failure(j).where == QStringLiteral("$.organisations[1].country"));
        j["organisations"][1]["country"] = "K";
        CHECK(failure(j).where == QStringLiteral("$.organisations[1].country"));
    }
    SECTION("a nationality that is not a code")
    {
        j["people"][0]["nationality"] = "Korean";
        const Error e = failure(j);
        CHECK(e.where == QStringLiteral("$.people[0].nationality"));
        CHECK(has(e.message, "is not a nationality code"));
    }
}

TEST_CASE("The reader never throws, whatever the bytes")
{
    const QByteArray bytes = TripDocument::write(sampleBundle());
    int failures = 0;
    for (qsizetype n = 0; n < bytes.size(); n += 13) {
        const QByteArray prefix = bytes.left(n);
        REQUIRE_NOTHROW(failures += TripDocument::read(prefix).ok() ? 0 : 1);
    }
    CHECK(failures == (bytes.size() + 12) / 13);

    std::mt19937 random(20160817);
    std::uniform_int_distribution<qsizetype> position(0, bytes.size() - 1);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 300; ++round) {
        QByteArray mutated = bytes;
        for (int k = 0; k < 1 + round % 4; ++k) {
            mutated[position(random)] = static_cast<char>(byte(random));
        }
        Result<TripBundle> result = makeError(QString());
        REQUIRE_NOTHROW(result = TripDocument::read(mutated));
        if (!result.ok()) {
            CHECK_FALSE(result.error().message.isEmpty());
            CHECK(result.error().where.startsWith(QLatin1Char('$')));
        }
    }
}

TEST_CASE("The example in docs/trip-format.md is a canonical document")
{
    QFile file(QStringLiteral(PLANNER_SOURCE_DIR "/docs/trip-format.md"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const QByteArray fence = "## Example";
    const qsizetype section = text.indexOf(fence);
    REQUIRE(section >= 0);
    const qsizetype begin = text.indexOf("```json\n", section);
    REQUIRE(begin >= 0);
    const qsizetype end = text.indexOf("```", begin + 8);
    REQUIRE(end > begin);
    const QByteArray example = text.mid(begin + 8, end - begin - 8);
    const auto read = TripDocument::read(example);
    REQUIRE_OK(read);
    CHECK(TripDocument::write(*read) == example);
}

TEST_CASE("The bundled JSON Schema describes the same document")
{
    QFile file(QStringLiteral(":/schema/trip.schema.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    Json schema = Json::parse(text.begin(), text.end());
    CHECK(schema["$schema"] == "https://json-schema.org/draft/2020-12/schema");
    CHECK(schema["properties"]["format"]["const"] == TripDocument::kFormatName);
    CHECK(schema["properties"]["version"]["const"] == TripDocument::kVersion);

    // Every object the writer produces has exactly the keys the schema requires, in that order.
    Json doc = sampleJson();
    const std::vector<std::pair<const char*, Json>> objects = {
        { "document", doc },
        { "trip", doc["trip"] },
        { "organisation", doc["organisations"][0] },
        { "person", doc["people"][0] },
        { "venue", doc["venues"][0] },
        { "delegationMember", doc["delegation"][0] },
        { "stop", doc["stops"][0] },
        { "travelLeg", doc["travelLegs"][0] },
        { "forum", doc["forums"][0] },
        { "forumHost", doc["forums"][0]["hosts"][0] },
        { "session", doc["forums"][0]["sessions"][0] },
        { "speaker", doc["forums"][0]["sessions"][0]["speakers"][0] },
        { "meeting", doc["meetings"][0] },
        { "mou", doc["mous"][0] },
        { "mouParty", doc["mous"][0]["parties"][0] },
        { "plannedTime", doc["stops"][0]["arrival"] },
    };
    for (const auto& [name, object] : objects) {
        Json& def = std::string(name) == "document" ? schema : schema["$defs"][name];
        INFO(name);
        REQUIRE(def.is_object());
        CHECK(def["required"].get<std::vector<std::string>>() == keysOf(object));
        CHECK(def["additionalProperties"] == false);
    }

    // The enumerations are the domain's tokens.
    const auto tokens = [](const QStringList& list) {
        std::vector<std::string> out;
        for (const QString& t : list) {
            out.push_back(t.toStdString());
        }
        return out;
    };
    Json& defs = schema["$defs"];
    CHECK(defs["organisation"]["properties"]["kind"]["enum"].get<std::vector<std::string>>()
        == tokens(allTokens<OrganisationKind>()));
    CHECK(defs["person"]["properties"]["sex"]["enum"].get<std::vector<std::string>>() == tokens(allTokens<Sex>()));
    CHECK(defs["delegationMember"]["properties"]["role"]["enum"].get<std::vector<std::string>>()
        == tokens(allTokens<MemberRole>()));
    CHECK(defs["forumHost"]["properties"]["role"]["enum"].get<std::vector<std::string>>()
        == tokens(allTokens<HostRole>()));
    CHECK(defs["session"]["properties"]["kind"]["enum"].get<std::vector<std::string>>()
        == tokens(allTokens<SessionKind>()));
    CHECK(defs["speaker"]["properties"]["role"]["enum"].get<std::vector<std::string>>()
        == tokens(allTokens<SpeakerRole>()));
    CHECK(
        defs["mou"]["properties"]["status"]["enum"].get<std::vector<std::string>>() == tokens(allTokens<MouStatus>()));
}
