#include "ui/VenuesPage.h"

#include "commands/Document.h"
#include "commands/Edits.h"
#include "domain/Validation.h"
#include "storage/Repositories.h"
#include "ui/FormBinding.h"
#include "ui/ViewSetup.h"
#include "ui_VenueForm.h"

#include <QAbstractItemModel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QTimer>
#include <QTreeView>

namespace planner {

VenuesPage::VenuesPage(Document& document, DialogProvider& dialogs, QWidget* parent)
    : RecordPage(document, dialogs, parent), m_form(std::make_unique<Ui::VenueForm>())
{
    using Col = RecordTableModel<Venue>::Column;
    m_model = new RecordTableModel<Venue>(
        {
            Col { tr("Name"), [](const Venue& v) { return v.name; } },
            Col { tr("City"), [](const Venue& v) { return v.city; } },
            Col { tr("Country"), [](const Venue& v) { return v.country; } },
            Col { tr("Rooms"), [](const Venue& v) { return v.rooms.join(QStringLiteral(", ")); },
                [](const Venue& v) { return v.rooms.size(); } },
            Col { tr("Address"), [](const Venue& v) { return v.address; } },
        },
        this);
    setUpList(m_model, NameColumn, tr("Search venues by name, city or room (Ctrl+F)"));
    // After the view has seen the rows (the proxy is connected first).
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_columnsFitted && m_model->rowCount() > 0) {
            fitColumns(view(), 260);
            m_columnsFitted = true;
        }
    });

    auto* formWidget = new QWidget(this);
    m_form->setupUi(formWidget);
    setForm(formWidget);
    m_errors = new FieldErrors(m_form->errorLabel);
    m_errors->addField(QStringLiteral("name"), m_form->nameEdit);
    m_errors->addField(QStringLiteral("rooms"), m_form->roomsList);
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_form->nameEdit, m_form->addressEdit, m_form->cityEdit, m_form->countryEdit, m_form->notesEdit }) {
        onEdited(w, [this] { commitForm(); });
    }
    connect(m_form->addRoomButton, &QPushButton::clicked, this, &VenuesPage::addRoom);
    connect(m_form->removeRoomButton, &QPushButton::clicked, this, &VenuesPage::removeRoom);
    connect(m_form->roomUpButton, &QPushButton::clicked, this, [this] { moveRoom(-1); });
    connect(m_form->roomDownButton, &QPushButton::clicked, this, [this] { moveRoom(+1); });
    connect(m_form->roomsList, &QListWidget::itemChanged, this, &VenuesPage::roomRenamed);
    connect(m_form->roomsList, &QListWidget::currentRowChanged, this, &VenuesPage::updateRoomButtons);
    // A room dragged to another place: the list has already moved it; the
    // order is committed once the drop has finished (committing reloads the
    // list).
    const auto reordered = [this] {
        QTimer::singleShot(0, this, [this] {
            const Venue* current = m_model->find(m_shown);
            const QStringList rooms = listedRooms();
            if (current && rooms != current->rooms && rooms.size() == current->rooms.size()) {
                commitRooms(tr("Reorder rooms of '%1'").arg(current->name), rooms, m_form->roomsList->currentRow());
            }
        });
    };
    connect(m_form->roomsList->model(), &QAbstractItemModel::rowsMoved, this, reordered);
    connect(m_form->roomsList->model(), &QAbstractItemModel::layoutChanged, this, reordered);
    newAction()->setText(tr("&New Venue"));
    refresh();
}

VenuesPage::~VenuesPage()
{
    // Nothing is committed while the widgets go (focus leaves them).
    m_shown.clear();
    hide();
    delete m_errors;
    m_errors = nullptr;
}

Status VenuesPage::reload()
{
    auto list = VenueRepository(m_document.database()).list();
    if (!list.ok()) {
        return list.error();
    }
    m_model->setRecords(std::move(list).value());
    return {};
}

bool VenuesPage::touches(const ChangeSet& changes) const
{
    return changes.touches(RecordKind::Venue);
}

