// One edit with each page shown: renames a session of the trip in the real
// main window (through Document::perform, as the editors do), lets the
// window handle everything the edit caused, and takes the time from the
// edit to the window idle again; the same for its undo. Median of several
// runs per page, in milliseconds. A large trip's checks run in a worker
// thread meanwhile and are not part of the figure; the checks' own time is
// `check` in benchmarks/run. Prints figures; asserts nothing.
//   bench_edit DB-FILE [runs]

#include "commands/Document.h"
#include "commands/Edits.h"
#include "ui/DialogProvider.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <vector>

using namespace planner;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

/// Runs what the window has to do until nothing is left (paints included).
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

}  // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (argc < 2) {
        err << "usage: bench_edit DB-FILE [runs]" << Qt::endl;
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 7;
    QTemporaryDir scratch;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("DelegationPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("delegation-planner"));
    // The edits go to a copy: the benchmark data stays as generated.
    const QString copy = scratch.filePath(QStringLiteral("trip.sqlite"));
    if (!QFile::copy(QString::fromLocal8Bit(argv[1]), copy)) {
        err << "bench_edit: cannot copy " << argv[1] << Qt::endl;
        return 1;
    }
    MainWindow window(std::make_shared<DialogProvider>());
    window.resize(1400, 900);
    window.show();
    if (!window.openDatabase(copy, MainWindow::OpenFlag::Temporary)) {
        return 1;
    }
    settle();
    Document* document = window.document();
    const auto trip = document->trip(window.currentTripId());
    if (!trip.ok() || trip.value()->forums.empty()) {
        err << "bench_edit: the database has no trip with a forum" << Qt::endl;
        return 1;
    }
    const auto& forums = trip.value()->forums;
    const auto withSessions = std::find_if(forums.begin() + static_cast<std::ptrdiff_t>(forums.size() / 2),
        forums.end(), [](const Forum& f) { return !f.sessions.empty(); });
    if (withSessions == forums.end()) {
        err << "bench_edit: no forum after the middle of the trip has a session" << Qt::endl;
        return 1;
    }
    const AgendaSession session = withSessions->sessions.at(withSessions->sessions.size() / 2);
    std::size_t sessions = 0;
    for (const Forum& f : trip.value()->forums) {
        sessions += f.sessions.size();
    }
    out << "| page shown (" << sessions << " sessions) | rename, ms | undo, ms |\n| --- | --- | --- |" << Qt::endl;
    const std::pair<MainWindow::Section, const char*> pages[] = {
        { MainWindow::Section::Overview, "Overview" },
        { MainWindow::Section::Programme, "Programme" },
        { MainWindow::Section::Timeline, "Timeline" },
        { MainWindow::Section::Checks, "Checks" },
    };
    for (const auto& [section, name] : pages) {
        window.showSection(section);
        settle();
        std::vector<double> edits;
        std::vector<double> undos;
        for (int i = 0; i < runs; ++i) {
            AgendaSession renamed = session;
            renamed.title = session.title + QStringLiteral(" (%1)").arg(i);
            QElapsedTimer timer;
            timer.start();
            if (Status s = document->perform(QStringLiteral("Rename session"), { edits::updated(session, renamed) });
                !s) {
                err << "bench_edit: " << s.error().text() << Qt::endl;
                return 1;
            }
            settle();
            edits.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            document->undoStack()->undo();
            settle();
            undos.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        out << "| " << name << " | " << QString::number(median(edits), 'f', 1) << " | "
            << QString::number(median(undos), 'f', 1) << " |" << Qt::endl;
    }
    return 0;
}
