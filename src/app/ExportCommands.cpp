// export agenda, roster, ics and timeline: the printed and exchanged outputs.

#include "app/CommandSupport.h"
#include "services/AtomicFile.h"
#include "services/ExportJobs.h"
#include "services/TimelineRenderer.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QDir>
#include <QFileInfo>

namespace planner::cli {

namespace {

int runExportAgenda(Invocation& inv)
{
    const QString format = inv.parser.value(inv.options.format).toLower();
    const QHash<QString, ExportJobs::AgendaFormat> formats { { QStringLiteral("pdf"), ExportJobs::AgendaFormat::Pdf },
        { QStringLiteral("html"), ExportJobs::AgendaFormat::Html },
        { QStringLiteral("docx"), ExportJobs::AgendaFormat::Docx },
        { QStringLiteral("odt"), ExportJobs::AgendaFormat::Odt } };
    if (!formats.contains(format)) {
        return usageError(
            inv.err, CommandLine::tr("--format for an agenda is pdf, html, docx or odt, not '%1'").arg(format));
    }
    AgendaOptions options;
    if (!readPageSize(inv, { QPageSize::A4, QPageSize::Letter }, options.pageSize)) {
        return CommandLine::UsageError;
    }
    auto db = openExisting(inv);
    if (!db.ok()) {
        return userError(inv.err, db.error().text());
    }
    const Result<Forum> forum = resolveForum(*db.value(), inv.parser.value(inv.options.forum));
    if (!forum.ok()) {
        return userError(inv.err, forum.error().text());
    }
    const Status written = ExportJobs::agenda(
        *db.value(), forum->id, formats.value(format), options, inv.parser.value(inv.options.output));
    return written.ok() ? CommandLine::Success : userError(inv.err, written.error().text());
}

int runExportRoster(Invocation& inv)
{
    const auto preset = Roster::presetFromToken(inv.parser.value(inv.options.preset));
    if (!preset) {
        return usageError(inv.err,
            CommandLine::tr("--preset is protocol, rooming or immigration, not '%1'")
                .arg(inv.parser.value(inv.options.preset)));
    }
    const auto format = RosterWriter::formatFromToken(inv.parser.value(inv.options.format));
    if (!format) {
        return usageError(inv.err,
            CommandLine::tr("--format for a roster is xlsx, csv, pdf, json, docx or odt, not '%1'")
                .arg(inv.parser.value(inv.options.format)));
    }
    if (inv.parser.isSet(inv.options.bom) && *format != RosterFormat::Csv) {
        return usageError(inv.err, CommandLine::tr("--bom applies to --format csv only"));
    }
    std::optional<std::vector<RosterColumn>> columns;
    if (inv.parser.isSet(inv.options.columns)) {
        auto parsed = Roster::parseColumns(inv.parser.value(inv.options.columns));
        if (!parsed.ok()) {
            return usageError(inv.err, parsed.error().text());
        }
        columns = std::move(parsed).value();
    }
    RosterWriteOptions options;
    options.byteOrderMark = inv.parser.isSet(inv.options.bom);
    if (!readPageSize(inv, { QPageSize::A4, QPageSize::Letter }, options.pageSize)) {
        return CommandLine::UsageError;
    }
    auto opened = openTrip(inv);
    if (!opened.ok()) {
        return userError(inv.err, opened.error().text());
    }
    Database& db = *opened->db;
    const Trip& trip = opened->trip;
    QStringList warnings;
    const Status written = ExportJobs::roster(
        db, trip.id, *preset, columns, *format, options, inv.parser.value(inv.options.output), &warnings);
    if (!written.ok()) {
        return userError(inv.err, written.error().text());
    }
    for (const QString& w : warnings) {
        inv.err << CommandLine::tr("warning: %1").arg(w) << Qt::endl;
    }
    if (Roster::containsPassportData(columns ? *columns : Roster::presetColumns(*preset))) {
        inv.err << (AtomicFile::isStream(inv.parser.value(inv.options.output))
                ? CommandLine::tr("note: %1 contains passport data; share it only with those who need it")
                : CommandLine::tr("note: %1 contains passport data and is readable only by you; share it "
                                  "only with those who need it"))
                       .arg(QDir::toNativeSeparators(inv.parser.value(inv.options.output)))
                << Qt::endl;
    }
    return CommandLine::Success;
}

int runExportIcs(Invocation& inv)
{
    auto opened = openTrip(inv);
    if (!opened.ok()) {
        return userError(inv.err, opened.error().text());
    }
    Database& db = *opened->db;
    const Trip& trip = opened->trip;
    CalendarOptions options;
    if (inv.parser.isSet(inv.options.person)) {
        const auto bundle = TripBundleStore(db).load(trip.id);
        if (!bundle.ok()) {
            return userError(inv.err, bundle.error().text());
        }
        const Result<Person> person = resolvePerson(bundle.value(), inv.parser.value(inv.options.person));
        if (!person.ok()) {
            return userError(inv.err, person.error().text());
        }
        options.personId = person->id;
    }
    const Status written = ExportJobs::calendar(db, trip.id, options, inv.parser.value(inv.options.output));
    return written.ok() ? CommandLine::Success : userError(inv.err, written.error().text());
}

/// The trip's timeline as a PNG image or a PDF (by the suffix of -o).
int runExportTimeline(Invocation& inv)
{
    const QString path = inv.parser.value(inv.options.output);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QStringLiteral("png") && suffix != QStringLiteral("pdf")) {
        return usageError(inv.err, CommandLine::tr("-o of a timeline ends in .png or .pdf, not '%1'").arg(path));
    }
    const bool perDay = inv.parser.isSet(inv.options.perDay);
    if (perDay && suffix != QStringLiteral("pdf")) {
        return usageError(inv.err, CommandLine::tr("--per-day applies to a PDF only"));
    }
    auto opened = openTrip(inv);
    if (!opened.ok()) {
        return userError(inv.err, opened.error().text());
    }
    Database& db = *opened->db;
    const Trip& trip = opened->trip;
    const auto bundle = TripBundleStore(db).load(trip.id);
    if (!bundle.ok()) {
        return userError(inv.err, bundle.error().text());
    }
    TimelineExportOptions options;
    options.pages = perDay ? TimelineExportOptions::Pages::PerDay : TimelineExportOptions::Pages::WholeTrip;
    const Status written = TimelineRenderer::exportToFile(TimelineInput::fromBundle(bundle.value()), path, options);
    return written.ok() ? CommandLine::Success : userError(inv.err, written.error().text());
}
}  // namespace

