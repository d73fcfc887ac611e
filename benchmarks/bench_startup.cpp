// Start to first paint through the real main window: opens a database as
// the application does (no trip chosen until the trip list is loaded), shows
// the window and quits once the window has painted. The floor is
// floor_window, which opens SQLite and shows a bare window.
//   bench_startup DB-FILE

#include "QuitAfterPaint.h"
#include "ui/DialogProvider.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_startup DB-FILE" << Qt::endl;
        return 2;
    }
    // Settings of its own: the user's recent files and window layout stay out.
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("DelegationPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("delegation-planner"));
    planner::MainWindow window(std::make_shared<planner::DialogProvider>());
    planner::bench::QuitAfterPaint quit;
    window.installEventFilter(&quit);
    window.show();
    if (!window.openDatabase(QString::fromLocal8Bit(argv[1]), planner::MainWindow::OpenFlag::Temporary)) {
        return 1;
    }
    return QApplication::exec();
}
