#pragma once

#include "commands/RecordChange.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace planner {

class Document;

/// An undoable edit: a list of record changes applied in one transaction.
/// The Document applies it once before pushing it, so a failing edit never
/// reaches the undo stack; QUndoStack's first redo() is then skipped.
class EditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(planner::EditCommand)

public:
    EditCommand(Document& document, const QString& text, std::vector<RecordChange> changes);

    void undo() override;
    void redo() override;

    /// Writes the after state (forward) or the before state of every change.
    Status apply(bool forward);
    [[nodiscard]] const std::vector<RecordChange>& changes() const { return m_changes; }
    [[nodiscard]] ChangeSet changeSet() const;

private:
    Document& m_document;
    std::vector<RecordChange> m_changes;
    bool m_applied = false;
};

}  // namespace planner
