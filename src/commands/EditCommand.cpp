#include "commands/EditCommand.h"

#include "commands/Document.h"
#include "storage/Database.h"

namespace planner {

EditCommand::EditCommand(Document& document, const QString& text, std::vector<RecordChange> changes)
    : QUndoCommand(text), m_document(document), m_changes(std::move(changes))
{
}

Status EditCommand::apply(bool forward)
{
    Database& db = m_document.database();
    Status status = db.transaction([&]() -> Status {
        if (forward) {
            for (const RecordChange& change : m_changes) {
                if (Status s = applyChange(db, change, true); !s) {
                    return s;
                }
            }
        } else {
            for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it) {
                if (Status s = applyChange(db, *it, false); !s) {
                    return s;
                }
            }
        }
        return {};
    });
    if (status) {
        m_applied = forward;
    }
    return status;
}

ChangeSet EditCommand::changeSet() const
{
    ChangeSet set;
    for (const RecordChange& change : m_changes) {
        set.merge(describeChange(change));
    }
    return set;
}

void EditCommand::redo()
{
    if (m_applied) {
        return;  // applied by Document::perform before it was pushed
    }
    if (Status s = apply(true); !s) {
        setObsolete(true);
        m_document.reportError(tr("Redo of \u201c%1\u201d failed: %2").arg(text(), s.error().text()));
        return;
    }
    m_document.notifyChanged(*this, true);
}

void EditCommand::undo()
{
    if (Status s = apply(false); !s) {
        setObsolete(true);
        m_document.reportError(tr("Undo of \u201c%1\u201d failed: %2").arg(text(), s.error().text()));
        return;
    }
    m_applied = false;
    m_document.notifyChanged(*this, false);
}

}  // namespace planner
