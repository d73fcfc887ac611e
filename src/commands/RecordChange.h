#pragma once

// One step of an edit: a record before and after. Every edit of the
// application is a list of such steps, applied in order to redo and in
// reverse order (after -> before) to undo, inside one transaction.
//
// Ownership: a change owns full copies of the records it touches,
// including everything a deletion takes with it (a forum's sessions, a
// trip's whole bundle), so that undo restores exactly what was there.

#include "domain/Entities.h"
#include "domain/Result.h"

#include <QSet>

#include <optional>
#include <variant>
#include <vector>

namespace planner {

class Database;

/// A delegation member with the trip it belongs to.
struct MemberRecord {
    Uuid tripId;
    DelegationMember member;
    bool operator==(const MemberRecord&) const = default;
};

/// The order of precedence of a whole delegation (member ids, first first).
struct MemberOrder {
    Uuid tripId;
    std::vector<Uuid> memberIds;
    bool operator==(const MemberOrder&) const = default;
};

/// A record that is absent before (created), absent after (deleted), or
/// present on both sides (updated).
template <typename T> struct Change {
    std::optional<T> before;
    std::optional<T> after;
    bool operator==(const Change&) const = default;
};

using RecordChange = std::variant<Change<Organisation>, Change<Person>, Change<Venue>, Change<Trip>, Change<TripBundle>,
    Change<MemberRecord>, Change<MemberOrder>, Change<Stop>, Change<TravelLeg>, Change<Forum>, Change<AgendaSession>,
    Change<Meeting>, Change<Mou>>;

/// The kinds and trips an applied edit touched.
struct ChangeSet {
    QSet<RecordKind> kinds;
    QSet<Uuid> tripIds;  ///< trips whose own records changed
    QSet<Uuid> recordIds;
    [[nodiscard]] bool touches(RecordKind kind) const { return kinds.contains(kind); }
    void merge(const ChangeSet& other);
};

/// True when the change does nothing (before equals after).
bool isNoOp(const RecordChange& change);

/// Writes one side of a change: the after state (forward) or the before
/// state (backward). Runs inside the caller's transaction.
Status applyChange(Database& db, const RecordChange& change, bool forward);

/// What a change touches.
ChangeSet describeChange(const RecordChange& change);

}  // namespace planner
