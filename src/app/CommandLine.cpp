#include "app/CommandLine.h"

#include "app/CommandSupport.h"
#include "services/SampleTrip.h"
#include "services/TripTransfer.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace planner {

using namespace cli;

namespace {

/// The table of subcommands: the rows of every command file, in the order
/// --help lists them.
std::vector<Subcommand> subcommands(const Options& o)
{
    std::vector<Subcommand> all;
    for (auto* part :
        { transferCommands, exportCommands, documentCommands, protocolCommands, checkCommands, listCommands }) {
        std::vector<Subcommand> rows = part(o);
        std::move(rows.begin(), rows.end(), std::back_inserter(all));
    }
    return all;
}

void printHelp(QTextStream& out, const Options& options, const std::vector<Subcommand>& commands)
{
    struct Line {
        QString usage;
        QString summary;
    };
    std::vector<Line> lines { { kProgram + QStringLiteral(" [--db FILE] [--sample] [FILE]"),
        CommandLine::tr("start the window (on a database FILE, or offering to import a trip document FILE)") } };
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

/// A file to open in the window: one argument that names no command but an
/// existing file (as the file manager passes it).
bool isFileToOpen(const std::vector<Subcommand>& commands, const QStringList& positional)
{
    return positional.size() == 1 && findCommand(commands, positional) == nullptr
        && QFileInfo(positional.constFirst()).isFile();
}

/// Where the window opens the file it was given: a database in place of
/// --db, a trip document offered for import.
int takeFileToOpen(LaunchRequest& request, const QString& file, QTextStream& err)
{
    if (!Database::looksLikeDatabase(file)) {
        request.tripDocument = QFileInfo(file).absoluteFilePath();
        return CommandLine::Success;
    }
    if (!request.databasePath.isEmpty() || request.sample) {
        return usageError(err, CommandLine::tr("%1 is a database: give it without --db and --sample").arg(file));
    }
    request.databasePath = file;
    return CommandLine::Success;
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

const QString kSampleFolderPrefix = QStringLiteral("delegation-planner-");
const QString kSampleOwnerFile = QStringLiteral("owner.pid");

/// Removes the temporary sample copies that a window killed or crashed left
/// behind: folders of ours whose process is gone (or that never said which
/// it was, after a minute).
void removeStaleSampleFolders()
{
    const QDir temp = QDir::temp();
    const QStringList folders
        = temp.entryList({ kSampleFolderPrefix + QStringLiteral("??????") }, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& name : folders) {
        QDir folder(temp.filePath(name));
        const QFileInfo info(folder.path());
        if (info.ownerId() != ::getuid() || info.isSymLink()) {
            continue;
        }
        QFile owner(folder.filePath(kSampleOwnerFile));
        bool stale = false;
        if (owner.open(QIODevice::ReadOnly)) {
            bool isNumber = false;
            const auto pid = static_cast<pid_t>(owner.readAll().trimmed().toLongLong(&isNumber));
            stale = !isNumber || pid <= 0 || (::kill(pid, 0) != 0 && errno == ESRCH);
        } else {
            stale = info.lastModified().secsTo(QDateTime::currentDateTime()) > 60;
        }
        if (stale) {
            folder.removeRecursively();
        }
    }
}

LaunchRequest guiRequest(
    const QCommandLineParser& parser, const Options& options, const QString& file, QTextStream& err)
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
    if (!file.isEmpty()) {
        request.exitCode = takeFileToOpen(request, file, err);
        if (request.exitCode != CommandLine::Success) {
            return request;
        }
    }
    if (request.sample && request.databasePath.isEmpty()) {
        removeStaleSampleFolders();
        request.temporaryDir
            = std::make_shared<QTemporaryDir>(QDir::temp().filePath(kSampleFolderPrefix + QStringLiteral("XXXXXX")));
        if (!request.temporaryDir->isValid()) {
            request.exitCode = userError(
                err, CommandLine::tr("cannot create a temporary folder: %1").arg(request.temporaryDir->errorString()));
            return request;
        }
        // Whose copy it is, for the next start to tell a copy in use from
        // one left behind.
        QFile owner(request.temporaryDir->filePath(kSampleOwnerFile));
        if (owner.open(QIODevice::WriteOnly)) {
            owner.write(QByteArray::number(QCoreApplication::applicationPid()));
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

QStringList CommandLine::withoutQtOptions(const QStringList& arguments)
{
    // QGuiApplication's and QApplication's options (see their documentation).
    static const QStringList withValue { QStringLiteral("platform"), QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"), QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowicon"), QStringLiteral("qwindowtitle"), QStringLiteral("session"),
        QStringLiteral("style"), QStringLiteral("stylesheet"), QStringLiteral("display"), QStringLiteral("geometry"),
        QStringLiteral("title"), QStringLiteral("name"), QStringLiteral("qmljsdebugger") };
    static const QStringList flags { QStringLiteral("reverse"), QStringLiteral("widgetcount"), QStringLiteral("nograb"),
        QStringLiteral("dograb"), QStringLiteral("sync") };
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (i == 0 || !a.startsWith(QLatin1Char('-')) || a.startsWith(QLatin1String("--"))) {
            out << a;
            continue;
        }
        const QString name = a.mid(1).section(QLatin1Char('='), 0, 0);
        if (withValue.contains(name)) {
            if (!a.contains(QLatin1Char('=')) && i + 1 < arguments.size()) {
                ++i;  // its value
            }
            continue;
        }
        if (!flags.contains(name)) {
            out << a;
        }
    }
    return out;
}

CommandLine::ApplicationKind CommandLine::applicationKind(const QStringList& arguments)
{
    QCommandLineParser parser;
    Options options;
    options.addTo(parser);
    if (!parser.parse(arguments)) {
        return ApplicationKind::Core;
    }
    const std::vector<Subcommand> commands = subcommands(options);
    if (parser.positionalArguments().isEmpty() || isFileToOpen(commands, parser.positionalArguments())) {
        for (const QCommandLineOption* option : options.all()) {
            if (option != &options.db && option != &options.sample && parser.isSet(*option)) {
                return ApplicationKind::Core;  // --help, --version, or wrong usage reported by run()
            }
        }
        return ApplicationKind::Widgets;
    }
    const Subcommand* command = findCommand(commands, parser.positionalArguments());
    return command != nullptr && command->paints ? ApplicationKind::Gui : ApplicationKind::Core;
}

namespace {

/// Flushes what a command printed down to the file descriptor; why that
/// failed, or nothing. QTextStream keeps a failed write as its status, and
/// stdio reports a full disk only when its buffer is flushed.
QString finishOutput(QTextStream& out)
{
    out.flush();
    auto* file = qobject_cast<QFileDevice*>(out.device());
    const bool flushed = file == nullptr || file->flush();
    if (out.status() == QTextStream::Ok && flushed && (file == nullptr || file->error() == QFileDevice::NoError)) {
        return {};
    }
    const QString reason = file != nullptr ? file->errorString() : QString();
    return reason.isEmpty() || reason == QLatin1String("Unknown error") ? CommandLine::tr("the write failed") : reason;
}

}  // namespace

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
    if (positional.isEmpty() || isFileToOpen(commands, positional)) {
        return guiRequest(parser, options, positional.value(0), err);
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
    if (rest.size() > command->arguments.size() && !command->repeats) {
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
    if (const QString failed = finishOutput(out); !failed.isEmpty() && request.exitCode == Success) {
        // A cut-off export through a pipe or onto a full disk must not look
        // like a finished one.
        request.exitCode = userError(err, tr("could not write to standard output (%1)").arg(failed));
    }
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
