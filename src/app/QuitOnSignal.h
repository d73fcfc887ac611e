#pragma once

#include <QObject>

class QSocketNotifier;

namespace planner {

/// Turns SIGTERM, SIGHUP and SIGINT into QCoreApplication::quit(), so that
/// a window closed by its session, its terminal or `kill` ends as if it had
/// been closed: destructors run and a temporary sample database is removed.
/// The handler only writes a byte to a socket pair (the one thing a signal
/// handler may do); Qt reads it in the event loop.
class QuitOnSignal : public QObject {
    Q_OBJECT
public:
    explicit QuitOnSignal(QObject* parent = nullptr);
    ~QuitOnSignal() override;

    QuitOnSignal(const QuitOnSignal&) = delete;
    QuitOnSignal& operator=(const QuitOnSignal&) = delete;

private:
    QSocketNotifier* m_notifier = nullptr;
};

}  // namespace planner
