#include "services/TripTransfer.h"

#include "domain/Validation.h"
#include "services/AtomicFile.h"
#include "services/SampleTrip.h"
#include "services/TripDocument.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cstdio>

namespace planner {

namespace {

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile::remove(path + suffix);
    }
}

}  // namespace

Result<TripBundle> TripTransfer::readDocument(const QByteArray& json)
{
    return TripDocument::read(json);
}

Result<TripBundle> TripTransfer::importTrip(Database& db, const QByteArray& json, bool replace, ImportFailure* failure)
{
    Result<TripBundle> bundle = readDocument(json);
    if (!bundle.ok()) {
        if (failure != nullptr) {
            *failure = ImportFailure::InvalidDocument;
        }
        return bundle.error();
    }
    return importTrip(db, bundle.value(), replace, failure);
}

Result<std::vector<Trip>> TripTransfer::importFiles(Database& db, const QStringList& paths, bool replace)
{
    std::vector<Trip> imported;
    QHash<Uuid, QString> seen;  // trip id -> the file that brought it
    const Status done = db.transaction([&]() -> Status {
        for (const QString& path : paths) {
            const QString name = path == QStringLiteral("-") ? tr("standard input") : QDir::toNativeSeparators(path);
            const Result<QByteArray> bytes = readFile(path);
            if (!bytes.ok()) {
                return bytes.error();
            }
            const Result<TripBundle> bundle = readDocument(bytes.value());
            if (!bundle.ok()) {
                return makeError(bundle.error().text(), name);
            }
            if (seen.contains(bundle->trip.id)) {
                return makeError(tr("holds the trip '%1', which %2 holds too; import one of them")
                                     .arg(bundle->trip.title, seen.value(bundle->trip.id)),
                    name);
            }
            seen.insert(bundle->trip.id, name);
            const Result<TripBundle> saved = importTrip(db, bundle.value(), replace);
            if (!saved.ok()) {
                return makeError(saved.error().text(), name);
            }
            imported.push_back(bundle->trip);
        }
        return {};
    });
    if (!done.ok()) {
        return done.error();
    }
    return imported;
}

Result<TripBundle> TripTransfer::importTrip(
    Database& db, const TripBundle& bundle, bool replace, ImportFailure* failure)
{
    auto fail = [failure](ImportFailure why, Error error) -> Result<TripBundle> {
        if (failure != nullptr) {
            *failure = why;
        }
        return error;
    };
    TripBundleStore store(db);
    if (!replace) {
        const Result<bool> exists = store.tripExists(bundle.trip.id);
        if (!exists.ok()) {
            return fail(ImportFailure::Storage, exists.error());
        }
        if (exists.value()) {
            return fail(ImportFailure::TripExists,
                makeError(tr("the trip '%1' (%2) is already in the database; use --replace to replace it")
                              .arg(bundle.trip.title, bundle.trip.id)));
        }
    }
    const Status saved = store.save(bundle, replace);
    if (!saved.ok()) {
        // Another program may have put the trip in since it was looked for.
        if (const Result<bool> exists = store.tripExists(bundle.trip.id); !replace && exists.ok() && exists.value()) {
            return fail(ImportFailure::TripExists, saved.error());
        }
        return fail(ImportFailure::Storage, saved.error());
    }
    if (failure != nullptr) {
        *failure = ImportFailure::None;
    }
    return bundle;
}

Result<QByteArray> TripTransfer::exportTrip(Database& db, const Uuid& tripId)
{
    const Result<TripBundle> bundle = TripBundleStore(db).load(tripId);
    if (!bundle.ok()) {
        return bundle.error();
    }
    // What the reader would refuse is refused here, naming the record, so
    // that every exported document imports again.
    for (const Organisation& o : bundle->organisations) {
        if (const Status valid = validate(o); !valid) {
            return makeError(tr("The organisation '%1' cannot be exported: %2. Correct it on the Organisations page.")
                                 .arg(o.name, valid.error().message));
        }
    }
    for (const Person& p : bundle->people) {
        if (const Status valid = validate(p); !valid) {
            return makeError(tr("%1 cannot be exported: %2. Correct it on the People page.")
                                 .arg(p.displayName(), valid.error().message));
        }
    }
    return TripDocument::write(bundle.value());
}

