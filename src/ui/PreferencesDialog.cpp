#include "ui/PreferencesDialog.h"

#include "storage/Repositories.h"
#include "ui/Preferences.h"
#include "ui/TimeWidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace planner {

namespace {

QLabel* note(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void select(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

}  // namespace

PreferencesDialog::PreferencesDialog(Database* db, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addLanguageRows();
    addOutputRows();
    addTripRows(db);

    form->addRow(tr("&Interface language:"), m_interfaceLanguage);
    form->addRow(QString(), note(tr("From the next start of Delegation Planner on.")));
    form->addRow(tr("&Output language:"), m_outputLanguage);
    form->addRow(tr("&Page size:"), m_pageSize);
    form->addRow(QString(),
        note(tr("The dates of agendas, programmes and itineraries printed or exported from the window, "
                "and the page size their dialogs start with, from the next export on.")));
    form->addRow(tr("Home &zone of new trips:"), m_homeZone);
    form->addRow(tr("&Lead organisation of new trips:"), m_leadOrganisation);
    form->addRow(QString(), note(tr("For trips made with Trip ▸ New Trip.")));
    form->addRow(QString(), m_homeTime);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_exportFolder, 1);
    auto* choose = new QPushButton(tr("C&hoose…"));
    connect(choose, &QPushButton::clicked, this, &PreferencesDialog::chooseFolder);
    folderRow->addWidget(choose);
    auto* folderLabel = new QLabel(tr("&Export folder:"));
    folderLabel->setBuddy(m_exportFolder);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), note(tr("Where every export starts; empty: the folder used last.")));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PreferencesDialog::addLanguageRows()
{
    m_interfaceLanguage = new QComboBox;
    m_interfaceLanguage->setObjectName(QStringLiteral("interfaceLanguageCombo"));
    m_interfaceLanguage->addItem(tr("As the system"), QString());
    m_outputLanguage = new QComboBox;
    m_outputLanguage->setObjectName(QStringLiteral("outputLanguageCombo"));
    for (const auto& [code, name] : Preferences::languages()) {
        m_interfaceLanguage->addItem(name, code);
        m_outputLanguage->addItem(name, code);
    }
    select(m_interfaceLanguage, Preferences::interfaceLanguage());
    select(m_outputLanguage, Preferences::outputLanguage());
}

void PreferencesDialog::addOutputRows()
{
    m_pageSize = new QComboBox;
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSize->addItem(tr("A4"), static_cast<int>(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), static_cast<int>(QPageSize::Letter));
    select(m_pageSize, static_cast<int>(Preferences::pageSize()));
    m_exportFolder = new QLineEdit(QDir::toNativeSeparators(Preferences::exportFolder()));
    m_exportFolder->setObjectName(QStringLiteral("exportFolderEdit"));
    m_exportFolder->setPlaceholderText(tr("The folder used last"));
    m_exportFolder->setClearButtonEnabled(true);
}

void PreferencesDialog::addTripRows(Database* db)
{
    m_homeZone = new ZoneComboBox;
    m_homeZone->setObjectName(QStringLiteral("homeZoneCombo"));
    m_homeZone->setZone(Preferences::homeZone().isEmpty() ? QStringLiteral("Asia/Seoul") : Preferences::homeZone());
    m_leadOrganisation = new QComboBox;
    m_leadOrganisation->setObjectName(QStringLiteral("leadOrganisationCombo"));
    m_leadOrganisation->addItem(tr("None"), QString());
    if (db != nullptr) {
        if (auto organisations = OrganisationRepository(*db).list(); organisations.ok()) {
            for (const Organisation& o : *organisations) {
                m_leadOrganisation->addItem(o.name, o.id);
            }
        }
    }
    m_leadOrganisation->setEnabled(db != nullptr);
    select(m_leadOrganisation, Preferences::leadOrganisation());
    m_homeTime = new QCheckBox(tr("Show times in the trip's &home zone (View ▸ Times in Home Zone)"));
    m_homeTime->setObjectName(QStringLiteral("homeTimeCheck"));
    m_homeTime->setChecked(Preferences::showHomeTime());
}

void PreferencesDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Folder"), m_exportFolder->text());
    if (!folder.isEmpty()) {
        m_exportFolder->setText(QDir::toNativeSeparators(folder));
    }
}

void PreferencesDialog::save() const
{
    Preferences::setInterfaceLanguage(m_interfaceLanguage->currentData().toString());
    Preferences::setOutputLanguage(m_outputLanguage->currentData().toString());
    Preferences::setPageSize(static_cast<QPageSize::PageSizeId>(m_pageSize->currentData().toInt()));
    Preferences::setHomeZone(m_homeZone->zone());
    if (m_leadOrganisation->isEnabled()) {
        Preferences::setLeadOrganisation(m_leadOrganisation->currentData().toString());
    }
    Preferences::setShowHomeTime(m_homeTime->isChecked());
    Preferences::setExportFolder(QDir::fromNativeSeparators(m_exportFolder->text().trimmed()));
}

void PreferencesDialog::accept()
{
    save();
    QDialog::accept();
}

}  // namespace planner
