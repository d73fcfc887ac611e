#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

QT_BEGIN_NAMESPACE
class QTemporaryDir;
QT_END_NAMESPACE

namespace planner {

/// What main() should do after the command line has been read.
struct LaunchRequest {
    bool startGui = false;
    int exitCode = 0;  ///< when !startGui
    QString databasePath;  ///< for the GUI; empty: the last one used, or defaultDatabasePath()
    /// A trip document named as the argument (from the file manager): the
    /// window offers to import it into the database it opens.
    QString tripDocument;
    bool sample = false;  ///< the database holds the sample trip
    /// True when databasePath is a fresh temporary copy of the sample
    /// (--sample without --db): not remembered as a recent file.
    bool temporary = false;
    /// Owns the folder of a temporary database; removed when the request is destroyed.
    std::shared_ptr<QTemporaryDir> temporaryDir;
};

/// The command line of delegation-planner:
///
///     delegation-planner [--db FILE] [--sample] [FILE] start the GUI (FILE: a database or a trip document)
///     delegation-planner init --db FILE [--sample]
///     delegation-planner import --db FILE [--replace] TRIP.json
///     delegation-planner export json --db FILE --trip T [-o OUT]
///     delegation-planner export agenda --db FILE --forum F --format pdf|html [--page-size A4|Letter] -o OUT
///     delegation-planner export roster --db FILE --trip T --preset protocol|rooming|immigration
///                                      [--columns a,b,...] --format xlsx|csv|pdf|json [--bom] -o OUT
///     delegation-planner export ics --db FILE --trip T [--person P] -o OUT
///     delegation-planner list trips|forums|people|organisations --db FILE [--trip T] [--json]
///     delegation-planner check --db FILE --trip T [--json]
///     delegation-planner --help | --version
///
/// Subcommands are rows of a table (words, arguments, options, whether it
/// paints, handler; src/app/CommandSupport.h), one file per group
/// (TransferCommands.cpp, ExportCommands.cpp, ...): a new command is one row
/// and one function.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(planner::CommandLine)

public:
    /// Exit codes: 0 success, 1 user error (one line on err), 2 wrong usage.
    enum ExitCode { Success = 0, UserError = 1, UsageError = 2 };

    /// The application object main() must create before run().
    enum class ApplicationKind {
        Widgets,  ///< the window: QApplication
        Gui,  ///< a command that paints (PDF, images): QGuiApplication, offscreen without a display
        Core,  ///< any other command, --help, --version and wrong usage: QCoreApplication
    };

    /// What the arguments need; main() calls this before it creates the
    /// application object. Wrong usage gives Core (run() reports it).
    static ApplicationKind applicationKind(const QStringList& arguments);
    /// The arguments without Qt's own options for the window (-style Fusion,
    /// -stylesheet FILE, -platform xcb, -reverse, ...), which QApplication
    /// takes and the subcommands do not know.
    static QStringList withoutQtOptions(const QStringList& arguments);

    /// Runs a command (init, import, export, list, ...) or says how to start
    /// the GUI (preparing the temporary sample database for --sample).
    /// Output goes to out, messages to err. Needs a QCoreApplication.
    static LaunchRequest run(const QStringList& arguments, QTextStream& out, QTextStream& err);

    /// planner.sqlite in the application data folder (created unless createFolder is false).
    static QString defaultDatabasePath(bool createFolder = true);
};

}  // namespace planner
