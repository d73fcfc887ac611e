#include "ui/DelegationPage.h"

#include "commands/Document.h"
#include "commands/Edits.h"
#include "domain/Validation.h"
#include "storage/Repositories.h"
#include "ui/FormBinding.h"
#include "ui/PersonChooserDialog.h"
#include "ui/ViewSetup.h"
#include "ui_DelegationMemberForm.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QTreeView>

namespace planner {

DelegationPage::DelegationPage(Document& document, DialogProvider& dialogs, QWidget* parent)
    : RecordPage(document, dialogs, parent), m_form(std::make_unique<Ui::DelegationMemberForm>())
{
    using Col = RecordTableModel<DelegationRow>::Column;
    m_model = new DelegationOrderModel(
        {
            Col { tr("#"), [](const DelegationRow& r) { return r.member.precedence; }, {}, {},
                Qt::AlignRight | Qt::AlignVCenter },
            Col { tr("Name"), [](const DelegationRow& r) { return r.person.displayName(); }, {},
                [](const DelegationRow& r) {
                    return r.person.honorific.isEmpty()
                        ? r.person.displayName()
                        : r.person.honorific + QLatin1Char(' ') + r.person.displayName();
                } },
            Col { tr("Local name"), [](const DelegationRow& r) { return r.person.localName; } },
            Col { tr("Position"), [](const DelegationRow& r) { return r.person.position; } },
            Col { tr("Organisation"), [](const DelegationRow& r) { return r.organisation; } },
            Col { tr("Role"), [](const DelegationRow& r) { return label(r.member.role); } },
        },
        this);
    m_model->moveRequested = [this](const Uuid& id, int newIndex) { moveMember(id, newIndex); };
    setUpList(m_model, PrecedenceColumn, tr("Search the delegation by name in either script (Ctrl+F)"));
    // After the view has seen the rows (the proxy is connected first).
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_columnsFitted && m_model->rowCount() > 0) {
            fitColumns(view(), 260);
            m_columnsFitted = true;
        }
    });
    // The order of precedence is the order: no sorting by other columns.
    view()->setSortingEnabled(false);
    view()->header()->setSortIndicatorShown(false);
    proxy()->sort(PrecedenceColumn, Qt::AscendingOrder);
    view()->setDragEnabled(true);
    view()->setAcceptDrops(true);
    view()->setDropIndicatorShown(true);
    view()->setDragDropMode(QAbstractItemView::InternalMove);
    view()->setDefaultDropAction(Qt::MoveAction);
    view()->setToolTip(tr("Drag a member to another place in the order of precedence"));

    auto* formWidget = new QWidget(this);
    m_form->setupUi(formWidget);
    setForm(formWidget);
    for (const QString& t : allTokens<MemberRole>()) {
        m_form->roleCombo->addItem(label(*fromToken<MemberRole>(t)), t);
    }
    m_errors = new FieldErrors(m_form->errorLabel);
    m_errors->addField(QStringLiteral("role"), m_form->roleCombo);
    onEdited(m_form->roleCombo, [this] { commitRole(); });

    newAction()->setText(tr("&Add People…"));
    newAction()->setToolTip(tr("Add people of the directory to the delegation (%1)")
                                .arg(newAction()->shortcut().toString(QKeySequence::NativeText)));
    duplicateAction()->setVisible(false);
    deleteAction()->setText(tr("&Remove from Delegation"));
    deleteAction()->setToolTip(tr("Take the member off this delegation; the person stays in the directory (%1)")
                                   .arg(deleteAction()->shortcut().toString(QKeySequence::NativeText)));
    m_moveUp = toolBar()->addAction(tr("Move &Up"));
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveDown = toolBar()->addAction(tr("Move Do&wn"));
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    for (QAction* a : { m_moveUp, m_moveDown }) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);  // the shortcut works anywhere on the page, not only on the tool bar
        a->setToolTip(tr("%1 in the order of precedence (%2)")
                          .arg(a->text().remove(QLatin1Char('&')), a->shortcut().toString(QKeySequence::NativeText)));
    }
    connect(m_moveUp, &QAction::triggered, this, [this] { moveBy(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveBy(+1); });
    // Several members can be selected for their itineraries (Shift or Ctrl and click).
    view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_itinerary = toolBar()->addAction(tr("Export &Itineraries…"));
    m_itinerary->setToolTip(tr("Save the personal itineraries of the selected members as PDF, DOCX or ODT"));
    connect(m_itinerary, &QAction::triggered, this, [this] { emit itinerariesRequested(selectedPeople()); });
    connect(searchField(), &QLineEdit::textChanged, this, &DelegationPage::updateMoveActions);
    refresh();
}

