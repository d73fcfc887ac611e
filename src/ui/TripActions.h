#pragma once

#include "domain/Entities.h"

#include <QObject>

namespace planner {

class DialogProvider;
class MainWindow;

/// What the window does with whole trips: the Trip menu's New Trip,
/// Duplicate Trip and Delete Trip, and File ▸ Import Trip and Export Trip
/// (and a trip document opened from the file manager), each one undoable
/// edit of the window's open document.
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

    /// Asks for a trip document and imports it.
    void importTrip();
    /// Imports a trip document, asking before replacing the trip when it is
    /// in the database already (and, with confirmNew, before adding it).
    void importTripFile(const QString& path, bool confirmNew);
    /// Writes the selected trip as a trip document.
    void exportTrip();

private:
    MainWindow& m_window;
    DialogProvider& m_dialogs;
};

}  // namespace planner
