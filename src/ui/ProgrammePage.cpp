#include "ui/ProgrammePage.h"

#include "commands/Document.h"
#include "commands/Edits.h"
#include "domain/DateText.h"
#include "models/ProgrammeModel.h"
#include "ui/AgendaEditor.h"
#include "ui/DialogProvider.h"
#include "ui/ForumEditor.h"
#include "ui/LegEditor.h"
#include "ui/StopEditor.h"
#include "ui/ViewSetup.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>

#include <algorithm>

namespace planner {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

PlannedTime atTime(const QDate& date, int hour, const QString& zone)
{
    return PlannedTime(QDateTime(date, QTime(hour, 0)), zone);
}

}  // namespace

ProgrammePage::ProgrammePage(Document& document, DialogProvider& dialogs, QWidget* parent)
    : RecordPage(document, dialogs, parent),
      m_context { document, dialogs,
          [this](const QString& text, std::vector<RecordChange> changes) { return perform(text, std::move(changes)); },
          [this](const QString& title, const Error& error) { showError(title, error); },
          [this](const QString& what, const QStringList& consequences) {
              if (consequences.isEmpty()) {
                  return true;
              }
              constexpr int kShown = 14;
              QString list = QStringLiteral("• ") + consequences.mid(0, kShown).join(QStringLiteral("\n• "));
              if (consequences.size() > kShown) {
                  list += tr("\n… and %n more", nullptr, static_cast<int>(consequences.size() - kShown));
              }
              return m_dialogs.question(this, tr("Delete %1?").arg(what),
                  tr("Deleting %1 also deletes or changes:\n\n%2\n\nDelete it? Edit ▸ Undo (Ctrl+Z) brings "
                     "everything back.")
                      .arg(what, list));
          } }
{
    m_model = new ProgrammeModel(this);
    setUpList(m_model, ProgrammeModel::WhenColumn,
        tr("Search the programme: cities, flights, forums, sessions, speakers (Ctrl+F)"));
    proxy()->setFilterRole(ProgrammeModel::SearchRole);
    proxy()->setFilterKeyColumn(ProgrammeModel::TitleColumn);
    view()->setObjectName(QStringLiteral("programmeView"));
    view()->setToolTip(tr("The trip's stops, travel legs and forums in time order; select one to edit it below"));

    newAction()->setText(tr("New &Stop"));
    newAction()->setToolTip(tr("Add a stop (a city) after the last one (Ctrl+Shift+N)"));
    m_newLeg = new QAction(tr("New Travel &Leg"), this);
    m_newLeg->setToolTip(tr("Add a flight or other journey from the selected stop to the next"));
    m_newForum = new QAction(tr("New &Forum"), this);
    m_newForum->setToolTip(tr("Add a forum at the selected stop, the day after arrival"));
    toolBar()->insertAction(duplicateAction(), m_newLeg);
    toolBar()->insertAction(duplicateAction(), m_newForum);
    toolBar()->insertSeparator(duplicateAction());
    connect(m_newLeg, &QAction::triggered, this, &ProgrammePage::createLeg);
    connect(m_newForum, &QAction::triggered, this, &ProgrammePage::createForum);

    m_stack = new QStackedWidget(this);
    m_hint = new QLabel(tr("Select a stop, travel leg or forum above to edit it.\n\nTo build a programme: add the "
                           "trip's stops (New Stop, Ctrl+Shift+N), then its travel legs and forums; select a "
                           "forum to write its agenda (Ctrl+Return adds the next session)."),
        m_stack);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    m_stopEditor = new StopEditor(m_context, m_stack);
    m_legEditor = new LegEditor(m_context, m_stack);
    m_forumTabs = new QTabWidget(m_stack);
    m_forumTabs->setDocumentMode(true);
    m_agenda = new AgendaEditor(m_context, m_forumTabs);
    m_forumEditor = new ForumEditor(m_context, m_forumTabs);
    m_forumTabs->addTab(m_agenda, tr("A&genda"));
    m_forumTabs->addTab(m_forumEditor, tr("Fo&rum Details"));
    for (QWidget* w : std::initializer_list<QWidget*> { m_hint, m_stopEditor, m_legEditor, m_forumTabs }) {
        m_stack->addWidget(w);
    }
    setForm(m_stack);
    if (auto* splitter = qobject_cast<QSplitter*>(view()->parentWidget())) {
        splitter->setStretchFactor(0, 0);
        splitter->setStretchFactor(1, 1);
        splitter->setSizes({ 170, 520 });
    }
    connect(searchField(), &QLineEdit::textChanged, m_agenda, &AgendaEditor::setFilter);
    refresh();
}

