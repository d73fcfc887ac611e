// check: the planning checks of a trip.

#include "app/CommandSupport.h"
#include "services/CheckService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace planner::cli {

namespace {

QJsonObject findingJson(const ReviewedFinding& reviewed)
{
    const Finding& f = reviewed.finding;
    QJsonArray records;
    for (const RecordRef& r : f.records) {
        records.append(QJsonObject { { QStringLiteral("kind"), token(r.kind) }, { QStringLiteral("id"), r.id } });
    }
    QJsonValue when;
    if (!f.when.isNull()) {
        when = QJsonObject { { QStringLiteral("local"), f.when.localIso() }, { QStringLiteral("zone"), f.when.zone() },
            { QStringLiteral("utcOffset"), f.when.utcOffsetText() } };
    }
    QJsonValue acknowledgement;
    if (reviewed.acknowledgement) {
        acknowledgement = QJsonObject { { QStringLiteral("reason"), reviewed.acknowledgement->reason },
            { QStringLiteral("acknowledgedAt"), reviewed.acknowledgement->acknowledgedAt.toString(Qt::ISODate) } };
    }
    return QJsonObject { { QStringLiteral("severity"), token(f.severity) }, { QStringLiteral("rule"), f.ruleId },
        { QStringLiteral("status"), reviewed.isOpen() ? QStringLiteral("open") : QStringLiteral("acknowledged") },
        { QStringLiteral("message"), f.message }, { QStringLiteral("when"), when },
        { QStringLiteral("records"), records }, { QStringLiteral("fingerprint"), f.fingerprint },
        { QStringLiteral("acknowledgement"), acknowledgement } };
}

/// The planning checks of one trip; exit 1 while an error is open.
int runCheck(Invocation& inv)
{
    auto opened = openTrip(inv);
    if (!opened.ok()) {
        return userError(inv.err, opened.error().text());
    }
    Database& db = *opened->db;
    const Trip& trip = opened->trip;
    const auto reviewed = CheckService(db).review(trip.id);
    if (!reviewed.ok()) {
        return userError(inv.err, reviewed.error().text());
    }
    if (inv.parser.isSet(inv.options.json)) {
        QJsonArray array;
        for (const ReviewedFinding& r : reviewed.value()) {
            array.append(findingJson(r));
        }
        inv.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        std::array<int, 3> openCount {};
        int acknowledged = 0;
        for (const ReviewedFinding& r : reviewed.value()) {
            const Finding& f = r.finding;
            const QString status
                = r.isOpen() ? label(f.severity) : CommandLine::tr("%1 (acknowledged)").arg(label(f.severity));
            inv.out << status << "  " << f.ruleId << "  " << oneLine(f.message) << '\n';
            if (r.isOpen()) {
                ++openCount.at(static_cast<std::size_t>(f.severity));
            } else {
                ++acknowledged;
                inv.out << "    " << CommandLine::tr("Acknowledged: %1").arg(oneLine(r.acknowledgement->reason))
                        << '\n';
            }
        }
        inv.out << CommandLine::tr("%1: open errors %2, warnings %3, notes %4; acknowledged %5.")
                       .arg(trip.title)
                       .arg(openCount.at(static_cast<std::size_t>(Severity::Error)))
                       .arg(openCount.at(static_cast<std::size_t>(Severity::Warning)))
                       .arg(openCount.at(static_cast<std::size_t>(Severity::Note)))
                       .arg(acknowledged)
                << '\n';
    }
    inv.out.flush();
    return CheckService::hasOpenError(reviewed.value()) ? CommandLine::UserError : CommandLine::Success;
}
}  // namespace

std::vector<Subcommand> checkCommands(const Options& o)
{
    return {
        { .words = { QStringLiteral("check") },
            .arguments = {},
            .accepted = { &o.db, &o.trip, &o.json },
            .required = { &o.db, &o.trip },
            .synopsis = QStringLiteral("--db FILE --trip T [--json]"),
            .summary = CommandLine::tr("run the planning checks (exit 1 while an error is open)"),
            .run = runCheck,
            .paints = false },
    };
}

}  // namespace planner::cli
