// Writes the data the benchmarks measure on, deterministically:
//   bench_generate archive OUT.sqlite      500 trips, 25,000 sessions, 10,000 people
//   bench_generate documents DIR           the same 500 trips as trip documents
//   bench_generate summit OUT.json         one trip of 25,000 sessions
//   bench_generate large OUT.json          one trip of 2,001 events

#include "Generators.h"
#include "services/TripDocument.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace planner;

namespace {

bool writeBytes(const QString& path, const QByteArray& bytes, QTextStream& err)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        err << "cannot write " << path << ": " << file.errorString() << Qt::endl;
        return false;
    }
    return true;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        err << "usage: bench_generate archive|documents|summit|large OUT" << Qt::endl;
        return 2;
    }
    const QString what = args.at(1);
    const QString out = args.at(2);
    if (what == QLatin1String("archive")) {
        auto db = Database::open(out, Database::Mode::OpenOrCreate);
        if (!db.ok()) {
            err << db.error().text() << Qt::endl;
            return 1;
        }
        if (Status s = bench::saveArchive(**db, bench::generateArchive()); !s) {
            err << s.error().text() << Qt::endl;
            return 1;
        }
        return 0;
    }
    if (what == QLatin1String("documents")) {
        QDir().mkpath(out);
        const bench::Archive archive = bench::generateArchive();
        for (std::size_t i = 0; i < archive.trips.size(); ++i) {
            const QString path = QDir(out).filePath(QStringLiteral("trip-%1.json").arg(i + 1, 3, 10, QLatin1Char('0')));
            if (!writeBytes(path, TripDocument::write(archive.trips[i]), err)) {
                return 1;
            }
        }
        return 0;
    }
    if (what == QLatin1String("summit") || what == QLatin1String("large")) {
        const bench::TripShape shape = what == QLatin1String("summit") ? bench::summitShape() : bench::largeTripShape();
        return writeBytes(out, TripDocument::write(bench::generateTrip(shape)), err) ? 0 : 1;
    }
    err << "unknown data set '" << what << "'" << Qt::endl;
    return 2;
}
