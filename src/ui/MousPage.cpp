#include "ui/MousPage.h"

#include "commands/Document.h"
#include "commands/Edits.h"
#include "domain/Validation.h"
#include "models/MouPartyModel.h"
#include "storage/Repositories.h"
#include "ui/ChoiceDelegate.h"
#include "ui/DialogProvider.h"
#include "ui/FormBinding.h"
#include "ui/TimeWidgets.h"
#include "ui/ViewSetup.h"
#include "ui_MouForm.h"

#include <QHeaderView>
#include <QSignalBlocker>

#include <limits>

namespace planner {

namespace {

const QString kForum = QStringLiteral("forum:");
const QString kMeeting = QStringLiteral("meeting:");

QString placeKey(const Mou& m)
{
    if (!m.signedAtForumId.isEmpty()) {
        return kForum + m.signedAtForumId;
    }
    if (!m.signedAtMeetingId.isEmpty()) {
        return kMeeting + m.signedAtMeetingId;
    }
    return {};
}

QList<QWidget*> fields(Ui::MouForm& f)
{
    return { f.titleEdit, f.subjectEdit, f.statusCombo, f.placeCombo, f.timeCheck, f.timeEdit, f.notesEdit, f.partyView,
        f.addPartyButton, f.removePartyButton, f.upButton, f.downButton };
}

}  // namespace

MousPage::MousPage(Document& document, DialogProvider& dialogs, QWidget* parent)
    : RecordPage(document, dialogs, parent), m_form(std::make_unique<Ui::MouForm>())
{
    using Col = RecordTableModel<Mou>::Column;
    m_model = new RecordTableModel<Mou>(
        {
            Col { tr("Title"), [](const Mou& m) { return m.title; }, {},
                [](const Mou& m) { return m.subject.isEmpty() ? m.title : m.subject; } },
            Col { tr("Status"), [](const Mou& m) { return label(m.status); },
                [](const Mou& m) { return static_cast<int>(m.status); } },
            Col { tr("Signed at"), [this](const Mou& m) { return placeName(m); } },
            Col { tr("When (local time)"),
                [this](const Mou& m) { return formatPlannedTime(m.signedAt, displayZone()); },
                [](const Mou& m) {
                    return m.signedAt.isNull() ? std::numeric_limits<qint64>::max()
                                               : m.signedAt.toUtc().toMSecsSinceEpoch();
                } },
            Col { tr("Parties"),
                [this](const Mou& m) {
                    QStringList names;
                    for (const MouParty& p : m.parties) {
                        names << m_organisationNames.value(p.organisationId);
                    }
                    return names.join(QStringLiteral(" · "));
                } },
        },
        this);
    setUpList(m_model, TitleColumn, tr("Search MOUs: title, status, place, party (Ctrl+F)"));

    auto* formWidget = new QWidget(this);
    m_form->setupUi(formWidget);
    setForm(formWidget);
    for (MouStatus s : { MouStatus::Draft, MouStatus::Agreed, MouStatus::Signed }) {
        m_form->statusCombo->addItem(label(s), token(s));
    }
    m_parties = new MouPartyModel(this);
    m_delegate = new ChoiceDelegate(this);
    m_form->partyView->setModel(m_parties);
    m_form->partyView->setItemDelegate(m_delegate);
    m_form->partyView->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_form->partyView->setSelectionBehavior(QAbstractItemView::SelectItems);

    m_errors = new FieldErrors(m_form->mouErrorLabel);
    m_errors->addField(QStringLiteral("title"), m_form->titleEdit);
    m_errors->addField(QStringLiteral("signedAt"), m_form->timeEdit);
    m_errors->addField(QStringLiteral("parties"), m_form->partyView);
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_form->titleEdit, m_form->subjectEdit, m_form->statusCombo, m_form->notesEdit }) {
        onEdited(w, [this] { commitForm(); });
    }
    onEdited(m_form->placeCombo, [this] { placeChosen(); });
    connect(m_form->timeCheck, &QCheckBox::toggled, this, &MousPage::timeToggled);
    connect(m_form->timeEdit, &PlannedTimeEdit::edited, this, &MousPage::commitForm);
    // Queued: the edit is written after the table's editor has closed.
    connect(m_parties, &MouPartyModel::partiesEdited, this, &MousPage::commitForm, Qt::QueuedConnection);
    connect(m_form->addPartyButton, &QPushButton::clicked, this, &MousPage::addParty);
    connect(m_form->removePartyButton, &QPushButton::clicked, this,
        [this] { m_parties->removeParty(m_form->partyView->currentIndex().row()); });
    connect(m_form->upButton, &QPushButton::clicked, this, [this] { moveParty(-1); });
    connect(m_form->downButton, &QPushButton::clicked, this, [this] { moveParty(1); });
    connect(
        m_form->partyView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MousPage::updatePartyButtons);
    connect(m_parties, &QAbstractItemModel::modelReset, this, &MousPage::updatePartyButtons);
    newAction()->setText(tr("&New MOU"));
    refresh();
}