std::vector<Subcommand> exportCommands(const Options& o)
{
    return {
        { .words = { QStringLiteral("export"), QStringLiteral("agenda") },
            .arguments = {},
            .accepted = { &o.db, &o.forum, &o.format, &o.pageSize, &o.output },
            .required = { &o.db, &o.forum, &o.format, &o.output },
            .synopsis = QStringLiteral("--db FILE --forum F --format pdf|html|docx|odt [--page-size SIZE] -o OUT"),
            .summary = CommandLine::tr("write a forum's printed agenda"),
            .run = runExportAgenda,
            .paints = true },
        { .words = { QStringLiteral("export"), QStringLiteral("roster") },
            .arguments = {},
            .accepted = { &o.db, &o.trip, &o.preset, &o.columns, &o.format, &o.bom, &o.pageSize, &o.output },
            .required = { &o.db, &o.trip, &o.preset, &o.format, &o.output },
            .synopsis = QStringLiteral("--db FILE --trip T --preset PRESET [--columns a,b,...] --format FORMAT [--bom] "
                                       "[--page-size SIZE] -o OUT"),
            .summary = CommandLine::tr("write a delegation roster"),
            .run = runExportRoster,
            .paints = true },
        { .words = { QStringLiteral("export"), QStringLiteral("ics") },
            .arguments = {},
            .accepted = { &o.db, &o.trip, &o.person, &o.output },
            .required = { &o.db, &o.trip, &o.output },
            .synopsis = QStringLiteral("--db FILE --trip T [--person P] -o OUT"),
            .summary = CommandLine::tr("write the travellers' calendar (of one person)"),
            .run = runExportIcs,
            .paints = false },
        { .words = { QStringLiteral("export"), QStringLiteral("timeline") },
            .arguments = {},
            .accepted = { &o.db, &o.trip, &o.perDay, &o.output },
            .required = { &o.db, &o.trip, &o.output },
            .synopsis = QStringLiteral("--db FILE --trip T -o OUT.png|OUT.pdf [--per-day]"),
            .summary = CommandLine::tr("draw the trip's timeline (PDF: whole trip on A3, or a page per day)"),
            .run = runExportTimeline,
            .paints = true },
    };
}

}  // namespace planner::cli
