#include "ui/ProtocolDialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace planner {

namespace {

const QString kStockKey = QStringLiteral("protocol/badgeStock");
const QString kSheetKey = QStringLiteral("protocol/badgeSheet");
const QString kCardPaperKey = QStringLiteral("protocol/placeCardPaper");
const QString kCardOrganisationKey = QStringLiteral("protocol/placeCardOrganisation");

/// The combo's data: "delegation", "forum:UUID" or "meeting:UUID".
QString groupData(RecordKind kind, const Uuid& id)
{
    return token(kind) + QLatin1Char(':') + id;
}

void selectData(QComboBox* combo, const QVariant& data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

/// The translation context of what the two dialogs share.
struct ProtocolDialogs {
    Q_DECLARE_TR_FUNCTIONS(planner::ProtocolDialogs)
};

/// Export… and Print… (to the print preview); print tells which accepted.
QDialogButtonBox* exportOrPrintButtons(QDialog* dialog, bool& print)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(ProtocolDialogs::tr("&Export…"));
    QPushButton* printButton = buttons->addButton(ProtocolDialogs::tr("&Print…"), QDialogButtonBox::AcceptRole);
    printButton->setObjectName(QStringLiteral("printButton"));
    QObject::connect(
        buttons, &QDialogButtonBox::clicked, dialog, [dialog, buttons, printButton, &print](QAbstractButton* b) {
            if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole) {
                print = b == printButton;
                dialog->accept();
            }
        });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

}  // namespace

BadgeDialog::BadgeDialog(const TripBundle& bundle, const ProtocolScope& initial, QWidget* parent)
    : QDialog(parent), m_bundle(bundle)
{
    setWindowTitle(tr("Export Badges"));
    m_group = new QComboBox(this);
    m_group->addItem(tr("The delegation"), QStringLiteral("delegation"));
    for (const Forum& f : bundle.forums) {
        m_group->addItem(tr("People of the forum: %1").arg(f.title), groupData(RecordKind::Forum, f.id));
    }
    for (const Meeting& m : bundle.meetings) {
        m_group->addItem(tr("People of the meeting: %1").arg(m.title), groupData(RecordKind::Meeting, m.id));
    }
    if (!initial.forumId.isEmpty()) {
        selectData(m_group, groupData(RecordKind::Forum, initial.forumId));
    } else if (!initial.meetingId.isEmpty()) {
        selectData(m_group, groupData(RecordKind::Meeting, initial.meetingId));
    }

    m_people = new QListWidget(this);
    m_people->setAccessibleName(tr("People"));
    m_people->setMinimumSize(420, 240);
    m_count = new QLabel(this);
    auto* all = new QPushButton(tr("&All"), this);
    auto* none = new QPushButton(tr("&None"), this);
    auto* peopleButtons = new QHBoxLayout;
    peopleButtons->addWidget(m_count, 1);
    peopleButtons->addWidget(all);
    peopleButtons->addWidget(none);

    m_stock = new QComboBox(this);
    m_stock->addItem(tr("90 × 54 mm"), QStringLiteral("90x54"));
    m_stock->addItem(tr("ID-1 card, 85.6 × 54 mm"), QStringLiteral("id1"));
    m_stock->addItem(tr("4 × 3 in"), QStringLiteral("4x3in"));
    m_stock->addItem(tr("A6, 105 × 148 mm"), QStringLiteral("a6"));
    m_sheet = new QComboBox(this);
    m_sheet->addItem(tr("A4 sheets with crop marks"), QStringLiteral("a4"));
    m_sheet->addItem(tr("Letter sheets with crop marks"), QStringLiteral("letter"));
    m_sheet->addItem(tr("One badge per page (badge printer)"), QStringLiteral("single"));
    const QSettings settings;
    selectData(m_stock, settings.value(kStockKey, QStringLiteral("90x54")));
    selectData(m_sheet, settings.value(kSheetKey, QStringLiteral("a4")));

    auto* form = new QFormLayout;
    form->addRow(tr("&Badges for:"), m_group);
    form->addRow(tr("&Stock:"), m_stock);
    form->addRow(tr("S&heet:"), m_sheet);
    m_buttons = exportOrPrintButtons(this, m_print);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_people, 1);
    layout->addLayout(peopleButtons);
    layout->addWidget(m_buttons);

    connect(m_group, &QComboBox::currentIndexChanged, this, &BadgeDialog::fillPeople);
    connect(m_people, &QListWidget::itemChanged, this, &BadgeDialog::updateCount);
    const auto tickAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_people->count(); ++i) {
            m_people->item(i)->setCheckState(state);
        }
    };
    connect(all, &QPushButton::clicked, this, [tickAll] { tickAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [tickAll] { tickAll(Qt::Unchecked); });
    fillPeople();
}

