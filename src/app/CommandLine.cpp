#include "app/CommandLine.h"

#include "services/CheckService.h"
#include "services/ExportJobs.h"
#include "services/SampleTrip.h"
#include "services/TimelineRenderer.h"
#include "services/TripTransfer.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <array>
#include <functional>
#include <optional>
#include <set>

namespace planner {

namespace {

const QString kProgram = QStringLiteral("delegation-planner");

/// Every option of every command; a subcommand lists the ones it accepts.
struct Options {
    QCommandLineOption db { QStringLiteral("db"), CommandLine::tr("The database file."), CommandLine::tr("FILE") };
    QCommandLineOption sample { QStringLiteral("sample"), CommandLine::tr("With the bundled sample trip.") };
    QCommandLineOption replace { QStringLiteral("replace"), CommandLine::tr("Replace a trip that is already there.") };
    QCommandLineOption trip { QStringLiteral("trip"), CommandLine::tr("A trip: its UUID or a part of its title."),
        CommandLine::tr("T") };
    QCommandLineOption output { { QStringLiteral("o"), QStringLiteral("output") },
        CommandLine::tr("Write to OUT instead of standard output."), CommandLine::tr("OUT") };
    QCommandLineOption json { QStringLiteral("json"), CommandLine::tr("Print a JSON array instead of a table.") };
    QCommandLineOption forum { QStringLiteral("forum"), CommandLine::tr("A forum: its UUID or a part of its title."),
        CommandLine::tr("F") };
    QCommandLineOption format { QStringLiteral("format"),
        CommandLine::tr("pdf|html for an agenda; xlsx|csv|pdf|json for a roster."), CommandLine::tr("FORMAT") };
    QCommandLineOption pageSize { QStringLiteral("page-size"), CommandLine::tr("A4 (default) or Letter."),
        CommandLine::tr("SIZE") };
    QCommandLineOption preset { QStringLiteral("preset"), CommandLine::tr("protocol|rooming|immigration."),
        CommandLine::tr("PRESET") };
    QCommandLineOption columns { QStringLiteral("columns"),
        CommandLine::tr("Roster columns instead of the preset's, comma-separated."), CommandLine::tr("a,b,...") };
    QCommandLineOption bom { QStringLiteral("bom"),
        CommandLine::tr("Start a CSV file with a byte-order mark (Excel).") };
    QCommandLineOption person { QStringLiteral("person"),
        CommandLine::tr("A person: their UUID or a part of their name."), CommandLine::tr("P") };
    QCommandLineOption perDay { QStringLiteral("per-day"),
        CommandLine::tr("A timeline PDF with one A4 page per day instead of the whole trip on A3.") };
    QCommandLineOption help { { QStringLiteral("h"), QStringLiteral("help") }, CommandLine::tr("Show this help.") };
    QCommandLineOption version { { QStringLiteral("v"), QStringLiteral("version") },
        CommandLine::tr("Show the version.") };

    [[nodiscard]] std::vector<const QCommandLineOption*> all() const
    {
        return { &db, &sample, &replace, &trip, &output, &json, &forum, &format, &pageSize, &preset, &columns, &bom,
            &person, &perDay, &help, &version };
    }

    void addTo(QCommandLineParser& parser) const
    {
        for (const QCommandLineOption* option : all()) {
            parser.addOption(*option);
        }
    }
};

QString optionText(const QCommandLineOption& option)
{
    const QString name = option.names().constLast();
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

/// What a subcommand's handler works with.
struct Invocation {
    const QCommandLineParser& parser;
    const Options& options;
    QStringList arguments;  ///< positional arguments after the command words
    QTextStream& out;
    QTextStream& err;
};

using Handler = std::function<int(Invocation&)>;

struct Subcommand {
    QStringList words;  ///< e.g. {"export", "json"}
    QStringList arguments;  ///< names of the positional arguments, e.g. {"TRIP.json"}
    std::vector<const QCommandLineOption*> accepted;
    std::vector<const QCommandLineOption*> required;
    QString synopsis;  ///< the options part of the usage line
    QString summary;
    Handler run;
    /// Paints (PDF, images) and so needs a QGuiApplication.
    bool paints = false;
};

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text.trimmed();
}

int userError(QTextStream& err, const QString& message)
{
    err << kProgram << ": " << oneLine(message) << Qt::endl;
    return CommandLine::UserError;
}

int usageError(QTextStream& err, const QString& message)
{
    err << kProgram << ": " << oneLine(message) << '\n'
        << CommandLine::tr("Try '%1 --help' for usage.").arg(kProgram) << Qt::endl;
    return CommandLine::UsageError;
}

/// Rows with named columns, printed as a tab-separated table with a header
/// line or as a JSON array of objects with the column names as keys.
struct Table {
    QStringList columns;
    std::vector<QVariantList> rows;

