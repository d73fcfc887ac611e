// How the storage serves an archive: 500 trips, 25,000 agenda sessions,
// 10,000 people. Prints the median time of each list the UI and the exports
// load. Usage: bench_storage [DB-FILE]  (a temporary file by default)

#include "Generators.h"
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
    const bench::Archive archive = bench::generateArchive();
    if (Status filled = bench::saveArchive(db, archive); !filled) {
        out << "cannot fill: " << filled.error().text() << Qt::endl;
        return 1;
    }
    out << "archive: " << archive.trips.size() << " trips, 25,000 sessions, " << archive.people.size()
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