MousPage::~MousPage()
{
    for (QWidget* w : findChildren<QWidget*>()) {
        w->blockSignals(true);
    }
    delete m_errors;
}

Status MousPage::reload()
{
    Database& db = m_document.database();
    std::vector<Mou> mous;
    m_forums.clear();
    m_meetings.clear();
    if (!tripId().isEmpty()) {
        auto listed = MouRepository(db).list(tripId());
        if (!listed.ok()) {
            return listed.error();
        }
        mous = std::move(listed).value();
        auto forums = ForumRepository(db).list(tripId());
        if (!forums.ok()) {
            return forums.error();
        }
        m_forums = std::move(forums).value();
        auto meetings = MeetingRepository(db).list(tripId());
        if (!meetings.ok()) {
            return meetings.error();
        }
        m_meetings = std::move(meetings).value();
    }
    auto organisations = OrganisationRepository(db).list();
    if (!organisations.ok()) {
        return organisations.error();
    }
    auto people = PersonRepository(db).list();
    if (!people.ok()) {
        return people.error();
    }
    QHash<Uuid, QString> organisationNames;
    std::vector<ChoiceDelegate::Choice> organisationChoices;
    for (const Organisation& o : *organisations) {
        const QString name = o.abbreviation.isEmpty() ? o.name : QStringLiteral("%1 (%2)").arg(o.name, o.abbreviation);
        organisationNames.insert(o.id, name);
        organisationChoices.push_back(
            { o.localName.isEmpty() ? name : QStringLiteral("%1 — %2").arg(name, o.localName), o.id });
    }
    QHash<Uuid, QString> personNames;
    std::vector<ChoiceDelegate::Choice> personChoices { { tr("(not named yet)"), QString() } };
    for (const Person& p : *people) {
        QString name = p.displayName();
        if (!p.localName.isEmpty()) {
            name += QStringLiteral(" (%1)").arg(p.localName);
        }
        personNames.insert(p.id, name);
        personChoices.push_back(
            { p.position.isEmpty() ? name : QStringLiteral("%1 — %2").arg(name, p.position), p.id });
    }
    const bool lookupsChanged = organisationNames != m_organisationNames || personNames != m_personNames;
    m_organisations = std::move(organisations).value();
    m_organisationNames = organisationNames;
    m_personNames = personNames;
    m_parties->setNames(std::move(organisationNames), std::move(personNames));
    m_delegate->setChoices(MouPartyModel::OrganisationColumn, std::move(organisationChoices));
    m_delegate->setChoices(MouPartyModel::SignatoryColumn, std::move(personChoices));

    {
        const QSignalBlocker blocker(m_form->placeCombo);
        m_form->placeCombo->clear();
        m_form->placeCombo->addItem(tr("(not fixed yet)"), QString());
        for (const Forum& f : m_forums) {
            m_form->placeCombo->addItem(
                tr("Forum: %1 — %2").arg(f.title, formatPlannedTime(f.start, {}, true)), kForum + f.id);
        }
        for (const Meeting& m : m_meetings) {
            m_form->placeCombo->addItem(
                tr("Meeting: %1 — %2").arg(m.title, formatPlannedTime(m.start, {}, true)), kMeeting + m.id);
        }
    }
    m_form->timeEdit->setHomeZone(homeZone());
    if (lookupsChanged) {
        m_model->setRecords({});
    }
    m_model->setRecords(std::move(mous));
    if (!m_columnsFitted && m_model->rowCount() > 0) {
        fitColumns(view(), 300);
        m_columnsFitted = true;
    }
    return {};
}

