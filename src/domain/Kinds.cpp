#include "domain/Kinds.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace planner {

namespace {

template <typename E, std::size_t N> using Table = std::array<std::pair<E, const char*>, N>;

constexpr Table<OrganisationKind, 6> kOrgKinds { { { OrganisationKind::Ministry, "ministry" },
    { OrganisationKind::Agency, "agency" }, { OrganisationKind::Archive, "archive" },
    { OrganisationKind::University, "university" }, { OrganisationKind::VenueOperator, "venue-operator" },
    { OrganisationKind::Other, "other" } } };
constexpr Table<Sex, 4> kSexes { { { Sex::Unspecified, "unspecified" }, { Sex::Female, "female" },
    { Sex::Male, "male" }, { Sex::Other, "other" } } };
constexpr Table<MemberRole, 8> kMemberRoles { { { MemberRole::Head, "head" }, { MemberRole::DeputyHead, "deputy-head" },
    { MemberRole::Member, "member" }, { MemberRole::Adviser, "adviser" }, { MemberRole::Interpreter, "interpreter" },
    { MemberRole::Secretariat, "secretariat" }, { MemberRole::Press, "press" },
    { MemberRole::Security, "security" } } };
constexpr Table<HostRole, 2> kHostRoles { { { HostRole::Host, "host" }, { HostRole::CoHost, "co-host" } } };
constexpr Table<SessionKind, 8> kSessionKinds { { { SessionKind::Opening, "opening" },
    { SessionKind::Keynote, "keynote" }, { SessionKind::Presentation, "presentation" }, { SessionKind::Panel, "panel" },
    { SessionKind::SigningCeremony, "signing-ceremony" }, { SessionKind::Break, "break" },
    { SessionKind::Meal, "meal" }, { SessionKind::Closing, "closing" } } };
constexpr Table<SpeakerRole, 3> kSpeakerRoles { { { SpeakerRole::Speaker, "speaker" },
    { SpeakerRole::Moderator, "moderator" }, { SpeakerRole::Panellist, "panellist" } } };
constexpr Table<MouStatus, 3> kMouStatuses { { { MouStatus::Draft, "draft" }, { MouStatus::Agreed, "agreed" },
    { MouStatus::Signed, "signed" } } };
constexpr Table<RecordKind, 11> kRecordKinds { { { RecordKind::Trip, "trip" },
    { RecordKind::Organisation, "organisation" }, { RecordKind::Person, "person" }, { RecordKind::Venue, "venue" },
    { RecordKind::Member, "member" }, { RecordKind::Stop, "stop" }, { RecordKind::Leg, "leg" },
    { RecordKind::Forum, "forum" }, { RecordKind::Session, "session" }, { RecordKind::Meeting, "meeting" },
    { RecordKind::Mou, "mou" } } };

template <typename E, std::size_t N> QString lookup(const Table<E, N>& table, E v)
{
    for (const auto& [e, t] : table) {
        if (e == v) {
            return QString::fromLatin1(t);
        }
    }
    return {};
}

template <typename E, std::size_t N> std::optional<E> parse(const Table<E, N>& table, const QString& token)
{
    for (const auto& [e, t] : table) {
        if (token == QLatin1String(t)) {
            return e;
        }
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QStringList tokens(const Table<E, N>& table)
{
    QStringList out;
    for (const auto& entry : table) {
        out << QString::fromLatin1(entry.second);
    }
    return out;
}

struct KindsText {
    Q_DECLARE_TR_FUNCTIONS(planner::Kinds)
};

}  // namespace

QString token(OrganisationKind v)
{
    return lookup(kOrgKinds, v);
}
QString token(Sex v)
{
    return lookup(kSexes, v);
}
QString token(MemberRole v)
{
    return lookup(kMemberRoles, v);
}
QString token(HostRole v)
{
    return lookup(kHostRoles, v);
}
QString token(SessionKind v)
{
    return lookup(kSessionKinds, v);
}
QString token(SpeakerRole v)
{
    return lookup(kSpeakerRoles, v);
}
QString token(MouStatus v)
{
    return lookup(kMouStatuses, v);
}

QString label(OrganisationKind v)
{
    switch (v) {
    case OrganisationKind::Ministry: return KindsText::tr("Ministry");
    case OrganisationKind::Agency: return KindsText::tr("Agency");
    case OrganisationKind::Archive: return KindsText::tr("Archive");
    case OrganisationKind::University: return KindsText::tr("University");
    case OrganisationKind::VenueOperator: return KindsText::tr("Venue operator");
    case OrganisationKind::Other: return KindsText::tr("Other");
    }
    return {};
}

QString label(Sex v)
{
    switch (v) {
    case Sex::Unspecified: return KindsText::tr("Unspecified");
    case Sex::Female: return KindsText::tr("Female");
    case Sex::Male: return KindsText::tr("Male");
    case Sex::Other: return KindsText::tr("Other");
    }
    return {};
}

QString label(MemberRole v)
{
    switch (v) {
    case MemberRole::Head: return KindsText::tr("Head of delegation");
    case MemberRole::DeputyHead: return KindsText::tr("Deputy head");
    case MemberRole::Member: return KindsText::tr("Member");
    case MemberRole::Adviser: return KindsText::tr("Adviser");
    case MemberRole::Interpreter: return KindsText::tr("Interpreter");
    case MemberRole::Secretariat: return KindsText::tr("Secretariat");
    case MemberRole::Press: return KindsText::tr("Press");
    case MemberRole::Security: return KindsText::tr("Security");
    }
    return {};
}

QString label(HostRole v)
{
    return v == HostRole::Host ? KindsText::tr("Host") : KindsText::tr("Co-host");
}

QString label(SessionKind v)
{
    switch (v) {
    case SessionKind::Opening: return KindsText::tr("Opening");
    case SessionKind::Keynote: return KindsText::tr("Keynote");
    case SessionKind::Presentation: return KindsText::tr("Presentation");
    case SessionKind::Panel: return KindsText::tr("Panel");
    case SessionKind::SigningCeremony: return KindsText::tr("Signing ceremony");
    case SessionKind::Break: return KindsText::tr("Break");
    case SessionKind::Meal: return KindsText::tr("Meal");
    case SessionKind::Closing: return KindsText::tr("Closing");
    }
    return {};
}

QString label(SpeakerRole v)
{
    switch (v) {
    case SpeakerRole::Speaker: return KindsText::tr("Speaker");
    case SpeakerRole::Moderator: return KindsText::tr("Moderator");
    case SpeakerRole::Panellist: return KindsText::tr("Panellist");
    }
    return {};
}

QString label(MouStatus v)
{
    switch (v) {
    case MouStatus::Draft: return KindsText::tr("Draft");
    case MouStatus::Agreed: return KindsText::tr("Agreed");
    case MouStatus::Signed: return KindsText::tr("Signed");
    }
    return {};
}

QString token(RecordKind v)
{
    return lookup(kRecordKinds, v);
}

QString label(RecordKind v)
{
    switch (v) {
    case RecordKind::Trip: return KindsText::tr("trip");
    case RecordKind::Organisation: return KindsText::tr("organisation");
    case RecordKind::Person: return KindsText::tr("person");
    case RecordKind::Venue: return KindsText::tr("venue");
    case RecordKind::Member: return KindsText::tr("delegation member");
    case RecordKind::Stop: return KindsText::tr("stop");
    case RecordKind::Leg: return KindsText::tr("travel leg");
    case RecordKind::Forum: return KindsText::tr("forum");
    case RecordKind::Session: return KindsText::tr("session");
    case RecordKind::Meeting: return KindsText::tr("meeting");
    case RecordKind::Mou: return KindsText::tr("MOU");
    }
    return {};
}

template <> std::optional<OrganisationKind> fromToken(const QString& t)
{
    return parse(kOrgKinds, t);
}
template <> std::optional<Sex> fromToken(const QString& t)
{
    return parse(kSexes, t);
}
template <> std::optional<MemberRole> fromToken(const QString& t)
{
    return parse(kMemberRoles, t);
}
template <> std::optional<HostRole> fromToken(const QString& t)
{
    return parse(kHostRoles, t);
}
template <> std::optional<SessionKind> fromToken(const QString& t)
{
    return parse(kSessionKinds, t);
}
template <> std::optional<SpeakerRole> fromToken(const QString& t)
{
    return parse(kSpeakerRoles, t);
}
template <> std::optional<MouStatus> fromToken(const QString& t)
{
    return parse(kMouStatuses, t);
}
template <> std::optional<RecordKind> fromToken(const QString& t)
{
    return parse(kRecordKinds, t);
}

template <> QStringList allTokens<OrganisationKind>()
{
    return tokens(kOrgKinds);
}
template <> QStringList allTokens<Sex>()
{
    return tokens(kSexes);
}
template <> QStringList allTokens<MemberRole>()
{
    return tokens(kMemberRoles);
}
template <> QStringList allTokens<HostRole>()
{
    return tokens(kHostRoles);
}
template <> QStringList allTokens<SessionKind>()
{
    return tokens(kSessionKinds);
}
template <> QStringList allTokens<SpeakerRole>()
{
    return tokens(kSpeakerRoles);
}
template <> QStringList allTokens<MouStatus>()
{
    return tokens(kMouStatuses);
}
template <> QStringList allTokens<RecordKind>()
{
    return tokens(kRecordKinds);
}

}  // namespace planner
