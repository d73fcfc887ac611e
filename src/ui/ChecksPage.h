#pragma once

#include "ui/AcknowledgeDialog.h"
#include "ui/SectionPage.h"

#include <QPointer>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class ChecksPage;
}
class QSortFilterProxyModel;
class QTreeView;
class QPushButton;
QT_END_NAMESPACE

namespace planner {

class CheckResults;
class FindingsModel;

/// Section Checks: the findings of the planning checks for the chosen trip,
/// grouped and sortable, updated after every edit. A finding can be
/// acknowledged with a reason (and the acknowledgement withdrawn); a
/// double-click opens its first record in the editor. The trip's check
/// settings are edited below the list.
///
/// Acknowledgements and settings are not trip data: they are written at once
/// and are not on the undo stack (Withdraw is the way back).
class ChecksPage : public SectionPage {
    Q_OBJECT
public:
    ChecksPage(Document& document, DialogProvider& dialogs, CheckResults& checks, QWidget* parent = nullptr);
    ~ChecksPage() override;

    void setShowHomeTime(bool home) override;

    [[nodiscard]] QTreeView* view() const;
    [[nodiscard]] FindingsModel* model() const { return m_model; }
    [[nodiscard]] QSortFilterProxyModel* proxy() const { return m_proxy; }
    [[nodiscard]] QPushButton* acknowledgeButton() const;
    [[nodiscard]] QPushButton* withdrawButton() const;
    /// The dialog of an acknowledgement being asked for (open, not modal to the application).
    [[nodiscard]] AcknowledgeDialog* pendingDialog() const { return m_dialog; }
    /// Selects the finding with this fingerprint; false when it is not listed.
    bool selectFinding(const QString& fingerprint);
    [[nodiscard]] QString currentFingerprint() const;

public slots:
    void refresh() override;
    /// Asks for a reason and acknowledges the selected finding.
    void acknowledgeSelected();
    void withdrawSelected();

private:
    void onUpdated();
    void showDetails();
    void updateActions();
    void openFinding(const QModelIndex& index);
    void commitSettings();

    std::unique_ptr<Ui::ChecksPage> m_ui;
    CheckResults& m_checks;
    FindingsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QPointer<AcknowledgeDialog> m_dialog;
    QString m_keepFingerprint;  ///< the selection across a reset of the model
};

}  // namespace planner
