#include "ui/MeetingsPage.h"

#include "commands/Document.h"
#include "commands/Edits.h"
#include "domain/DateText.h"
#include "domain/Validation.h"
#include "storage/Repositories.h"
#include "ui/DialogProvider.h"
#include "ui/FormBinding.h"
#include "ui/PersonChooser.h"
#include "ui/PersonLabel.h"
#include "ui/TimeWidgets.h"
#include "ui/ViewSetup.h"
#include "ui_MeetingForm.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>

namespace planner {

namespace {

constexpr int kDefaultMinutes = 60;

QList<QWidget*> fields(Ui::MeetingForm& f)
{
    return { f.titleEdit, f.stopCombo, f.startEdit, f.endEdit, f.placeEdit, f.purposeEdit, f.notesEdit,
        f.counterpartList, f.counterpartChooser, f.addCounterpartButton, f.removeCounterpartButton, f.participantList };
}

/// A first time for a new meeting at a stop: 10:00 on the day of arrival
/// (the next day when the delegation arrives later), within the stay.
PlannedTime defaultStart(const Stop& s)
{
    PlannedTime start(QDateTime(s.arrival.localDate(), QTime(10, 0)), s.zone);
    if (start.local() < s.arrival.local()) {
        start = PlannedTime(QDateTime(s.arrival.localDate().addDays(1), QTime(10, 0)), s.zone);
    }
    if (!s.departure.isNull() && start.addMinutes(kDefaultMinutes).local() > s.departure.local()) {
        start = PlannedTime(s.arrival.local(), s.zone);
    }
    return start;
}

}  // namespace

MeetingsPage::MeetingsPage(Document& document, DialogProvider& dialogs, QWidget* parent)
    : RecordPage(document, dialogs, parent), m_form(std::make_unique<Ui::MeetingForm>())
{
    using Col = RecordTableModel<Meeting>::Column;
    m_model = new RecordTableModel<Meeting>(
        {
            Col { tr("Start (local time)"),
                [this](const Meeting& m) { return formatPlannedTime(m.start, displayZone()); },
                [](const Meeting& m) { return m.start.toUtc().toMSecsSinceEpoch(); },
                [](const Meeting& m) {
                    return tr("%1 – %2").arg(formatPlannedTime(m.start), formatPlannedTime(m.end, {}, true));
                } },
            Col { tr("Title"), [](const Meeting& m) { return m.title; }, {},
                [](const Meeting& m) { return m.purpose.isEmpty() ? m.title : m.purpose; } },
            Col { tr("Stop"), [this](const Meeting& m) { return stopName(m.stopId); } },
            Col { tr("Counterparts"),
                [this](const Meeting& m) {
                    QStringList names;
                    for (const Uuid& id : m.counterpartIds) {
                        names << personName(id);
                    }
                    return names.join(QStringLiteral(", "));
                },
                {},
                [this](const Meeting& m) {
                    QStringList names;
                    for (const Uuid& id : m.counterpartIds) {
                        names << PersonChooser::describe(
                            m_people.value(id), m_organisationNames.value(m_people.value(id).organisationId));
                    }
                    return names.join(QLatin1Char('\n'));
                } },
        },
        this);
    setUpList(m_model, StartColumn, tr("Search meetings: title, stop, counterpart (Ctrl+F)"));

    auto* formWidget = new QWidget(this);
    m_form->setupUi(formWidget);
    setForm(formWidget);
    m_errors = new FieldErrors(m_form->meetingErrorLabel);
    m_errors->addField(QStringLiteral("title"), m_form->titleEdit);
    m_errors->addField(QStringLiteral("stop"), m_form->stopCombo);
    m_errors->addField(QStringLiteral("start"), m_form->startEdit);
    m_errors->addField(QStringLiteral("end"), m_form->endEdit);
    m_errors->addField(QStringLiteral("counterparts"), m_form->counterpartList);
    m_errors->addField(QStringLiteral("participants"), m_form->participantList);

    for (QWidget* w : std::initializer_list<QWidget*> {
             m_form->titleEdit, m_form->placeEdit, m_form->purposeEdit, m_form->notesEdit }) {
        onEdited(w, [this] { commitForm(); });
    }
    onEdited(m_form->stopCombo, [this] { stopChosen(); });
    connect(m_form->startEdit, &PlannedTimeEdit::edited, this, &MeetingsPage::commitForm);
    connect(m_form->endEdit, &PlannedTimeEdit::edited, this, &MeetingsPage::commitForm);
    connect(m_form->participantList, &QListWidget::itemChanged, this, &MeetingsPage::commitForm);
    connect(m_form->addCounterpartButton, &QPushButton::clicked, this, &MeetingsPage::addCounterpart);
    connect(m_form->counterpartChooser->lineEdit(), &QLineEdit::returnPressed, this, &MeetingsPage::addCounterpart);
    connect(m_form->removeCounterpartButton, &QPushButton::clicked, this, &MeetingsPage::removeCounterpart);
    connect(m_form->counterpartList, &QListWidget::currentRowChanged, this,
        [this](int row) { m_form->removeCounterpartButton->setEnabled(row >= 0 && !m_shown.isEmpty()); });
    newAction()->setText(tr("&New Meeting"));
    refresh();
}

MeetingsPage::~MeetingsPage()
{
    // Fields losing focus while the page goes away must not commit.
    for (QWidget* w : findChildren<QWidget*>()) {
        w->blockSignals(true);
    }
    delete m_errors;
}

Status MeetingsPage::reload()
{
    Database& db = m_document.database();
    std::vector<Meeting> meetings;
    const std::vector<Stop> previousStops = std::move(m_stops);
    m_stops.clear();
    m_members.clear();
    if (!tripId().isEmpty()) {
        auto listed = MeetingRepository(db).list(tripId());
        if (!listed.ok()) {
            return listed.error();
        }
        meetings = std::move(listed).value();
        auto stops = ItineraryRepository(db).stops(tripId());
        if (!stops.ok()) {
            return stops.error();
        }
        m_stops = std::move(stops).value();
        auto members = TripRepository(db).members(tripId());
        if (!members.ok()) {
            return members.error();
        }
        m_members = std::move(members).value();
    }
    auto people = PersonRepository(db).list();
    if (!people.ok()) {
        return people.error();
    }
    auto organisations = OrganisationRepository(db).list();
    if (!organisations.ok()) {
        return organisations.error();
    }
    // Names shown in the list come from these lookups: when they change, the
    // rows must be redrawn even if the meetings did not.
    QHash<Uuid, Person> peopleById;
    for (const Person& p : *people) {
        peopleById.insert(p.id, p);
    }
    QHash<Uuid, QString> organisationNames;
    for (const Organisation& o : *organisations) {
        organisationNames.insert(o.id, o.name);
    }
    const bool lookupsChanged
        = peopleById != m_people || organisationNames != m_organisationNames || previousStops != m_stops;
    m_people = std::move(peopleById);
    m_organisationNames = std::move(organisationNames);
    if (lookupsChanged) {
        m_model->setRecords({});
    }
    m_model->setRecords(std::move(meetings));
    if (!m_columnsFitted && m_model->rowCount() > 0) {
        fitColumns(view(), 300);
        m_columnsFitted = true;
    }

    {
        const QSignalBlocker blocker(m_form->stopCombo);
        m_form->stopCombo->clear();
        for (const Stop& s : m_stops) {
            m_form->stopCombo->addItem(tr("%1 (%2 – %3, %4)")
                                           .arg(s.city, datetext::date(s.arrival.localDate(), datetext::Part::None),
                                               datetext::date(s.departure.localDate(), datetext::Part::None), s.zone),
                s.id);
        }
    }
    m_form->counterpartChooser->setPeople(*people, m_organisationNames);
    m_form->startEdit->setHomeZone(homeZone());
    m_form->endEdit->setHomeZone(homeZone());
    return {};
}

bool MeetingsPage::touches(const ChangeSet& changes) const
{
    return changes.touches(RecordKind::Meeting) || changes.touches(RecordKind::Stop)
        || changes.touches(RecordKind::Person) || changes.touches(RecordKind::Member)
        || changes.touches(RecordKind::Organisation) || changes.touches(RecordKind::Trip);
}

const Stop* MeetingsPage::stop(const Uuid& id) const
{
    for (const Stop& s : m_stops) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

QString MeetingsPage::stopName(const Uuid& id) const
{
    const Stop* s = stop(id);
    return s ? s->city : QString();
}

QString MeetingsPage::personName(const Uuid& id) const
{
    const auto found = m_people.constFind(id);
    if (found == m_people.cend()) {
        return tr("(unknown person)");
    }
    return personLabel(*found);
}

void MeetingsPage::fillCounterparts(const std::vector<Uuid>& ids)
{
    const QSignalBlocker blocker(m_form->counterpartList);
    m_form->counterpartList->clear();
    for (const Uuid& id : ids) {
        const Person p = m_people.value(id);
        auto* item = new QListWidgetItem(personName(id), m_form->counterpartList);
        item->setToolTip(PersonChooser::describe(p, m_organisationNames.value(p.organisationId)));
        item->setData(Qt::UserRole, id);
    }
    m_form->removeCounterpartButton->setEnabled(false);
}

void MeetingsPage::fillParticipants(const std::vector<Uuid>& ids)
{
    const QSignalBlocker blocker(m_form->participantList);
    m_form->participantList->clear();
    const auto add = [this](const Uuid& personId, const QString& text, bool checked) {
        auto* item = new QListWidgetItem(text, m_form->participantList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setData(Qt::UserRole, personId);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    for (const DelegationMember& m : m_members) {
        const Person p = m_people.value(m.personId);
        QString text = p.displayName();
        if (!p.localName.isEmpty()) {
            text += QStringLiteral(" (%1)").arg(p.localName);
        }
        add(m.personId, tr("%1. %2 — %3").arg(m.precedence).arg(text, label(m.role)),
            std::find(ids.begin(), ids.end(), m.personId) != ids.end());
    }
    // Participants no longer in the delegation stay visible, to be taken off.
    for (const Uuid& id : ids) {
        const bool member = std::any_of(
            m_members.begin(), m_members.end(), [&](const DelegationMember& m) { return m.personId == id; });
        if (!member) {
            add(id, tr("%1 — not in the delegation").arg(personName(id)), true);
        }
    }
}

void MeetingsPage::showRecord(const Uuid& id)
{
    m_errors->clear();
    m_shown = id;
    const Meeting* m = m_model->find(id);
    const Meeting empty;
    const Meeting& r = m ? *m : empty;
    {
        const QSignalBlocker b(m_form->stopCombo);
        m_form->stopCombo->setCurrentIndex(m_form->stopCombo->findData(r.stopId));
    }
    m_form->titleEdit->setText(r.title);
    const Stop* s = stop(r.stopId);
    const QString zone = r.start.zone().isEmpty() && s ? s->zone : r.start.zone();
    m_form->startEdit->setZone(zone);
    m_form->endEdit->setZone(zone);
    m_form->startEdit->setValue(r.start);
    m_form->endEdit->setValue(r.end);
    m_form->placeEdit->setText(r.place);
    m_form->purposeEdit->setPlainText(r.purpose);
    m_form->notesEdit->setPlainText(r.notes);
    fillCounterparts(r.counterpartIds);
    fillParticipants(r.participantIds);
    for (QWidget* w : fields(*m_form)) {
        w->setEnabled(m != nullptr);
    }
    m_form->removeCounterpartButton->setEnabled(false);
}

Meeting MeetingsPage::edited(const Meeting& current) const
{
    Meeting e = current;
    e.title = m_form->titleEdit->text().trimmed();
    e.stopId = m_form->stopCombo->currentData().toString();
    e.start = m_form->startEdit->value();
    e.end = m_form->endEdit->value();
    e.place = m_form->placeEdit->text().trimmed();
    e.purpose = m_form->purposeEdit->toPlainText().trimmed();
    e.notes = m_form->notesEdit->toPlainText();
    e.counterpartIds.clear();
    for (int row = 0; row < m_form->counterpartList->count(); ++row) {
        e.counterpartIds.push_back(m_form->counterpartList->item(row)->data(Qt::UserRole).toString());
    }
    e.participantIds.clear();
    for (int row = 0; row < m_form->participantList->count(); ++row) {
        const QListWidgetItem* item = m_form->participantList->item(row);
        if (item->checkState() == Qt::Checked) {
            e.participantIds.push_back(item->data(Qt::UserRole).toString());
        }
    }
    return e;
}

void MeetingsPage::commitForm()
{
    const Meeting* current = m_model->find(m_shown);
    if (!current) {
        return;
    }
    const Meeting e = edited(*current);
    if (Status valid = validate(e); !valid) {
        m_errors->show(valid.error());
        return;
    }
    m_errors->clear();
    perform(tr("Edit meeting '%1'").arg(e.title), { edits::updated(*current, e) });
}

void MeetingsPage::stopChosen()
{
    // The agreed wall-clock time stays; it is now read in the new stop's zone.
    if (const Stop* s = stop(m_form->stopCombo->currentData().toString())) {
        m_form->startEdit->setZone(s->zone);
        m_form->endEdit->setZone(s->zone);
    }
    commitForm();
}

void MeetingsPage::addCounterpart()
{
    const Uuid id = m_form->counterpartChooser->personId();
    if (id.isEmpty() || m_shown.isEmpty()) {
        if (!m_form->counterpartChooser->currentText().trimmed().isEmpty()) {
            m_errors->show(Error { tr("choose a person from the list: no one is called “%1”")
                                       .arg(m_form->counterpartChooser->currentText().trimmed()),
                QStringLiteral("counterparts") });
        }
        return;
    }
    for (int row = 0; row < m_form->counterpartList->count(); ++row) {
        if (m_form->counterpartList->item(row)->data(Qt::UserRole).toString() == id) {
            m_errors->show(
                Error { tr("%1 is already a counterpart").arg(personName(id)), QStringLiteral("counterparts") });
            return;
        }
    }
    auto* item = new QListWidgetItem(personName(id), m_form->counterpartList);
    item->setData(Qt::UserRole, id);
    commitForm();
    m_form->counterpartChooser->setPersonId({});
}

void MeetingsPage::removeCounterpart()
{
    const int row = m_form->counterpartList->currentRow();
    if (row < 0) {
        return;
    }
    delete m_form->counterpartList->takeItem(row);
    commitForm();
}

void MeetingsPage::createRecord()
{
    if (tripId().isEmpty()) {
        return;
    }
    if (m_stops.empty()) {
        m_dialogs.warning(this, tr("New meeting"),
            tr("A meeting takes place at one of the trip's stops, and this trip has none yet.\n\n"
               "Add the cities of the journey under Programme first."));
        return;
    }
    const Meeting* selected = m_model->find(currentId());
    const Stop* at = selected ? stop(selected->stopId) : nullptr;
    const Stop& s = at ? *at : m_stops.front();
    Meeting m;
    m.id = newUuid();
    m.tripId = tripId();
    m.stopId = s.id;
    m.title = tr("New meeting");
    m.start = defaultStart(s);
    m.end = m.start.addMinutes(kDefaultMinutes);
    if (perform(tr("Create meeting"), { edits::created(m) })) {
        selectRecord(m.id);
        m_form->titleEdit->setFocus();
        m_form->titleEdit->selectAll();
    }
}

void MeetingsPage::duplicateRecord(const Uuid& id)
{
    const Meeting* m = m_model->find(id);
    if (!m) {
        return;
    }
    Meeting copy = *m;
    copy.id = newUuid();
    copy.title = tr("Copy of %1").arg(m->title);
    if (perform(tr("Duplicate meeting '%1'").arg(m->title), { edits::created(copy) })) {
        selectRecord(copy.id);
    }
}

void MeetingsPage::deleteRecord(const Uuid& id)
{
    const Meeting* m = m_model->find(id);
    if (!m) {
        return;
    }
    const QString title = m->title;
    auto mous = MouRepository(m_document.database()).referencing(id);
    if (!mous.ok()) {
        showError(tr("Delete meeting"), mous.error());
        return;
    }
    QStringList users;
    for (const Mou& mou : *mous) {
        if (mou.signedAtMeetingId == id) {
            users << tr("MOU '%1' (signed at this meeting; it keeps its parties and is no longer tied to a place)")
                         .arg(mou.title);
        }
    }
    if (!confirmDelete(tr("the meeting '%1'").arg(title), users)) {
        return;
    }
    auto changes = edits::deleteMeeting(m_document.database(), id);
    if (!changes.ok()) {
        showError(tr("Delete meeting"), changes.error());
        return;
    }
    perform(tr("Delete meeting '%1'").arg(title), std::move(changes).value());
}

}  // namespace planner
