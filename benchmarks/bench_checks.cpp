// How fast the planning checks are: one large trip of 2,000 events (what the
// editors re-check after every edit) and an archive of 500 ordinary trips
// (what `check` over every trip costs). Prints the median of several runs.
// Usage: bench_checks [RUNS]  (7 by default)

#include "services/CheckService.h"
#include "services/PlanningChecks.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <random>
#include <vector>

using namespace planner;

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
    if (traveller) {
        p.passportNumber = QStringLiteral("M%1").arg(index, 8, 10, QLatin1Char('0'));
        // A few expire too soon: findings to format, as in real data.
        p.passportExpiry = QDate(2016, 6, 1).addDays(static_cast<qint64>(random() % 3000));
    }
    return p;
}

/// A trip with `stopCount` stops, legs joining them, `forumsPerStop` forums
/// of `sessionsPerForum` sessions in `rooms` parallel rooms, and
/// `meetingsPerStop` meetings; speakers and participants drawn at random, so
/// some people are double-booked.
TripBundle makeTrip(std::mt19937& random, QDate start, int stopCount, int forumsPerStop, int sessionsPerForum,
    int rooms, int meetingsPerStop, int members, int hosts)
{
    TripBundle b;
    b.trip.id = newUuid();
    b.trip.title = QStringLiteral("Trip from %1").arg(start.toString(Qt::ISODate));
    b.trip.homeZone = QStringLiteral("Asia/Seoul");
    b.trip.startDate = start;
    b.trip.endDate = start.addDays(4 * stopCount);

    std::vector<Uuid> travellers;
    std::vector<Uuid> hostPeople;
    for (int i = 0; i < members; ++i) {
        b.people.push_back(makePerson(random, i, true));
        travellers.push_back(b.people.back().id);
        b.members.push_back({ newUuid(), b.people.back().id, i == 0 ? MemberRole::Head : MemberRole::Member, i + 1 });
    }
    for (int i = 0; i < hosts; ++i) {
        b.people.push_back(makePerson(random, members + i, false));
        hostPeople.push_back(b.people.back().id);
    }
    auto anyone = [&]() -> Uuid {
        const auto n = static_cast<std::size_t>(random() % (travellers.size() + hostPeople.size()));
        return n < travellers.size() ? travellers[n] : hostPeople[n - travellers.size()];
    };

    for (int s = 0; s < stopCount; ++s) {
        const Place& place = kPlaces[static_cast<std::size_t>(s) % kPlaces.size()];
        const QString zone = text(place.zone);
        const QDate day = start.addDays(4 * s);
        Stop stop { newUuid(), b.trip.id, text(place.city), text(place.country), zone,
            PlannedTime(QDateTime(day, QTime(12, 0)), zone), PlannedTime(QDateTime(day.addDays(4), QTime(8, 0)), zone),
            QString(), QString() };
        b.stops.push_back(stop);

        Venue venue;
        venue.id = newUuid();
        venue.name = QStringLiteral("Venue in %1").arg(stop.city);
        for (int r = 0; r < rooms; ++r) {
            venue.rooms << QStringLiteral("Room %1").arg(r + 1);
        }
        b.venues.push_back(venue);

        for (int f = 0; f < forumsPerStop; ++f) {
            Forum forum;
            forum.id = newUuid();
            forum.tripId = b.trip.id;
            forum.stopId = stop.id;
            forum.venueId = venue.id;
            forum.title = QStringLiteral("Forum %1 in %2").arg(f + 1).arg(stop.city);
            const QDateTime opens(day.addDays(1 + f % 2), QTime(8, 0));
            const int slotCount = (sessionsPerForum + rooms - 1) / rooms;
            forum.start = PlannedTime(opens, zone);
            forum.end = PlannedTime(opens.addSecs(qint64(slotCount) * 20 * 60), zone);
            for (int i = 0; i < sessionsPerForum; ++i) {
                AgendaSession session;
                session.id = newUuid();
                session.forumId = forum.id;
                // Forums on the same day share the venue's rooms: some clash.
                session.start = PlannedTime(opens.addSecs(qint64(i / rooms) * 20 * 60), zone);
                session.end = session.start.addMinutes(20);
                session.kind = i % 9 == 8 ? SessionKind::Break : SessionKind::Presentation;
                session.title = QStringLiteral("Session %1").arg(i + 1);
                session.room = venue.rooms.at(i % rooms);
                if (session.kind != SessionKind::Break) {
                    session.speakers.push_back({ anyone(), SpeakerRole::Speaker });
                    const Uuid moderator = anyone();
                    if (random() % 4 == 0 && moderator != session.speakers.front().personId) {
                        session.speakers.push_back({ moderator, SpeakerRole::Moderator });
                    }
                }
                forum.sessions.push_back(std::move(session));
            }
            b.forums.push_back(std::move(forum));
        }
        for (int m = 0; m < meetingsPerStop; ++m) {
            Meeting meeting;
            meeting.id = newUuid();
            meeting.tripId = b.trip.id;
            meeting.stopId = stop.id;
            meeting.title = QStringLiteral("Meeting %1 in %2").arg(m + 1).arg(stop.city);
            const QDateTime begins(day.addDays(1 + static_cast<qint64>(random() % 3)),
                QTime(8 + static_cast<int>(random() % 12), 15 * static_cast<int>(random() % 4)));
            meeting.start = PlannedTime(begins, zone);
            meeting.end = meeting.start.addMinutes(30 + 15 * static_cast<int>(random() % 3));
            const auto first = static_cast<std::size_t>(random() % travellers.size());
            for (std::size_t p = 0; p < 3; ++p) {
                meeting.participantIds.push_back(travellers[(first + p * 7) % travellers.size()]);
            }
            meeting.counterpartIds.push_back(hostPeople[static_cast<std::size_t>(random() % hostPeople.size())]);
            b.meetings.push_back(std::move(meeting));
        }
    }
    // Legs: from home, between consecutive stops, home again.
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

struct Timing {
    double median = 0;
    double min = 0;
    double max = 0;
};

Timing measure(int runs, const std::function<void()>& work)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return { ms[ms.size() / 2], ms.front(), ms.back() };
}

