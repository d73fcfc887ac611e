#include "commands/SeatingEdits.h"

#include "services/ProtocolOutputs.h"
#include "storage/Repositories.h"

#include <QCoreApplication>

namespace planner::edits {

namespace {

/// The owner as it is now, the plan it shows (stored or by precedence), and
/// the change that stores another plan.
template <typename T>
Result<Changes> withPlan(Database& db, const T& record, const ProtocolScope& scope, std::optional<SeatingLayout> layout,
    bool fresh, const std::function<bool(SeatingPlan&)>& edit)
{
    auto bundle = TripBundleStore(db).load(record.tripId);
    if (!bundle.ok()) {
        return bundle.error();
    }
    if (fresh) {
        for (Meeting& m : bundle->meetings) {
            m.seating.reset();
        }
        for (Forum& f : bundle->forums) {
            f.seating.reset();
        }
    }
    auto plan = ProtocolOutputs::seating(*bundle, scope, layout);
    if (!plan.ok()) {
        return plan.error();
    }
    if (!edit(*plan)) {
        return makeError(QCoreApplication::translate("planner::Edits", "Both people must have a seat in the plan."));
    }
    T after = record;
    after.seating = *plan;
    return Changes { updated(record, after) };
}

Result<Changes> editPlan(Database& db, RecordKind kind, const Uuid& ownerId, std::optional<SeatingLayout> layout,
    bool fresh, const std::function<bool(SeatingPlan&)>& edit)
{
    ProtocolScope scope;
    if (kind == RecordKind::Meeting) {
        scope.meetingId = ownerId;
        auto meeting = MeetingRepository(db).get(ownerId);
        if (!meeting.ok()) {
            return meeting.error();
        }
        return withPlan(db, *meeting, scope, layout, fresh, edit);
    }
    scope.forumId = ownerId;
    auto forum = ForumRepository(db).get(ownerId);
    if (!forum.ok()) {
        return forum.error();
    }
    return withPlan(db, *forum, scope, layout, fresh, edit);
}

}  // namespace

Result<Changes> swapSeats(Database& db, RecordKind kind, const Uuid& ownerId, const Uuid& first, const Uuid& second)
{
    return editPlan(
        db, kind, ownerId, std::nullopt, false, [&](SeatingPlan& plan) { return plan.swap(first, second); });
}

Result<Changes> arrangeSeats(Database& db, RecordKind kind, const Uuid& ownerId, SeatingLayout layout)
{
    return editPlan(db, kind, ownerId, layout, true, [](SeatingPlan&) { return true; });
}

}  // namespace planner::edits