ProgrammePage::~ProgrammePage() = default;

Status ProgrammePage::reload()
{
    // The forums from the snapshot the checks and the timeline share.
    std::shared_ptr<const TripBundle> snapshot;
    if (!tripId().isEmpty()) {
        auto trip = m_document.trip(tripId(), isVisible());
        if (!trip.ok()) {
            return trip.error();
        }
        snapshot = std::move(trip).value();
    }
    auto loaded = ProgrammeData::load(m_document.database(), tripId(), snapshot.get());
    if (!loaded.ok()) {
        return loaded.error();
    }
    const bool first = m_model->rowCount() == 0;
    m_data = std::move(loaded).value();
    m_model->setDisplayZone(displayZone());
    m_model->setData(m_data);
    if (first && m_model->rowCount() > 0) {
        fitColumns(view(), 240);
    }
    return {};
}

bool ProgrammePage::touches(const ChangeSet& changes) const
{
    for (RecordKind kind : { RecordKind::Stop, RecordKind::Leg, RecordKind::Forum, RecordKind::Session,
             RecordKind::Organisation, RecordKind::Person, RecordKind::Venue, RecordKind::Trip, RecordKind::Member }) {
        if (changes.touches(kind)) {
            return true;
        }
    }
    return false;
}

void ProgrammePage::showRecord(const Uuid& id)
{
    if (m_data.stop(id)) {
        m_stopEditor->showStop(m_data, id);
        m_stack->setCurrentWidget(m_stopEditor);
    } else if (m_data.leg(id)) {
        m_legEditor->showLeg(m_data, id);
        m_stack->setCurrentWidget(m_legEditor);
    } else if (m_data.forum(id)) {
        m_agenda->showForum(m_data, id, displayZone());
        m_forumEditor->showForum(m_data, id);
        m_stack->setCurrentWidget(m_forumTabs);
    } else {
        m_stack->setCurrentWidget(m_hint);
    }
}

bool ProgrammePage::selectRecord(const Uuid& id)
{
    const Forum* forum = m_data.forumOfSession(id);
    const Uuid row = forum ? forum->id : id;
    if (!RecordPage::selectRecord(row)) {
        return false;
    }
    if (forum) {
        showRecord(forum->id);
        m_forumTabs->setCurrentWidget(m_agenda);
        if (!m_agenda->selectSession(id)) {
            m_agenda->setFilter(QString());
            m_agenda->selectSession(id);
        }
    }
    return true;
}

void ProgrammePage::createRecord()
{
    createStop();
}

bool ProgrammePage::performAndSelect(const QString& text, std::vector<RecordChange> changes, const Uuid& select)
{
    if (!perform(text, std::move(changes))) {
        return false;
    }
    selectRecord(select);
    return true;
}

const Stop* ProgrammePage::contextStop() const
{
    const Uuid id = currentId();
    if (const Stop* s = m_data.stop(id)) {
        return s;
    }
    if (const Forum* f = m_data.forum(id)) {
        return m_data.stop(f->stopId);
    }
    if (const TravelLeg* l = m_data.leg(id); l && m_data.stop(l->toStopId)) {
        return m_data.stop(l->toStopId);
    }
    return m_data.stops.empty() ? nullptr : &m_data.stops.back();
}

