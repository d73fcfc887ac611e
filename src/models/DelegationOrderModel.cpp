#include "models/DelegationOrderModel.h"

#include <QMimeData>
#include <QTimer>

namespace planner {

QString DelegationOrderModel::mimeType()
{
    return QStringLiteral("application/x-delegation-planner-member");
}

Qt::ItemFlags DelegationOrderModel::flags(const QModelIndex& index) const
{
    // Rows are dragged; drops land between rows (on the root), never on a row.
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled;
    }
    return RecordTableModel<DelegationRow>::flags(index) | Qt::ItemIsDragEnabled;
}

Qt::DropActions DelegationOrderModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions DelegationOrderModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList DelegationOrderModel::mimeTypes() const
{
    return { mimeType() };
}

QMimeData* DelegationOrderModel::mimeData(const QModelIndexList& indexes) const
{
    // One member at a time: several selected rows (for an export) do not drag.
    int row = -1;
    for (const QModelIndex& index : indexes) {
        if (!index.isValid() || index.model() != this || (row >= 0 && index.row() != row)) {
            return nullptr;
        }
        row = index.row();
    }
    if (row < 0) {
        return nullptr;
    }
    auto* data = new QMimeData;
    data->setData(mimeType(), record(row).id.toUtf8());
    return data;
}

bool DelegationOrderModel::canDropMimeData(
    const QMimeData* data, Qt::DropAction action, int, int, const QModelIndex& parent) const
{
    return data != nullptr && data->hasFormat(mimeType()) && action == Qt::MoveAction && !parent.isValid()
        && rowOf(QString::fromUtf8(data->data(mimeType()))) >= 0;
}

bool DelegationOrderModel::dropMimeData(
    const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent) || !moveRequested) {
        return false;
    }
    const Uuid id = QString::fromUtf8(data->data(mimeType()));
    const int from = rowOf(id);
    const int before = row < 0 || row > rowCount() ? rowCount() : row;  // dropped before this row
    const int newIndex = before > from ? before - 1 : before;
    if (newIndex == from) {
        return false;
    }
    // After the view has finished the drop: the edit reloads this model.
    QTimer::singleShot(0, this, [this, id, newIndex] {
        if (moveRequested) {
            moveRequested(id, newIndex);
        }
    });
    return false;
}

}  // namespace planner
