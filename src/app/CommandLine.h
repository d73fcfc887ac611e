#pragma once

#include <QStringList>
#include <QTextStream>

namespace planner {

/// What main() should do after the command line has been read.
struct LaunchRequest {
    bool startGui = false;
    int exitCode = 0;          ///< when !startGui
    QString databasePath;      ///< for the GUI
    bool sample = false;       ///< open a fresh temporary copy of the sample
};

/// Runs a command (init, import, export, list, ...) or says how to start the
/// GUI. Output goes to out, messages to err. Exit codes: 0 success, 1 user
/// error (one line on err), 2 wrong usage.
LaunchRequest runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err);

}  // namespace planner