    void print(QTextStream& out, bool asJson) const
    {
        if (asJson) {
            QJsonArray array;
            for (const QVariantList& row : rows) {
                QJsonObject object;
                for (qsizetype i = 0; i < columns.size() && i < row.size(); ++i) {
                    object.insert(columns.at(i), QJsonValue::fromVariant(row.at(i)));
                }
                array.append(object);
            }
            out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return;
        }
        out << columns.join(QLatin1Char('\t')) << '\n';
        for (const QVariantList& row : rows) {
            QStringList cells;
            for (const QVariant& cell : row) {
                QString text = cell.toString();
                text.replace(QLatin1Char('\t'), QLatin1Char(' '));
                cells << oneLine(text);
            }
            out << cells.join(QLatin1Char('\t')) << '\n';
        }
        out.flush();
    }
};

Result<std::unique_ptr<Database>> openExisting(const Invocation& inv)
{
    return Database::open(inv.parser.value(inv.options.db), Database::Mode::OpenExisting);
}

/// The database of --db and, in it, the trip --trip names.
struct OpenTrip {
    std::unique_ptr<Database> db;
    Trip trip;
};

Result<OpenTrip> openTrip(const Invocation& inv)
{
    auto db = openExisting(inv);
    if (!db.ok()) {
        return db.error();
    }
    auto trip = TripTransfer::resolveTrip(*db.value(), inv.parser.value(inv.options.trip));
    if (!trip.ok()) {
        return trip.error();
    }
    return OpenTrip { std::move(db).value(), std::move(trip).value() };
}

template <typename T> QHash<Uuid, T> byId(const std::vector<T>& records)
{
    QHash<Uuid, T> map;
    for (const T& record : records) {
        map.insert(record.id, record);
    }
    return map;
}

// ---- init, import, export ------------------------------------------------

int runInit(Invocation& inv)
{
    const QString path = inv.parser.value(inv.options.db);
    const auto created = TripTransfer::createDatabase(path, inv.parser.isSet(inv.options.sample));
    if (!created.ok()) {
        return userError(inv.err, created.error().text());
    }
    return CommandLine::Success;
}

int runImport(Invocation& inv)
{
    const Result<QByteArray> bytes = TripTransfer::readFile(inv.arguments.constFirst());
    if (!bytes.ok()) {
        return userError(inv.err, bytes.error().text());
    }
    auto db = openExisting(inv);
    if (!db.ok()) {
        return userError(inv.err, db.error().text());
    }
    const Result<TripBundle> imported
        = TripTransfer::importTrip(*db.value(), bytes.value(), inv.parser.isSet(inv.options.replace));
    if (!imported.ok()) {
        return userError(inv.err, imported.error().text());
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
    return CommandLine::Success;
}

// ---- export agenda, roster, ics ---------------------------------------------

/// A forum by UUID, or by a part of its title matching exactly one forum (an
/// exact title wins).
Result<Forum> resolveForum(Database& db, const QString& selector)
{
    const auto forums = ForumRepository(db).list();
    if (!forums.ok()) {
        return forums.error();
    }
    std::vector<const Forum*> partial;
    for (const Forum& forum : forums.value()) {
        if (forum.id == selector || forum.title.compare(selector, Qt::CaseInsensitive) == 0) {
            return forum;
        }
        if (forum.title.contains(selector, Qt::CaseInsensitive)) {
            partial.push_back(&forum);
        }
    }
    if (partial.size() == 1) {
        return *partial.front();
    }
    if (partial.empty()) {
        return makeError(CommandLine::tr("no forum matches '%1' (see 'list forums')").arg(selector));
    }
    QStringList names;
    for (const Forum* forum : partial) {
        names << QStringLiteral("%1 (%2)").arg(forum->title, forum->id);
    }
    return makeError(CommandLine::tr("several forums match '%1': %2").arg(selector, names.join(QStringLiteral(", "))));
}

/// A person of the trip by UUID, or by a part of their name in either script.
Result<Person> resolvePerson(const TripBundle& bundle, const QString& selector)
{
    std::vector<const Person*> partial;
    for (const Person& person : bundle.people) {
        if (person.id == selector) {
            return person;
        }
        const QString latin = person.givenName + QLatin1Char(' ') + person.familyName;
        if (latin.contains(selector, Qt::CaseInsensitive)
            || person.displayName().contains(selector, Qt::CaseInsensitive)
            || (!person.localName.isEmpty() && person.localName.contains(selector, Qt::CaseInsensitive))) {
            partial.push_back(&person);
        }
    }
    if (partial.size() == 1) {
        return *partial.front();
    }
    if (partial.empty()) {
        return makeError(CommandLine::tr("no person of the trip matches '%1' (see 'list people')").arg(selector));
    }
    QStringList names;
    for (const Person* person : partial) {
        names << QStringLiteral("%1 (%2)").arg(person->displayName(), person->id);
    }
    return makeError(CommandLine::tr("several people match '%1': %2").arg(selector, names.join(QStringLiteral(", "))));
}

int runExportAgenda(Invocation& inv)
{
    const QString format = inv.parser.value(inv.options.format).toLower();
    if (format != QStringLiteral("pdf") && format != QStringLiteral("html")) {
        return usageError(inv.err, CommandLine::tr("--format for an agenda is pdf or html, not '%1'").arg(format));
    }
    AgendaOptions options;
    const QString size = inv.parser.value(inv.options.pageSize);
    if (size.isEmpty() || size.compare(QStringLiteral("A4"), Qt::CaseInsensitive) == 0) {
        options.pageSize = QPageSize::A4;
    } else if (size.compare(QStringLiteral("Letter"), Qt::CaseInsensitive) == 0) {
        options.pageSize = QPageSize::Letter;
    } else {
        return usageError(inv.err, CommandLine::tr("--page-size is A4 or Letter, not '%1'").arg(size));
    }
    auto db = openExisting(inv);
    if (!db.ok()) {
        return userError(inv.err, db.error().text());
    }
    const Result<Forum> forum = resolveForum(*db.value(), inv.parser.value(inv.options.forum));
    if (!forum.ok()) {
        return userError(inv.err, forum.error().text());
    }
    const Status written = ExportJobs::agenda(*db.value(), forum->id,
        format == QStringLiteral("pdf") ? ExportJobs::AgendaFormat::Pdf : ExportJobs::AgendaFormat::Html, options,
        inv.parser.value(inv.options.output));
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
            CommandLine::tr("--format for a roster is xlsx, csv, pdf or json, not '%1'")
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
    auto opened = openTrip(inv);
    if (!opened.ok()) {
        return userError(inv.err, opened.error().text());
    }
    Database& db = *opened->db;
    const Trip& trip = opened->trip;
    const Status written
        = ExportJobs::roster(db, trip.id, *preset, columns, *format, options, inv.parser.value(inv.options.output));
    if (!written.ok()) {
        return userError(inv.err, written.error().text());
    }
    if (Roster::containsPassportData(columns ? *columns : Roster::presetColumns(*preset))) {
        inv.err << CommandLine::tr("note: %1 contains passport data; share it only with those who need it")
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

// ---- check --------------------------------------------------------------

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

// ---- list ---------------------------------------------------------------

/// Runs a list: opens the database, resolves --trip when given, fills a table.
int runList(Invocation& inv, const std::function<Result<Table>(Database&, const Trip*)>& fill)
{
    auto db = openExisting(inv);
    if (!db.ok()) {
        return userError(inv.err, db.error().text());
    }
    std::optional<Trip> trip;
    if (inv.parser.isSet(inv.options.trip)) {
        const Result<Trip> resolved = TripTransfer::resolveTrip(*db.value(), inv.parser.value(inv.options.trip));
        if (!resolved.ok()) {
            return userError(inv.err, resolved.error().text());
        }
        trip = resolved.value();
    }
    const Result<Table> table = fill(*db.value(), trip ? &*trip : nullptr);
    if (!table.ok()) {
        return userError(inv.err, table.error().text());
    }
    table->print(inv.out, inv.parser.isSet(inv.options.json));
    return CommandLine::Success;
}

Result<Table> tripTable(Database& db, const Trip* only)
{
    const auto trips = TripRepository(db).list();
    if (!trips.ok()) {
        return trips.error();
    }
    const auto organisations = OrganisationRepository(db).list();
    if (!organisations.ok()) {
        return organisations.error();
    }
    const auto orgById = byId(organisations.value());
    Table table { { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("start_date"),
                      QStringLiteral("end_date"), QStringLiteral("home_zone"), QStringLiteral("lead_organisation") },
        {} };
    for (const Trip& trip : trips.value()) {
        if (only != nullptr && only->id != trip.id) {
            continue;
        }
        table.rows.push_back({ trip.id, trip.title, trip.startDate.toString(Qt::ISODate),
            trip.endDate.toString(Qt::ISODate), trip.homeZone, orgById.value(trip.leadOrganisationId).name });
    }
    return table;
}

Result<Table> forumTable(Database& db, const Trip* only)
{
    const auto forums = ForumRepository(db).list(only != nullptr ? only->id : Uuid());
    const auto trips = TripRepository(db).list();
    const auto venues = VenueRepository(db).list();
    const auto organisations = OrganisationRepository(db).list();
    for (const Error* error : { forums.ok() ? nullptr : &forums.error(), trips.ok() ? nullptr : &trips.error(),
             venues.ok() ? nullptr : &venues.error(), organisations.ok() ? nullptr : &organisations.error() }) {
        if (error != nullptr) {
            return *error;
        }
    }
    const auto tripById = byId(trips.value());
    const auto venueById = byId(venues.value());
    const auto orgById = byId(organisations.value());
    QHash<Uuid, Stop> stopById;
    std::set<Uuid> tripIds;
    for (const Forum& forum : forums.value()) {
        tripIds.insert(forum.tripId);
    }
    for (const Uuid& tripId : tripIds) {
        const auto stops = ItineraryRepository(db).stops(tripId);
        if (!stops.ok()) {
            return stops.error();
        }
        stopById.insert(byId(stops.value()));
    }
    Table table { { QStringLiteral("id"), QStringLiteral("trip"), QStringLiteral("title"), QStringLiteral("city"),
                      QStringLiteral("venue"), QStringLiteral("start"), QStringLiteral("zone"),
                      QStringLiteral("utc_offset"), QStringLiteral("sessions"), QStringLiteral("hosts") },
        {} };
    for (const Forum& forum : forums.value()) {
        QStringList hosts;
        for (const ForumHost& host : forum.hosts) {
            const QString name = orgById.value(host.organisationId).name;
            hosts << (host.role == HostRole::CoHost ? CommandLine::tr("%1 (co-host)").arg(name) : name);
        }
        table.rows.push_back({ forum.id, tripById.value(forum.tripId).title, forum.title,
            stopById.value(forum.stopId).city, venueById.value(forum.venueId).name, forum.start.localIso(),
            forum.start.zone(), forum.start.isNull() ? QString() : forum.start.utcOffsetText(),
            static_cast<int>(forum.sessions.size()), hosts.join(QStringLiteral("; ")) });
    }
    return table;
}

Result<Table> peopleTable(Database& db, const Trip* only)
{
    const auto people = PersonRepository(db).list();
    const auto organisations = OrganisationRepository(db).list();
    if (!people.ok()) {
        return people.error();
    }
    if (!organisations.ok()) {
        return organisations.error();
    }
    const auto orgById = byId(organisations.value());
    const QStringList personColumns { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("local_name"),
        QStringLiteral("position"), QStringLiteral("organisation") };
    auto personCells = [&orgById](const Person& p) -> QVariantList {
        return { p.id, p.displayName(), p.localName, p.position, orgById.value(p.organisationId).name };
    };
    Table table;
    if (only == nullptr) {
        table.columns = personColumns;
        for (const Person& person : people.value()) {
            table.rows.push_back(personCells(person));
        }
        return table;
    }
    const auto members = TripRepository(db).members(only->id);
    if (!members.ok()) {
        return members.error();
    }
    const auto personById = byId(people.value());
    table.columns = QStringList { QStringLiteral("precedence"), QStringLiteral("role") } + personColumns;
    for (const DelegationMember& member : members.value()) {
        QVariantList row { member.precedence, token(member.role) };
        row.append(personCells(personById.value(member.personId)));
        table.rows.push_back(row);
    }
    return table;
}

Result<Table> organisationTable(Database& db, const Trip* only)
{
    std::vector<Organisation> organisations;
    if (only == nullptr) {
        auto all = OrganisationRepository(db).list();
        if (!all.ok()) {
            return all.error();
        }
        organisations = std::move(all).value();
    } else {
        auto bundle = TripBundleStore(db).load(only->id);
        if (!bundle.ok()) {
            return bundle.error();
        }
        organisations = std::move(bundle).value().organisations;
    }
    Table table { { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("local_name"),
                      QStringLiteral("abbreviation"), QStringLiteral("country"), QStringLiteral("kind") },
        {} };
    for (const Organisation& o : organisations) {
        table.rows.push_back({ o.id, o.name, o.localName, o.abbreviation, o.country, token(o.kind) });
    }
    return table;
}

// ---- the table of subcommands ---------------------------------------------

std::vector<Subcommand> subcommands(const Options& o)
{
    auto list = [&o](const QString& what, Result<Table> (*fill)(Database&, const Trip*), const QString& summary) {
        return Subcommand { .words = { QStringLiteral("list"), what },
            .arguments = {},
            .accepted = { &o.db, &o.trip, &o.json },
            .required = { &o.db },
            .synopsis = QStringLiteral("--db FILE [--trip T] [--json]"),
            .summary = summary,
            .run = [fill](Invocation& inv) { return runList(inv, fill); },
            .paints = false };
    };
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
            .arguments = { QStringLiteral("TRIP.json") },
            .accepted = { &o.db, &o.replace },
            .required = { &o.db },
            .synopsis = QStringLiteral("--db FILE [--replace]"),
            .summary = CommandLine::tr("import a trip document ('-' reads stdin)"),
            .run = runImport,
            .paints = false },
        { .words = { QStringLiteral("export"), QStringLiteral("json") },
            .arguments = {},
            .accepted = { &o.db, &o.trip, &o.output },
            .required = { &o.db, &o.trip },
            .synopsis = QStringLiteral("--db FILE --trip T [-o OUT]"),
            .summary = CommandLine::tr("write a trip document"),
            .run = runExportJson,
            .paints = false },
        { .words = { QStringLiteral("export"), QStringLiteral("agenda") },
            .arguments = {},
            .accepted = { &o.db, &o.forum, &o.format, &o.pageSize, &o.output },
            .required = { &o.db, &o.forum, &o.format, &o.output },
            .synopsis = QStringLiteral("--db FILE --forum F --format pdf|html [--page-size SIZE] -o OUT"),
            .summary = CommandLine::tr("write a forum's printed agenda"),
            .run = runExportAgenda,
            .paints = true },
        { .words = { QStringLiteral("export"), QStringLiteral("roster") },
            .arguments = {},
            .accepted = { &o.db, &o.trip, &o.preset, &o.columns, &o.format, &o.bom, &o.output },
            .required = { &o.db, &o.trip, &o.preset, &o.format, &o.output },
            .synopsis
            = QStringLiteral("--db FILE --trip T --preset PRESET [--columns a,b,...] --format FORMAT [--bom] -o OUT"),
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
        { .words = { QStringLiteral("check") },
            .arguments = {},
            .accepted = { &o.db, &o.trip, &o.json },
            .required = { &o.db, &o.trip },
            .synopsis = QStringLiteral("--db FILE --trip T [--json]"),
            .summary = CommandLine::tr("run the planning checks (exit 1 while an error is open)"),
            .run = runCheck,
            .paints = false },
        list(QStringLiteral("trips"), tripTable, CommandLine::tr("list the trips")),
        list(QStringLiteral("forums"), forumTable, CommandLine::tr("list forums (of a trip)")),
        list(QStringLiteral("people"), peopleTable, CommandLine::tr("list people (a trip's delegation)")),
        list(QStringLiteral("organisations"), organisationTable,
            CommandLine::tr("list organisations (those a trip refers to)")),
    };
}

void printHelp(QTextStream& out, const Options& options, const std::vector<Subcommand>& commands)
{
    struct Line {
        QString usage;
        QString summary;
    };
    std::vector<Line> lines { { kProgram + QStringLiteral(" [--db FILE] [--sample]"),
        CommandLine::tr("start the window") } };
    for (const Subcommand& command : commands) {
        QStringList parts { kProgram, command.words.join(QLatin1Char(' ')), command.synopsis };
        parts += command.arguments;
        lines.push_back({ parts.join(QLatin1Char(' ')), command.summary });
    }
    lines.push_back({ kProgram + QStringLiteral(" --help | --version"), QString() });
    qsizetype width = 0;
    for (const Line& line : lines) {
        width = std::max(width, line.usage.size());
    }
    out << CommandLine::tr("Delegation Planner: plan official delegation trips.") << "\n\n"
        << CommandLine::tr("Usage:") << '\n';
    for (const Line& line : lines) {
        out << "  " << (line.usage.leftJustified(width + 2) + line.summary).trimmed() << '\n';
    }
    out << '\n' << CommandLine::tr("Options:") << '\n';
    for (const QCommandLineOption* option : options.all()) {
        QStringList names;
        for (const QString& name : option->names()) {
            names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        }
        QString left = names.join(QStringLiteral(", "));
        if (!option->valueName().isEmpty()) {
            left += QLatin1Char(' ') + option->valueName();
        }
        out << "  " << left.leftJustified(20) << option->description() << '\n';
    }
    out << '\n'
        << CommandLine::tr("Without --db the window opens the database used last, or %1. --sample without --db "
                           "opens a fresh temporary copy of the sample trip.")
               .arg(QDir::toNativeSeparators(CommandLine::defaultDatabasePath(false)))
        << '\n'
        << CommandLine::tr("Exit status: 0 success, 1 error (one line on stderr), 2 wrong usage.") << '\n';
    out.flush();
}

/// The command the positional arguments name (the one with the most words).
const Subcommand* findCommand(const std::vector<Subcommand>& commands, const QStringList& positional)
{
    const Subcommand* best = nullptr;
    for (const Subcommand& command : commands) {
        if (positional.size() >= command.words.size()
            && std::equal(command.words.begin(), command.words.end(), positional.begin())
            && (best == nullptr || command.words.size() > best->words.size())) {
            best = &command;
        }
    }
    return best;
}

/// "unknown command 'x'" or "'export' needs one of: json".
QString unknownCommandMessage(const std::vector<Subcommand>& commands, const QStringList& positional)
{
    QStringList alternatives;
    for (const Subcommand& command : commands) {
        if (command.words.size() > 1 && command.words.constFirst() == positional.constFirst()) {
            alternatives << command.words.at(1);
        }
    }
    if (alternatives.isEmpty()) {
        return CommandLine::tr("unknown command '%1'").arg(positional.constFirst());
    }
    if (positional.size() < 2) {
        return CommandLine::tr("'%1' needs one of: %2")
            .arg(positional.constFirst(), alternatives.join(QLatin1Char('|')));
    }
    return CommandLine::tr("unknown '%1' kind '%2'; expected one of: %3")
        .arg(positional.constFirst(), positional.at(1), alternatives.join(QLatin1Char('|')));
}

LaunchRequest guiRequest(const QCommandLineParser& parser, const Options& options, QTextStream& err)
{
    LaunchRequest request;
    for (const QCommandLineOption* option : options.all()) {
        if (option != &options.db && option != &options.sample && parser.isSet(*option)) {
            request.exitCode = usageError(
                err, CommandLine::tr("%1 needs a command (for example 'list trips')").arg(optionText(*option)));
            return request;
        }
    }
    request.databasePath = parser.value(options.db);
    request.sample = parser.isSet(options.sample);
    if (request.sample && request.databasePath.isEmpty()) {
        request.temporaryDir
            = std::make_shared<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("delegation-planner-XXXXXX")));
        if (!request.temporaryDir->isValid()) {
            request.exitCode = userError(
                err, CommandLine::tr("cannot create a temporary folder: %1").arg(request.temporaryDir->errorString()));
            return request;
        }
        request.databasePath = request.temporaryDir->filePath(QStringLiteral("sample.sqlite"));
        request.temporary = true;
        const auto created = TripTransfer::createDatabase(request.databasePath, true);
        if (!created.ok()) {
            request.exitCode = userError(err, created.error().text());
            return request;
        }
    } else if (request.sample && !QFileInfo::exists(request.databasePath)) {
        const auto created = TripTransfer::createDatabase(request.databasePath, true);
        if (!created.ok()) {
            request.exitCode = userError(err, created.error().text());
            return request;
        }
    } else if (request.sample) {
        // An existing file: add the sample trip unless it is already there.
        auto db = Database::open(request.databasePath, Database::Mode::OpenExisting);
        if (!db.ok()) {
            request.exitCode = userError(err, db.error().text());
            return request;
        }
        TripTransfer::ImportFailure failure = TripTransfer::ImportFailure::None;
        const auto imported = TripTransfer::importTrip(*db.value(), sampleTripDocument(), false, &failure);
        if (!imported.ok() && failure != TripTransfer::ImportFailure::TripExists) {
            request.exitCode = userError(err, imported.error().text());
            return request;
        }
    }
    request.startGui = true;
    return request;
}

}  // namespace

CommandLine::ApplicationKind CommandLine::applicationKind(const QStringList& arguments)
{
    QCommandLineParser parser;
    Options options;
    options.addTo(parser);
    if (!parser.parse(arguments)) {
        return ApplicationKind::Core;
    }
    if (parser.positionalArguments().isEmpty()) {
        for (const QCommandLineOption* option : options.all()) {
            if (option != &options.db && option != &options.sample && parser.isSet(*option)) {
                return ApplicationKind::Core;  // --help, --version, or wrong usage reported by run()
            }
        }
        return ApplicationKind::Widgets;
    }
    const std::vector<Subcommand> commands = subcommands(options);
    const Subcommand* command = findCommand(commands, parser.positionalArguments());
    return command != nullptr && command->paints ? ApplicationKind::Gui : ApplicationKind::Core;
}

LaunchRequest CommandLine::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    Options options;
    options.addTo(parser);
    const std::vector<Subcommand> commands = subcommands(options);
    LaunchRequest request;

