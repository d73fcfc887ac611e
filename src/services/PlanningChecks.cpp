#include "services/PlanningChecks.h"

#include "services/CheckRules.h"
#include "services/TripIndex.h"

#include <QCoreApplication>

namespace planner {

namespace {

struct PlanningChecksText {
    Q_DECLARE_TR_FUNCTIONS(planner::PlanningChecks)
};

}  // namespace

const std::vector<PlanningChecks::Rule>& PlanningChecks::rules()
{
    using namespace checks;
    static const std::vector<Rule> all {
        { QStringLiteral("person-double-booked"), Severity::Error,
            PlanningChecksText::tr("A person is booked twice at once"), &personDoubleBooked },
        { QStringLiteral("room-double-booked"), Severity::Error,
            PlanningChecksText::tr("A room is used by two sessions at once"), &roomDoubleBooked },
        { QStringLiteral("session-outside-forum"), Severity::Error,
            PlanningChecksText::tr("A session lies outside its forum's time"), &sessionOutsideForum },
        { QStringLiteral("forum-outside-stay"), Severity::Error,
            PlanningChecksText::tr("A forum lies outside the stay at its stop"), &forumOutsideStay },
        { QStringLiteral("meeting-outside-stay"), Severity::Error,
            PlanningChecksText::tr("A meeting lies outside the stay at its stop"), &meetingOutsideStay },
        { QStringLiteral("date-far-from-trip"), Severity::Error,
            PlanningChecksText::tr("A date lies weeks away from the trip's dates"), &dateFarFromTrip },
        { QStringLiteral("timed-in-other-zone"), Severity::Error,
            PlanningChecksText::tr("A forum or meeting is timed in another zone than its stop's"), &timedInOtherZone },
        { QStringLiteral("stops-overlap"), Severity::Error, PlanningChecksText::tr("Two stops overlap"),
            &stopsOverlap },
        { QStringLiteral("leg-disconnected"), Severity::Error,
            PlanningChecksText::tr("A travel leg does not join its stops"), &legDisconnected },
        { QStringLiteral("leg-arrives-before-departure"), Severity::Error,
            PlanningChecksText::tr("A travel leg arrives before it departs"), &legArrivesBeforeDeparture },
        { QStringLiteral("arrival-buffer-short"), Severity::Warning,
            PlanningChecksText::tr("Too little time between arrival and the first commitment"), &arrivalBufferShort },
        { QStringLiteral("passport-missing"), Severity::Warning,
            PlanningChecksText::tr("A traveller has no passport data"), &passportMissing },
        { QStringLiteral("passport-expiring"), Severity::Error,
            PlanningChecksText::tr("A passport expires too soon after the return"), &passportExpiring },
        { QStringLiteral("mou-party-without-signatory"), Severity::Warning,
            PlanningChecksText::tr("An MOU party has no signatory"), &mouPartyWithoutSignatory },
        { QStringLiteral("mou-signatory-not-on-trip"), Severity::Warning,
            PlanningChecksText::tr("An MOU signatory is neither on the delegation nor a counterpart"),
            &mouSignatoryNotOnTrip },
        { QStringLiteral("mou-signed-at-other-trip"), Severity::Error,
            PlanningChecksText::tr("An MOU is signed at a forum or meeting of another trip"), &mouSignedAtOtherTrip },
        { QStringLiteral("delegation-without-head"), Severity::Error,
            PlanningChecksText::tr("The delegation has no head"), &delegationWithoutHead },
        { QStringLiteral("precedence-duplicate"), Severity::Error,
            PlanningChecksText::tr("Two members share a place in the precedence"), &precedenceDuplicate },
        { QStringLiteral("seating-stale"), Severity::Warning,
            PlanningChecksText::tr("A seating plan seats someone who is not there or misses someone who is"),
            &seatingStale },
        { QStringLiteral("session-without-speaker"), Severity::Warning,
            PlanningChecksText::tr("A keynote or presentation has no speaker"), &sessionWithoutSpeaker },
    };
    return all;
}

const PlanningChecks::Rule* PlanningChecks::rule(const QString& id)
{
    for (const Rule& r : rules()) {
        if (r.id == id) {
            return &r;
        }
    }
    return nullptr;
}

std::vector<Finding> PlanningChecks::run(const TripBundle& bundle, const CheckSettings& settings)
{
    const TripIndex index(bundle);
    std::vector<Finding> all;
    for (const Rule& r : rules()) {
        std::vector<Finding> found = r.check(index, settings);
        all.insert(all.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    }
    sortFindings(all);
    return all;
}

}  // namespace planner