void ProgrammePage::createStop()
{
    if (tripId().isEmpty()) {
        return;
    }
    Stop s;
    s.id = newUuid();
    s.tripId = tripId();
    s.city = tr("New stop");
    if (!m_data.stops.empty()) {
        const Stop& last = m_data.stops.back();
        s.zone = last.zone;
        s.country = last.country;
        s.arrival = last.departure.addMinutes(3 * 60);
    } else {
        s.zone = PlannedTime::isKnownZone(m_data.trip.homeZone) ? m_data.trip.homeZone : QStringLiteral("UTC");
        const QDate day = m_data.trip.startDate.isValid() ? m_data.trip.startDate : QDate::currentDate();
        s.arrival = atTime(day, 12, s.zone);
    }
    s.departure = s.arrival.addMinutes(2 * kMinutesPerDay);
    if (performAndSelect(tr("Create stop"), { edits::created(s) }, s.id)) {
        m_stopEditor->focusFirstField();
    }
}

void ProgrammePage::createLeg()
{
    if (tripId().isEmpty()) {
        return;
    }
    const QString home = PlannedTime::isKnownZone(m_data.trip.homeZone) ? m_data.trip.homeZone : QStringLiteral("UTC");
    TravelLeg l;
    l.id = newUuid();
    l.tripId = tripId();
    const Stop* at = m_data.stop(currentId());
    const bool nothingArrives = !m_data.stops.empty()
        && std::none_of(m_data.legs.begin(), m_data.legs.end(),
            [&](const TravelLeg& leg) { return leg.toStopId == m_data.stops.front().id; });
    if (!at && nothingArrives) {
        at = &m_data.stops.front();
    } else if (!at) {
        at = contextStop();
    }
    const bool fromHome = at && at->id == m_data.stops.front().id && nothingArrives;
    if (at == nullptr) {
        l.fromPlace = tr("Home");
        l.toPlace = tr("Destination");
        const QDate day = m_data.trip.startDate.isValid() ? m_data.trip.startDate : QDate::currentDate();
        l.departure = atTime(day, 9, home);
        l.arrival = l.departure.addMinutes(6 * 60);
    } else if (fromHome) {
        // The journey out to the first stop.
        l.fromPlace = tr("Home");
        l.toStopId = at->id;
        l.arrival = at->arrival;
        l.departure = at->arrival.addMinutes(-6 * 60).inZone(home);
    } else {
        l.fromStopId = at->id;
        l.departure = at->departure;
        const auto it
            = std::find_if(m_data.stops.begin(), m_data.stops.end(), [&](const Stop& s) { return s.id == at->id; });
        const Stop* next = (it != m_data.stops.end() && it + 1 != m_data.stops.end()) ? &*(it + 1) : nullptr;
        if (next) {
            l.toStopId = next->id;
            l.arrival = compareInstants(next->arrival, l.departure) == std::partial_ordering::greater
                ? next->arrival
                : l.departure.addMinutes(3 * 60).inZone(next->zone);
        } else {
            l.toPlace = tr("Home");
            l.arrival = l.departure.addMinutes(6 * 60).inZone(home);
        }
    }
    if (performAndSelect(tr("Create travel leg"), { edits::created(l) }, l.id)) {
        m_legEditor->focusFirstField();
    }
}

void ProgrammePage::createForum()
{
    if (tripId().isEmpty()) {
        return;
    }
    const Stop* stop = contextStop();
    if (!stop) {
        showError(tr("New forum"),
            makeError(tr("A forum takes place at one of the trip's stops: add the stop first (New Stop).")));
        return;
    }
    Forum f;
    f.id = newUuid();
    f.tripId = tripId();
    f.stopId = stop->id;
    f.title = tr("New forum");
    f.start = atTime(stop->arrival.localDate().addDays(1), 9, stop->zone);
    if (compareInstants(f.start, stop->departure) != std::partial_ordering::less) {
        f.start = stop->arrival.addMinutes(60);
    }
    f.end = f.start.addMinutes(8 * 60);
    if (performAndSelect(tr("Create forum"), { edits::created(f) }, f.id)) {
        m_forumTabs->setCurrentWidget(m_forumEditor);
        m_forumEditor->focusFirstField();
    }
}

