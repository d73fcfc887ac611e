#include "ui/ChecksPage.h"

#include "commands/Document.h"
#include "models/CheckResults.h"
#include "models/FindingsModel.h"
#include "services/PlanningChecks.h"
#include "ui/AcknowledgeDialog.h"
#include "ui/DialogProvider.h"
#include "ui/ViewSetup.h"
#include "ui_ChecksPage.h"

#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>

namespace planner {

namespace {

const QString kRecordScheme = QStringLiteral("record");

QString recordLink(RecordKind kind, const Uuid& id)
{
    return QStringLiteral("%1:%2:%3").arg(kRecordScheme).arg(static_cast<int>(kind)).arg(id);
}

}  // namespace

ChecksPage::ChecksPage(Document& document, DialogProvider& dialogs, CheckResults& checks, QWidget* parent)
    : SectionPage(document, dialogs, parent), m_ui(std::make_unique<Ui::ChecksPage>()), m_checks(checks)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("checksPage"));
    m_ui->groupCombo->addItem(tr("Severity"), static_cast<int>(FindingsModel::Grouping::BySeverity));
    m_ui->groupCombo->addItem(tr("Rule"), static_cast<int>(FindingsModel::Grouping::ByRule));
    m_ui->groupCombo->addItem(tr("Nothing (one list)"), static_cast<int>(FindingsModel::Grouping::None));

    m_model = new FindingsModel(&m_checks, this);
    m_proxy = setUpSortedView(m_ui->findingsView, m_model, FindingsModel::SeverityColumn);
    m_ui->findingsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->findingsView->setAccessibleName(tr("Findings of the planning checks"));
    QHeaderView* header = m_ui->findingsView->header();
    header->resizeSection(FindingsModel::SeverityColumn, 150);
    header->resizeSection(FindingsModel::MessageColumn, 450);
    header->resizeSection(FindingsModel::WhenColumn, 275);
    header->resizeSection(FindingsModel::RecordsColumn, 320);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({ 360, 240 });
    m_ui->lowerLayout->setStretch(0, 3);
    m_ui->lowerLayout->setStretch(1, 1);

    connect(m_ui->groupCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setGrouping(static_cast<FindingsModel::Grouping>(m_ui->groupCombo->itemData(index).toInt()));
    });
    connect(
        m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepFingerprint = currentFingerprint(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->findingsView->expandAll();
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const bool group = m_proxy->index(row, 0).data(FindingsModel::GroupRole).toBool();
            m_ui->findingsView->setFirstColumnSpanned(row, QModelIndex(), group);
        }
        if (!m_keepFingerprint.isEmpty()) {
            selectFinding(m_keepFingerprint);
        }
        showDetails();
        updateActions();
    });
    connect(m_ui->findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetails();
        updateActions();
        const QModelIndex current = m_ui->findingsView->currentIndex();
        const QVariant kind = current.data(FindingsModel::RecordKindRole);
        if (kind.isValid()) {
            emit recordSelected(static_cast<RecordKind>(kind.toInt()), current.data(IdRole).toString());
        }
    });
    connect(m_ui->findingsView, &QTreeView::activated, this, &ChecksPage::openFinding);
    connect(m_ui->acknowledgeButton, &QPushButton::clicked, this, &ChecksPage::acknowledgeSelected);
    connect(m_ui->withdrawButton, &QPushButton::clicked, this, &ChecksPage::withdrawSelected);
    connect(m_ui->detailsLabel, &QLabel::linkActivated, this, [this](const QString& link) {
        const QStringList parts = link.split(QLatin1Char(':'));
        if (parts.size() == 3 && parts.at(0) == kRecordScheme) {
            emit openRecordRequested(static_cast<RecordKind>(parts.at(1).toInt()), parts.at(2));
        }
    });
    connect(m_ui->bufferSpin, &QSpinBox::editingFinished, this, &ChecksPage::commitSettings);
    connect(m_ui->passportSpin, &QSpinBox::editingFinished, this, &ChecksPage::commitSettings);
    connect(&m_checks, &CheckResults::updated, this, &ChecksPage::onUpdated);
    connect(&m_checks, &CheckResults::checkingChanged, this, &ChecksPage::onUpdated);
    onUpdated();
}

