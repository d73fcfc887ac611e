// init, import and export json: moving whole trips in and out of a database.

#include "app/CommandSupport.h"
#include "services/AtomicFile.h"
#include "services/TripTransfer.h"
#include "storage/Database.h"

#include <QDir>

namespace planner::cli {

namespace {

int runInit(Invocation& inv)
{
    const QString path = inv.parser.value(inv.options.db);
    const auto created = TripTransfer::createDatabase(path, inv.parser.isSet(inv.options.sample));
    if (!created.ok()) {
        return userError(inv.err, created.error().text());
    }
    return CommandLine::Success;
}

/// One or more trip documents, in one transaction: all or none.
int runImport(Invocation& inv)
{
    auto db = openExisting(inv);
    if (!db.ok()) {
        return userError(inv.err, db.error().text());
    }
    const auto imported = TripTransfer::importFiles(*db.value(), inv.arguments, inv.parser.isSet(inv.options.replace));
    if (!imported.ok()) {
        return userError(inv.err,
            inv.arguments.size() > 1 ? CommandLine::tr("%1 (nothing was imported)").arg(imported.error().text())
                                     : imported.error().text());
    }
    return CommandLine::Success;
}

int runExportJson(Invocation& inv)
{
    auto opened = openTrip(inv);
    if (!opened.ok()) {
        return userError(inv.err, opened.error().text());
    }
    Database& db = *opened->db;
    const Trip& trip = opened->trip;
    const Result<QByteArray> bytes = TripTransfer::exportTrip(db, trip.id);
    if (!bytes.ok()) {
        return userError(inv.err, bytes.error().text());
    }
    const QString target = inv.parser.value(inv.options.output);
    if (target.isEmpty() || target == QStringLiteral("-")) {
        inv.out << QString::fromUtf8(bytes.value());
        inv.out.flush();
        return CommandLine::Success;
    }
    const Status written = TripTransfer::writeFile(target, bytes.value());
    if (!written.ok()) {
        return userError(inv.err, written.error().text());
    }
    // Every person of the trip is in the document, passports and dates of
    // birth included.
    if (!AtomicFile::isStream(target)) {
        inv.err << CommandLine::tr("note: %1 contains the personal data of the delegation (passport numbers, dates of "
                                   "birth) and is readable only by you; share it only with those who need it")
                       .arg(QDir::toNativeSeparators(target))
                << Qt::endl;
    }
    return CommandLine::Success;
}
}  // namespace

std::vector<Subcommand> transferCommands(const Options& o)
{
    return {
        { .words = { QStringLiteral("init") },
            .arguments = {},
            .accepted = { &o.db, &o.sample },
            .required = { &o.db },
            .synopsis = QStringLiteral("--db FILE [--sample]"),
            .summary = CommandLine::tr("create a database (with the sample trip)"),
            .run = runInit,
            .paints = false },
        { .words = { QStringLiteral("import") },
            .arguments = { QStringLiteral("TRIP.json...") },
            .accepted = { &o.db, &o.replace },
            .required = { &o.db },
            .synopsis = QStringLiteral("--db FILE [--replace]"),
            .summary = CommandLine::tr("import trip documents, all or none ('-' reads stdin)"),
            .run = runImport,
            .paints = false,
            .repeats = true },
        { .words = { QStringLiteral("export"), QStringLiteral("json") },
            .arguments = {},
            .accepted = { &o.db, &o.trip, &o.output },
            .required = { &o.db, &o.trip },
            .synopsis = QStringLiteral("--db FILE --trip T [-o OUT]"),
            .summary = CommandLine::tr("write a trip document"),
            .run = runExportJson,
            .paints = false },
    };
}

}  // namespace planner::cli
