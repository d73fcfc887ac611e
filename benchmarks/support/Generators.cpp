#include "Generators.h"

#include "storage/Database.h"
#include "storage/Repositories.h"

#include <algorithm>
#include <random>
#include <set>

namespace planner::bench {

namespace {

struct Place {
    const char* city;
    const char* country;
    const char* zone;
};

const std::vector<Place> kPlaces { { "Tashkent", "UZ", "Asia/Tashkent" }, { "Baku", "AZ", "Asia/Baku" },
    { "Almaty", "KZ", "Asia/Almaty" }, { "Bishkek", "KG", "Asia/Bishkek" }, { "Dushanbe", "TJ", "Asia/Dushanbe" } };

QString text(const char* s)
{
    return QString::fromUtf8(s);
}

Person makePerson(std::mt19937& random, int index, bool traveller)
{
    Person p;
    p.id = newUuid();
    p.familyName = QStringLiteral("Family%1").arg(index);
    p.givenName = QStringLiteral("Given%1").arg(index);
    p.localName = QStringLiteral("홍길동%1").arg(index);
    if (traveller) {
        p.passportNumber = QStringLiteral("M%1").arg(index, 8, 10, QLatin1Char('0'));
        // A few expire too soon: findings to format, as in real data.
        p.passportExpiry = QDate(2016, 6, 1).addDays(static_cast<qint64>(random() % 3000));
    }
    return p;
}

void addLegs(TripBundle& b)
{
    const int stopCount = static_cast<int>(b.stops.size());
    for (int s = 0; s <= stopCount; ++s) {
        TravelLeg leg;
        leg.id = newUuid();
        leg.tripId = b.trip.id;
        const Stop* from = s > 0 ? &b.stops[static_cast<std::size_t>(s - 1)] : nullptr;
        const Stop* to = s < stopCount ? &b.stops[static_cast<std::size_t>(s)] : nullptr;
        leg.fromStopId = from ? from->id : Uuid();
        leg.toStopId = to ? to->id : Uuid();
        leg.fromPlace = from ? from->city : QStringLiteral("Seoul (ICN)");
        leg.toPlace = to ? to->city : QStringLiteral("Seoul (ICN)");
        leg.flightNumber = QStringLiteral("XA%1").arg(100 + s);
        leg.arrival = to ? to->arrival.addMinutes(-60) : PlannedTime();
        leg.departure = from ? from->departure.addMinutes(30) : PlannedTime();
        if (!from) {
            leg.departure = PlannedTime(leg.arrival.local().addSecs(-6 * 3600), QStringLiteral("Asia/Seoul"));
        }
        if (!to) {
            leg.arrival = PlannedTime(leg.departure.local().addSecs(8 * 3600), QStringLiteral("Asia/Seoul"));
        }
        b.legs.push_back(std::move(leg));
    }
}

struct People {
    std::vector<Uuid> travellers;
    std::vector<Uuid> hosts;
};

Forum makeForum(std::mt19937& random, const TripShape& shape, const Stop& stop, const Venue& venue, int f,
    const std::function<Uuid()>& anyone)
{
    Forum forum;
    forum.id = newUuid();
    forum.tripId = stop.tripId;
    forum.stopId = stop.id;
    forum.venueId = venue.id;
    forum.title = QStringLiteral("Forum %1 in %2").arg(f + 1).arg(stop.city);
    const QDateTime opens(stop.arrival.localDate().addDays(1 + f % 2), QTime(8, 0));
    const int slotCount = (shape.sessionsPerForum + shape.rooms - 1) / shape.rooms;
    forum.start = PlannedTime(opens, stop.zone);
    forum.end = PlannedTime(opens.addSecs(qint64(slotCount) * 20 * 60), stop.zone);
    for (int i = 0; i < shape.sessionsPerForum; ++i) {
        AgendaSession session;
        session.id = newUuid();
        session.forumId = forum.id;
        // Forums on the same day share the venue's rooms: some clash.
        session.start = PlannedTime(opens.addSecs(qint64(i / shape.rooms) * 20 * 60), stop.zone);
        session.end = session.start.addMinutes(20);
        session.kind = i % 9 == 8 ? SessionKind::Break : SessionKind::Presentation;
        session.title = QStringLiteral("Session %1").arg(i + 1);
        session.room = venue.rooms.at(i % shape.rooms);
        if (session.kind != SessionKind::Break) {
            session.speakers.push_back({ anyone(), SpeakerRole::Speaker });
            const Uuid moderator = anyone();
            if (random() % 4 == 0 && moderator != session.speakers.front().personId) {
                session.speakers.push_back({ moderator, SpeakerRole::Moderator });
            }
        }
        forum.sessions.push_back(std::move(session));
    }
    return forum;
}

Meeting makeMeeting(std::mt19937& random, const Stop& stop, int m, const People& people)
{
    Meeting meeting;
    meeting.id = newUuid();
    meeting.tripId = stop.tripId;
    meeting.stopId = stop.id;
    meeting.title = QStringLiteral("Meeting %1 in %2").arg(m + 1).arg(stop.city);
    const QDateTime begins(stop.arrival.localDate().addDays(1 + static_cast<qint64>(random() % 3)),
        QTime(8 + static_cast<int>(random() % 12), 15 * static_cast<int>(random() % 4)));
    meeting.start = PlannedTime(begins, stop.zone);
    meeting.end = meeting.start.addMinutes(30 + 15 * static_cast<int>(random() % 3));
    const auto first = static_cast<std::size_t>(random() % people.travellers.size());
    for (std::size_t p = 0; p < 3; ++p) {
        meeting.participantIds.push_back(people.travellers[(first + p * 7) % people.travellers.size()]);
    }
    if (!people.hosts.empty()) {
        const Uuid counterpart = people.hosts[static_cast<std::size_t>(random() % people.hosts.size())];
        if (std::find(meeting.participantIds.begin(), meeting.participantIds.end(), counterpart)
            == meeting.participantIds.end()) {
            meeting.counterpartIds.push_back(counterpart);
        }
    }
    return meeting;
}

}  // namespace

TripShape largeTripShape()
{
    return {};
}

TripShape summitShape()
{
    TripShape shape;
    shape.stops = 5;
    shape.forumsPerStop = 5;
    shape.sessionsPerForum = 1000;
    shape.rooms = 10;
    shape.meetingsPerStop = 20;
    shape.members = 60;
    shape.hosts = 200;
    return shape;
}

TripBundle generateTrip(const TripShape& shape)
{
    std::mt19937 random(shape.seed);
    TripBundle b;
    b.trip.id = newUuid();
    b.trip.title = QStringLiteral("Trip from %1").arg(shape.start.toString(Qt::ISODate));
    b.trip.homeZone = QStringLiteral("Asia/Seoul");
    b.trip.startDate = shape.start;
    b.trip.endDate = shape.start.addDays(4 * shape.stops);

    People people;
    for (int i = 0; i < shape.members; ++i) {
        b.people.push_back(makePerson(random, i, true));
        people.travellers.push_back(b.people.back().id);
        b.members.push_back({ newUuid(), b.people.back().id, i == 0 ? MemberRole::Head : MemberRole::Member, i + 1 });
    }
    for (int i = 0; i < shape.hosts; ++i) {
        b.people.push_back(makePerson(random, shape.members + i, false));
        people.hosts.push_back(b.people.back().id);
    }
    const std::function<Uuid()> anyone = [&]() -> Uuid {
        const auto n = static_cast<std::size_t>(random() % (people.travellers.size() + people.hosts.size()));
        return n < people.travellers.size() ? people.travellers[n] : people.hosts[n - people.travellers.size()];
    };
    for (int s = 0; s < shape.stops; ++s) {
        const Place& place = kPlaces[static_cast<std::size_t>(s) % kPlaces.size()];
        const QString zone = text(place.zone);
        const QDate day = shape.start.addDays(4 * s);
        Stop stop { newUuid(), b.trip.id, text(place.city), text(place.country), zone,
            PlannedTime(QDateTime(day, QTime(12, 0)), zone), PlannedTime(QDateTime(day.addDays(4), QTime(8, 0)), zone),
            QString(), QString() };
        b.stops.push_back(stop);
        Venue venue;
        venue.id = newUuid();
        venue.name = QStringLiteral("Venue in %1").arg(stop.city);
        for (int r = 0; r < shape.rooms; ++r) {
            venue.rooms << QStringLiteral("Room %1").arg(r + 1);
        }
        b.venues.push_back(venue);
        for (int f = 0; f < shape.forumsPerStop; ++f) {
            b.forums.push_back(makeForum(random, shape, stop, venue, f, anyone));
        }
        for (int m = 0; m < shape.meetingsPerStop; ++m) {
            b.meetings.push_back(makeMeeting(random, stop, m, people));
        }
    }
    addLegs(b);
    std::sort(b.people.begin(), b.people.end(), [](const Person& x, const Person& y) {
        return std::tie(x.familyName, x.givenName, x.id) < std::tie(y.familyName, y.givenName, y.id);
    });
    return b;
}

std::size_t eventCount(const TripBundle& b)
{
    std::size_t n = b.meetings.size() + b.legs.size();
    for (const Forum& f : b.forums) {
        n += f.sessions.size();
    }
    return n;
}

Archive generateArchive(int trips, int sessionsPerTrip, int peopleCount, int organisations)
{
    Archive a;
    std::mt19937 random(20100101);
    for (int i = 0; i < organisations; ++i) {
        a.organisations.push_back({ newUuid(), QStringLiteral("Organisation %1").arg(i),
            QStringLiteral("기관 %1").arg(i), QString(), QStringLiteral("KR"), OrganisationKind::Ministry, QString() });
    }
    for (int i = 0; i < peopleCount; ++i) {
        Person p = makePerson(random, i, i % 2 == 0);
        p.organisationId = a.organisations[static_cast<std::size_t>(i) % a.organisations.size()].id;
        a.people.push_back(std::move(p));
    }
    for (int t = 0; t < trips; ++t) {
        TripShape shape;
        shape.stops = 1;
        shape.forumsPerStop = 1;
        shape.sessionsPerForum = sessionsPerTrip;
        shape.rooms = 2;
        shape.meetingsPerStop = 6;
        shape.members = 0;
        shape.hosts = 0;
        shape.start = QDate(2010, 1, 4).addDays(7 * t);
        shape.seed = static_cast<unsigned>(t + 1);
        // Members and speakers from the shared directory.
        TripBundle b;
        std::mt19937 pick(shape.seed);
        b.trip.id = newUuid();
        b.trip.title = QStringLiteral("Trip %1 from %2").arg(t + 1).arg(shape.start.toString(Qt::ISODate));
        b.trip.homeZone = QStringLiteral("Asia/Seoul");
        b.trip.startDate = shape.start;
        b.trip.endDate = shape.start.addDays(4);
        b.trip.leadOrganisationId = a.organisations[static_cast<std::size_t>(t) % a.organisations.size()].id;
        People people;
        std::set<Uuid> used;
        for (int m = 0; m < 20; ++m) {
            const Person& p = a.people[static_cast<std::size_t>(t * 20 + m) % a.people.size()];
            people.travellers.push_back(p.id);
            b.members.push_back({ newUuid(), p.id, m == 0 ? MemberRole::Head : MemberRole::Member, m + 1 });
        }
        for (int h = 0; h < 10; ++h) {
            people.hosts.push_back(a.people[static_cast<std::size_t>(t * 31 + 5000 + h) % a.people.size()].id);
        }
        const std::function<Uuid()> anyone = [&]() -> Uuid {
            const auto n = static_cast<std::size_t>(pick() % (people.travellers.size() + people.hosts.size()));
            return n < people.travellers.size() ? people.travellers[n] : people.hosts[n - people.travellers.size()];
        };
        const QString zone = t % 2 == 0 ? QStringLiteral("Asia/Tashkent") : QStringLiteral("Asia/Baku");
        Stop stop { newUuid(), b.trip.id, t % 2 == 0 ? QStringLiteral("Tashkent") : QStringLiteral("Baku"),
            t % 2 == 0 ? QStringLiteral("UZ") : QStringLiteral("AZ"), zone,
            PlannedTime(QDateTime(shape.start, QTime(12, 0)), zone),
            PlannedTime(QDateTime(shape.start.addDays(4), QTime(8, 0)), zone), QString(), QString() };
        b.stops.push_back(stop);
        Venue venue { newUuid(), QStringLiteral("Venue of trip %1").arg(t + 1), QString(), stop.city, stop.country,
            { QStringLiteral("Room 1"), QStringLiteral("Room 2") }, QString() };
        b.venues.push_back(venue);
        Forum forum = makeForum(pick, shape, stop, venue, 0, anyone);
        forum.hosts = { { b.trip.leadOrganisationId, HostRole::Host } };
        b.forums.push_back(std::move(forum));
        for (int m = 0; m < shape.meetingsPerStop; ++m) {
            b.meetings.push_back(makeMeeting(pick, stop, m, people));
        }
        addLegs(b);
        for (const Uuid& id : people.travellers) {
            used.insert(id);
        }
        for (const Uuid& id : people.hosts) {
            used.insert(id);
        }
        std::set<Uuid> orgs { b.trip.leadOrganisationId };
        for (const Person& p : a.people) {
            if (used.count(p.id) != 0) {
                b.people.push_back(p);
                orgs.insert(p.organisationId);
            }
        }
        for (const Organisation& o : a.organisations) {
            if (orgs.count(o.id) != 0) {
                b.organisations.push_back(o);
            }
        }
        a.trips.push_back(std::move(b));
    }
    return a;
}

Status saveArchive(Database& db, const Archive& archive)
{
    return db.transaction([&]() -> Status {
        for (const Organisation& o : archive.organisations) {
            if (Status s = OrganisationRepository(db).insert(o); !s) {
                return s;
            }
        }
        for (const Person& p : archive.people) {
            if (Status s = PersonRepository(db).insert(p); !s) {
                return s;
            }
        }
        for (const TripBundle& b : archive.trips) {
            if (Status s = TripBundleStore(db).save(b, false); !s) {
                return s;
            }
        }
        return {};
    });
}

}  // namespace planner::bench