bool MousPage::touches(const ChangeSet& changes) const
{
    return changes.touches(RecordKind::Mou) || changes.touches(RecordKind::Forum)
        || changes.touches(RecordKind::Meeting) || changes.touches(RecordKind::Organisation)
        || changes.touches(RecordKind::Person) || changes.touches(RecordKind::Trip);
}

QString MousPage::placeName(const Mou& m) const
{
    for (const Forum& f : m_forums) {
        if (f.id == m.signedAtForumId) {
            return tr("Forum: %1").arg(f.title);
        }
    }
    for (const Meeting& meeting : m_meetings) {
        if (meeting.id == m.signedAtMeetingId) {
            return tr("Meeting: %1").arg(meeting.title);
        }
    }
    return {};
}

PlannedTime MousPage::placeStart() const
{
    const QString key = m_form->placeCombo->currentData().toString();
    for (const Forum& f : m_forums) {
        if (key == kForum + f.id) {
            return f.start;
        }
    }
    for (const Meeting& m : m_meetings) {
        if (key == kMeeting + m.id) {
            return m.start;
        }
    }
    return {};
}

QString MousPage::placeZone() const
{
    if (const PlannedTime start = placeStart(); !start.isNull()) {
        return start.zone();
    }
    if (!m_form->timeEdit->zone().isEmpty()) {
        return m_form->timeEdit->zone();
    }
    return homeZone().isEmpty() ? QStringLiteral("UTC") : homeZone();
}

void MousPage::showRecord(const Uuid& id)
{
    m_errors->clear();
    // The same MOU again (after an edit): the table keeps its current cell.
    const QModelIndex partyCell = id == m_shown ? m_form->partyView->currentIndex() : QModelIndex();
    const int partyRow = partyCell.row();
    const int partyColumn = partyCell.column();
    m_shown = id;
    const Mou* m = m_model->find(id);
    const Mou empty;
    const Mou& r = m ? *m : empty;
    {
        const QSignalBlocker b1(m_form->statusCombo);
        const QSignalBlocker b2(m_form->placeCombo);
        const QSignalBlocker b3(m_form->timeCheck);
        m_form->titleEdit->setText(r.title);
        m_form->subjectEdit->setPlainText(r.subject);
        m_form->statusCombo->setCurrentIndex(m_form->statusCombo->findData(token(r.status)));
        m_form->placeCombo->setCurrentIndex(qMax(0, m_form->placeCombo->findData(placeKey(r))));
        m_form->timeCheck->setChecked(!r.signedAt.isNull());
        m_form->notesEdit->setPlainText(r.notes);
    }
    m_form->timeEdit->setZone(r.signedAt.isNull() ? placeZone() : r.signedAt.zone());
    m_form->timeEdit->setValue(r.signedAt.isNull() ? placeStart() : r.signedAt);
    m_parties->setParties(r.parties);
    if (partyRow >= 0 && m_parties->rowCount() > 0) {
        m_form->partyView->setCurrentIndex(m_parties->index(qMin(partyRow, m_parties->rowCount() - 1), partyColumn));
    }
    for (QWidget* w : fields(*m_form)) {
        w->setEnabled(m != nullptr);
    }
    m_form->timeEdit->setEnabled(m != nullptr && !r.signedAt.isNull());
    updatePartyButtons();
}

void MousPage::updatePartyButtons()
{
    const int row = m_form->partyView->currentIndex().row();
    const bool has = !m_shown.isEmpty() && row >= 0;
    m_form->addPartyButton->setEnabled(!m_shown.isEmpty());
    m_form->removePartyButton->setEnabled(has);
    m_form->upButton->setEnabled(has && row > 0);
    m_form->downButton->setEnabled(has && row + 1 < m_parties->rowCount());
}

Mou MousPage::edited(const Mou& current) const
{
    Mou e = current;
    e.title = m_form->titleEdit->text().trimmed();
    e.subject = m_form->subjectEdit->toPlainText().trimmed();
    e.status = fromToken<MouStatus>(m_form->statusCombo->currentData().toString()).value_or(MouStatus::Draft);
    const QString key = m_form->placeCombo->currentData().toString();
    e.signedAtForumId = key.startsWith(kForum) ? key.mid(kForum.size()) : QString();
    e.signedAtMeetingId = key.startsWith(kMeeting) ? key.mid(kMeeting.size()) : QString();
    e.signedAt
        = m_form->timeCheck->isChecked() ? PlannedTime(m_form->timeEdit->value().local(), placeZone()) : PlannedTime();
    e.notes = m_form->notesEdit->toPlainText();
    e.parties = m_parties->parties();
    return e;
}

