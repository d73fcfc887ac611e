// How fast the planning checks are: one large trip of 2,000 events (what the
// editors re-check after every edit) and an archive of 500 ordinary trips
// (what `check` over every trip costs). Prints the median of several runs.
// Usage: bench_checks [RUNS]  (7 by default)

#include "Generators.h"
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

using bench::eventCount;

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
    const TripBundle big = bench::generateTrip(bench::largeTripShape());
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
        bench::TripShape shape;
        shape.stops = 2;
        shape.forumsPerStop = 1;
        shape.sessionsPerForum = 50;
        shape.rooms = 2;
        shape.meetingsPerStop = 6;
        shape.members = 20;
        shape.hosts = 10;
        shape.start = QDate(2010, 1, 4).addDays(7 * i);
        shape.seed = static_cast<unsigned>(random());
        archive.push_back(bench::generateTrip(shape));
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
