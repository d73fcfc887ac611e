#pragma once

#include <QObject>

#include <functional>

namespace planner {

/// Lets a window take files dropped from the file manager: installed as an
/// event filter on the window, it accepts drags of local files and hands
/// each dropped file to open (MainWindow::openFile).
class FileDrop : public QObject {
    Q_OBJECT

public:
    FileDrop(QWidget& window, std::function<void(const QString&)> open);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::function<void(const QString&)> m_open;
};

}  // namespace planner
