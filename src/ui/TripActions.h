#pragma once

#include "domain/Entities.h"

#include <QObject>

namespace planner {

class DialogProvider;
class MainWindow;

/// The Trip menu of the main window: New Trip, Duplicate Trip and Delete
/// Trip, each one undoable edit of the window's open document.
class TripActions : public QObject {
    Q_OBJECT
public:
    TripActions(MainWindow& window, DialogProvider& dialogs);

    /// Creates "New trip" in the home zone of the latest trip (Asia/Seoul
    /// when there is none) and selects it. Returns its id (empty on failure).
    Uuid newTrip();
    /// Copies the selected trip with everything in it and selects the copy.
    Uuid duplicateTrip();
    /// Deletes the selected trip with everything in it, after asking.
    bool deleteTrip();

private:
    MainWindow& m_window;
    DialogProvider& m_dialogs;
};

}  // namespace planner
