#pragma once

// The edits of the application as lists of record changes, computed from
// what is in the database now. The UI turns each into one undoable command
// with Document::perform(); the logic lives here so that it is tested
// without widgets.

#include "commands/RecordChange.h"
#include "domain/Result.h"

#include <QDate>

namespace planner {

class Database;

namespace edits {

template <typename T> RecordChange created(T value)
{
    return Change<T> { std::nullopt, std::move(value) };
}

template <typename T> RecordChange updated(T before, T after)
{
    return Change<T> { std::move(before), std::move(after) };
}

template <typename T> RecordChange deleted(T value)
{
    return Change<T> { std::move(value), std::nullopt };
}

using Changes = std::vector<RecordChange>;

// Deleting a record that others use: the users are detached (a person is
// taken off sessions, meetings, legs and delegations; an organisation off
// hosts, parties and people) or, where they cannot exist without it, deleted
// too (a stop's forums and meetings). Undo restores all of it.
Result<Changes> deletePerson(Database& db, const Uuid& id);
Result<Changes> deleteOrganisation(Database& db, const Uuid& id);
Result<Changes> deleteVenue(Database& db, const Uuid& id);
Result<Changes> deleteStop(Database& db, const Uuid& id);
Result<Changes> deleteForum(Database& db, const Uuid& id);
Result<Changes> deleteMeeting(Database& db, const Uuid& id);
Result<Changes> deleteTrip(Database& db, const Uuid& id);

/// The usual length of a session of this kind, in minutes.
int defaultMinutes(SessionKind kind);

/// A new session of the given kind starting when the given one ends, with
/// the usual length (not yet written).
Result<AgendaSession> sessionAfter(Database& db, const Uuid& sessionId, SessionKind kind);

/// Moves the session and every later session of its forum by minutes.
Result<Changes> shiftSessions(Database& db, const Uuid& sessionId, int minutes);

/// Moves a session to another day at the same local time.
Result<Changes> moveSessionToDay(Database& db, const Uuid& sessionId, const QDate& day);

/// Moves a forum and, by the same amount, its sessions; newEnd sets the
/// forum's end (sessions keep their lengths).
Result<Changes> moveForum(Database& db, const Uuid& forumId, const PlannedTime& newStart, const PlannedTime& newEnd);

/// Sets the start and end of a session, meeting, stop or travel leg, or of
/// a forum with its sessions (the timeline's drag).
Result<Changes> retime(
    Database& db, RecordKind kind, const Uuid& id, const PlannedTime& newStart, const PlannedTime& newEnd);

/// Copies with new ids ("Copy of ..."), not yet written.
Result<AgendaSession> duplicateSession(Database& db, const Uuid& id);
Result<Forum> duplicateForum(Database& db, const Uuid& id);
Result<TripBundle> duplicateTrip(Database& db, const Uuid& id);

/// Puts a member at a new position in the order of precedence.
Result<Changes> moveMember(Database& db, const Uuid& tripId, const Uuid& memberId, int newIndex);

/// Takes a member off the delegation (the person stays in the directory);
/// the members after it move up one place.
Result<Changes> removeMember(Database& db, const Uuid& tripId, const Uuid& memberId);

}  // namespace edits
}  // namespace planner
