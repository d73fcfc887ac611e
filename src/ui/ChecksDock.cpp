#include "ui/ChecksDock.h"

#include "models/CheckResults.h"
#include "models/FindingsModel.h"
#include "ui/ViewSetup.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace planner {

ChecksDock::ChecksDock(QWidget* parent) : QDockWidget(tr("Checks"), parent)
{
    setObjectName(QStringLiteral("checksDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(content);
    m_summary->setWordWrap(true);
    m_view = new QTreeView(content);
    m_view->setObjectName(QStringLiteral("checksDockView"));
    m_view->setAccessibleName(tr("Findings of the planning checks"));
    m_view->setToolTip(tr("Double-click a finding (or press Enter) to open its first record in the editor"));
    m_view->setUniformRowHeights(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    setWidget(content);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QVariant kind = index.data(FindingsModel::RecordKindRole);
        if (kind.isValid()) {
            emit openRecordRequested(static_cast<RecordKind>(kind.toInt()), index.data(IdRole).toString());
        }
    });
    setResults(nullptr);
}

void ChecksDock::setResults(CheckResults* results)
{
    if (m_results) {
        disconnect(m_results, nullptr, this, nullptr);
    }
    m_results = results;
    m_view->setModel(nullptr);
    delete m_proxy;
    delete m_model;
    m_model = new FindingsModel(results, this);
    m_proxy = setUpSortedView(m_view, m_model, FindingsModel::SeverityColumn);
    for (const int column : { FindingsModel::WhenColumn, FindingsModel::RecordsColumn, FindingsModel::StatusColumn }) {
        m_view->setColumnHidden(column, true);
    }
    m_view->header()->resizeSection(FindingsModel::SeverityColumn, 130);
    auto expand = [this] {
        m_view->expandAll();
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            m_view->setFirstColumnSpanned(row, QModelIndex(), true);
        }
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, expand);
    expand();
    if (m_results) {
        connect(m_results, &CheckResults::updated, this, &ChecksDock::updateSummary);
        connect(m_results, &CheckResults::checkingChanged, this, &ChecksDock::updateSummary);
    }
    updateSummary();
}

void ChecksDock::updateSummary()
{
    if (!m_results || m_results->tripId().isEmpty()) {
        m_summary->setText(tr("No trip is chosen."));
        return;
    }
    if (!m_results->errorText().isEmpty()) {
        m_summary->setText(tr("The checks could not run: %1").arg(m_results->errorText()));
        return;
    }
    if (m_results->isChecking()) {
        m_summary->setText(tr("Checking the trip…"));
        return;
    }
    const QString open = m_results->openSummary();
    m_summary->setText(open.isEmpty() ? tr("Nothing open.") : tr("Open: %1").arg(open));
}

}  // namespace planner
