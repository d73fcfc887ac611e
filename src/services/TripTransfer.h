#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

namespace planner {

class Database;

/// Moving whole trips in and out of a database (trip documents), finding a
/// trip from what a person typed, and creating databases. Shared by the
/// command line and the main window; no widgets.
class TripTransfer {
    Q_DECLARE_TR_FUNCTIONS(planner::TripTransfer)

public:
    /// Why an import failed, so that a caller can react (the GUI asks
    /// "Replace?" on TripExists; the command line points to --replace).
    enum class ImportFailure {
        None,
        InvalidDocument,  ///< not a valid trip document (message names the JSON path)
        TripExists,  ///< a trip with the document's UUID is in the database and replace was false
        Storage,  ///< the database refused the write
    };

    /// Reads and validates a trip document (TripDocument::read).
    static Result<TripBundle> readDocument(const QByteArray& json);

    /// Reads a trip document and saves it in one transaction. A trip whose
    /// UUID is already in the database is refused unless replace is true.
    /// On failure nothing is written and failure (when given) says why.
    static Result<TripBundle> importTrip(
        Database& db, const QByteArray& json, bool replace, ImportFailure* failure = nullptr);
    /// The same for a bundle already read with readDocument().
    static Result<TripBundle> importTrip(
        Database& db, const TripBundle& bundle, bool replace, ImportFailure* failure = nullptr);

    /// Imports several trip documents (files, "-" for standard input) in
    /// one transaction: all of them or, on the first failure, none; the
    /// message names the file. Returns the trips imported, in order.
    static Result<std::vector<Trip>> importFiles(Database& db, const QStringList& paths, bool replace);

    /// The trip document of one trip.
    static Result<QByteArray> exportTrip(Database& db, const Uuid& tripId);

    /// The trip a selector names: a trip UUID, or a case-insensitive part of
    /// a title that matches exactly one trip (an exact title wins over
    /// partial matches). Otherwise an error naming the candidates:
    /// "several trips match 'x': A (uuid), B (uuid)" or "no trip matches 'x'".
    static Result<Trip> resolveTrip(Database& db, const QString& selector);

    /// Writes bytes to path as AtomicFile does (whole or not at all, owner
    /// only, never onto a database).
    static Status writeFile(const QString& path, const QByteArray& bytes);

    /// Reads a whole file ("-" reads standard input).
    static Result<QByteArray> readFile(const QString& path);

    /// Creates a new database file, with the bundled sample trip when
    /// withSample is true. Refuses a path that exists; on failure no file is
    /// left behind.
    static Result<std::unique_ptr<Database>> createDatabase(const QString& path, bool withSample);

    /// A file name for a trip's document, from its title ("korea-central-asia-2016.dptrip":
    /// the extension of the trip document's file type).
    static QString suggestedFileName(const Trip& trip);
};

}  // namespace planner
