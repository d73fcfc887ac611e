#pragma once

#include "domain/Entities.h"
#include "models/RecordTableModel.h"

#include <functional>

namespace planner {

/// A member of a delegation with what the delegation page shows of them.
struct DelegationRow {
    Uuid id;  ///< the member's id
    DelegationMember member;
    Person person;
    QString organisation;  ///< the person's organisation, by name
    bool operator==(const DelegationRow&) const = default;
};

/// The delegation of a trip in order of precedence, rows draggable to a new
/// place. A drop does not move rows itself: it asks for the move through
/// moveRequested (after the drop has finished), and the page applies it as
/// one undoable edit and reloads.
class DelegationOrderModel : public RecordTableModel<DelegationRow> {
public:
    using RecordTableModel<DelegationRow>::RecordTableModel;

    /// Called with the member's id and its new index (0 = first) in the order
    /// of precedence.
    std::function<void(const Uuid& memberId, int newIndex)> moveRequested;

    static QString mimeType();

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) const override;
    /// Always false: the rows are moved by the edit, not by the view.
    bool dropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;
};

}  // namespace planner