void MousPage::commitForm()
{
    const Mou* current = m_model->find(m_shown);
    if (!current) {
        return;
    }
    const Mou e = edited(*current);
    if (Status valid = validate(e); !valid) {
        if (valid.error().where == QStringLiteral("parties")) {
            m_parties->setParties(current->parties);  // the table shows what is written
        }
        m_errors->show(valid.error());
        return;
    }
    m_errors->clear();
    perform(tr("Edit MOU '%1'").arg(e.title), { edits::updated(*current, e) });
}

void MousPage::placeChosen()
{
    // A fixed time keeps its wall-clock value, now read in the new place's zone.
    m_form->timeEdit->setZone(placeZone());
    commitForm();
}

void MousPage::timeToggled(bool fixed)
{
    m_form->timeEdit->setEnabled(fixed);
    if (fixed) {
        const PlannedTime start = placeStart();
        m_form->timeEdit->setZone(placeZone());
        if (!start.isNull()) {
            m_form->timeEdit->setValue(start);
        }
    }
    commitForm();
}

void MousPage::addParty()
{
    if (m_shown.isEmpty()) {
        return;
    }
    // The trip's lead organisation first, then the first not yet a party.
    QSet<Uuid> taken;
    for (const MouParty& p : m_parties->parties()) {
        taken.insert(p.organisationId);
    }
    Uuid lead;
    if (auto trip = TripRepository(m_document.database()).get(tripId()); trip.ok()) {
        lead = trip->leadOrganisationId;
    }
    Uuid chosen = !lead.isEmpty() && !taken.contains(lead) ? lead : Uuid();
    for (const Organisation& o : m_organisations) {
        if (chosen.isEmpty() && !taken.contains(o.id)) {
            chosen = o.id;
        }
    }
    if (chosen.isEmpty()) {
        m_errors->show(Error { tr("every organisation of the directory is already a party; add the organisation "
                                  "under Organisations first"),
            QStringLiteral("parties") });
        return;
    }
    const int row = m_parties->rowCount();
    m_parties->addParty({ chosen, {} });
    const QModelIndex cell = m_parties->index(row, MouPartyModel::OrganisationColumn);
    m_form->partyView->setCurrentIndex(cell);
    m_form->partyView->setFocus();
}

void MousPage::moveParty(int delta)
{
    const QModelIndex current = m_form->partyView->currentIndex();
    if (m_parties->moveParty(current.row(), delta)) {
        m_form->partyView->setCurrentIndex(m_parties->index(current.row() + delta, current.column()));
    }
}

void MousPage::createRecord()
{
    if (tripId().isEmpty()) {
        return;
    }
    Mou m;
    m.id = newUuid();
    m.tripId = tripId();
    m.title = tr("New MOU");
    if (perform(tr("Create MOU"), { edits::created(m) })) {
        selectRecord(m.id);
        m_form->titleEdit->setFocus();
        m_form->titleEdit->selectAll();
    }
}

void MousPage::duplicateRecord(const Uuid& id)
{
    const Mou* m = m_model->find(id);
    if (!m) {
        return;
    }
    Mou copy = *m;
    copy.id = newUuid();
    copy.title = tr("Copy of %1").arg(m->title);
    copy.status = MouStatus::Draft;
    if (perform(tr("Duplicate MOU '%1'").arg(m->title), { edits::created(copy) })) {
        selectRecord(copy.id);
    }
}

void MousPage::deleteRecord(const Uuid& id)
{
    const Mou* m = m_model->find(id);
    if (!m) {
        return;
    }
    const QString title = m->title;
    // Nothing else refers to an MOU; ask when deleting it loses real work.
    if (m->status != MouStatus::Draft || !m->parties.empty()) {
        const int n = static_cast<int>(m->parties.size());
        const QString parties = tr("%n party(ies)", nullptr, n);
        const QString question = tr("Delete the MOU '%1' (%2, %3)?\n\nEdit ▸ Undo (Ctrl+Z) brings it back.")
                                     .arg(title, label(m->status).toLower(), parties);
        if (!m_dialogs.question(this, tr("Delete MOU"), question)) {
            return;
        }
    }
    perform(tr("Delete MOU '%1'").arg(title), { edits::deleted(*m) });
}

}  // namespace planner
