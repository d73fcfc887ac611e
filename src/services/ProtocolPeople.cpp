#include "services/ProtocolPeople.h"

#include "domain/Countries.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace planner {

namespace {

struct ProtocolPeopleText {
    Q_DECLARE_TR_FUNCTIONS(planner::ProtocolPeople)
};

/// The bundle's records by id, for the lookups below.
struct Lookup {
    QHash<Uuid, const Person*> people;
    QHash<Uuid, const Organisation*> organisations;
    QHash<Uuid, const DelegationMember*> members;  ///< by person

    explicit Lookup(const TripBundle& b)
    {
        for (const Person& p : b.people) {
            people.insert(p.id, &p);
        }
        for (const Organisation& o : b.organisations) {
            organisations.insert(o.id, &o);
        }
        for (const DelegationMember& m : b.members) {
            members.insert(m.personId, &m);
        }
    }

    [[nodiscard]] std::optional<ProtocolPerson> make(const Uuid& personId) const
    {
        const Person* person = people.value(personId);
        if (person == nullptr) {
            return std::nullopt;
        }
        ProtocolPerson p;
        p.person = *person;
        if (const Organisation* o = organisations.value(person->organisationId)) {
            p.organisation = *o;
        }
        if (const DelegationMember* m = members.value(personId)) {
            p.role = m->role;
            p.precedence = m->precedence;
        } else {
            p.hostSide = true;
        }
        return p;
    }
};

/// Everyone listed once, the delegation by precedence, then the host side as listed.
std::vector<ProtocolPerson> collect(const Lookup& lookup, const std::vector<Uuid>& ids)
{
    std::vector<ProtocolPerson> delegation;
    std::vector<ProtocolPerson> hosts;
    QSet<Uuid> seen;
    for (const Uuid& id : ids) {
        if (seen.contains(id)) {
            continue;
        }
        seen.insert(id);
        if (auto p = lookup.make(id)) {
            if (p->hostSide) {
                p->precedence = static_cast<int>(hosts.size()) + 1;
                hosts.push_back(*p);
            } else {
                delegation.push_back(*p);
            }
        }
    }
    std::stable_sort(delegation.begin(), delegation.end(),
        [](const ProtocolPerson& a, const ProtocolPerson& b) { return a.precedence < b.precedence; });
    delegation.insert(delegation.end(), hosts.begin(), hosts.end());
    return delegation;
}

bool atHeadTable(SessionKind kind)
{
    return kind == SessionKind::Opening || kind == SessionKind::Keynote || kind == SessionKind::SigningCeremony
        || kind == SessionKind::Closing;
}

std::vector<Uuid> forumPeople(const TripBundle& bundle, const Forum& forum, bool headTable)
{
    std::vector<Uuid> ids;
    for (const AgendaSession& s : forum.sessions) {
        for (const SessionSpeaker& speaker : s.speakers) {
            if (!headTable || atHeadTable(s.kind)) {
                ids.push_back(speaker.personId);
            }
        }
    }
    QSet<Uuid> members;
    for (const DelegationMember& m : bundle.members) {
        members.insert(m.personId);
    }
    for (const ForumHost& host : forum.hosts) {
        for (const Person& p : bundle.people) {
            if (p.organisationId == host.organisationId && !members.contains(p.id)) {
                ids.push_back(p.id);
            }
        }
    }
    return ids;
}

}  // namespace

QString ProtocolPerson::latinName() const
{
    const QString name = person.displayName();
    return person.honorific.trimmed().isEmpty() ? name : person.honorific.trimmed() + QLatin1Char(' ') + name;
}

QString ProtocolPerson::country() const
{
    const QString code = organisation.country.trimmed();
    if (code.isEmpty()) {
        return {};
    }
    if (const auto country = Countries::system().find(code)) {
        return Countries::protocolName(*country);
    }
    // Without iso-codes: Qt's English name ("South Korea") beats a bare code.
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

QString ProtocolPerson::roleText() const
{
    if (!role) {
        return ProtocolPeopleText::tr("Host side");
    }
    if (*role == MemberRole::Head) {
        return ProtocolPeopleText::tr("Head of delegation");
    }
    return label(*role);
}

Result<std::vector<ProtocolPerson>> ProtocolPeople::select(const TripBundle& bundle, const ProtocolScope& scope)
{
    const Lookup lookup(bundle);
    std::vector<Uuid> ids;
    if (!scope.forumId.isEmpty()) {
        const auto it = std::find_if(
            bundle.forums.begin(), bundle.forums.end(), [&](const Forum& f) { return f.id == scope.forumId; });
        if (it == bundle.forums.end()) {
            return makeError(ProtocolPeopleText::tr("The forum is not part of this trip."));
        }
        ids = forumPeople(bundle, *it, scope.headTable);
    } else if (!scope.meetingId.isEmpty()) {
        const auto it = std::find_if(
            bundle.meetings.begin(), bundle.meetings.end(), [&](const Meeting& m) { return m.id == scope.meetingId; });
        if (it == bundle.meetings.end()) {
            return makeError(ProtocolPeopleText::tr("The meeting is not part of this trip."));
        }
        ids = it->participantIds;
        ids.insert(ids.end(), it->counterpartIds.begin(), it->counterpartIds.end());
    } else {
        for (const DelegationMember& m : bundle.members) {
            ids.push_back(m.personId);
        }
    }
    if (!scope.personIds.empty()) {
        const QSet<Uuid> chosen(scope.personIds.begin(), scope.personIds.end());
        ids.erase(
            std::remove_if(ids.begin(), ids.end(), [&](const Uuid& id) { return !chosen.contains(id); }), ids.end());
    }
    return collect(lookup, ids);
}

void ProtocolPeople::candidates(const std::vector<ProtocolPerson>& people, std::vector<SeatingCandidate>& delegation,
    std::vector<SeatingCandidate>& hosts)
{
    for (const ProtocolPerson& p : people) {
        const SeatingCandidate c { p.person.id, p.precedence, p.role == MemberRole::Interpreter };
        (p.hostSide ? hosts : delegation).push_back(c);
    }
}

std::vector<ProtocolPerson> ProtocolPeople::inSeatOrder(
    const std::vector<ProtocolPerson>& people, const SeatingPlan& plan)
{
    std::vector<ProtocolPerson> ordered;
    for (const Seat& seat : plan.seats) {
        const auto it = std::find_if(
            people.begin(), people.end(), [&](const ProtocolPerson& p) { return p.person.id == seat.personId; });
        if (it != people.end()) {
            ordered.push_back(*it);
        }
    }
    return ordered;
}

}  // namespace planner
