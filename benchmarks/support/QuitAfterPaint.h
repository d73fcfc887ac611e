#pragma once

// The end of a start-up measurement: leaves the process once the watched
// widget has painted for the first time. Shared by bench_startup and its
// floor, floor_window, so that both stop at the same moment. It leaves with
// _Exit, without tearing down: what is measured is start to first paint, not
// the teardown, nor work the window goes on with in the background (the
// checks of a large trip run in a worker thread, which the application's
// destructor would wait for).

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace planner::bench {

class QuitAfterPaint : public QObject {
public:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            QTimer::singleShot(0, qApp, [] {
                std::fflush(nullptr);
                std::_Exit(0);
            });
        }
        return false;
    }
};

}  // namespace planner::bench
