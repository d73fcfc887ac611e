#include "ui/ViewSetup.h"

#include "models/ModelRoles.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace planner {

QSortFilterProxyModel* setUpSortedView(QTreeView* view, QAbstractItemModel* model, int sortColumn, Qt::SortOrder order)
{
    auto* proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, order);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView* header = view->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setSortIndicatorShown(true);
    return proxy;
}

void fitColumns(QTreeView* view, int maxWidth)
{
    QHeaderView* header = view->header();
    for (int column = 0; column < header->count(); ++column) {
        view->resizeColumnToContents(column);
        if (header->sectionSize(column) > maxWidth) {
            header->resizeSection(column, maxWidth);
        }
    }
}

}  // namespace planner