void ProgrammePage::duplicateRecord(const Uuid& id)
{
    if (const Stop* s = m_data.stop(id)) {
        Stop copy = *s;
        copy.id = newUuid();
        copy.city = tr("Copy of %1").arg(s->city);
        performAndSelect(tr("Duplicate stop '%1'").arg(s->city), { edits::created(copy) }, copy.id);
    } else if (const TravelLeg* l = m_data.leg(id)) {
        TravelLeg copy = *l;
        copy.id = newUuid();
        performAndSelect(tr("Duplicate travel leg '%1'").arg(m_data.legTitle(*l)), { edits::created(copy) }, copy.id);
    } else if (const Forum* f = m_data.forum(id)) {
        const QString title = f->title;
        auto copy = edits::duplicateForum(m_document.database(), id);
        if (!copy.ok()) {
            showError(tr("Duplicate forum"), copy.error());
            return;
        }
        const Uuid copyId = copy->id;
        performAndSelect(tr("Duplicate forum '%1'").arg(title), { edits::created(std::move(copy).value()) }, copyId);
    }
}

void ProgrammePage::deleteRecord(const Uuid& id)
{
    Result<std::vector<RecordChange>> changes = makeError(QString());
    QString what;
    QString text;
    if (const Stop* s = m_data.stop(id)) {
        what = tr("the stop '%1'").arg(s->city);
        text = tr("Delete stop '%1'").arg(s->city);
        changes = edits::deleteStop(m_document.database(), id);
    } else if (const TravelLeg* l = m_data.leg(id)) {
        what = tr("the travel leg '%1'").arg(m_data.legTitle(*l));
        text = tr("Delete travel leg '%1'").arg(m_data.legTitle(*l));
        changes = std::vector<RecordChange> { edits::deleted(*l) };
    } else if (const Forum* f = m_data.forum(id)) {
        what = tr("the forum '%1'").arg(f->title);
        text = tr("Delete forum '%1'").arg(f->title);
        changes = edits::deleteForum(m_document.database(), id);
    } else {
        return;
    }
    if (!changes.ok()) {
        showError(text, changes.error());
        return;
    }
    if (!m_context.confirmDelete(what, consequences(*changes, id))) {
        return;
    }
    perform(text, std::move(changes).value());
}

QStringList ProgrammePage::consequences(const std::vector<RecordChange>& changes, const Uuid& deleted) const
{
    QStringList out;
    const auto sessionLines = [&](const Forum& f) {
        for (const AgendaSession& s : f.sessions) {
            out << tr("the session “%1” (%2)")
                       .arg(
                           s.title, datetext::dateTime(s.start.localDate(), s.start.localTime(), datetext::Part::None));
        }
    };
    for (const RecordChange& change : changes) {
        if (const auto* c = std::get_if<Change<Forum>>(&change); c && c->before && !c->after) {
            if (c->before->id == deleted) {
                sessionLines(*c->before);
            } else {
                out << tr(
                    "the forum “%1” with its %n session(s)", nullptr, static_cast<int>(c->before->sessions.size()))
                           .arg(c->before->title);
            }
        } else if (const auto* m = std::get_if<Change<Meeting>>(&change); m && m->before && !m->after) {
            out << tr("the meeting “%1”").arg(m->before->title);
        } else if (const auto* l = std::get_if<Change<TravelLeg>>(&change); l && l->before && l->after) {
            out << tr("the travel leg “%1” keeps the city as a place name").arg(m_data.legTitle(*l->before));
        } else if (const auto* u = std::get_if<Change<Mou>>(&change); u && u->before && u->after) {
            out << tr("the MOU “%1” no longer says where it is signed").arg(u->before->title);
        }
    }
    return out;
}

}  // namespace planner
