#pragma once

#include "domain/Entities.h"
#include "services/TripIndex.h"

#include <QDate>

#include <vector>

namespace planner {

/// One thing on the day-by-day programme of a trip.
struct ScheduleEntry {
    enum class Kind { Flight, Forum, Session, Meeting, Signing };
    Kind kind = Kind::Forum;
    PlannedTime start;  ///< a flight: departure, in the zone of departure
    PlannedTime end;  ///< a flight: arrival, in the zone of arrival
    const TravelLeg* leg = nullptr;
    const Forum* forum = nullptr;  ///< also of a session
    const AgendaSession* session = nullptr;
    const Meeting* meeting = nullptr;
    const Mou* mou = nullptr;
};

/// A night of the trip and where it is spent.
struct ScheduleNight {
    QDate date;  ///< the evening's date, local
    const Stop* stop = nullptr;
};

/// The trip day by day, for the programme and the itineraries: flights,
/// forums with their sessions, meetings and MOU signings in time order
/// (compared as instants across zones), and the nights at each stop. A
/// person's part holds only what they take part in: the legs they travel on
/// (a leg without passengers carries the whole delegation), every forum
/// (for a delegation member) with only the sessions they speak or moderate
/// at, the meetings they attend, the signings they sign. Holds pointers into
/// the bundle, which must outlive it.
class TripSchedule {
public:
    explicit TripSchedule(const TripBundle& bundle);

    [[nodiscard]] const TripIndex& index() const { return m_index; }

    /// Everything of the trip.
    [[nodiscard]] std::vector<ScheduleEntry> entries() const;
    /// One person's part of the trip.
    [[nodiscard]] std::vector<ScheduleEntry> entriesFor(const Uuid& personId) const;

    /// The nights at each stop: every evening from the day of arrival to the
    /// day before departure, in the stop's local dates.
    [[nodiscard]] std::vector<ScheduleNight> nights() const;
    /// The night of that date, or null.
    [[nodiscard]] const Stop* nightAt(const QDate& date) const;
    /// The venue whose name is the stop's lodging (for its address), or null.
    [[nodiscard]] const Venue* lodgingVenue(const Stop& stop) const;
    /// The stop whose stay includes that local date, or null.
    [[nodiscard]] const Stop* stopOn(const QDate& date) const;

    /// The local date an entry is listed under.
    static QDate day(const ScheduleEntry& entry) { return entry.start.localDate(); }

private:
    [[nodiscard]] std::vector<ScheduleEntry> collect(const Uuid& personId) const;

    const TripBundle& m_bundle;
    TripIndex m_index;
};

}  // namespace planner
