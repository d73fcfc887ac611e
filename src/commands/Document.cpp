#include "commands/Document.h"

#include "commands/EditCommand.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <algorithm>

namespace planner {

Document::Document(std::unique_ptr<Database> database, QObject* parent)
    : QObject(parent), m_database(std::move(database))
{
    m_dataVersion = m_database->dataVersion();
}

Document::~Document()
{
    m_undoStack.clear();
}

Status Document::perform(const QString& text, std::vector<RecordChange> changes)
{
    std::erase_if(changes, [](const RecordChange& c) { return isNoOp(c); });
    if (changes.empty()) {
        return {};
    }
    auto command = std::make_unique<EditCommand>(*this, text, std::move(changes));
    if (Status s = command->apply(true); !s) {
        checkForExternalChanges();  // a refusal may come from another writer: show what is there now
        return s;
    }
    const ChangeSet set = command->changeSet();
    // Another program's commit since the last look: the snapshot may not
    // be patched over it (checkForExternalChanges drops it and says so).
    checkForExternalChanges();
    updateSnapshot(command->changes(), true);
    m_undoStack.push(command.release());
    emit changed(set);
    return {};
}

void Document::notifyChanged(const EditCommand& command, bool forward)
{
    checkForExternalChanges();
    updateSnapshot(command.changes(), forward);
    emit changed(command.changeSet());
}

namespace {

/// The ids a session refers to besides its forum: the bundle lists these
/// records ("referenced"), so a change of them is not patched.
QSet<Uuid> referencedBy(const AgendaSession& s)
{
    QSet<Uuid> ids;
    if (!s.presentingOrganisationId.isEmpty()) {
        ids.insert(s.presentingOrganisationId);
    }
    for (const SessionSpeaker& speaker : s.speakers) {
        ids.insert(speaker.personId);
    }
    return ids;
}

Forum* forumOf(TripBundle& trip, const Uuid& forumId)
{
    const auto it
        = std::find_if(trip.forums.begin(), trip.forums.end(), [&](const Forum& f) { return f.id == forumId; });
    return it == trip.forums.end() ? nullptr : &*it;
}

/// Applies one session update to the trip; false when it is not one the
/// snapshot can take (the trip is then loaded again).
bool patchSession(TripBundle& trip, const Change<AgendaSession>& change, bool forward)
{
    if (!change.before || !change.after) {
        return false;  // created or deleted: the referenced records may change
    }
    const AgendaSession& from = forward ? *change.before : *change.after;
    const AgendaSession& to = forward ? *change.after : *change.before;
    if (from.id != to.id || referencedBy(from) != referencedBy(to)) {
        return false;
    }
    Forum* source = forumOf(trip, from.forumId);
    Forum* target = forumOf(trip, to.forumId);
    if (!source || !target) {
        return false;
    }
    const auto old = std::find_if(
        source->sessions.begin(), source->sessions.end(), [&](const AgendaSession& s) { return s.id == from.id; });
    if (old == source->sessions.end()) {
        return false;
    }
    source->sessions.erase(old);
    target->sessions.insert(std::upper_bound(target->sessions.begin(), target->sessions.end(), to, inAgendaOrder), to);
    return true;
}

}  // namespace

void Document::updateSnapshot(const std::vector<RecordChange>& changes, bool forward)
{
    if (!m_snapshot) {
        return;
    }
    const bool sessionsOnly = std::all_of(changes.begin(), changes.end(),
        [](const RecordChange& c) { return std::holds_alternative<Change<AgendaSession>>(c); });
    if (!sessionsOnly || changes.empty()) {
        m_snapshot.reset();
        return;
    }
    // Copy on write: views still holding the old snapshot keep it as it was.
    auto patched = std::make_shared<TripBundle>(*m_snapshot);
    const auto apply
        = [&](const RecordChange& c) { return patchSession(*patched, std::get<Change<AgendaSession>>(c), forward); };
    const bool done = forward ? std::all_of(changes.begin(), changes.end(), apply)
                              : std::all_of(changes.rbegin(), changes.rend(), apply);
    if (done) {
        m_snapshot = std::move(patched);
    } else {
        m_snapshot.reset();
    }
}

void Document::reportError(const QString& message)
{
    emit errorOccurred(message);
    checkForExternalChanges();
}

Result<std::shared_ptr<const TripBundle>> Document::trip(const Uuid& tripId, bool keep)
{
    if (m_snapshot && m_snapshot->trip.id == tripId) {
        return m_snapshot;
    }
    auto loaded = TripBundleStore(*m_database).load(tripId);
    if (!loaded.ok()) {
        return loaded.error();
    }
    auto snapshot = std::make_shared<const TripBundle>(std::move(loaded).value());
    if (keep || !m_snapshot) {
        m_snapshot = snapshot;
    }
    return snapshot;
}

void Document::checkForExternalChanges()
{
    const qint64 version = m_database->dataVersion();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        m_snapshot.reset();
        emit changedExternally();
    }
}

}  // namespace planner
