// delegation-planner: the window, or a command (init, import, export, list).
//
// Commands never need a display. Which application object is created is
// decided from the arguments before it exists (CommandLine::applicationKind):
//  - the window: a QApplication;
//  - commands that paint (PDF agendas, timeline images of later issues; a
//    flag in the table of subcommands): a QGuiApplication, on the offscreen
//    platform when there is no DISPLAY or WAYLAND_DISPLAY, for fonts and
//    QPainter on servers and in CI;
//  - every other command, --help and --version: a QCoreApplication, which
//    loads no platform plugin (faster, and nothing but the command's own
//    one-line messages on stderr).

#include "app/CommandLine.h"
#include "app/QuitOnSignal.h"
#include "ui/AppIcons.h"
#include "ui/DialogProvider.h"
#include "ui/MainWindow.h"
#include "ui/Preferences.h"
#include "ui/RecentDatabases.h"

#include <QApplication>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

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
    planner::Preferences::installTranslators(app);
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("planner::MainWindow", "Delegation Planner"));
    QGuiApplication::setDesktopFileName(planner::icons::applicationId());
    QApplication::setWindowIcon(planner::icons::application());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const planner::LaunchRequest request
        = planner::CommandLine::run(planner::CommandLine::withoutQtOptions(QCoreApplication::arguments()), out, err);
    if (!request.startGui) {
        return request.exitCode;
    }
    // Ended by the session or by kill as if closed: the temporary sample
    // copy goes with the request.
    planner::QuitOnSignal quitOnSignal;
    planner::MainWindow window(std::make_shared<planner::DialogProvider>());
    QString path = request.databasePath;
    if (path.isEmpty()) {
        path = planner::RecentDatabases::last();
    }
    if (path.isEmpty()) {
        path = planner::CommandLine::defaultDatabasePath();
    }
    window.show();
    window.openDatabase(
        path, request.temporary ? planner::MainWindow::OpenFlag::Temporary : planner::MainWindow::OpenFlag::Remember);
    if (!request.tripDocument.isEmpty()) {
        window.openFile(request.tripDocument);
    }
    return QApplication::exec();
}

int runCommand(int argc, char** argv, planner::CommandLine::ApplicationKind kind)
{
    std::unique_ptr<QCoreApplication> app;
    if (kind == planner::CommandLine::ApplicationKind::Gui) {
        if (!hasDisplay()) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // Messages and --help in the interface language, as in the window.
    planner::Preferences::installTranslators(*app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return planner::CommandLine::run(QCoreApplication::arguments(), out, err).exitCode;
}

}  // namespace

int main(int argc, char** argv)
{
    setApplicationNames();
    const auto kind
        = planner::CommandLine::applicationKind(planner::CommandLine::withoutQtOptions(argumentList(argc, argv)));
    return kind == planner::CommandLine::ApplicationKind::Widgets ? runGui(argc, argv) : runCommand(argc, argv, kind);
}
