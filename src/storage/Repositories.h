#pragma once

// Repositories: one per aggregate, plain value types in and out, failures as
// values. Every write runs in a BEGIN IMMEDIATE transaction (joining the
// caller's transaction when there is one). Lists are loaded with a fixed
// number of queries, never one query per row.
//
// Deleting (see docs/data-model.md):
//  - organisations, people and venues still referred to are refused with a
//    message naming the records that use them;
//  - a trip takes its delegation, stops, legs, forums (with sessions),
//    meetings and MOUs with it;
//  - a forum takes its sessions with it; a stop in use by forums or
//    meetings is refused.

#include "domain/Entities.h"
#include "domain/Result.h"

#include <vector>

namespace planner {

class Database;

class OrganisationRepository {
public:
    explicit OrganisationRepository(Database& db) : m_db(db) { }
    Result<std::vector<Organisation>> list() const;  ///< by name
    Result<Organisation> get(const Uuid& id) const;
    /// The records with these ids that exist, in list order.
    Result<std::vector<Organisation>> getMany(const std::vector<Uuid>& ids) const;
    Status insert(const Organisation& o);
    Status update(const Organisation& o);
    /// Refused while people, forums, sessions, MOUs or trips refer to it.
    Status remove(const Uuid& id);
    /// Human-readable descriptions of the records that refer to id.
    Result<QStringList> usages(const Uuid& id) const;

private:
    Database& m_db;
};

class PersonRepository {
public:
    explicit PersonRepository(Database& db) : m_db(db) { }
    Result<std::vector<Person>> list() const;  ///< by family name, given name
    Result<Person> get(const Uuid& id) const;
    /// The records with these ids that exist, in list order.
    Result<std::vector<Person>> getMany(const std::vector<Uuid>& ids) const;
    Status insert(const Person& p);
    Status update(const Person& p);
    /// Refused while delegations, sessions, meetings, legs or MOUs refer to it.
    Status remove(const Uuid& id);
    Result<QStringList> usages(const Uuid& id) const;
    /// The people working for an organisation.
    Result<std::vector<Person>> peopleOf(const Uuid& organisationId) const;

private:
    Database& m_db;
};

class VenueRepository {
public:
    explicit VenueRepository(Database& db) : m_db(db) { }
    Result<std::vector<Venue>> list() const;  ///< by name
    Result<Venue> get(const Uuid& id) const;
    /// The records with these ids that exist, in list order.
    Result<std::vector<Venue>> getMany(const std::vector<Uuid>& ids) const;
    Status insert(const Venue& v);
    Status update(const Venue& v);
    Status remove(const Uuid& id);  ///< refused while forums use it
    Result<QStringList> usages(const Uuid& id) const;

private:
    Database& m_db;
};

/// Trips and their delegation members.
class TripRepository {
public:
    explicit TripRepository(Database& db) : m_db(db) { }
    Result<std::vector<Trip>> list() const;  ///< by start date, then title
    Result<Trip> get(const Uuid& id) const;
    Status insert(const Trip& t);
    Status update(const Trip& t);
    Status remove(const Uuid& id);  ///< cascades to everything of the trip

    Result<std::vector<DelegationMember>> members(const Uuid& tripId) const;  ///< by precedence
    Status insertMember(const Uuid& tripId, const DelegationMember& m);
    Status updateMember(const DelegationMember& m);
    Status removeMember(const Uuid& memberId);
    /// Sets precedence 1..n in the order given (all members of the trip).
    Status reorderMembers(const Uuid& tripId, const std::vector<Uuid>& memberIds);

    struct Membership {
        Uuid tripId;
        DelegationMember member;
        bool operator==(const Membership&) const = default;
    };
    /// Every delegation the person belongs to.
    Result<std::vector<Membership>> membershipsOf(const Uuid& personId) const;
    /// Trips whose lead organisation this is.
    Result<std::vector<Trip>> tripsLedBy(const Uuid& organisationId) const;

private:
    Database& m_db;
};

/// Stops and travel legs of trips.
class ItineraryRepository {
public:
    explicit ItineraryRepository(Database& db) : m_db(db) { }
    Result<std::vector<Stop>> stops(const Uuid& tripId) const;  ///< by arrival
    Result<Stop> getStop(const Uuid& id) const;
    Status insertStop(const Stop& s);
    Status updateStop(const Stop& s);
    Status removeStop(const Uuid& id);  ///< refused while forums or meetings are at it

