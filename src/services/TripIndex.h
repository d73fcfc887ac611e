#pragma once

#include "domain/Entities.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <optional>

namespace planner {

/// Lookups over one TripBundle for the planning checks: records by id,
/// instants of planned times (with one QTimeZone per zone), the people of
/// the delegation. Holds pointers into the bundle, which must outlive it.
class TripIndex {
public:
    /// Implicit, so a rule can be called with a bundle directly.
    TripIndex(const TripBundle& bundle);  // NOLINT(google-explicit-constructor)

    [[nodiscard]] const TripBundle& bundle() const { return m_bundle; }

    [[nodiscard]] const Person* person(const Uuid& id) const { return m_people.value(id); }
    [[nodiscard]] const Stop* stop(const Uuid& id) const { return m_stops.value(id); }
    [[nodiscard]] const Forum* forum(const Uuid& id) const { return m_forums.value(id); }
    [[nodiscard]] const Meeting* meeting(const Uuid& id) const { return m_meetings.value(id); }
    [[nodiscard]] const Organisation* organisation(const Uuid& id) const { return m_organisations.value(id); }
    [[nodiscard]] const Venue* venue(const Uuid& id) const { return m_venues.value(id); }

    /// "HONG Yun-sik", or a mention of the id when the person is unknown.
    [[nodiscard]] QString personName(const Uuid& id) const;
    /// "'Ministry of the Interior'", or a mention of the id.
    [[nodiscard]] QString organisationName(const Uuid& id) const;

    /// The people of the delegation, in order of precedence.
    [[nodiscard]] const std::vector<Uuid>& delegation() const { return m_delegation; }
    [[nodiscard]] bool isDelegationMember(const Uuid& personId) const { return m_memberPeople.contains(personId); }
    /// Who travels on a leg: its passengers, or the whole delegation.
    [[nodiscard]] const std::vector<Uuid>& passengers(const TravelLeg& leg) const;

    /// Milliseconds since the epoch of a planned time; nullopt when it is
    /// null or its zone is unknown.
    [[nodiscard]] std::optional<qint64> instant(const PlannedTime& t) const;

    /// The day the delegation returns: the trip's end date, else the local
    /// date of the last stop departure or leg arrival; invalid when unknown.
    [[nodiscard]] QDate returnDate() const;

private:
    const TripBundle& m_bundle;
    QHash<Uuid, const Person*> m_people;
    QHash<Uuid, const Stop*> m_stops;
    QHash<Uuid, const Forum*> m_forums;
    QHash<Uuid, const Meeting*> m_meetings;
    QHash<Uuid, const Organisation*> m_organisations;
    QHash<Uuid, const Venue*> m_venues;
    std::vector<Uuid> m_delegation;
    QSet<Uuid> m_memberPeople;
};

}  // namespace planner