DelegationPage::~DelegationPage()
{
    // Nothing is committed while the widgets go (focus leaves them).
    m_shown.clear();
    hide();
    delete m_errors;
    m_errors = nullptr;
}

Status DelegationPage::reload()
{
    std::vector<DelegationRow> rows;
    if (!tripId().isEmpty()) {
        Database& db = m_document.database();
        auto members = TripRepository(db).members(tripId());
        if (!members.ok()) {
            return members.error();
        }
        std::vector<Uuid> personIds;
        for (const DelegationMember& m : *members) {
            personIds.push_back(m.personId);
        }
        auto people = PersonRepository(db).getMany(personIds);
        if (!people.ok()) {
            return people.error();
        }
        auto organisations = OrganisationRepository(db).list();
        if (!organisations.ok()) {
            return organisations.error();
        }
        m_organisationNames.clear();
        for (const Organisation& o : *organisations) {
            m_organisationNames.insert(o.id, o.name);
        }
        QHash<Uuid, const Person*> byId;
        for (const Person& p : *people) {
            byId.insert(p.id, &p);
        }
        for (const DelegationMember& m : *members) {
            const Person* p = byId.value(m.personId);
            DelegationRow row { m.id, m, p ? *p : Person {}, {} };
            row.organisation = m_organisationNames.value(row.person.organisationId);
            rows.push_back(std::move(row));
        }
    }
    m_model->setRecords(std::move(rows));
    updateMoveActions();
    return {};
}

bool DelegationPage::touches(const ChangeSet& changes) const
{
    return changes.touches(RecordKind::Member) || changes.touches(RecordKind::Person)
        || changes.touches(RecordKind::Organisation) || changes.touches(RecordKind::Trip);
}

void DelegationPage::showRecord(const Uuid& id)
{
    m_errors->clear();
    m_shown = id;
    const DelegationRow* r = m_model->find(id);
    const QSignalBlocker blocker(m_form->roleCombo);
    if (r) {
        QString person = r->person.honorific.isEmpty()
            ? r->person.displayName()
            : r->person.honorific + QLatin1Char(' ') + r->person.displayName();
        if (!r->person.localName.isEmpty()) {
            person += QStringLiteral(" (%1)").arg(r->person.localName);
        }
        const QStringList work
            = QStringList { r->person.position, r->organisation }.filter(QRegularExpression(QStringLiteral("\\S")));
        if (!work.isEmpty()) {
            person += QStringLiteral(" — ") + work.join(QStringLiteral(", "));
        }
        m_form->personLabel->setText(person);
        m_form->precedenceLabel->setText(tr("%1 of %2").arg(r->member.precedence).arg(m_model->rowCount()));
        m_form->roleCombo->setCurrentIndex(m_form->roleCombo->findData(token(r->member.role)));
    } else {
        m_form->personLabel->setText(tripId().isEmpty() ? QString()
                                                        : tr("Choose a member in the list, or add people "
                                                             "with Add People… (Ctrl+Shift+N)"));
        m_form->precedenceLabel->clear();
        m_form->roleCombo->setCurrentIndex(-1);
    }
    m_form->roleCombo->setEnabled(r != nullptr);
    updateMoveActions();
}

std::vector<Uuid> DelegationPage::selectedPeople() const
{
    std::vector<Uuid> people;
    // In the order of precedence, whatever the order of clicking.
    for (int row = 0; row < proxy()->rowCount(); ++row) {
        const QModelIndex index = proxy()->index(row, 0);
        if (view()->selectionModel()->isRowSelected(row, {})) {
            if (const DelegationRow* r = m_model->find(index.data(IdRole).toString())) {
                people.push_back(r->member.personId);
            }
        }
    }
    if (people.empty()) {
        if (const DelegationRow* r = m_model->find(m_shown)) {
            people.push_back(r->member.personId);
        }
    }
    return people;
}

void DelegationPage::updateMoveActions()
{
    const int row = m_model->rowOf(m_shown);
    // Moving is by the order of precedence, which only makes sense on the
    // whole list.
    const bool unfiltered = searchField()->text().isEmpty();
    m_moveUp->setEnabled(unfiltered && row > 0);
    m_moveDown->setEnabled(unfiltered && row >= 0 && row + 1 < m_model->rowCount());
    newAction()->setEnabled(!tripId().isEmpty());
    if (m_itinerary != nullptr) {
        m_itinerary->setEnabled(row >= 0);
    }
}

