// How the storage serves an archive: 500 trips, 25,000 agenda sessions,
// 10,000 people. Prints the median time of each list the UI and the exports
// load. Usage: bench_storage [DB-FILE]  (a temporary file by default)

#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace planner;

namespace {

constexpr int kTrips = 500;
constexpr int kSessionsPerTrip = 50;
constexpr int kPeople = 10000;
constexpr int kOrganisations = 400;
constexpr int kMembersPerTrip = 20;

PlannedTime at(const QDateTime& local, const QString& zone)
{
    return PlannedTime(local, zone);
}

TripBundle makeTrip(int index, const std::vector<Person>& people, const std::vector<Organisation>& orgs)
{
    const QString zone = index % 2 == 0 ? QStringLiteral("Asia/Tashkent") : QStringLiteral("Asia/Baku");
    const QDateTime day(QDate(2010, 1, 1).addDays(index * 7), QTime(0, 0));
    TripBundle b;
    b.trip.id = newUuid();
    b.trip.title = QStringLiteral("Trip %1").arg(index);
    b.trip.homeZone = QStringLiteral("Asia/Seoul");
    b.trip.startDate = day.date();
    b.trip.endDate = day.date().addDays(5);
    Stop stop { newUuid(), b.trip.id, QStringLiteral("City %1").arg(index), QStringLiteral("UZ"), zone,
        at(day.addSecs(3600 * 8), zone), at(day.addDays(4), zone), QString(), QString() };
    b.stops = { stop };
    for (int m = 0; m < kMembersPerTrip; ++m) {
        b.members.push_back({ newUuid(), people[(index * kMembersPerTrip + m) % people.size()].id,
            m == 0 ? MemberRole::Head : MemberRole::Member, m + 1 });
    }
    Forum forum;
    forum.id = newUuid();
    forum.tripId = b.trip.id;
    forum.stopId = stop.id;
    forum.title = QStringLiteral("Forum %1").arg(index);
    forum.start = at(day.addDays(1).addSecs(3600 * 8), zone);
    forum.end = at(day.addDays(1).addSecs(3600 * 8 + 60 * 15 * kSessionsPerTrip), zone);
    forum.hosts = { { orgs[index % orgs.size()].id, HostRole::Host } };
    for (int s = 0; s < kSessionsPerTrip; ++s) {
        AgendaSession session;
        session.id = newUuid();
        session.forumId = forum.id;
        session.start = forum.start.addMinutes(15 * s);
        session.end = session.start.addMinutes(15);
        session.title = QStringLiteral("Session %1 of forum %2").arg(s).arg(index);
        session.presentingOrganisationId = orgs[(index + s) % orgs.size()].id;
        session.speakers = { { people[(index * 31 + s) % people.size()].id, SpeakerRole::Speaker },
            { people[(index * 31 + s + 1) % people.size()].id, SpeakerRole::Moderator } };
        forum.sessions.push_back(session);
    }
    b.forums = { forum };
    // The directory records it refers to must be in the bundle.
    std::vector<Uuid> ids;
    for (const auto& m : b.members) {
        ids.push_back(m.personId);
    }
    for (const auto& s : forum.sessions) {
        for (const auto& sp : s.speakers) {
            ids.push_back(sp.personId);
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (const Person& p : people) {
        if (std::binary_search(ids.begin(), ids.end(), p.id)) {
            b.people.push_back(p);
        }
    }
    b.organisations = orgs;
    return b;
}

double medianMs(const std::function<void()>& work, int runs = 7)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("archive.sqlite"));
    auto opened = Database::open(path);
    if (!opened.ok()) {
        out << "cannot open: " << opened.error().text() << Qt::endl;
        return 1;
    }
    Database& db = **opened;

    QElapsedTimer fill;
    fill.start();
    std::vector<Organisation> orgs;
    for (int i = 0; i < kOrganisations; ++i) {
        orgs.push_back({ newUuid(), QStringLiteral("Organisation %1").arg(i), QStringLiteral("기관 %1").arg(i),
            QString(), QStringLiteral("KR"), OrganisationKind::Ministry, QString() });
    }
    std::vector<Person> people;
    for (int i = 0; i < kPeople; ++i) {
        Person p;
        p.id = newUuid();
        p.familyName = QStringLiteral("Family%1").arg(i);
        p.givenName = QStringLiteral("Given");
        p.localName = QStringLiteral("홍길동%1").arg(i);
        p.organisationId = orgs[i % orgs.size()].id;
        people.push_back(p);
    }
    Status filled = db.transaction([&]() -> Status {
        for (const auto& o : orgs) {
            if (Status s = OrganisationRepository(db).insert(o); !s) {
                return s;
            }
        }
        for (const auto& p : people) {
            if (Status s = PersonRepository(db).insert(p); !s) {
                return s;
            }
        }
        for (int t = 0; t < kTrips; ++t) {
            if (Status s = TripBundleStore(db).save(makeTrip(t, people, orgs), false); !s) {
                return s;
            }
        }
        return {};
    });
    if (!filled) {
        out << "cannot fill: " << filled.error().text() << Qt::endl;
        return 1;
    }
    out << "archive: " << kTrips << " trips, " << kTrips * kSessionsPerTrip << " sessions, " << kPeople
        << " people; filled in " << fill.elapsed() << " ms\n";

    auto trips = TripRepository(db).list();
    const Uuid middle = trips->at(trips->size() / 2).id;
    struct Row {
        const char* what;
        std::function<void()> work;
    };
    const std::vector<Row> rows {
        { "list trips (500)", [&] { static_cast<void>(TripRepository(db).list()); } },
        { "list people (10,000)", [&] { static_cast<void>(PersonRepository(db).list()); } },
        { "list organisations (400)", [&] { static_cast<void>(OrganisationRepository(db).list()); } },
        { "forums of one trip with sessions and speakers",
            [&] { static_cast<void>(ForumRepository(db).list(middle)); } },
        { "delegation of one trip", [&] { static_cast<void>(TripRepository(db).members(middle)); } },
        { "whole trip bundle (export)", [&] { static_cast<void>(TripBundleStore(db).load(middle)); } },
        { "all forums of the archive (25,000 sessions)", [&] { static_cast<void>(ForumRepository(db).list()); } },
    };
    for (const Row& row : rows) {
        out << QStringLiteral("%1 ms  %2\n").arg(medianMs(row.work), 9, 'f', 2).arg(QString::fromLatin1(row.what));
    }
    return 0;
}
