#include "ui/ExportDialogs.h"

#include "ui/PersonLabel.h"
#include "ui/Preferences.h"
#include "ui_AgendaDialog.h"
#include "ui_CalendarDialog.h"
#include "ui_RosterDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace planner {

namespace {

/// The delegation's people in order of precedence.
std::vector<const Person*> travellers(const TripBundle& bundle)
{
    QHash<Uuid, const Person*> people;
    for (const Person& p : bundle.people) {
        people.insert(p.id, &p);
    }
    std::vector<const Person*> result;
    for (const DelegationMember& m : bundle.members) {
        if (const Person* p = people.value(m.personId)) {
            result.push_back(p);
        }
    }
    return result;
}

}  // namespace

AgendaDialog::AgendaDialog(const std::vector<Forum>& forums, const Uuid& preselected, Purpose purpose, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AgendaDialog>())
{
    m_ui->setupUi(this);
    for (const Forum& f : forums) {
        m_ui->forumCombo->addItem(
            QStringLiteral("%1 — %2").arg(f.title, QLocale().toString(f.start.localDate(), QLocale::ShortFormat)),
            f.id);
    }
    const int index = m_ui->forumCombo->findData(preselected);
    m_ui->forumCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_ui->pageSizeCombo->addItem(tr("A4"), static_cast<int>(QPageSize::A4));
    m_ui->pageSizeCombo->addItem(tr("US Letter"), static_cast<int>(QPageSize::Letter));
    m_ui->pageSizeCombo->setCurrentIndex(m_ui->pageSizeCombo->findData(static_cast<int>(Preferences::pageSize())));
    m_ui->formatCombo->addItem(tr("PDF document"), static_cast<int>(ExportJobs::AgendaFormat::Pdf));
    m_ui->formatCombo->addItem(tr("Web page (HTML)"), static_cast<int>(ExportJobs::AgendaFormat::Html));
    m_ui->formatCombo->addItem(tr("Word document (DOCX)"), static_cast<int>(ExportJobs::AgendaFormat::Docx));
    m_ui->formatCombo->addItem(tr("OpenDocument text (ODT)"), static_cast<int>(ExportJobs::AgendaFormat::Odt));
    const bool exporting = purpose == Purpose::Export;
    m_ui->formatCombo->setVisible(exporting);
    m_ui->formatLabel->setVisible(exporting);
    setWindowTitle(exporting ? tr("Export Agenda") : tr("Print Agenda"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(exporting ? tr("&Export…") : tr("&Preview…"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!forums.empty());
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AgendaDialog::~AgendaDialog() = default;

Uuid AgendaDialog::forumId() const
{
    return m_ui->forumCombo->currentData().toString();
}

QPageSize::PageSizeId AgendaDialog::pageSize() const
{
    return static_cast<QPageSize::PageSizeId>(m_ui->pageSizeCombo->currentData().toInt());
}

ExportJobs::AgendaFormat AgendaDialog::format() const
{
    return static_cast<ExportJobs::AgendaFormat>(m_ui->formatCombo->currentData().toInt());
}

RosterDialog::RosterDialog(const std::vector<RosterColumn>& remembered, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RosterDialog>())
{
    m_ui->setupUi(this);
    for (RosterPreset p : { RosterPreset::Protocol, RosterPreset::Rooming, RosterPreset::Immigration }) {
        m_ui->presetCombo->addItem(Roster::title(p), Roster::token(p));
    }
    m_ui->presetCombo->addItem(tr("Custom columns"), QString());
    // Custom columns: the remembered ones first, ticked, in their order.
    std::vector<RosterColumn> order = remembered;
    for (const QString& t : Roster::allColumnTokens()) {
        const RosterColumn c = *Roster::columnFromToken(t);
        if (std::find(order.begin(), order.end(), c) == order.end()) {
            order.push_back(c);
        }
    }
    for (RosterColumn c : order) {
        auto* item = new QListWidgetItem(Roster::heading(c), m_ui->columnList);
        item->setData(Qt::UserRole, Roster::token(c));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        const bool ticked = std::find(remembered.begin(), remembered.end(), c) != remembered.end();
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    }
    for (RosterFormat f : RosterWriter::formats()) {
        const QHash<RosterFormat, QString> names { { RosterFormat::Xlsx, tr("Spreadsheet (XLSX)") },
            { RosterFormat::Csv, tr("Comma-separated values (CSV)") }, { RosterFormat::Pdf, tr("PDF document") },
            { RosterFormat::Json, tr("JSON") }, { RosterFormat::Docx, tr("Word document (DOCX)") },
            { RosterFormat::Odt, tr("OpenDocument text (ODT)") } };
        m_ui->formatCombo->addItem(names.value(f), RosterWriter::token(f));
    }
    m_ui->passportWarning->setStyleSheet(QStringLiteral("color: #a93226;"));
    connect(m_ui->presetCombo, &QComboBox::currentIndexChanged, this, &RosterDialog::presetChanged);
    connect(m_ui->columnList, &QListWidget::itemChanged, this, &RosterDialog::update);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &RosterDialog::update);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    presetChanged();
}

RosterDialog::~RosterDialog() = default;

void RosterDialog::choosePreset(std::optional<RosterPreset> preset)
{
    m_ui->presetCombo->setCurrentIndex(m_ui->presetCombo->findData(preset ? Roster::token(*preset) : QString()));
}

std::optional<RosterPreset> RosterDialog::preset() const
{
    return Roster::presetFromToken(m_ui->presetCombo->currentData().toString());
}

std::vector<RosterColumn> RosterDialog::columns() const
{
    if (const auto p = preset()) {
        return Roster::presetColumns(*p);
    }
    std::vector<RosterColumn> out;
    for (int row = 0; row < m_ui->columnList->count(); ++row) {
        const QListWidgetItem* item = m_ui->columnList->item(row);
        if (item->checkState() == Qt::Checked) {
            out.push_back(*Roster::columnFromToken(item->data(Qt::UserRole).toString()));
        }
    }
    return out;
}

RosterFormat RosterDialog::format() const
{
    return RosterWriter::formatFromToken(m_ui->formatCombo->currentData().toString()).value_or(RosterFormat::Xlsx);
}

bool RosterDialog::byteOrderMark() const
{
    return format() == RosterFormat::Csv && m_ui->bomCheck->isChecked();
}

bool RosterDialog::containsPassportData() const
{
    return Roster::containsPassportData(columns());
}

void RosterDialog::presetChanged()
{
    const auto p = preset();
    m_ui->columnList->setEnabled(!p);
    if (p) {
        // Show what the preset holds.
        const std::vector<RosterColumn> cols = Roster::presetColumns(*p);
        const QSignalBlocker blocker(m_ui->columnList);
        for (int row = 0; row < m_ui->columnList->count(); ++row) {
            QListWidgetItem* item = m_ui->columnList->item(row);
            const RosterColumn c = *Roster::columnFromToken(item->data(Qt::UserRole).toString());
            item->setCheckState(std::find(cols.begin(), cols.end(), c) != cols.end() ? Qt::Checked : Qt::Unchecked);
        }
    }
    update();
}

void RosterDialog::update()
{
    m_ui->bomCheck->setEnabled(format() == RosterFormat::Csv);
    QStringList passport;
    for (RosterColumn c : columns()) {
        if (Roster::isPassportColumn(c)) {
            passport << Roster::heading(c);
        }
    }
    m_ui->passportWarning->setVisible(!passport.isEmpty());
    m_ui->passportWarning->setText(
        tr("⚠ This roster contains passport data (%1). The file is made readable only by you; send it only to "
           "those who need it, such as the immigration or visa office, and delete copies you no longer need.")
            .arg(passport.join(QStringLiteral(", "))));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!columns().empty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
}

CalendarDialog::CalendarDialog(const TripBundle& bundle, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CalendarDialog>())
{
    m_ui->setupUi(this);
    m_ui->personCombo->addItem(tr("The whole trip"), QString());
    for (const Person* p : travellers(bundle)) {
        m_ui->personCombo->addItem(personLabel(*p), p->id);
    }
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CalendarDialog::~CalendarDialog() = default;

Uuid CalendarDialog::personId() const
{
    return m_ui->personCombo->currentData().toString();
}

TripDocumentDialog::TripDocumentDialog(
    Kind kind, const TripBundle& bundle, const std::vector<Uuid>& preselected, QWidget* parent)
    : QDialog(parent)
{
    const bool itineraries = kind == Kind::Itineraries;
    setWindowTitle(itineraries ? tr("Export Itineraries") : tr("Export Programme"));
    auto* layout = new QVBoxLayout(this);
    setMinimumWidth(420);
    if (itineraries) {
        layout->addWidget(memberChooser(bundle, preselected), 1);
    }
    auto* form = new QFormLayout;
    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(tr("A4"), static_cast<int>(QPageSize::A4));
    if (itineraries) {
        m_pageSize->addItem(tr("A5 (booklet)"), static_cast<int>(QPageSize::A5));
    }
    m_pageSize->addItem(tr("US Letter"), static_cast<int>(QPageSize::Letter));
    m_pageSize->setCurrentIndex(m_pageSize->findData(static_cast<int>(Preferences::pageSize())));
    form->addRow(tr("&Paper:"), m_pageSize);
    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF document"), static_cast<int>(DocumentFormat::Pdf));
    m_format->addItem(tr("Word document (DOCX)"), static_cast<int>(DocumentFormat::Docx));
    m_format->addItem(tr("OpenDocument text (ODT)"), static_cast<int>(DocumentFormat::Odt));
    m_format->setToolTip(tr("PDF to print and send as it is; DOCX or ODT to edit further in a word processor"));
    form->addRow(tr("&Format:"), m_format);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCount();
}

QWidget* TripDocumentDialog::memberChooser(const TripBundle& bundle, const std::vector<Uuid>& preselected)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("&Travellers, in order of precedence:"), box);
    m_members = new QListWidget(box);
    label->setBuddy(m_members);
    for (const Person* p : travellers(bundle)) {
        auto* item = new QListWidgetItem(personLabel(*p), m_members);
        item->setData(Qt::UserRole, p->id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool ticked
            = preselected.empty() || std::find(preselected.begin(), preselected.end(), p->id) != preselected.end();
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_members, &QListWidget::itemChanged, this, &TripDocumentDialog::updateCount);
    auto* buttons = new QHBoxLayout;
    m_count = new QLabel(box);
    auto* all = new QPushButton(tr("&All"), box);
    auto* none = new QPushButton(tr("&None"), box);
    const auto tickAll = [this](Qt::CheckState state) {
        for (int row = 0; row < m_members->count(); ++row) {
            m_members->item(row)->setCheckState(state);
        }
    };
    connect(all, &QPushButton::clicked, this, [tickAll] { tickAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [tickAll] { tickAll(Qt::Unchecked); });
    buttons->addWidget(m_count, 1);
    buttons->addWidget(all);
    buttons->addWidget(none);
    m_oneFile = new QRadioButton(tr("One &file, each traveller from a new page"), box);
    m_perPerson = new QRadioButton(tr("A file &each, into a folder"), box);
    m_oneFile->setChecked(true);
    layout->addWidget(label);
    layout->addWidget(m_members, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_oneFile);
    layout->addWidget(m_perPerson);
    return box;
}

void TripDocumentDialog::updateCount()
{
    if (m_members == nullptr || m_buttons == nullptr) {
        return;
    }
    const std::size_t ticked = personIds().size();
    m_count->setText(tr("%1 of %n traveller(s)", nullptr, m_members->count()).arg(ticked));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ticked > 0);
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(ticked > 0 ? QString() : tr("Tick at least one traveller"));
}

std::vector<Uuid> TripDocumentDialog::personIds() const
{
    std::vector<Uuid> ids;
    for (int row = 0; m_members != nullptr && row < m_members->count(); ++row) {
        if (m_members->item(row)->checkState() == Qt::Checked) {
            ids.push_back(m_members->item(row)->data(Qt::UserRole).toString());
        }
    }
    return ids;
}

bool TripDocumentDialog::filePerPerson() const
{
    return m_perPerson != nullptr && m_perPerson->isChecked();
}

QPageSize::PageSizeId TripDocumentDialog::pageSize() const
{
    return static_cast<QPageSize::PageSizeId>(m_pageSize->currentData().toInt());
}

DocumentFormat TripDocumentDialog::format() const
{
    return static_cast<DocumentFormat>(m_format->currentData().toInt());
}

}  // namespace planner
