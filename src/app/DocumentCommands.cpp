// export programme and itinerary: the trip's documents to hand on (PDF, DOCX, ODT).

#include "app/CommandSupport.h"
#include "services/ExportJobs.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

namespace planner::cli {

namespace {

/// --format of a document; nullopt after printing a usage error.
std::optional<DocumentFormat> documentFormat(const Invocation& inv, const QString& what)
{
    const auto format = DocumentFiles::formatFromToken(inv.parser.value(inv.options.format));
    if (!format) {
        usageError(inv.err,
            CommandLine::tr("--format for %1 is pdf, docx or odt, not '%2'")
                .arg(what, inv.parser.value(inv.options.format)));
    }
    return format;
}

int runExportProgramme(Invocation& inv)
{
    const auto format = documentFormat(inv, CommandLine::tr("a programme"));
    TripDocumentOptions options;
    if (!format || !readPageSize(inv, { QPageSize::A4, QPageSize::Letter }, options.pageSize)) {
        return CommandLine::UsageError;
    }
    auto opened = openTrip(inv);
    if (!opened.ok()) {
        return userError(inv.err, opened.error().text());
    }
    const Status written
        = ExportJobs::programme(*opened->db, opened->trip.id, *format, options, inv.parser.value(inv.options.output));
    return written.ok() ? CommandLine::Success : userError(inv.err, written.error().text());
}

int runExportItinerary(Invocation& inv)
{
    const auto format = documentFormat(inv, CommandLine::tr("an itinerary"));
    TripDocumentOptions options;
    if (!format || !readPageSize(inv, { QPageSize::A4, QPageSize::A5, QPageSize::Letter }, options.pageSize)) {
        return CommandLine::UsageError;
    }
    auto opened = openTrip(inv);
    if (!opened.ok()) {
        return userError(inv.err, opened.error().text());
    }
    std::vector<Uuid> people;
    if (inv.parser.isSet(inv.options.person)) {
        const auto bundle = TripBundleStore(*opened->db).load(opened->trip.id);
        if (!bundle.ok()) {
            return userError(inv.err, bundle.error().text());
        }
        const Result<Person> person = resolvePerson(bundle.value(), inv.parser.value(inv.options.person));
        if (!person.ok()) {
            return userError(inv.err, person.error().text());
        }
        people.push_back(person->id);
    }
    const Status written = ExportJobs::itinerary(
        *opened->db, opened->trip.id, people, *format, options, inv.parser.value(inv.options.output));
    return written.ok() ? CommandLine::Success : userError(inv.err, written.error().text());
}

}  // namespace

std::vector<Subcommand> documentCommands(const Options& o)
{
    return {
        { .words = { QStringLiteral("export"), QStringLiteral("programme") },
            .arguments = {},
            .accepted = { &o.db, &o.trip, &o.format, &o.pageSize, &o.output },
            .required = { &o.db, &o.trip, &o.format, &o.output },
            .synopsis = QStringLiteral("--db FILE --trip T --format pdf|docx|odt [--page-size A4|Letter] -o OUT"),
            .summary = CommandLine::tr("write the trip programme, day by day, with the delegation and lodging"),
            .run = runExportProgramme,
            .paints = true },
        { .words = { QStringLiteral("export"), QStringLiteral("itinerary") },
            .arguments = {},
            .accepted = { &o.db, &o.trip, &o.person, &o.format, &o.pageSize, &o.output },
            .required = { &o.db, &o.trip, &o.format, &o.output },
            .synopsis
            = QStringLiteral("--db FILE --trip T [--person P] --format pdf|docx|odt [--page-size A4|A5|Letter] -o OUT"),
            .summary = CommandLine::tr("write the personal itinerary of one traveller, or of each, a page break apart"),
            .run = runExportItinerary,
            .paints = true },
    };
}

}  // namespace planner::cli
