// delegation-planner: the window, or a command (init, import, export, list).
//
// Commands never need a display. They run under a QGuiApplication (not a
// QCoreApplication) because exports of later issues paint PDFs and images,
// which need fonts and QPainter; without DISPLAY or WAYLAND_DISPLAY the
// offscreen platform is chosen so that commands work on servers and in CI.
// Only the window creates a QApplication.

#include "app/CommandLine.h"
#include "ui/DialogProvider.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdlib>

namespace {

QStringList argumentList(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

bool hasDisplay()
{
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    return (display != nullptr && *display != '\0') || (wayland != nullptr && *wayland != '\0');
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DelegationPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("delegation-planner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLANNER_VERSION));
}

int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QObject::tr("Delegation Planner"));
    QGuiApplication::setDesktopFileName(QStringLiteral("delegation-planner"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const planner::LaunchRequest request = planner::CommandLine::run(QCoreApplication::arguments(), out, err);
    if (!request.startGui) {
        return request.exitCode;
    }
    planner::MainWindow window(std::make_shared<planner::DialogProvider>());
    QString path = request.databasePath;
    if (path.isEmpty()) {
        path = planner::MainWindow::lastDatabase();
    }
    if (path.isEmpty()) {
        path = planner::CommandLine::defaultDatabasePath();
    }
    window.show();
    window.openDatabase(
        path, request.temporary ? planner::MainWindow::OpenFlag::Temporary : planner::MainWindow::OpenFlag::Remember);
    return QApplication::exec();
}

int runCommand(int argc, char** argv)
{
    if (!hasDisplay()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return planner::CommandLine::run(QCoreApplication::arguments(), out, err).exitCode;
}

}  // namespace

int main(int argc, char** argv)
{
    setApplicationNames();
    return planner::CommandLine::startsGui(argumentList(argc, argv)) ? runGui(argc, argv) : runCommand(argc, argv);
}
