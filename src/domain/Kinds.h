#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringList>

#include <optional>

namespace planner {

// Each enumeration has a stable token (stored in the database and in trip
// documents, never translated) and a translated label for people.

enum class OrganisationKind { Ministry, Agency, Archive, University, VenueOperator, Other };
enum class Sex { Unspecified, Female, Male, Other };
enum class MemberRole { Head, DeputyHead, Member, Adviser, Interpreter, Secretariat, Press, Security };
enum class HostRole { Host, CoHost };
enum class SessionKind { Opening, Keynote, Presentation, Panel, SigningCeremony, Break, Meal, Closing };
enum class SpeakerRole { Speaker, Moderator, Panellist };
enum class MouStatus { Draft, Agreed, Signed };
/// Which kind of record: what a change touches, what a finding points at,
/// what a search hit or a timeline item is (an MOU's item on the timeline is
/// its signing), what an editor opens.
enum class RecordKind { Trip, Organisation, Person, Venue, Member, Stop, Leg, Forum, Session, Meeting, Mou };

QString token(OrganisationKind v);
QString token(Sex v);
QString token(MemberRole v);
QString token(HostRole v);
QString token(SessionKind v);
QString token(SpeakerRole v);
QString token(MouStatus v);
/// "trip", "organisation", "person", "venue", "member", "stop", "leg", "forum",
/// "session", "meeting", "mou".
QString token(RecordKind v);

QString label(OrganisationKind v);
QString label(Sex v);
QString label(MemberRole v);
QString label(HostRole v);
QString label(SessionKind v);
QString label(SpeakerRole v);
QString label(MouStatus v);
/// "travel leg", "delegation member": lower case, for use inside a sentence.
QString label(RecordKind v);

/// Parses a token; std::nullopt for an unknown one.
template <typename E> std::optional<E> fromToken(const QString& token);

/// Every token of an enumeration, in declaration order (for messages and schemas).
template <typename E> QStringList allTokens();

}  // namespace planner

inline size_t qHash(planner::RecordKind kind, size_t seed = 0)
{
    return ::qHash(static_cast<int>(kind), seed);
}