    if (!parser.parse(arguments)) {
        request.exitCode = usageError(err, parser.errorText());
        return request;
    }
    if (parser.isSet(options.help)) {
        printHelp(out, options, commands);
        return request;
    }
    if (parser.isSet(options.version)) {
        out << kProgram << ' ' << QStringLiteral(PLANNER_VERSION) << Qt::endl;
        return request;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return guiRequest(parser, options, err);
    }
    const Subcommand* command = findCommand(commands, positional);
    if (command == nullptr) {
        request.exitCode = usageError(err, unknownCommandMessage(commands, positional));
        return request;
    }
    const QString name = command->words.join(QLatin1Char(' '));
    const QStringList rest = positional.mid(command->words.size());
    if (rest.size() < command->arguments.size()) {
        request.exitCode = usageError(
            err, tr("'%1' needs %2").arg(name, command->arguments.mid(rest.size()).join(QLatin1Char(' '))));
        return request;
    }
    if (rest.size() > command->arguments.size()) {
        request.exitCode
            = usageError(err, tr("unexpected argument '%1' after '%2'").arg(rest.at(command->arguments.size()), name));
        return request;
    }
    for (const QCommandLineOption* option : options.all()) {
        const bool accepted
            = std::find(command->accepted.begin(), command->accepted.end(), option) != command->accepted.end();
        if (parser.isSet(*option) && !accepted) {
            request.exitCode = usageError(err, tr("%1 does not apply to '%2'").arg(optionText(*option), name));
            return request;
        }
    }
    for (const QCommandLineOption* option : command->required) {
        if (!parser.isSet(*option) || parser.value(*option).isEmpty()) {
            request.exitCode
                = usageError(err, tr("'%1' needs %2 %3").arg(name, optionText(*option), option->valueName()));
            return request;
        }
    }
    Invocation invocation { parser, options, rest, out, err };
    request.exitCode = command->run(invocation);
    out.flush();
    return request;
}

QString CommandLine::defaultDatabasePath(bool createFolder)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (createFolder) {
        QDir().mkpath(folder);
    }
    return QDir(folder).filePath(QStringLiteral("planner.sqlite"));
}

}  // namespace planner