void DelegationPage::commitRole()
{
    const DelegationRow* r = m_model->find(m_shown);
    if (!r) {
        return;
    }
    DelegationMember edited = r->member;
    edited.role = fromToken<MemberRole>(m_form->roleCombo->currentData().toString()).value_or(MemberRole::Member);
    if (Status valid = validate(edited); !valid) {
        m_errors->show(valid.error());
        return;
    }
    m_errors->clear();
    perform(tr("Set role of '%1' to %2").arg(r->person.displayName(), label(edited.role)),
        { edits::updated(MemberRecord { tripId(), r->member }, MemberRecord { tripId(), edited }) });
}

void DelegationPage::moveBy(int delta)
{
    const int row = m_model->rowOf(m_shown);
    if (row < 0 || !searchField()->text().isEmpty()) {
        return;
    }
    const int to = row + delta;
    if (to < 0 || to >= m_model->rowCount()) {
        return;
    }
    moveMember(m_shown, to);
}

bool DelegationPage::moveMember(const Uuid& memberId, int newIndex)
{
    const DelegationRow* r = m_model->find(memberId);
    if (!r || tripId().isEmpty()) {
        return false;
    }
    const QString name = r->person.displayName();
    auto changes = edits::moveMember(m_document.database(), tripId(), memberId, newIndex);
    if (!changes.ok()) {
        showError(tr("Move member"), changes.error());
        return false;
    }
    const int precedence = std::clamp(newIndex, 0, m_model->rowCount() - 1) + 1;
    if (!perform(tr("Move '%1' to precedence %2").arg(name).arg(precedence), std::move(changes).value())) {
        return false;
    }
    selectRecord(memberId);
    return true;
}

bool DelegationPage::addMembers(const std::vector<Uuid>& personIds, MemberRole role)
{
    if (tripId().isEmpty() || personIds.empty()) {
        return false;
    }
    auto people = PersonRepository(m_document.database()).getMany(personIds);
    if (!people.ok()) {
        showError(tr("Add to delegation"), people.error());
        return false;
    }
    QHash<Uuid, QString> names;
    for (const Person& p : *people) {
        names.insert(p.id, p.displayName());
    }
    std::vector<RecordChange> changes;
    int precedence = m_model->rowCount();
    Uuid first;
    for (const Uuid& personId : personIds) {
        DelegationMember m;
        m.id = newUuid();
        m.personId = personId;
        m.role = role;
        m.precedence = ++precedence;
        if (first.isEmpty()) {
            first = m.id;
        }
        changes.push_back(edits::created(MemberRecord { tripId(), m }));
    }
    const QString text = personIds.size() == 1
        ? tr("Add '%1' to the delegation").arg(names.value(personIds.front()))
        : tr("Add %n people to the delegation", nullptr, static_cast<int>(personIds.size()));
    if (!perform(text, std::move(changes))) {
        return false;
    }
    selectRecord(first);
    return true;
}

void DelegationPage::createRecord()
{
    if (tripId().isEmpty()) {
        return;
    }
    auto people = PersonRepository(m_document.database()).list();
    if (!people.ok()) {
        showError(tr("Add to delegation"), people.error());
        return;
    }
    QSet<Uuid> members;
    for (const DelegationRow& r : m_model->records()) {
        members.insert(r.member.personId);
    }
    std::vector<Person> candidates;
    for (Person& p : *people) {
        if (!members.contains(p.id)) {
            candidates.push_back(std::move(p));
        }
    }
    PersonChooserDialog dialog(std::move(candidates), m_organisationNames, this);
    emit chooserOpened(&dialog);
    if (dialog.exec() == QDialog::Accepted) {
        addMembers(dialog.chosen(), dialog.role());
    }
}

void DelegationPage::duplicateRecord(const Uuid&)
{
    // A person is in a delegation once: nothing to duplicate.
}

void DelegationPage::deleteRecord(const Uuid& id)
{
    const DelegationRow* r = m_model->find(id);
    if (!r) {
        return;
    }
    const QString name = r->person.displayName();
    auto changes = edits::removeMember(m_document.database(), tripId(), id);
    if (!changes.ok()) {
        showError(tr("Remove from delegation"), changes.error());
        return;
    }
    perform(tr("Remove '%1' from the delegation").arg(name), std::move(changes).value());
}

}  // namespace planner
