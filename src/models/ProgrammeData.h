#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"

#include <QHash>

#include <vector>

namespace planner {

class Database;

/// What the programme editors of one trip show: its stops, legs and forums
/// (with sessions), its delegation, and the directories their choosers
/// offer (every organisation, person and venue). Loaded with a fixed number
/// of queries; lookups by id are hashed.
struct ProgrammeData {
    Trip trip;
    std::vector<Stop> stops;  ///< by arrival
    std::vector<TravelLeg> legs;  ///< by departure
    std::vector<Forum> forums;  ///< by start, sessions by start
    std::vector<DelegationMember> members;  ///< in order of precedence
    std::vector<Organisation> organisations;  ///< by name
    std::vector<Person> people;  ///< by family name
    std::vector<Venue> venues;  ///< by name

    /// Loads everything for a trip; an empty trip id gives empty data.
    /// snapshot, when given, is the document's snapshot of that trip: its forums
    /// (with every session) are taken from it rather than read again.
    static Result<ProgrammeData> load(Database& db, const Uuid& tripId, const TripBundle* snapshot = nullptr);

    [[nodiscard]] const Stop* stop(const Uuid& id) const;
    [[nodiscard]] const TravelLeg* leg(const Uuid& id) const;
    [[nodiscard]] const Forum* forum(const Uuid& id) const;
    /// The forum a session belongs to; null when no forum of the trip has it.
    [[nodiscard]] const Forum* forumOfSession(const Uuid& sessionId) const;
    [[nodiscard]] const AgendaSession* session(const Uuid& id) const;
    [[nodiscard]] const Organisation* organisation(const Uuid& id) const;
    [[nodiscard]] const Person* person(const Uuid& id) const;
    [[nodiscard]] const Venue* venue(const Uuid& id) const;

    /// "Ministry of the Interior (행정자치부)"; empty for none.
    [[nodiscard]] QString organisationName(const Uuid& id) const;
    /// "HONG Yun-sik (홍윤식)"; empty for none.
    [[nodiscard]] QString personName(const Uuid& id) const;
    [[nodiscard]] QString venueName(const Uuid& id) const;
    /// "Tashkent, UZ"; the place itself when the stop is empty.
    [[nodiscard]] QString stopName(const Uuid& id, const QString& place = {}) const;
    /// "Seoul (ICN) → Tashkent"
    [[nodiscard]] QString legRoute(const TravelLeg& leg) const;
    /// "OZ 573 Seoul (ICN) → Tashkent"
    [[nodiscard]] QString legTitle(const TravelLeg& leg) const;
    /// The zone of departure and of arrival of a leg: the stop's zone, or
    /// the zone of the time stored.
    [[nodiscard]] QString departureZone(const TravelLeg& leg) const;
    [[nodiscard]] QString arrivalZone(const TravelLeg& leg) const;

private:
    void index();

    QHash<Uuid, int> m_stops;
    QHash<Uuid, int> m_legs;
    QHash<Uuid, int> m_forums;
    QHash<Uuid, QPair<int, int>> m_sessions;
    QHash<Uuid, int> m_organisations;
    QHash<Uuid, int> m_people;
    QHash<Uuid, int> m_venues;
};

}  // namespace planner