ChecksPage::~ChecksPage()
{
    // The spin boxes finish editing when they lose focus on the way out.
    disconnect(m_ui->bufferSpin, nullptr, this, nullptr);
    disconnect(m_ui->passportSpin, nullptr, this, nullptr);
}

QTreeView* ChecksPage::view() const
{
    return m_ui->findingsView;
}

QPushButton* ChecksPage::acknowledgeButton() const
{
    return m_ui->acknowledgeButton;
}

QPushButton* ChecksPage::withdrawButton() const
{
    return m_ui->withdrawButton;
}

void ChecksPage::setShowHomeTime(bool home)
{
    m_model->setDisplayZone(home ? homeZone() : QString());
    showDetails();
}

void ChecksPage::refresh()
{
    if (m_checks.tripId() != tripId()) {
        m_checks.setTrip(tripId());  // checks and emits updated()
    } else {
        onUpdated();
    }
}

void ChecksPage::onUpdated()
{
    QString summary;
    if (!m_checks.errorText().isEmpty()) {
        summary = tr("The checks could not run: %1").arg(m_checks.errorText());
    } else if (m_checks.tripId().isEmpty()) {
        summary = tr("No trip is chosen.");
    } else if (m_checks.findings().empty()) {
        summary = m_checks.isChecking() ? tr("Checking the trip…") : tr("No findings: nothing to fix.");
    } else {
        const QString open = m_checks.openSummary();
        summary = open.isEmpty() ? tr("Nothing open") : tr("Open: %1").arg(open);
        if (const int acknowledged = m_checks.acknowledgedCount(); acknowledged > 0) {
            summary += tr(" · %1 acknowledged").arg(acknowledged);
        }
        if (m_checks.isChecking()) {
            summary += tr(" · checking again…");
        }
    }
    m_ui->summaryLabel->setText(summary);
    const bool hasTrip = !m_checks.tripId().isEmpty() && m_checks.errorText().isEmpty();
    for (QSpinBox* spin : { m_ui->bufferSpin, m_ui->passportSpin }) {
        const QSignalBlocker blocker(spin);
        spin->setEnabled(hasTrip);
    }
    {
        const QSignalBlocker a(m_ui->bufferSpin);
        const QSignalBlocker b(m_ui->passportSpin);
        m_ui->bufferSpin->setValue(m_checks.settings().arrivalBufferMinutes);
        m_ui->passportSpin->setValue(m_checks.settings().passportValidityMonths);
    }
    updateActions();
}

QString ChecksPage::currentFingerprint() const
{
    return m_ui->findingsView->currentIndex().data(FindingsModel::FingerprintRole).toString();
}