Result<Trip> TripTransfer::resolveTrip(Database& db, const QString& selector)
{
    const Result<std::vector<Trip>> trips = TripRepository(db).list();
    if (!trips.ok()) {
        return trips.error();
    }
    const QString wanted = selector.trimmed();
    if (wanted.isEmpty()) {
        return makeError(tr("no trip given"));
    }
    std::vector<Trip> partial;
    std::vector<Trip> exact;
    for (const Trip& trip : trips.value()) {
        if (trip.id.compare(wanted, Qt::CaseInsensitive) == 0) {
            return trip;
        }
        if (trip.title.compare(wanted, Qt::CaseInsensitive) == 0) {
            exact.push_back(trip);
        }
        if (trip.title.contains(wanted, Qt::CaseInsensitive)) {
            partial.push_back(trip);
        }
    }
    if (exact.size() == 1) {
        return exact.front();
    }
    if (partial.size() == 1) {
        return partial.front();
    }
    if (partial.empty()) {
        return makeError(tr("no trip matches '%1'").arg(wanted));
    }
    QStringList candidates;
    for (const Trip& trip : partial) {
        candidates << QStringLiteral("%1 (%2)").arg(trip.title, trip.id);
    }
    return makeError(tr("several trips match '%1': %2").arg(wanted, candidates.join(QStringLiteral(", "))));
}

Status TripTransfer::writeFile(const QString& path, const QByteArray& bytes)
{
    return AtomicFile::write(path, bytes);
}

Result<QByteArray> TripTransfer::readFile(const QString& path)
{
    QFile file;
    bool opened = false;
    if (path == QStringLiteral("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        return makeError(tr("cannot read '%1': %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    // Far beyond any trip (the sample is 60 KB; 10,000 sessions are 5 MB):
    // refused before it is held in memory.
    constexpr qint64 kMaxDocumentBytes = 256LL * 1024 * 1024;
    QByteArray bytes = file.read(kMaxDocumentBytes + 1);
    if (bytes.size() > kMaxDocumentBytes) {
        return makeError(tr("'%1' is larger than %2 MB; a trip document is far smaller")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(kMaxDocumentBytes / (1024 * 1024)));
    }
    if (file.error() != QFileDevice::NoError) {
        return makeError(tr("cannot read '%1': %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return bytes;
}

Result<std::unique_ptr<Database>> TripTransfer::createDatabase(const QString& path, bool withSample)
{
    if (QFileInfo::exists(path)) {
        return makeError(tr("'%1' already exists; choose a new file name").arg(QDir::toNativeSeparators(path)));
    }
    Result<std::unique_ptr<Database>> opened = Database::open(path, Database::Mode::CreateNew);
    if (!opened.ok() || !withSample) {
        return opened;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    ImportFailure failure = ImportFailure::None;
    const Result<TripBundle> imported = importTrip(*db, sampleTripDocument(), false, &failure);
    if (!imported.ok() && failure == ImportFailure::TripExists) {
        return db;  // another program put the sample trip in first (import --replace): it is there
    }
    if (!imported.ok()) {
        // Removed only while it holds no trip: another program may have
        // written into the new file already.
        const auto trips = TripRepository(*db).list();
        const bool empty = trips.ok() && trips->empty();
        db.reset();
        if (empty) {
            removeDatabaseFiles(path);
        }
        return makeError(tr("the bundled sample trip cannot be imported: %1").arg(imported.error().text()));
    }
    return db;
}

QString TripTransfer::suggestedFileName(const Trip& trip)
{
    QString slug;
    bool dash = false;
    for (const QChar c : trip.title.toLower()) {
        if (c.isLetterOrNumber()) {
            slug += c;
            dash = false;
        } else if (!dash && !slug.isEmpty()) {
            slug += QLatin1Char('-');
            dash = true;
        }
    }
    while (slug.endsWith(QLatin1Char('-'))) {
        slug.chop(1);
    }
    if (slug.isEmpty()) {
        slug = QStringLiteral("trip");
    }
    return slug + QStringLiteral(".dptrip");
}

}  // namespace planner