QString figures(const Timing& t)
{
    return QStringLiteral("median %1 ms (min %2, max %3)")
        .arg(t.median, 0, 'f', 1)
        .arg(t.min, 0, 'f', 1)
        .arg(t.max, 0, 'f', 1);
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 7;
    std::mt19937 random(20160817);

    // One large trip: 5 stops, 10 forums of 160 sessions in 4 rooms, 79
    // meetings per stop, 6 legs = 2,001 events; 40 travellers, 60 hosts.
    const TripBundle big = makeTrip(random, QDate(2016, 9, 1), 5, 2, 160, 4, 79, 40, 60);
    std::size_t found = 0;
    const Timing bigRun = measure(runs, [&] { found = PlanningChecks::run(big).size(); });
    out << QStringLiteral("Large trip, %1 events: PlanningChecks::run %2; %3 findings\n")
               .arg(eventCount(big))
               .arg(figures(bigRun))
               .arg(found);
    out.flush();

    // An archive: 500 trips of 2 stops, each with a forum of 50 sessions in 2
    // rooms and 6 meetings, and 3 legs (115 events a trip); 20 travellers,
    // 10 hosts.
    std::vector<TripBundle> archive;
    std::size_t archiveEvents = 0;
    for (int i = 0; i < 500; ++i) {
        archive.push_back(makeTrip(random, QDate(2010, 1, 4).addDays(7 * i), 2, 1, 50, 2, 6, 20, 10));
        archiveEvents += eventCount(archive.back());
    }
    std::size_t archiveFound = 0;
    const Timing archiveRun = measure(runs, [&] {
        archiveFound = 0;
        for (const TripBundle& b : archive) {
            archiveFound += PlanningChecks::run(b).size();
        }
    });
    out << QStringLiteral("Archive of %1 trips, %2 events: PlanningChecks::run on every trip %3; %4 findings\n")
               .arg(archive.size())
               .arg(archiveEvents)
               .arg(figures(archiveRun))
               .arg(archiveFound);
    out.flush();

    // The same through the database, as the editors and `check` do it: load
    // the trip, its settings and acknowledgements, run, mark.
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened.ok()) {
        out << opened.error().text() << '\n';
        return 1;
    }
    Database& db = **opened;
    const Status saved = db.transaction([&]() -> Status {
        if (Status s = TripBundleStore(db).save(big, false); !s) {
            return s;
        }
        for (const TripBundle& b : archive) {
            if (Status s = TripBundleStore(db).save(b, false); !s) {
                return s;
            }
        }
        return {};
    });
    if (!saved.ok()) {
        out << saved.error().text() << '\n';
        return 1;
    }
    CheckService service(db);
    const Timing bigReview = measure(runs, [&] { found = service.review(big.trip.id)->size(); });
    out << QStringLiteral("Large trip from the database: CheckService::review (load + checks) %1\n")
               .arg(figures(bigReview));
    out.flush();
    const Timing archiveReview = measure(std::min(runs, 3), [&] {
        for (const TripBundle& b : archive) {
            archiveFound += service.review(b.trip.id)->size();
        }
    });
    out << QStringLiteral("Archive from the database: CheckService::review of all 500 trips %1\n")
               .arg(figures(archiveReview));
    return 0;
}