void VenuesPage::showRecord(const Uuid& id)
{
    m_errors->clear();
    m_shown = id;
    const Venue* v = m_model->find(id);
    const Venue empty;
    const Venue& r = v ? *v : empty;
    m_form->nameEdit->setText(r.name);
    m_form->addressEdit->setText(r.address);
    m_form->cityEdit->setText(r.city);
    m_form->countryEdit->setText(r.country);
    m_form->notesEdit->setPlainText(r.notes);
    {
        const QSignalBlocker blocker(m_form->roomsList);
        const int row = m_form->roomsList->currentRow();
        m_form->roomsList->clear();
        for (const QString& room : r.rooms) {
            auto* item = new QListWidgetItem(room, m_form->roomsList);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        if (row >= 0 && row < m_form->roomsList->count()) {
            m_form->roomsList->setCurrentRow(row);
        }
    }
    for (QWidget* w : std::initializer_list<QWidget*> { m_form->nameEdit, m_form->addressEdit, m_form->cityEdit,
             m_form->countryEdit, m_form->notesEdit, m_form->roomsList, m_form->addRoomButton }) {
        w->setEnabled(v != nullptr);
    }
    updateRoomButtons();
}

void VenuesPage::updateRoomButtons()
{
    const int row = m_form->roomsList->currentRow();
    const int count = m_form->roomsList->count();
    const bool has = m_model->find(m_shown) != nullptr && row >= 0 && row < count;
    m_form->removeRoomButton->setEnabled(has);
    m_form->roomUpButton->setEnabled(has && row > 0);
    m_form->roomDownButton->setEnabled(has && row + 1 < count);
}

QStringList VenuesPage::listedRooms() const
{
    QStringList rooms;
    for (int row = 0; row < m_form->roomsList->count(); ++row) {
        rooms << m_form->roomsList->item(row)->text().trimmed();
    }
    return rooms;
}

void VenuesPage::commitForm()
{
    const Venue* current = m_model->find(m_shown);
    if (!current) {
        return;
    }
    Venue edited = *current;
    edited.name = m_form->nameEdit->text().trimmed();
    edited.address = m_form->addressEdit->text().trimmed();
    edited.city = m_form->cityEdit->text().trimmed();
    edited.country = m_form->countryEdit->text().trimmed().toUpper();
    edited.notes = m_form->notesEdit->toPlainText();
    if (Status valid = validate(edited); !valid) {
        m_errors->show(valid.error());
        return;
    }
    m_errors->clear();
    perform(tr("Edit venue '%1'").arg(edited.name), { edits::updated(*current, edited) });
}

void VenuesPage::commitRooms(const QString& text, const QStringList& rooms, int select)
{
    const Venue* current = m_model->find(m_shown);
    if (!current) {
        return;
    }
    Venue edited = *current;
    edited.rooms = rooms;
    // Refused: the list shows the rooms as they are, the reason beside it.
    const auto refuse = [this](const QString& reason) {
        showRecord(m_shown);
        m_errors->show(makeError(reason, QStringLiteral("rooms")));
    };
    if (rooms.contains(QString())) {
        refuse(tr("a room needs a name"));
        return;
    }
    if (QStringList unique = rooms; unique.removeDuplicates() > 0) {
        refuse(tr("the venue already has a room of that name"));
        return;
    }
    m_errors->clear();
    {
        const QSignalBlocker blocker(m_form->roomsList);
        m_form->roomsList->setCurrentRow(select);
    }
    if (!perform(text, { edits::updated(*current, edited) })) {
        showRecord(m_shown);
    }
    if (select >= 0 && select < m_form->roomsList->count()) {
        m_form->roomsList->setCurrentRow(select);
    }
    updateRoomButtons();
}

void VenuesPage::addRoom()
{
    const Venue* current = m_model->find(m_shown);
    if (!current) {
        return;
    }
    QString name = tr("New room");
    for (int n = 2; current->rooms.contains(name); ++n) {
        name = tr("New room %1").arg(n);
    }
    QStringList rooms = current->rooms;
    rooms << name;
    commitRooms(tr("Add room '%1' to '%2'").arg(name, current->name), rooms, static_cast<int>(rooms.size()) - 1);
    if (QListWidgetItem* item = m_form->roomsList->currentItem()) {
        m_form->roomsList->setFocus();
        m_form->roomsList->editItem(item);
    }
}

void VenuesPage::removeRoom()
{
    const Venue* current = m_model->find(m_shown);
    const int row = m_form->roomsList->currentRow();
    if (!current || row < 0 || row >= current->rooms.size()) {
        return;
    }
    QStringList rooms = current->rooms;
    const QString name = rooms.takeAt(row);
    commitRooms(tr("Remove room '%1' from '%2'").arg(name, current->name), rooms,
        std::min(row, static_cast<int>(rooms.size()) - 1));
}

void VenuesPage::moveRoom(int delta)
{
    const Venue* current = m_model->find(m_shown);
    const int row = m_form->roomsList->currentRow();
    const int to = row + delta;
    if (!current || row < 0 || row >= current->rooms.size() || to < 0 || to >= current->rooms.size()) {
        return;
    }
    QStringList rooms = current->rooms;
    rooms.move(row, to);
    commitRooms(tr("Move room '%1' of '%2'").arg(rooms.at(to), current->name), rooms, to);
}

void VenuesPage::roomRenamed()
{
    const Venue* current = m_model->find(m_shown);
    const int row = m_form->roomsList->currentRow();
    const QStringList rooms = listedRooms();
    if (!current || rooms == current->rooms) {
        return;
    }
    const QString name = row >= 0 && row < rooms.size() ? rooms.at(row) : QString();
    commitRooms(tr("Rename room of '%1' to '%2'").arg(current->name, name), rooms, row);
}

void VenuesPage::createRecord()
{
    Venue v;
    v.id = newUuid();
    v.name = tr("New venue");
    if (perform(tr("Create venue"), { edits::created(v) })) {
        selectRecord(v.id);
        m_form->nameEdit->setFocus();
        m_form->nameEdit->selectAll();
    }
}

void VenuesPage::duplicateRecord(const Uuid& id)
{
    const Venue* v = m_model->find(id);
    if (!v) {
        return;
    }
    Venue copy = *v;
    copy.id = newUuid();
    copy.name = tr("Copy of %1").arg(v->name);
    if (perform(tr("Duplicate venue '%1'").arg(v->name), { edits::created(copy) })) {
        selectRecord(copy.id);
    }
}

void VenuesPage::deleteRecord(const Uuid& id)
{
    const Venue* v = m_model->find(id);
    if (!v) {
        return;
    }
    const QString name = v->name;
    auto users = VenueRepository(m_document.database()).usages(id);
    if (!users.ok()) {
        showError(tr("Delete venue"), users.error());
        return;
    }
    if (!confirmDelete(tr("the venue '%1'").arg(name), *users)) {
        return;
    }
    auto changes = edits::deleteVenue(m_document.database(), id);
    if (!changes.ok()) {
        showError(tr("Delete venue"), changes.error());
        return;
    }
    perform(tr("Delete venue '%1'").arg(name), std::move(changes).value());
}

}  // namespace planner
