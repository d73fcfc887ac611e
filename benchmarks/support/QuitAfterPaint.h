#pragma once

// The end of a start-up measurement: quits the application once the watched
// widget has painted for the first time. Shared by bench_startup and its
// floor, floor_window, so that both stop at the same moment.

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>

namespace planner::bench {

class QuitAfterPaint : public QObject {
public:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

}  // namespace planner::bench
