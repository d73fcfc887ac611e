#pragma once

#include <Qt>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QSortFilterProxyModel;
class QTreeView;
QT_END_NAMESPACE

namespace planner {

/// Shows model in a read-only, sortable view: a proxy sorting by SortRole
/// (owned by the view), interactive (resizable) header sections, and the
/// given initial sort. Returns the proxy.
QSortFilterProxyModel* setUpSortedView(
    QTreeView* view, QAbstractItemModel* model, int sortColumn, Qt::SortOrder order = Qt::AscendingOrder);

/// Sizes the columns to their contents, each at most maxWidth pixels wide.
void fitColumns(QTreeView* view, int maxWidth = 320);

}  // namespace planner
