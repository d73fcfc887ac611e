#include "Fixtures.h"

#include <catch2/catch.hpp>

namespace planner::test {

PlannedTime at(const QString& localIso, const QString& zone)
{
    auto parsed = PlannedTime::parse(localIso, zone);
    REQUIRE(parsed.ok());
    return *parsed;
}

TripBundle makeBundle()
{
    const QString tashkent = QStringLiteral("Asia/Tashkent");
    const QString baku = QStringLiteral("Asia/Baku");
    TripBundle b;

    Organisation mois { newUuid(), QStringLiteral("Ministry of the Interior"), QStringLiteral("행정자치부"),
        QStringLiteral("MOI"), QStringLiteral("KR"), OrganisationKind::Ministry, QStringLiteral("lead") };
    Organisation archives { newUuid(), QStringLiteral("Central State Archives of Uzbekistan"),
        QStringLiteral("Центральный государственный архив"), QString(), QStringLiteral("UZ"), OrganisationKind::Archive,
        QString() };
    Organisation asan { newUuid(), QStringLiteral("State Agency for Public Service and Social Innovations"),
        QStringLiteral("Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyi"), QStringLiteral("ASAN"),
        QStringLiteral("AZ"), OrganisationKind::Agency, QString() };
    b.organisations = { archives, mois, asan };

    Person hong;
    hong.id = newUuid();
    hong.familyName = QStringLiteral("Hong");
    hong.givenName = QStringLiteral("Yun-sik");
    hong.localName = QStringLiteral("홍윤식");
    hong.honorific = QStringLiteral("H.E.");
    hong.position = QStringLiteral("Minister of the Interior");
    hong.organisationId = mois.id;
    hong.email = QStringLiteral("minister@example.org");
    hong.phone = QStringLiteral("+82 2 0000 0000");
    hong.sex = Sex::Male;
    hong.dateOfBirth = QDate(1960, 1, 2);
    hong.nationality = QStringLiteral("KOR");
    hong.passportNumber = QStringLiteral("M00000001");
    hong.passportExpiry = QDate(2022, 5, 6);
    hong.notes = QStringLiteral("illustrative passport data");

    Person karimov;
    karimov.id = newUuid();
    karimov.familyName = QStringLiteral("Karimov");
    karimov.givenName = QStringLiteral("Inam");
    karimov.localName = QStringLiteral("İnam Kərimov");
    karimov.position = QStringLiteral("Chairman");
    karimov.organisationId = asan.id;

    Person aide;
    aide.id = newUuid();
    aide.familyName = QStringLiteral("Park");
    aide.givenName = QStringLiteral("Ji-won");
    aide.localName = QStringLiteral("박지원");
    aide.organisationId = mois.id;
    aide.sex = Sex::Female;
    b.people = { hong, karimov, aide };

    Venue academy { newUuid(), QStringLiteral("Academy of Public Administration"), QStringLiteral("Tashkent"),
        QStringLiteral("Tashkent"), QStringLiteral("UZ"),
        { QStringLiteral("Conference Hall"), QStringLiteral("Room 2") }, QStringLiteral("<b>not bold</b>") };
    b.venues = { academy };

    b.trip.id = newUuid();
    b.trip.title = QStringLiteral("Korea–Central Asia visit");
    b.trip.purpose = QStringLiteral("Share e-government practice");
    b.trip.homeZone = QStringLiteral("Asia/Seoul");
    b.trip.startDate = QDate(2016, 8, 15);
    b.trip.endDate = QDate(2016, 8, 21);
    b.trip.leadOrganisationId = mois.id;
    b.trip.delegationName = QStringLiteral("Korean delegation");
    b.trip.notes = QStringLiteral("test");

    b.members = { { newUuid(), hong.id, MemberRole::Head, 1 }, { newUuid(), aide.id, MemberRole::Secretariat, 2 } };

    Stop t { newUuid(), b.trip.id, QStringLiteral("Tashkent"), QStringLiteral("UZ"), tashkent,
        at(QStringLiteral("2016-08-15T18:00"), tashkent), at(QStringLiteral("2016-08-18T10:00"), tashkent),
        QStringLiteral("Hotel Uzbekistan"), QString() };
    Stop k { newUuid(), b.trip.id, QStringLiteral("Baku"), QStringLiteral("AZ"), baku,
        at(QStringLiteral("2016-08-18T13:00"), baku), at(QStringLiteral("2016-08-20T22:00"), baku), QString(),
        QString() };
    b.stops = { t, k };

    TravelLeg leg;
    leg.id = newUuid();
    leg.tripId = b.trip.id;
    leg.fromStopId = t.id;
    leg.toStopId = k.id;
    leg.fromPlace = QStringLiteral("Tashkent (TAS)");
    leg.toPlace = QStringLiteral("Baku (GYD)");
    leg.carrier = QStringLiteral("Example Air");
    leg.flightNumber = QStringLiteral("XA202");
    leg.departure = at(QStringLiteral("2016-08-18T11:00"), tashkent);
    leg.arrival = at(QStringLiteral("2016-08-18T12:30"), baku);
    leg.passengerIds = { hong.id, aide.id };
    b.legs = { leg };

    Forum forum;
    forum.id = newUuid();
    forum.tripId = b.trip.id;
    forum.stopId = t.id;
    forum.venueId = academy.id;
    forum.title = QStringLiteral("Korea-Uzbekistan Cooperation Forum on Public Governance");
    forum.start = at(QStringLiteral("2016-08-17T09:30"), tashkent);
    forum.end = at(QStringLiteral("2016-08-17T17:00"), tashkent);
    forum.hosts = { { mois.id, HostRole::Host }, { archives.id, HostRole::CoHost } };
    forum.description = QStringLiteral("Forum");
    AgendaSession keynote;
    keynote.id = newUuid();
    keynote.forumId = forum.id;
    keynote.start = at(QStringLiteral("2016-08-17T09:30"), tashkent);
    keynote.end = at(QStringLiteral("2016-08-17T10:00"), tashkent);
    keynote.kind = SessionKind::Keynote;
    keynote.title = QStringLiteral("Public administration in Korea's development");
    keynote.presentingOrganisationId = mois.id;
    keynote.room = QStringLiteral("Conference Hall");
    keynote.speakers = { { hong.id, SpeakerRole::Speaker }, { aide.id, SpeakerRole::Moderator } };
    keynote.notes = QStringLiteral("note");
    AgendaSession coffee;
    coffee.id = newUuid();
    coffee.forumId = forum.id;
    coffee.start = at(QStringLiteral("2016-08-17T10:00"), tashkent);
    coffee.end = at(QStringLiteral("2016-08-17T10:20"), tashkent);
    coffee.kind = SessionKind::Break;
    coffee.title = QStringLiteral("Coffee break");
    forum.sessions = { keynote, coffee };
    b.forums = { forum };

    Meeting meeting;
    meeting.id = newUuid();
    meeting.tripId = b.trip.id;
    meeting.stopId = k.id;
    meeting.title = QStringLiteral("Talks with the ASAN chairman");
    meeting.start = at(QStringLiteral("2016-08-19T15:00"), baku);
    meeting.end = at(QStringLiteral("2016-08-19T16:00"), baku);
    meeting.place = QStringLiteral("ASAN");
    meeting.purpose = QStringLiteral("e-government");
    meeting.counterpartIds = { karimov.id };
    meeting.participantIds = { hong.id, aide.id };
    meeting.notes = QStringLiteral("n");
    b.meetings = { meeting };

    Mou mou;
    mou.id = newUuid();
    mou.tripId = b.trip.id;
    mou.title = QStringLiteral("MOU on records management");
    mou.subject = QStringLiteral("archives");
    mou.status = MouStatus::Signed;
    mou.signedAtForumId = forum.id;
    mou.signedAt = at(QStringLiteral("2016-08-17T16:30"), tashkent);
    mou.parties = { { mois.id, hong.id }, { archives.id, QString() } };
    mou.notes = QStringLiteral("signed after the forum");
    b.mous = { mou };

    std::sort(b.organisations.begin(), b.organisations.end(),
        [](const Organisation& a, const Organisation& c) { return a.name < c.name; });
    std::sort(b.people.begin(), b.people.end(), [](const Person& a, const Person& c) {
        return a.familyName != c.familyName ? a.familyName < c.familyName : a.givenName < c.givenName;
    });
    return b;
}

}  // namespace planner::test
