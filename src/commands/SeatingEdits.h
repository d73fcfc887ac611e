#pragma once

// The edits of seating plans: each is one change of the meeting or forum the
// plan belongs to, so one undoable command.

#include "commands/Edits.h"
#include "domain/Seating.h"

namespace planner {

class Database;

namespace edits {

/// Exchanges the seats of two people. A meeting or forum without a stored
/// plan gets the plan by precedence first (one change all the same).
Result<Changes> swapSeats(Database& db, RecordKind kind, const Uuid& ownerId, const Uuid& first, const Uuid& second);

/// Seats the meeting's people (a forum's head table) afresh by precedence.
Result<Changes> arrangeSeats(Database& db, RecordKind kind, const Uuid& ownerId, SeatingLayout layout);

}  // namespace edits
}  // namespace planner
