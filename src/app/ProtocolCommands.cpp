// export badges, placecards and seating: what a protocol office prints for a
// forum or a meeting.

#include "app/CommandSupport.h"
#include "services/ExportJobs.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QFileInfo>

namespace planner::cli {

namespace {

/// --forum or --meeting (not both) as a scope; false after a usage or user
/// error, whose exit code is in code. tripId is set to the record's trip.
bool readScope(const Invocation& inv, Database& db, ProtocolScope& scope, Uuid& tripId, int& code)
{
    const bool forum = inv.parser.isSet(inv.options.forum);
    const bool meeting = inv.parser.isSet(inv.options.meeting);
    if (forum && meeting) {
        code = usageError(inv.err, CommandLine::tr("give --forum or --meeting, not both"));
        return false;
    }
    if (forum) {
        const auto f = resolveForum(db, inv.parser.value(inv.options.forum));
        if (!f.ok()) {
            code = userError(inv.err, f.error().text());
            return false;
        }
        scope.forumId = f->id;
        tripId = f->tripId;
    } else if (meeting) {
        const auto m = resolveMeeting(db, inv.parser.value(inv.options.meeting));
        if (!m.ok()) {
            code = userError(inv.err, m.error().text());
            return false;
        }
        scope.meetingId = m->id;
        tripId = m->tripId;
    }
    return true;
}

/// The scope within the trip of --trip: a forum or meeting of another trip is refused.
int runInTrip(Invocation& inv, const std::function<Status(Database&, const Uuid&, const ProtocolScope&)>& job)
{
    auto opened = openTrip(inv);
    if (!opened.ok()) {
        return userError(inv.err, opened.error().text());
    }
    ProtocolScope scope;
    Uuid tripId = opened->trip.id;
    int code = CommandLine::Success;
    if (!readScope(inv, *opened->db, scope, tripId, code)) {
        return code;
    }
    if (tripId != opened->trip.id) {
        return userError(
            inv.err, CommandLine::tr("that forum or meeting is not part of the trip '%1'").arg(opened->trip.title));
    }
    const Status written = job(*opened->db, tripId, scope);
    return written.ok() ? CommandLine::Success : userError(inv.err, written.error().text());
}

int runExportBadges(Invocation& inv)
{
    BadgeOptions options;
    const QString stock = inv.parser.value(inv.options.stock);
    const QString sheet = inv.parser.value(inv.options.sheet);
    if (!stock.isEmpty()) {
        const auto s = BadgeSheets::stockFromToken(stock);
        if (!s) {
            return usageError(inv.err, CommandLine::tr("--stock is id1, 90x54, 4x3in or a6, not '%1'").arg(stock));
        }
        options.stock = *s;
    }
    if (!sheet.isEmpty()) {
        const auto s = BadgeSheets::sheetFromToken(sheet);
        if (!s) {
            return usageError(inv.err, CommandLine::tr("--sheet is a4, letter or single, not '%1'").arg(sheet));
        }
        options.sheet = *s;
    }
    const QString path = inv.parser.value(inv.options.output);
    return runInTrip(inv, [&](Database& db, const Uuid& trip, const ProtocolScope& scope) -> Status {
        ProtocolScope chosen = scope;
        // --person, as often as needed: only these of the delegation or of the forum or meeting.
        const QStringList selectors = inv.parser.values(inv.options.person);
        if (!selectors.isEmpty()) {
            const auto bundle = TripBundleStore(db).load(trip);
            if (!bundle.ok()) {
                return bundle.error();
            }
            for (const QString& selector : selectors) {
                const Result<Person> person = resolvePerson(*bundle, selector);
                if (!person.ok()) {
                    return person.error();
                }
                chosen.personIds.push_back(person->id);
            }
        }
        return ExportJobs::badges(db, trip, chosen, options, path);
    });
}

int runExportPlaceCards(Invocation& inv)
{
    QPageSize::PageSizeId size = QPageSize::A4;
    if (!readPageSize(inv, { QPageSize::A4, QPageSize::A5 }, size)) {
        return CommandLine::UsageError;
    }
    PlaceCardOptions options;
    options.paper = size == QPageSize::A5 ? PlaceCardPaper::A5 : PlaceCardPaper::A4;
    const QString path = inv.parser.value(inv.options.output);
    return runInTrip(inv, [&](Database& db, const Uuid& trip, const ProtocolScope& scope) {
        return ExportJobs::placeCards(db, trip, scope, options, path);
    });
}

int runExportSeating(Invocation& inv)
{
    const QString path = inv.parser.value(inv.options.output);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf")) {
        return usageError(inv.err, CommandLine::tr("-o of a seating plan ends in .png or .pdf, not '%1'").arg(path));
    }
    std::optional<SeatingLayout> layout;
    if (inv.parser.isSet(inv.options.layout)) {
        layout = seatingLayoutFromToken(inv.parser.value(inv.options.layout).toLower());
        if (!layout) {
            return usageError(inv.err,
                CommandLine::tr("--layout is bilateral, u-shape or theatre, not '%1'")
                    .arg(inv.parser.value(inv.options.layout)));
        }
    }
    if (!inv.parser.isSet(inv.options.forum) && !inv.parser.isSet(inv.options.meeting)) {
        return usageError(inv.err, CommandLine::tr("a seating plan needs --meeting M or --forum F"));
    }
    auto db = openExisting(inv);
    if (!db.ok()) {
        return userError(inv.err, db.error().text());
    }
    ProtocolScope scope;
    Uuid tripId;
    int code = CommandLine::Success;
    if (!readScope(inv, **db, scope, tripId, code)) {
        return code;
    }
    const Status written = ExportJobs::seating(**db, tripId, scope, layout, path);
    return written.ok() ? CommandLine::Success : userError(inv.err, written.error().text());
}

}  // namespace

