#pragma once

#include "commands/RecordChange.h"

#include <QDockWidget>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QLabel;
class QSortFilterProxyModel;
class QTreeView;
QT_END_NAMESPACE

namespace planner {

class CheckResults;
class FindingsModel;

/// View ▸ Checks: the findings of the open trip beside any page, as a short
/// list grouped by severity. A double-click (or Enter) opens the record.
class ChecksDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ChecksDock(QWidget* parent = nullptr);

    /// Shows these results (of the open document); null: none.
    void setResults(CheckResults* results);
    [[nodiscard]] QTreeView* view() const { return m_view; }
    [[nodiscard]] FindingsModel* model() const { return m_model; }

signals:
    void openRecordRequested(planner::RecordKind kind, const planner::Uuid& id);

private:
    void updateSummary();

    QPointer<CheckResults> m_results;
    FindingsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLabel* m_summary = nullptr;
    QTreeView* m_view = nullptr;
};

}  // namespace planner
