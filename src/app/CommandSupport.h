#pragma once

// Internal to src/app: what every subcommand of the command line shares (the
// options, the invocation a handler receives, the row of the table of
// subcommands, messages and exit codes, opening the database of --db).

#include "app/CommandLine.h"
#include "domain/Entities.h"
#include "domain/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHash>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QVariantList>

#include <functional>
#include <memory>
#include <vector>

namespace planner {

class Database;

namespace cli {

inline const QString kProgram = QStringLiteral("delegation-planner");

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
        CommandLine::tr("pdf|html|docx|odt for an agenda; xlsx|csv|pdf|json|docx|odt for a roster; pdf|docx|odt "
                        "for a programme or an itinerary."),
        CommandLine::tr("FORMAT") };
    QCommandLineOption pageSize { QStringLiteral("page-size"),
        CommandLine::tr("A4 (default) or Letter; A5 for an itinerary."), CommandLine::tr("SIZE") };
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
    QCommandLineOption meeting { QStringLiteral("meeting"),
        CommandLine::tr("A meeting: its UUID or a part of its title."), CommandLine::tr("M") };
    QCommandLineOption stock { QStringLiteral("stock"),
        CommandLine::tr("Badge stock: id1 (85.6 x 54 mm), 90x54 (default), 4x3in or a6."), CommandLine::tr("STOCK") };
    QCommandLineOption sheet { QStringLiteral("sheet"),
        CommandLine::tr("Badges on a4 (default) or letter sheets with crop marks, or single (one per page)."),
        CommandLine::tr("SHEET") };
    QCommandLineOption layout { QStringLiteral("layout"),
        CommandLine::tr("Seating layout: bilateral (default for a meeting), u-shape (default for a forum) or theatre."),
        CommandLine::tr("LAYOUT") };
    QCommandLineOption acknowledge { QStringLiteral("acknowledge"),
        CommandLine::tr("Acknowledge the open finding with this id (as check prints it), with --reason."),
        CommandLine::tr("ID") };
    QCommandLineOption withdraw { QStringLiteral("withdraw"),
        CommandLine::tr("Make the acknowledged finding with this id open again."), CommandLine::tr("ID") };
    QCommandLineOption reason { QStringLiteral("reason"),
        CommandLine::tr("Why an acknowledged finding is accepted."), CommandLine::tr("TEXT") };
    QCommandLineOption help { { QStringLiteral("h"), QStringLiteral("help") }, CommandLine::tr("Show this help.") };
    QCommandLineOption version { { QStringLiteral("v"), QStringLiteral("version") },
        CommandLine::tr("Show the version.") };

    [[nodiscard]] std::vector<const QCommandLineOption*> all() const
    {
        return { &db, &sample, &replace, &trip, &output, &json, &forum, &format, &pageSize, &preset, &columns, &bom,
            &person, &perDay, &meeting, &stock, &sheet, &layout, &acknowledge, &withdraw, &reason, &help, &version };
    }

    void addTo(QCommandLineParser& parser) const
    {
        for (const QCommandLineOption* option : all()) {
            parser.addOption(*option);
        }
    }
};

/// "--db" or "-o": the option as a person types it.
QString optionText(const QCommandLineOption& option);

/// What a subcommand's handler works with.
struct Invocation {
    const QCommandLineParser& parser;
    const Options& options;
    QStringList arguments;  ///< positional arguments after the command words
    QTextStream& out;
    QTextStream& err;
};

using Handler = std::function<int(Invocation&)>;

/// A row of the table of subcommands.
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
    /// The last positional argument may be given more than once ("TRIP.json...").
    bool repeats = false;
};

// The subcommands, by file: each file holds the handlers of its commands and
// the rows that name them.
std::vector<Subcommand> transferCommands(const Options& o);  ///< init, import, export json
std::vector<Subcommand> exportCommands(const Options& o);  ///< export agenda, roster, ics, timeline
std::vector<Subcommand> documentCommands(const Options& o);  ///< export programme, itinerary
std::vector<Subcommand> checkCommands(const Options& o);  ///< check
std::vector<Subcommand> listCommands(const Options& o);  ///< list trips, forums, people, organisations
std::vector<Subcommand> protocolCommands(const Options& o);  ///< export badges, placecards, seating

/// Newlines and carriage returns as spaces, trimmed: a message on one line.
QString oneLine(QString text);
/// Prints "delegation-planner: message" on err; returns UserError.
int userError(QTextStream& err, const QString& message);
/// Prints the message and a pointer to --help on err; returns UsageError.
int usageError(QTextStream& err, const QString& message);

/// Rows with named columns, printed as a tab-separated table with a header
/// line or as a JSON array of objects with the column names as keys.
struct Table {
    QStringList columns;
    std::vector<QVariantList> rows;

    void print(QTextStream& out, bool asJson) const;
};

/// --page-size: A4 when not given, else one of the sizes allowed (A4,
/// Letter, A5, named as Qt names them). False after printing a usage error.
bool readPageSize(
    const Invocation& inv, const std::vector<QPageSize::PageSizeId>& allowed, QPageSize::PageSizeId& size);

/// The database of --db, which must exist.
Result<std::unique_ptr<Database>> openExisting(const Invocation& inv);

/// The database of --db and, in it, the trip --trip names.
struct OpenTrip {
    std::unique_ptr<Database> db;
    Trip trip;
};
Result<OpenTrip> openTrip(const Invocation& inv);

/// A forum by UUID, or by a part of its title matching exactly one forum (an
/// exact title wins).
Result<Forum> resolveForum(Database& db, const QString& selector);
/// A meeting of any trip, chosen the same way as a forum.
Result<Meeting> resolveMeeting(Database& db, const QString& selector);
/// A person of the trip by UUID, or by a part of their name in either script.
Result<Person> resolvePerson(const TripBundle& bundle, const QString& selector);

template <typename T> QHash<Uuid, T> byId(const std::vector<T>& records)
{
    QHash<Uuid, T> map;
    for (const T& record : records) {
        map.insert(record.id, record);
    }
    return map;
}

}  // namespace cli
}  // namespace planner