std::vector<Subcommand> protocolCommands(const Options& o)
{
    return {
        { .words = { QStringLiteral("export"), QStringLiteral("badges") },
            .arguments = {},
            .accepted = { &o.db, &o.trip, &o.forum, &o.meeting, &o.person, &o.stock, &o.sheet, &o.output },
            .required = { &o.db, &o.trip, &o.output },
            .synopsis = QStringLiteral("--db FILE --trip T [--forum F | --meeting M] [--person P]... "
                                       "[--stock id1|90x54|4x3in|a6] [--sheet a4|letter|single] -o OUT.pdf"),
            .summary = CommandLine::tr("print name badges for the delegation, or the people of a forum or meeting"),
            .run = runExportBadges,
            .paints = true },
        { .words = { QStringLiteral("export"), QStringLiteral("placecards") },
            .arguments = {},
            .accepted = { &o.db, &o.trip, &o.forum, &o.meeting, &o.pageSize, &o.output },
            .required = { &o.db, &o.trip, &o.output },
            .synopsis = QStringLiteral("--db FILE --trip T [--forum F | --meeting M] [--page-size A4|A5] -o OUT.pdf"),
            .summary = CommandLine::tr("print tent place cards, in seat order for a forum's head table or a meeting"),
            .run = runExportPlaceCards,
            .paints = true },
        { .words = { QStringLiteral("export"), QStringLiteral("seating") },
            .arguments = {},
            .accepted = { &o.db, &o.forum, &o.meeting, &o.layout, &o.output },
            .required = { &o.db, &o.output },
            .synopsis
            = QStringLiteral("--db FILE --meeting M|--forum F [--layout bilateral|u-shape|theatre] -o OUT.pdf|OUT.png"),
            .summary = CommandLine::tr("draw the seating plan of a meeting or a forum's head table by precedence"),
            .run = runExportSeating,
            .paints = true },
    };
}

}  // namespace planner::cli