ProtocolScope BadgeDialog::groupScope() const
{
    ProtocolScope s;
    const QString data = m_group->currentData().toString();
    const Uuid id = data.section(QLatin1Char(':'), 1);
    if (data.startsWith(token(RecordKind::Forum) + QLatin1Char(':'))) {
        s.forumId = id;
    } else if (data.startsWith(token(RecordKind::Meeting) + QLatin1Char(':'))) {
        s.meetingId = id;
    }
    return s;
}

void BadgeDialog::fillPeople()
{
    const QSignalBlocker blocker(m_people);
    m_people->clear();
    const auto people = ProtocolPeople::select(m_bundle, groupScope());
    for (const ProtocolPerson& p : people.ok() ? *people : std::vector<ProtocolPerson>()) {
        QString text = p.latinName();
        if (!p.localName().isEmpty()) {
            text += QStringLiteral(" · ") + p.localName();
        }
        text += QStringLiteral(" — ") + p.roleText();
        auto* item = new QListWidgetItem(text, m_people);
        item->setData(Qt::UserRole, p.person.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    updateCount();
}

void BadgeDialog::updateCount()
{
    int ticked = 0;
    for (int i = 0; i < m_people->count(); ++i) {
        ticked += m_people->item(i)->checkState() == Qt::Checked ? 1 : 0;
    }
    m_count->setText(m_people->count() == 0 ? tr("Nobody to print a badge for.")
                                            : tr("%1 of %2 ticked").arg(ticked).arg(m_people->count()));
    for (QAbstractButton* b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole) {
            b->setEnabled(ticked > 0);
        }
    }
}

ProtocolScope BadgeDialog::scope() const
{
    ProtocolScope s = groupScope();
    for (int i = 0; i < m_people->count(); ++i) {
        if (m_people->item(i)->checkState() == Qt::Checked) {
            s.personIds.push_back(m_people->item(i)->data(Qt::UserRole).toString());
        }
    }
    return s;
}

BadgeOptions BadgeDialog::options() const
{
    BadgeOptions o;
    o.stock = BadgeSheets::stockFromToken(m_stock->currentData().toString()).value_or(BadgeStock::Card90x54);
    o.sheet = BadgeSheets::sheetFromToken(m_sheet->currentData().toString()).value_or(BadgeSheet::A4);
    return o;
}

void BadgeDialog::remember() const
{
    QSettings settings;
    settings.setValue(kStockKey, m_stock->currentData());
    settings.setValue(kSheetKey, m_sheet->currentData());
}

PlaceCardDialog::PlaceCardDialog(const QString& what, int count, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Export Place Cards"));
    auto* intro = new QLabel(tr("%n tent card(s) for %1, in seat order.", nullptr, count).arg(what), this);
    intro->setWordWrap(true);
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4, folded across"), QStringLiteral("a4"));
    m_paper->addItem(tr("A5, folded across"), QStringLiteral("a5"));
    m_organisation = new QCheckBox(tr("Show the &organisation and country under the name"), this);
    const QSettings settings;
    selectData(m_paper, settings.value(kCardPaperKey, QStringLiteral("a4")));
    m_organisation->setChecked(settings.value(kCardOrganisationKey, true).toBool());
    auto* form = new QFormLayout;
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(QString(), m_organisation);
    auto* buttons = exportOrPrintButtons(this, m_print);
    for (QAbstractButton* b : buttons->buttons()) {
        b->setEnabled(count > 0 || buttons->buttonRole(b) != QDialogButtonBox::AcceptRole);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

PlaceCardOptions PlaceCardDialog::options() const
{
    PlaceCardOptions o;
    o.paper = PlaceCards::paperFromToken(m_paper->currentData().toString()).value_or(PlaceCardPaper::A4);
    o.showOrganisation = m_organisation->isChecked();
    return o;
}

void PlaceCardDialog::remember() const
{
    QSettings settings;
    settings.setValue(kCardPaperKey, m_paper->currentData());
    settings.setValue(kCardOrganisationKey, m_organisation->isChecked());
}

}  // namespace planner
