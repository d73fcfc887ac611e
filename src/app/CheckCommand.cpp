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

/// The short id check prints for a finding: the start of its fingerprint.
QString shortId(const Finding& f)
{
    return f.fingerprint.left(10);
}

/// check --acknowledge ID --reason TEXT, or --withdraw ID.
int runAcknowledge(Invocation& inv, Database& db, const Trip& trip, const std::vector<ReviewedFinding>& findings)
{
    const bool acknowledging = inv.parser.isSet(inv.options.acknowledge);
    const QString id
        = inv.parser.value(acknowledging ? inv.options.acknowledge : inv.options.withdraw).trimmed().toLower();
    const QString reason = inv.parser.value(inv.options.reason).trimmed();
    if (acknowledging && reason.isEmpty()) {
        return usageError(inv.err, CommandLine::tr("--acknowledge needs --reason TEXT: say why the finding is accepted"));
    }
    if (id.size() < 6) {
        return usageError(inv.err,
            CommandLine::tr("give at least 6 characters of the finding's id, as check prints it, not '%1'")
                .arg(id.left(40)));
    }
    std::vector<const ReviewedFinding*> matches;
    for (const ReviewedFinding& r : findings) {
        if (r.finding.fingerprint.startsWith(id) && r.isOpen() == acknowledging) {
            matches.push_back(&r);
        }
    }
    if (matches.empty()) {
        return userError(inv.err,
            (acknowledging ? CommandLine::tr("no open finding of '%1' has the id %2; run check to see the ids")
                           : CommandLine::tr("no acknowledged finding of '%1' has the id %2; run check to see the ids"))
                .arg(trip.title, id));
    }
    if (matches.size() > 1) {
        return userError(inv.err, CommandLine::tr("%1 findings have ids starting %2; give more of the id")
                                      .arg(matches.size())
                                      .arg(id));
    }
    const Finding& finding = matches.front()->finding;
    CheckService service(db);
    const Status done = acknowledging ? service.acknowledge(trip.id, finding, reason)
                                      : service.withdraw(trip.id, finding.fingerprint);
    if (!done.ok()) {
        return userError(inv.err, done.error().text());
    }
    inv.out << (acknowledging ? CommandLine::tr("Acknowledged: %1") : CommandLine::tr("Open again: %1"))
                   .arg(oneLine(finding.message))
            << '\n';
    inv.out.flush();
    return CommandLine::Success;
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
    const bool acknowledge = inv.parser.isSet(inv.options.acknowledge);
    if (acknowledge && inv.parser.isSet(inv.options.withdraw)) {
        return usageError(inv.err, CommandLine::tr("give --acknowledge or --withdraw, not both"));
    }
    if (inv.parser.isSet(inv.options.reason) && !acknowledge) {
        return usageError(inv.err, CommandLine::tr("--reason goes with --acknowledge ID"));
    }
    if (acknowledge || inv.parser.isSet(inv.options.withdraw)) {
        return runAcknowledge(inv, db, trip, reviewed.value());
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
            inv.out << "    " << CommandLine::tr("id %1").arg(shortId(f)) << '\n';
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
            .accepted = { &o.db, &o.trip, &o.json, &o.acknowledge, &o.withdraw, &o.reason },
            .required = { &o.db, &o.trip },
            .synopsis = QStringLiteral("--db FILE --trip T [--json | --acknowledge ID --reason TEXT | --withdraw ID]"),
            .summary = CommandLine::tr("run the planning checks (exit 1 while an error is open); acknowledge a finding "
                                       "by the id it prints, or make it open again"),
            .run = runCheck,
            .paints = false },
    };
}

}  // namespace planner::cli
