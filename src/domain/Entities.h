#pragma once

// Plain value types for every entity of the domain (see docs/data-model.md).
// Identifiers are UUID strings without braces, stable across export and
// import. An empty id in a reference means "none".

#include "domain/Kinds.h"
#include "domain/PlannedTime.h"
#include "domain/Seating.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace planner {

using Uuid = QString;

/// A new random UUID in the textual form used everywhere ("6f1c...-...").
Uuid newUuid();
/// True for a UUID in that form.
bool isUuid(const QString& text);

struct Organisation {
    Uuid id;
    QString name;
    QString localName;  ///< in the organisation's own script
    QString abbreviation;
    QString country;  ///< ISO 3166-1 alpha-2, e.g. "KR"
    OrganisationKind kind = OrganisationKind::Other;
    QString notes;
    bool operator==(const Organisation&) const = default;
};

struct Person {
    Uuid id;
    QString familyName;  ///< Latin passport spelling
    QString givenName;  ///< Latin passport spelling
    QString localName;  ///< e.g. Hangul or Cyrillic
    QString honorific;  ///< e.g. "H.E.", "Dr", "Prof."
    QString position;
    Uuid organisationId;
    QString email;
    QString phone;
    // Travel documents: personal data, exported only where a task needs it.
    Sex sex = Sex::Unspecified;
    QDate dateOfBirth;
    QString nationality;  ///< ISO 3166-1 alpha-3 as in passports, e.g. "KOR"
    QString passportNumber;
    QDate passportExpiry;
    QString notes;

    /// "HONG Yun-sik": family name in capitals first, as protocol lists write it.
    [[nodiscard]] QString displayName() const;
    bool operator==(const Person&) const = default;
};

struct Venue {
    Uuid id;
    QString name;
    QString address;
    QString city;
    QString country;
    QStringList rooms;
    QString notes;
    bool operator==(const Venue&) const = default;
};

struct DelegationMember {
    Uuid id;
    Uuid personId;
    MemberRole role = MemberRole::Member;
    int precedence = 0;  ///< 1 = first in protocol order
    bool operator==(const DelegationMember&) const = default;
};

struct Trip {
    Uuid id;
    QString title;
    QString purpose;
    QString homeZone;  ///< IANA zone of home, e.g. "Asia/Seoul"
    QDate startDate;
    QDate endDate;
    Uuid leadOrganisationId;
    QString delegationName;
    QString notes;
    bool operator==(const Trip&) const = default;
};

struct Stop {
    Uuid id;
    Uuid tripId;
    QString city;
    QString country;  ///< ISO 3166-1 alpha-2
    QString zone;  ///< IANA zone of the city
    PlannedTime arrival;  ///< in zone
    PlannedTime departure;  ///< in zone
    QString lodging;
    QString notes;
    bool operator==(const Stop&) const = default;
};

struct TravelLeg {
    Uuid id;
    Uuid tripId;
    Uuid fromStopId;  ///< empty: from home or elsewhere (see fromPlace)
    Uuid toStopId;  ///< empty: to home or elsewhere (see toPlace)
    QString fromPlace;  ///< e.g. "Seoul (ICN)"
    QString toPlace;
    QString carrier;
    QString flightNumber;
    PlannedTime departure;  ///< in the zone of departure
    PlannedTime arrival;  ///< in the zone of arrival
    std::vector<Uuid> passengerIds;  ///< empty: the whole delegation
    QString notes;
    bool operator==(const TravelLeg&) const = default;
};

struct ForumHost {
    Uuid organisationId;
    HostRole role = HostRole::Host;
    bool operator==(const ForumHost&) const = default;
};

struct SessionSpeaker {
    Uuid personId;
    SpeakerRole role = SpeakerRole::Speaker;
    bool operator==(const SessionSpeaker&) const = default;
};

struct AgendaSession {
    Uuid id;
    Uuid forumId;
    PlannedTime start;
    PlannedTime end;
    SessionKind kind = SessionKind::Presentation;
    QString title;
    Uuid presentingOrganisationId;
    QString room;
    std::vector<SessionSpeaker> speakers;  ///< in printed order
    QString notes;
    bool operator==(const AgendaSession&) const = default;
};

struct Forum {
    Uuid id;
    Uuid tripId;
    Uuid stopId;
    Uuid venueId;
    QString title;
    PlannedTime start;
    PlannedTime end;
    std::vector<ForumHost> hosts;  ///< hosts first, then co-hosts, in printed order
    QString description;
    std::vector<AgendaSession> sessions;  ///< sorted by start
    std::optional<SeatingPlan> seating;  ///< of the head table, once made
    bool operator==(const Forum&) const = default;
};

/// The order of a forum's agenda (Forum::sessions): by local start, then
/// local end, then id, as the repository lists them.
bool inAgendaOrder(const AgendaSession& a, const AgendaSession& b);

struct MouParty {
    Uuid organisationId;
    Uuid signatoryId;  ///< empty: no signatory named yet
    bool operator==(const MouParty&) const = default;
};

struct Mou {
    Uuid id;
    Uuid tripId;
    QString title;
    QString subject;
    MouStatus status = MouStatus::Draft;
    Uuid signedAtForumId;  ///< where it is (to be) signed: a forum...
    Uuid signedAtMeetingId;  ///< ...or a meeting; at most one of the two
    PlannedTime signedAt;  ///< when; null when not fixed
    std::vector<MouParty> parties;
    QString notes;
    bool operator==(const Mou&) const = default;
};

struct Meeting {
    Uuid id;
    Uuid tripId;
    Uuid stopId;
    QString title;
    PlannedTime start;
    PlannedTime end;
    QString place;
    QString purpose;
    std::vector<Uuid> counterpartIds;  ///< host-side people
    std::vector<Uuid> participantIds;  ///< delegation members taking part
    QString notes;
    std::optional<SeatingPlan> seating;  ///< once made
    bool operator==(const Meeting&) const = default;
};

/// One trip with everything that belongs to it and the directory records
/// (organisations, people, venues) it refers to: the unit of import and
/// export.
struct TripBundle {
    Trip trip;
    std::vector<DelegationMember> members;  ///< in order of precedence
    std::vector<Stop> stops;  ///< by arrival
    std::vector<TravelLeg> legs;  ///< by departure
    std::vector<Forum> forums;  ///< by start, with their sessions
    std::vector<Meeting> meetings;  ///< by start
    std::vector<Mou> mous;  ///< by title
    std::vector<Organisation> organisations;  ///< referenced, by name
    std::vector<Person> people;  ///< referenced, by family name
    std::vector<Venue> venues;  ///< referenced, by name
    bool operator==(const TripBundle&) const = default;
};

}  // namespace planner
