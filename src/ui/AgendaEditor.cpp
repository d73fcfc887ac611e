#include "ui/AgendaEditor.h"

#include "commands/Document.h"
#include "commands/Edits.h"
#include "domain/DateText.h"
#include "domain/Validation.h"
#include "models/ProgrammeData.h"
#include "ui/FormBinding.h"
#include "ui/ProgrammeContext.h"
#include "ui/ViewSetup.h"
#include "ui_MoveSessionDialog.h"
#include "ui_SessionForm.h"
#include "ui_ShiftSessionsDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace planner {

namespace {

QString hhmm(const PlannedTime& t)
{
    return QLocale().toString(t.localTime(), QStringLiteral("HH:mm"));
}

/// The kind that usually follows a session of this kind.
SessionKind followingKind(SessionKind kind)
{
    return kind == SessionKind::Panel ? SessionKind::Panel : SessionKind::Presentation;
}

}  // namespace

AgendaEditor::AgendaEditor(ProgrammeContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_form(std::make_unique<Ui::SessionForm>()), m_errors(nullptr)
{
    using Col = RecordTableModel<AgendaSession>::Column;
    m_model = new RecordTableModel<AgendaSession>(
        {
            Col { tr("Time"), [this](const AgendaSession& s) { return timeText(s); },
                [](const AgendaSession& s) { return s.start.toUtc(); },
                [](const AgendaSession& s) { return QStringLiteral("%1 – %2").arg(s.start.label(), s.end.label()); } },
            Col { tr("Kind"), [](const AgendaSession& s) { return label(s.kind); } },
            Col { tr("Title"), [](const AgendaSession& s) { return s.title; }, {},
                [](const AgendaSession& s) { return s.title; } },
            Col { tr("Presented by"),
                [this](const AgendaSession& s) {
                    return m_data ? m_data->organisationName(s.presentingOrganisationId) : QString();
                } },
            Col { tr("Speakers"), [this](const AgendaSession& s) { return speakersText(s); }, {},
                [this](const AgendaSession& s) { return speakersText(s); } },
            Col { tr("Room"), [](const AgendaSession& s) { return s.room; } },
        },
        this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout();
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    top->addWidget(m_toolBar);
    top->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_summary);
    layout->addLayout(top);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_view = new QTreeView(m_splitter);
    m_view->setObjectName(QStringLiteral("agendaView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_proxy = setUpSortedView(m_view, m_model, TimeColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->installEventFilter(this);
    m_view->setToolTip(tr("Ctrl+Return adds a session after the selected one; Return edits its title; Del deletes it"));
    m_splitter->addWidget(m_view);

    m_formWidget = new QWidget();
    m_form->setupUi(m_formWidget);
    m_formArea = new QScrollArea(m_splitter);
    m_formArea->setWidgetResizable(true);
    m_formArea->setFrameShape(QFrame::NoFrame);
    m_formArea->setWidget(m_formWidget);
    m_splitter->addWidget(m_formArea);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 500, 520 });
    layout->addWidget(m_splitter, 1);

    tidyProgrammeForm(m_formWidget, true);
    m_errors = FieldErrors(m_form->errorLabel);
    m_errors.addField(QStringLiteral("start"), m_form->startEdit);
    m_errors.addField(QStringLiteral("end"), m_form->endEdit);
    m_errors.addField(QStringLiteral("title"), m_form->titleEdit);
    m_errors.addField(QStringLiteral("presentingOrganisation"), m_form->presenterCombo);
    m_errors.addField(QStringLiteral("speakers"), m_form->speakersEditor);
    for (const QString& t : allTokens<SessionKind>()) {
        m_form->kindCombo->addItem(label(*fromToken<SessionKind>(t)), t);
    }
    std::vector<LinkListEditor::Choice> roles;
    for (const QString& t : allTokens<SpeakerRole>()) {
        roles.emplace_back(t, label(*fromToken<SpeakerRole>(t)));
    }
    m_form->speakersEditor->setRoles(roles);
    m_form->speakersEditor->setNameHeader(tr("Person"));
    m_form->presenterCombo->setInsertPolicy(QComboBox::NoInsert);
    m_form->presenterCombo->lineEdit()->setPlaceholderText(tr("(none)"));
    m_form->roomCombo->setInsertPolicy(QComboBox::NoInsert);
    m_form->roomCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_form->roomCombo->setMinimumContentsLength(10);
    m_form->presenterCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_form->presenterCombo->setMinimumContentsLength(10);
    m_form->presenterCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // The zone labels wrap (height for width): keep the preferred height of
    // the lists small so that the form fits beside the agenda unscrolled.
    m_form->speakersEditor->setMaximumHeight(140);
    m_form->notesEdit->setMaximumHeight(60);
    for (QWidget* w :
        std::initializer_list<QWidget*> { m_form->kindCombo, m_form->titleEdit, m_form->presenterCombo,
            m_form->presenterCombo->lineEdit(), m_form->roomCombo, m_form->roomCombo->lineEdit(), m_form->notesEdit }) {
        onEdited(w, [this] { commitSession(); });
    }
    connect(m_form->startEdit, &PlannedTimeEdit::edited, this, [this] { commitSession(); });
    connect(m_form->endEdit, &PlannedTimeEdit::edited, this, [this] { commitSession(); });
    connect(m_form->speakersEditor, &LinkListEditor::edited, this, [this] { commitSession(); });

    setUpActions();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { showSession(currentSessionId()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AgendaEditor::updateActions);
}

AgendaEditor::~AgendaEditor() = default;

void AgendaEditor::setUpActions()
{
    m_addAfter = m_toolBar->addAction(tr("&Add Session After"));
    m_addAfter->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_addAfter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_addAfter->setToolTip(tr("Add a session that starts when the selected one ends, with the usual length of its "
                              "kind (Ctrl+Return)"));
    addAction(m_addAfter);
    connect(m_addAfter, &QAction::triggered, this, [this] { addSessionAfter(); });
    auto* kinds = new QMenu(this);
    for (const QString& t : allTokens<SessionKind>()) {
        const SessionKind kind = *fromToken<SessionKind>(t);
        QAction* a
            = kinds->addAction(tr("Add &%1 After (%n min)", nullptr, edits::defaultMinutes(kind)).arg(label(kind)));
        connect(a, &QAction::triggered, this, [this, kind] { addSessionAfter(kind); });
    }
    m_addAfter->setMenu(kinds);
    if (auto* button = qobject_cast<QToolButton*>(m_toolBar->widgetForAction(m_addAfter))) {
        button->setPopupMode(QToolButton::MenuButtonPopup);
    }

    m_shift = m_toolBar->addAction(tr("S&hift This and Later…"));
    m_shift->setToolTip(tr("Move the selected session and every later one by some minutes"));
    connect(m_shift, &QAction::triggered, this, &AgendaEditor::shiftSessionsInteractively);
    m_moveToDay = m_toolBar->addAction(tr("Move to Da&y…"));
    m_moveToDay->setToolTip(tr("Move the selected session to another day of the forum, at the same local time"));
    connect(m_moveToDay, &QAction::triggered, this, &AgendaEditor::moveSessionToDayInteractively);
    m_duplicate = m_toolBar->addAction(tr("Dupli&cate Session"));
    m_duplicate->setToolTip(tr("Copy the selected session (Ctrl+D in the agenda)"));
    connect(m_duplicate, &QAction::triggered, this, &AgendaEditor::duplicateSession);
    m_delete = m_toolBar->addAction(tr("Delete Sessi&on"));
    m_delete->setToolTip(tr("Delete the selected session (Del in the agenda); Ctrl+Z brings it back"));
    connect(m_delete, &QAction::triggered, this, &AgendaEditor::deleteSession);
    updateActions();
}

const Forum* AgendaEditor::forum() const
{
    return m_data ? m_data->forum(m_forumId) : nullptr;
}

const AgendaSession* AgendaEditor::shownSession() const
{
    const AgendaSession* s = m_data ? m_data->session(m_shown) : nullptr;
    return s && s->forumId == m_forumId ? s : nullptr;
}

void AgendaEditor::showForum(const ProgrammeData& data, const Uuid& forumId, const QString& displayZone)
{
    const bool zoneChanged = displayZone != m_displayZone;
    const bool forumChanged = forumId != m_forumId;
    m_data = &data;
    m_forumId = forumId;
    m_displayZone = displayZone;
    const Forum* f = forum();
    m_multiDay = f && f->start.localDate() != f->end.localDate();
    std::vector<AgendaSession> sessions = f ? f->sessions : std::vector<AgendaSession>();
    if (zoneChanged || forumChanged) {
        m_model->setRecords({});
    }
    m_model->setRecords(std::move(sessions));
    if (f) {
        const PlannedTime shown = displayZone.isEmpty() ? f->start : f->start.inZone(displayZone);
        m_summary->setText(tr("%n session(s) · times in %1, UTC%2", nullptr, static_cast<int>(f->sessions.size()))
                               .arg(shown.zone(), shown.utcOffsetText()));
    } else {
        m_summary->clear();
    }

    // Choosers.
    std::vector<LinkListEditor::Choice> people;
    people.reserve(data.people.size());
    for (const Person& p : data.people) {
        QString name = data.personName(p.id);
        if (const Organisation* o = data.organisation(p.organisationId)) {
            name += QStringLiteral(" · ") + (o->abbreviation.isEmpty() ? o->name : o->abbreviation);
        }
        people.emplace_back(p.id, name);
    }
    m_form->speakersEditor->setCandidates(people);
    {
        const QSignalBlocker b1(m_form->presenterCombo);
        const QSignalBlocker b2(m_form->roomCombo);
        m_form->presenterCombo->clear();
        for (const Organisation& o : data.organisations) {
            m_form->presenterCombo->addItem(data.organisationName(o.id), o.id);
        }
        m_form->roomCombo->clear();
        if (f) {
            if (const Venue* v = data.venue(f->venueId)) {
                m_form->roomCombo->addItems(v->rooms);
            }
        }
    }
    if (!forumChanged && !m_shown.isEmpty() && selectSession(m_shown)) {
        showSession(m_shown);
    } else if (forumChanged && m_proxy->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    } else {
        showSession(currentSessionId());
    }
    if (forumChanged || zoneChanged) {
        fitColumns(m_view, 260);
    }
    updateActions();
}

bool AgendaEditor::selectSession(const Uuid& id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(IdRole).toString() == id) {
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

Uuid AgendaEditor::currentSessionId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(IdRole).toString() : Uuid();
}

void AgendaEditor::setFilter(const QString& text)
{
    m_proxy->setFilterFixedString(text);
}

QString AgendaEditor::timeText(const AgendaSession& s) const
{
    const PlannedTime start = m_displayZone.isEmpty() ? s.start : s.start.inZone(m_displayZone);
    const PlannedTime end = m_displayZone.isEmpty() ? s.end : s.end.inZone(m_displayZone);
    QString text = QStringLiteral("%1–%2").arg(hhmm(start), hhmm(end));
    if (m_multiDay || start.localDate() != end.localDate() || !m_displayZone.isEmpty()) {
        text = datetext::date(start.localDate(), datetext::Part::Weekday) + QLatin1Char(' ') + text;
    }
    return text;
}

QString AgendaEditor::speakersText(const AgendaSession& s) const
{
    if (!m_data) {
        return {};
    }
    QStringList names;
    for (const SessionSpeaker& sp : s.speakers) {
        QString name = m_data->personName(sp.personId);
        if (sp.role != SpeakerRole::Speaker) {
            name += QStringLiteral(" (%1)").arg(label(sp.role).toLower());
        }
        names << name;
    }
    return names.join(QStringLiteral("; "));
}

void AgendaEditor::showSession(const Uuid& id)
{
    if (id != m_shown) {
        m_errors.clear();
        m_form->speakersEditor->startOver();
    }
    m_shown = id;
    const AgendaSession* s = shownSession();
    const AgendaSession empty;
    const AgendaSession& r = s ? *s : empty;
    const Forum* f = forum();
    const QString zone = f ? f->start.zone() : QString();
    for (PlannedTimeEdit* e : { m_form->startEdit, m_form->endEdit }) {
        e->setHomeZone(m_data ? m_data->trip.homeZone : QString());
        e->setZone(zone);
    }
    m_form->startEdit->setValue(s ? r.start : (f ? f->start : PlannedTime()));
    m_form->endEdit->setValue(s ? r.end : (f ? f->start : PlannedTime()));
    {
        const QSignalBlocker b1(m_form->kindCombo);
        const QSignalBlocker b2(m_form->presenterCombo);
        const QSignalBlocker b3(m_form->roomCombo);
        m_form->kindCombo->setCurrentIndex(m_form->kindCombo->findData(token(r.kind)));
        const int presenter
            = r.presentingOrganisationId.isEmpty() ? -1 : m_form->presenterCombo->findData(r.presentingOrganisationId);
        m_form->presenterCombo->setCurrentIndex(presenter);
        if (presenter < 0) {
            m_form->presenterCombo->setEditText(QString());
        }
        m_form->roomCombo->setEditText(r.room);
    }
    m_form->titleEdit->setText(r.title);
    m_form->titleEdit->setCursorPosition(0);
    std::vector<LinkListEditor::Entry> speakers;
    for (const SessionSpeaker& sp : r.speakers) {
        speakers.push_back({ sp.personId, token(sp.role) });
    }
    m_form->speakersEditor->setEntries(speakers);
    m_form->notesEdit->setPlainText(r.notes);
    m_formWidget->setEnabled(s != nullptr);
    updateActions();
}

bool AgendaEditor::commitSession()
{
    const AgendaSession* current = shownSession();
    const Forum* f = forum();
    if (!current || !f) {
        return true;
    }
    AgendaSession edited = *current;
    const QString zone = f->start.zone();
    edited.start = PlannedTime(m_form->startEdit->value().local(), zone);
    edited.end = PlannedTime(m_form->endEdit->value().local(), zone);
    if (edited.start != current->start && edited.end == current->end) {
        // A new start keeps the length: the session moves.
        edited.end = edited.start.addMinutes(current->start.minutesTo(current->end));
    }
    edited.kind = fromToken<SessionKind>(m_form->kindCombo->currentData().toString()).value_or(current->kind);
    edited.title = m_form->titleEdit->text().trimmed();
    if (edited.kind != current->kind) {
        // A session just added with the defaults takes those of its new kind.
        if (edited.title == label(current->kind)) {
            edited.title = label(edited.kind);
        }
        if (edited.end == current->end
            && current->start.minutesTo(current->end) == edits::defaultMinutes(current->kind)) {
            edited.end = edited.start.addMinutes(edits::defaultMinutes(edited.kind));
        }
    }
    const QString presenter = m_form->presenterCombo->currentText().trimmed();
    edited.presentingOrganisationId.clear();
    if (!presenter.isEmpty()) {
        for (const Organisation& o : m_data->organisations) {
            if (m_data->organisationName(o.id).compare(presenter, Qt::CaseInsensitive) == 0
                || o.name.compare(presenter, Qt::CaseInsensitive) == 0
                || (!o.abbreviation.isEmpty() && o.abbreviation.compare(presenter, Qt::CaseInsensitive) == 0)
                || (!o.localName.isEmpty() && o.localName == presenter)) {
                edited.presentingOrganisationId = o.id;
                break;
            }
        }
        if (edited.presentingOrganisationId.isEmpty()) {
            m_errors.show(makeError(tr("no organisation is called '%1': choose one from the list, or add it under "
                                       "Organisations first")
                                        .arg(presenter),
                QStringLiteral("presentingOrganisation")));
            return false;
        }
    }
    edited.room = m_form->roomCombo->currentText().trimmed();
    edited.speakers.clear();
    for (const auto& e : m_form->speakersEditor->entries()) {
        edited.speakers.push_back({ e.id, fromToken<SpeakerRole>(e.role).value_or(SpeakerRole::Speaker) });
    }
    edited.notes = m_form->notesEdit->toPlainText();
    if (Status valid = validate(edited); !valid) {
        m_errors.show(valid.error());
        return false;
    }
    m_errors.clear();
    if (edited == *current) {
        return true;
    }
    return m_context.perform(tr("Edit session '%1'").arg(edited.title), { edits::updated(*current, edited) });
}

void AgendaEditor::addSessionAfter(std::optional<SessionKind> kind)
{
    const Forum* f = forum();
    if (!f || !commitSession()) {
        return;
    }
    f = forum();  // the commit may have reloaded the data
    Uuid after = currentSessionId();
    if (after.isEmpty() && !f->sessions.empty()) {
        after = f->sessions.back().id;
    }
    AgendaSession s;
    if (after.isEmpty()) {
        s.id = newUuid();
        s.forumId = f->id;
        s.kind = kind.value_or(SessionKind::Opening);
        s.title = label(s.kind);
        s.start = f->start;
        s.end = f->start.addMinutes(edits::defaultMinutes(s.kind));
        if (const Venue* v = m_data->venue(f->venueId); v && !v->rooms.isEmpty()) {
            s.room = v->rooms.first();
        }
    } else {
        const AgendaSession* previous = m_data->session(after);
        auto made = edits::sessionAfter(m_context.document.database(), after,
            kind.value_or(followingKind(previous ? previous->kind : SessionKind::Presentation)));
        if (!made.ok()) {
            m_context.showError(tr("Add session"), made.error());
            return;
        }
        s = std::move(made).value();
    }
    const Uuid id = s.id;
    if (m_context.perform(tr("Add session '%1' at %2").arg(s.title, hhmm(s.start)), { edits::created(s) })) {
        if (!selectSession(id)) {
            // Hidden by the search: show everything again.
            setFilter(QString());
            selectSession(id);
        }
        m_form->titleEdit->setFocus(Qt::OtherFocusReason);
        m_form->titleEdit->selectAll();
    }
}

void AgendaEditor::shiftSessions(int minutes)
{
    const AgendaSession* s = shownSession();
    if (!s || minutes == 0 || !commitSession()) {
        return;
    }
    auto changes = edits::shiftSessions(m_context.document.database(), m_shown, minutes);
    if (!changes.ok()) {
        m_context.showError(tr("Shift sessions"), changes.error());
        return;
    }
    const int n = static_cast<int>(changes->size());
    m_context.perform(tr("Shift %n session(s) by %1 min", nullptr, n)
                          .arg(minutes > 0 ? QStringLiteral("+%1").arg(minutes) : QString::number(minutes)),
        std::move(changes).value());
}

void AgendaEditor::shiftSessionsInteractively()
{
    const AgendaSession* s = shownSession();
    const Forum* f = forum();
    if (!s || !f) {
        return;
    }
    int later = 0;
    for (const AgendaSession& other : f->sessions) {
        later += (other.id != s->id && other.start.local() >= s->start.local()) ? 1 : 0;
    }
    QDialog dialog(this);
    Ui::ShiftSessionsDialog ui;
    ui.setupUi(&dialog);
    ui.explanationLabel->setText(
        tr("Moves “%1” (%2) and the %n session(s) after it.", nullptr, later).arg(s->title, hhmm(s->start)));
    if (dialog.exec() == QDialog::Accepted) {
        shiftSessions(ui.minutesSpin->value());
    }
}

std::vector<QDate> AgendaEditor::days() const
{
    const Forum* f = forum();
    std::vector<QDate> out;
    if (!f) {
        return out;
    }
    QDate first = f->start.localDate();
    QDate last = f->end.localDate();
    if (first == last) {
        // A one-day forum: the days of its stop.
        if (const Stop* stop = m_data->stop(f->stopId)) {
            first = std::min(first, stop->arrival.localDate());
            last = std::max(last, stop->departure.localDate());
        }
    }
    for (QDate d = first; d.isValid() && d <= last && out.size() < 60; d = d.addDays(1)) {
        out.push_back(d);
    }
    return out;
}

void AgendaEditor::moveSessionToDay(const QDate& day)
{
    const AgendaSession* s = shownSession();
    if (!s || !commitSession()) {
        return;
    }
    s = shownSession();
    const QString title = s->title;
    auto changes = edits::moveSessionToDay(m_context.document.database(), m_shown, day);
    if (!changes.ok()) {
        m_context.showError(tr("Move session"), changes.error());
        return;
    }
    m_context.perform(tr("Move session '%1' to %2").arg(title, datetext::date(day, datetext::Part::Weekday)),
        std::move(changes).value());
}

void AgendaEditor::moveSessionToDayInteractively()
{
    const AgendaSession* s = shownSession();
    if (!s) {
        return;
    }
    QDialog dialog(this);
    Ui::MoveSessionDialog ui;
    ui.setupUi(&dialog);
    ui.explanationLabel->setText(
        tr("Moves “%1” to another day; it keeps its local time (%2–%3).").arg(s->title, hhmm(s->start), hhmm(s->end)));
    for (const QDate& d : days()) {
        ui.dayCombo->addItem(datetext::longDate(d, datetext::Part::Weekday | datetext::Part::Year), d);
        if (d == s->start.localDate().addDays(1)) {
            ui.dayCombo->setCurrentIndex(ui.dayCombo->count() - 1);
        }
    }
    if (dialog.exec() == QDialog::Accepted) {
        moveSessionToDay(ui.dayCombo->currentData().toDate());
    }
}

void AgendaEditor::duplicateSession()
{
    if (!shownSession() || !commitSession()) {
        return;
    }
    auto copy = edits::duplicateSession(m_context.document.database(), m_shown);
    if (!copy.ok()) {
        m_context.showError(tr("Duplicate session"), copy.error());
        return;
    }
    const Uuid id = copy->id;
    if (m_context.perform(tr("Duplicate session '%1'").arg(shownSession()->title), { edits::created(*copy) })) {
        selectSession(id);
    }
}

void AgendaEditor::deleteSession()
{
    const AgendaSession* s = shownSession();
    if (!s) {
        return;
    }
    const int row = m_view->currentIndex().row();
    const AgendaSession removed = *s;
    if (m_context.perform(tr("Delete session '%1'").arg(removed.title), { edits::deleted(removed) })) {
        const int rows = m_proxy->rowCount();
        if (rows > 0) {
            m_view->setCurrentIndex(m_proxy->index(std::min(row, rows - 1), 0));
        }
    }
}

void AgendaEditor::updateActions()
{
    const bool has = shownSession() != nullptr;
    m_addAfter->setEnabled(forum() != nullptr);
    m_addAfter->setText(forum() && forum()->sessions.empty() ? tr("&Add First Session") : tr("&Add Session After"));
    m_shift->setEnabled(has);
    m_moveToDay->setEnabled(has);
    m_duplicate->setEnabled(has);
    m_delete->setEnabled(has);
}

bool AgendaEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool del = key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier;
        const bool dup = key->key() == Qt::Key_D && key->modifiers() == Qt::ControlModifier;
        const bool edit = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_F2)
            && key->modifiers() == Qt::NoModifier;
        if (event->type() == QEvent::ShortcutOverride) {
            // In the agenda, Del and Ctrl+D act on the session, not on the forum.
            if (del || dup) {
                event->accept();
                return true;
            }
        } else if (del) {
            deleteSession();
            return true;
        } else if (dup) {
            duplicateSession();
            return true;
        } else if (edit && shownSession()) {
            m_form->titleEdit->setFocus(Qt::OtherFocusReason);
            m_form->titleEdit->selectAll();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace planner