bool ChecksPage::selectFinding(const QString& fingerprint)
{
    const QModelIndex source = m_model->indexOfFingerprint(fingerprint);
    if (!source.isValid()) {
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(source);
    m_ui->findingsView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->findingsView->scrollTo(index);
    return true;
}

void ChecksPage::showDetails()
{
    const int finding = m_model->findingAt(m_proxy->mapToSource(m_ui->findingsView->currentIndex()));
    if (finding < 0 || static_cast<std::size_t>(finding) >= m_checks.findings().size()) {
        m_ui->detailsLabel->setText(
            tr("Select a finding to see the records involved. Double-click it (or press Enter) to open its first "
               "record in the editor."));
        return;
    }
    const ReviewedFinding& reviewed = m_checks.findings().at(static_cast<std::size_t>(finding));
    const Finding& f = reviewed.finding;
    const PlanningChecks::Rule* rule = PlanningChecks::rule(f.ruleId);
    QString html = QStringLiteral("<p><b>%1</b> · %2</p><p>%3</p>")
                       .arg(label(f.severity).toHtmlEscaped(), (rule ? rule->title : f.ruleId).toHtmlEscaped(),
                           f.message.toHtmlEscaped());
    QStringList links;
    for (const RecordRef& r : f.records) {
        links << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(recordLink(r.kind, r.id), m_checks.recordName(r).toHtmlEscaped());
    }
    html += QStringLiteral("<p>%1 %2</p>").arg(tr("Records (click to open):"), links.join(QStringLiteral(", ")));
    if (reviewed.acknowledgement) {
        const QString when
            = QLocale().toString(reviewed.acknowledgement->acknowledgedAt.toLocalTime(), QLocale::ShortFormat);
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("✓ Acknowledged on %1: “%2”. It shows as open again when one of its records changes.")
                             .arg(when, reviewed.acknowledgement->reason)
                             .toHtmlEscaped());
    }
    m_ui->detailsLabel->setText(html);
}

void ChecksPage::updateActions()
{
    const QModelIndex current = m_ui->findingsView->currentIndex();
    const bool finding = !current.data(FindingsModel::FingerprintRole).toString().isEmpty();
    const bool acknowledged = current.data(FindingsModel::AcknowledgedRole).toBool();
    m_ui->acknowledgeButton->setEnabled(finding && !acknowledged);
    m_ui->withdrawButton->setEnabled(finding && acknowledged);
}

void ChecksPage::openFinding(const QModelIndex& index)
{
    const QVariant kind = index.data(FindingsModel::RecordKindRole);
    if (!kind.isValid()) {
        return;
    }
    emit openRecordRequested(static_cast<RecordKind>(kind.toInt()), index.data(IdRole).toString());
}

void ChecksPage::acknowledgeSelected()
{
    const QString fingerprint = currentFingerprint();
    const int index = m_checks.indexOf(fingerprint);
    if (index < 0 || !m_checks.findings().at(static_cast<std::size_t>(index)).isOpen() || m_dialog) {
        return;
    }
    const Finding& f = m_checks.findings().at(static_cast<std::size_t>(index)).finding;
    auto* dialog = new AcknowledgeDialog(QStringLiteral("%1: %2").arg(label(f.severity), f.message), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, fingerprint] {
        const QString reason = dialog->reason();
        const Status done = m_checks.acknowledge(fingerprint, reason);
        if (!done.ok()) {
            m_dialogs.warning(this, tr("Acknowledge Finding"), done.error().text());
            return;
        }
        emit message(tr("Acknowledged: %1").arg(reason));
    });
    dialog->open();
}

void ChecksPage::withdrawSelected()
{
    const QString fingerprint = currentFingerprint();
    if (fingerprint.isEmpty() || !m_ui->findingsView->currentIndex().data(FindingsModel::AcknowledgedRole).toBool()) {
        return;
    }
    const Status done = m_checks.withdraw(fingerprint);
    if (!done.ok()) {
        m_dialogs.warning(this, tr("Withdraw Acknowledgement"), done.error().text());
        return;
    }
    emit message(tr("Acknowledgement withdrawn: the finding is open again"));
}

void ChecksPage::commitSettings()
{
    if (m_checks.tripId().isEmpty()) {
        return;
    }
    CheckSettings settings = m_checks.settings();
    settings.arrivalBufferMinutes = m_ui->bufferSpin->value();
    settings.passportValidityMonths = m_ui->passportSpin->value();
    if (settings == m_checks.settings()) {
        return;
    }
    const Status done = m_checks.setSettings(settings);
    if (!done.ok()) {
        m_dialogs.warning(this, tr("Check Settings"), done.error().text());
        return;
    }
    emit message(tr("Check settings saved: arrival buffer %1 min, passports valid %2 months after return")
                     .arg(settings.arrivalBufferMinutes)
                     .arg(settings.passportValidityMonths));
}

}  // namespace planner