    Result<std::vector<TravelLeg>> legs(const Uuid& tripId) const;  ///< by departure
    Result<TravelLeg> getLeg(const Uuid& id) const;
    Status insertLeg(const TravelLeg& l);
    Status updateLeg(const TravelLeg& l);
    Status removeLeg(const Uuid& id);
    /// Legs from or to the stop, or with the person as a passenger.
    Result<std::vector<TravelLeg>> legsReferencing(const Uuid& stopOrPersonId) const;

private:
    Database& m_db;
};

/// Forums with their hosts, and their agenda sessions with speakers.
class ForumRepository {
public:
    explicit ForumRepository(Database& db) : m_db(db) { }
    /// The forums of a trip (all trips when tripId is empty), by start, each
    /// with hosts and sessions (with speakers) filled in.
    Result<std::vector<Forum>> list(const Uuid& tripId = {}) const;
    Result<Forum> get(const Uuid& id) const;
    /// Writes the forum with its hosts; sessions given are inserted too.
    Status insert(const Forum& f);
    /// Writes the forum's own fields and hosts (sessions untouched).
    Status update(const Forum& f);
    Status remove(const Uuid& id);  ///< cascades to its sessions

    Result<AgendaSession> getSession(const Uuid& id) const;
    Status insertSession(const AgendaSession& s);
    Status updateSession(const AgendaSession& s);
    Status removeSession(const Uuid& id);

    /// Forums at the stop or venue, or hosted by the organisation.
    Result<std::vector<Forum>> referencing(const Uuid& id) const;
    /// Sessions presented by the organisation or with the person as speaker.
    Result<std::vector<AgendaSession>> sessionsReferencing(const Uuid& id) const;

private:
    Database& m_db;
};

class MouRepository {
public:
    explicit MouRepository(Database& db) : m_db(db) { }
    Result<std::vector<Mou>> list(const Uuid& tripId) const;  ///< by title
    Result<Mou> get(const Uuid& id) const;
    Status insert(const Mou& m);
    Status update(const Mou& m);
    Status remove(const Uuid& id);
    /// MOUs signed at the forum or meeting, or with the organisation as a
    /// party or the person as a signatory.
    Result<std::vector<Mou>> referencing(const Uuid& id) const;

private:
    Database& m_db;
};

class MeetingRepository {
public:
    explicit MeetingRepository(Database& db) : m_db(db) { }
    Result<std::vector<Meeting>> list(const Uuid& tripId) const;  ///< by start
    Result<Meeting> get(const Uuid& id) const;
    Status insert(const Meeting& m);
    Status update(const Meeting& m);
    Status remove(const Uuid& id);  ///< refused while an MOU is signed at it
    /// Meetings at the stop, or with the person as counterpart or participant.
    Result<std::vector<Meeting>> referencing(const Uuid& id) const;

private:
    Database& m_db;
};

/// Per-trip settings that are not part of the trip document (planning check
/// thresholds, remembered export choices). Keys are plain names.
class TripSettingsRepository {
public:
    explicit TripSettingsRepository(Database& db) : m_db(db) { }
    /// The value, or fallback when the setting was never set.
    Result<QString> value(const Uuid& tripId, const QString& name, const QString& fallback = {}) const;
    Status setValue(const Uuid& tripId, const QString& name, const QString& value);

private:
    Database& m_db;
};

/// A whole trip at once: the unit of import and export.
class TripBundleStore {
public:
    explicit TripBundleStore(Database& db) : m_db(db) { }
    /// Everything of one trip and the directory records it refers to, in the
    /// order documented on TripBundle.
    Result<TripBundle> load(const Uuid& tripId) const;
    /// Writes a bundle in one transaction: directory records are inserted or
    /// updated by UUID, the trip's own records replace what was there. A trip
    /// whose UUID exists is refused unless replace is true. On any failure
    /// nothing is written.
    Status save(const TripBundle& bundle, bool replace);
    Result<bool> tripExists(const Uuid& tripId) const;

private:
    Database& m_db;
};

}  // namespace planner
