// The floor of the start-up figures: a bare Qt Widgets program that opens a
// SQLite file, reads one row and shows a window, and quits after the window's
// first paint (as bench_startup does with the real main window).
//   floor_window DB-FILE

#include "QuitAfterPaint.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QSqlDatabase>
#include <QSqlQuery>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(":memory:"));
    QString text = QStringLiteral("no database");
    if (db.open()) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next()) {
            text = QStringLiteral("%1 objects").arg(query.value(0).toInt());
        }
    }
    QMainWindow window;
    auto* label = new QLabel(text, &window);
    window.setCentralWidget(label);
    window.resize(1200, 680);
    planner::bench::QuitAfterPaint quit;
    label->installEventFilter(&quit);
    window.show();
    return QApplication::exec();
}
