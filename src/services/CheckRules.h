#pragma once

// The planning checks, one pure function per rule: a trip in, findings out.
// Times are compared as instants (UTC) across zones; intervals are half-open,
// so sessions that touch (10:00–10:20 and 10:20–10:40) do not overlap.
// Overlaps are found by sorting and sweeping, never by comparing every pair.
//
// Each function takes a TripIndex, which converts implicitly from a
// TripBundle: personDoubleBooked(bundle, settings) works.
// PlanningChecks::run() builds the index once and runs them all.

#include "services/CheckSettings.h"
#include "services/Finding.h"
#include "services/TripIndex.h"

#include <vector>

namespace planner::checks {

/// A person in two places at once: sessions (as speaker, moderator or
/// panellist), meetings (as participant or counterpart) and travel legs they
/// are on (a leg without passengers carries the whole delegation). Error.
std::vector<Finding> personDoubleBooked(const TripIndex& trip, const CheckSettings& settings);
/// Two sessions in the same room of the same venue at once. Error.
std::vector<Finding> roomDoubleBooked(const TripIndex& trip, const CheckSettings& settings);
/// A session that starts before or ends after its forum. Error.
std::vector<Finding> sessionOutsideForum(const TripIndex& trip, const CheckSettings& settings);
/// A forum outside the stay (arrival to departure) at its stop. Error.
std::vector<Finding> forumOutsideStay(const TripIndex& trip, const CheckSettings& settings);
/// A meeting outside the stay at its stop. Error.
std::vector<Finding> meetingOutsideStay(const TripIndex& trip, const CheckSettings& settings);
/// A forum or meeting timed in a zone other than its stop's (its times are
/// the local wall-clock time of the stop). Error.
std::vector<Finding> timedInOtherZone(const TripIndex& trip, const CheckSettings& settings);
/// A stop, leg, forum, session, meeting or MOU signing dated more than two
/// weeks before or after the trip's dates: a year or month typed wrong
/// (2026 for 2016). Error.
std::vector<Finding> dateFarFromTrip(const TripIndex& trip, const CheckSettings& settings);
/// A keynote or presentation with nobody in the role of speaker. Warning.
std::vector<Finding> sessionWithoutSpeaker(const TripIndex& trip, const CheckSettings& settings);

/// Two stops whose stays overlap. Error.
std::vector<Finding> stopsOverlap(const TripIndex& trip, const CheckSettings& settings);
/// A leg that does not join its stops: it leaves a stop before the stay there
/// ends, lands after the stay at the next begins, joins stops that are not
/// consecutive, refers to a stop not in the trip, or is timed in a zone other
/// than its stop's. Error.
std::vector<Finding> legDisconnected(const TripIndex& trip, const CheckSettings& settings);
/// A leg that arrives before (or when) it departs, as instants. Error.
std::vector<Finding> legArrivesBeforeDeparture(const TripIndex& trip, const CheckSettings& settings);
/// Less than the trip's arrival buffer between arriving at a stop (the stay's
/// start or the last leg landing there, whichever is later) and the first
/// forum or meeting there. Warning.
std::vector<Finding> arrivalBufferShort(const TripIndex& trip, const CheckSettings& settings);

/// A traveller (delegation member or named passenger) without passport
/// number or expiry date. Warning.
std::vector<Finding> passportMissing(const TripIndex& trip, const CheckSettings& settings);
/// A traveller whose passport expires before the return date plus the
/// trip's validity months. Error.
std::vector<Finding> passportExpiring(const TripIndex& trip, const CheckSettings& settings);

/// An MOU party without a signatory. Note for a draft, warning otherwise.
std::vector<Finding> mouPartyWithoutSignatory(const TripIndex& trip, const CheckSettings& settings);
/// An MOU signatory who is neither on the delegation nor among the host's
/// counterparts (meeting counterparts, session speakers). Warning.
std::vector<Finding> mouSignatoryNotOnTrip(const TripIndex& trip, const CheckSettings& settings);
/// An MOU signed at a forum or meeting that is not part of this trip. Error.
std::vector<Finding> mouSignedAtOtherTrip(const TripIndex& trip, const CheckSettings& settings);
/// A delegation without a member in the role of head. Error.
std::vector<Finding> delegationWithoutHead(const TripIndex& trip, const CheckSettings& settings);
/// Two or more members with the same order of precedence. Error.
std::vector<Finding> precedenceDuplicate(const TripIndex& trip, const CheckSettings& settings);
/// A seating plan that seats someone no longer in the delegation or the
/// meeting (or the forum's head table), or misses someone who is. Warning.
std::vector<Finding> seatingStale(const TripIndex& trip, const CheckSettings& settings);

}  // namespace planner::checks
