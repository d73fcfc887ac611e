#pragma once

#include "commands/RecordChange.h"
#include "domain/Entities.h"
#include "domain/Result.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace planner {

class Database;
class EditCommand;

/// An open database as the editors see it: the one connection, the one undo
/// stack, and the signals models listen to. Every edit of the application
/// goes through perform(): it is written at once (nothing to save) and can
/// be undone.
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(std::unique_ptr<Database> database, QObject* parent = nullptr);
    ~Document() override;

    Database& database() { return *m_database; }
    QUndoStack* undoStack() { return &m_undoStack; }

    /// Applies the changes in one transaction and, when they succeed, pushes
    /// them as one undoable command named text ("Move session 'Keynote'").
    /// Changes that do nothing are dropped; an edit of nothing is not pushed.
    Status perform(const QString& text, std::vector<RecordChange> changes);

    /// The whole trip as it is now, loaded once per change and shared by
    /// the views that need all of it (the checks, the timeline): the first
    /// to ask after a change loads it, the others get the same snapshot.
    /// An edit of sessions that keeps who and what they refer to (a rename,
    /// a move in time or room, notes) is patched into the snapshot instead:
    /// a summit's 25,000 sessions are not read again for one of them.
    /// With keep false (a page not on screen, showing an older trip), a trip
    /// other than the one held is loaded for the caller only, so that the
    /// snapshot of the trip being worked on stays.
    Result<std::shared_ptr<const TripBundle>> trip(const Uuid& tripId, bool keep = true);

    /// Polls the database for writes by another program (another instance
    /// of the application on the same file) and emits changedExternally.
    void checkForExternalChanges();

    // For EditCommand: the changes it applied, forward (redo) or backward.
    void notifyChanged(const EditCommand& command, bool forward);
    void reportError(const QString& message);

signals:
    /// After every applied edit, undo and redo.
    void changed(const planner::ChangeSet& changes);
    /// Another program changed the file: everything shown must be reloaded.
    void changedExternally();
    /// An undo or redo could not be applied (e.g. the file became read-only).
    void errorOccurred(const QString& message);

private:
    /// Keeps the snapshot up to date after changes applied to the database:
    /// patched where it can be, else dropped (loaded again when asked for).
    void updateSnapshot(const std::vector<RecordChange>& changes, bool forward);

    std::unique_ptr<Database> m_database;
    QUndoStack m_undoStack;
    qint64 m_dataVersion = -1;
    std::shared_ptr<const TripBundle> m_snapshot;  ///< the trip last asked for, until the next change
};

}  // namespace planner
