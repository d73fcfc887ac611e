// Planning checks on protocol: MOU parties and signatories, the head of the
// delegation and the order of precedence.

#include "services/CheckRules.h"
#include "services/CheckSupport.h"
#include "services/FindingBuilder.h"

#include <QMap>
#include <QSet>

namespace planner::checks {

std::vector<Finding> mouPartyWithoutSignatory(const TripIndex& trip, const CheckSettings&)
{
    std::vector<Finding> out;
    for (const Mou& m : trip.bundle().mous) {
        for (const MouParty& party : m.parties) {
            if (!party.signatoryId.isEmpty()) {
                continue;
            }
            const Severity severity = m.status == MouStatus::Draft ? Severity::Note : Severity::Warning;
            FindingBuilder b(severity, QStringLiteral("mou-party-without-signatory"));
            b.involve(RecordKind::Mou, m.id, party.organisationId + QLatin1Char('|') + token(m.status)).at(m.signedAt);
            out.push_back(
                b.build(PlanningChecksText::tr("The MOU '%1' (%2) names no signatory for %3: name who signs for them.")
                            .arg(m.title, label(m.status).toLower(), trip.organisationName(party.organisationId))));
        }
    }
    return out;
}

std::vector<Finding> mouSignatoryNotOnTrip(const TripIndex& trip, const CheckSettings&)
{
    // The host's counterparts: everyone the delegation meets or who speaks
    // at one of its forums.
    QSet<Uuid> present;
    for (const Meeting& m : trip.bundle().meetings) {
        present.unite(QSet<Uuid>(m.counterpartIds.begin(), m.counterpartIds.end()));
        present.unite(QSet<Uuid>(m.participantIds.begin(), m.participantIds.end()));
    }
    for (const Forum& f : trip.bundle().forums) {
        for (const AgendaSession& s : f.sessions) {
            for (const SessionSpeaker& sp : s.speakers) {
                present.insert(sp.personId);
            }
        }
    }
    std::vector<Finding> out;
    for (const Mou& m : trip.bundle().mous) {
        for (const MouParty& party : m.parties) {
            const Uuid& who = party.signatoryId;
            if (who.isEmpty() || trip.isDelegationMember(who) || present.contains(who)) {
                continue;
            }
            FindingBuilder b(Severity::Warning, QStringLiteral("mou-signatory-not-on-trip"));
            b.involve(RecordKind::Mou, m.id, party.organisationId + QLatin1Char('|') + who)
                .involve(RecordKind::Person, who)
                .at(m.signedAt);
            out.push_back(b.build(
                PlanningChecksText::tr("%1 signs the MOU '%2' for %3 but is neither on the delegation nor among the "
                                       "counterparts it meets: add them to the delegation, a meeting or a session, or "
                                       "name another signatory.")
                    .arg(trip.personName(who), m.title, trip.organisationName(party.organisationId))));
        }
    }
    return out;
}

std::vector<Finding> mouSignedAtOtherTrip(const TripIndex& trip, const CheckSettings&)
{
    const Uuid& tripId = trip.bundle().trip.id;
    std::vector<Finding> out;
    for (const Mou& m : trip.bundle().mous) {
        QString where;
        if (!m.signedAtForumId.isEmpty()) {
            const Forum* f = trip.forum(m.signedAtForumId);
            if (!f || (!f->tripId.isEmpty() && f->tripId != tripId)) {
                where = PlanningChecksText::tr("a forum that is not part of this trip (%1)").arg(m.signedAtForumId);
            }
        }
        if (!m.signedAtMeetingId.isEmpty()) {
            const Meeting* meeting = trip.meeting(m.signedAtMeetingId);
            if (!meeting || (!meeting->tripId.isEmpty() && meeting->tripId != tripId)) {
                where = PlanningChecksText::tr("a meeting that is not part of this trip (%1)").arg(m.signedAtMeetingId);
            }
        }
        if (where.isEmpty()) {
            continue;
        }
        FindingBuilder b(Severity::Error, QStringLiteral("mou-signed-at-other-trip"));
        b.involve(RecordKind::Mou, m.id, m.signedAtForumId + QLatin1Char('|') + m.signedAtMeetingId).at(m.signedAt);
        out.push_back(b.build(
            PlanningChecksText::tr("The MOU '%1' is marked as signed at %2: choose a forum or meeting of this trip.")
                .arg(m.title, where)));
    }
    return out;
}

std::vector<Finding> delegationWithoutHead(const TripIndex& trip, const CheckSettings&)
{
    const TripBundle& bundle = trip.bundle();
    const bool hasHead = std::any_of(bundle.members.begin(), bundle.members.end(),
        [](const DelegationMember& m) { return m.role == MemberRole::Head; });
    if (hasHead) {
        return {};
    }
    FindingBuilder b(Severity::Error, QStringLiteral("delegation-without-head"));
    b.involve(RecordKind::Trip, bundle.trip.id);
    const QString message = bundle.members.empty()
        ? PlanningChecksText::tr(
            "The delegation of '%1' has no members yet, so no head: add the members and give one the role of head.")
        : PlanningChecksText::tr(
            "The delegation of '%1' has no head: give one member the role of head (rosters and protocol lists "
            "start with the head).");
    return { b.build(message.arg(bundle.trip.title)) };
}

std::vector<Finding> precedenceDuplicate(const TripIndex& trip, const CheckSettings&)
{
    QMap<int, std::vector<const DelegationMember*>> byPrecedence;
    for (const DelegationMember& m : trip.bundle().members) {
        byPrecedence[m.precedence].push_back(&m);
    }
    std::vector<Finding> out;
    for (auto it = byPrecedence.cbegin(); it != byPrecedence.cend(); ++it) {
        if (it->size() < 2) {
            continue;
        }
        FindingBuilder b(Severity::Error, QStringLiteral("precedence-duplicate"));
        QStringList names;
        for (const DelegationMember* m : *it) {
            b.involve(RecordKind::Member, m->id, m->personId + QLatin1Char('|') + QString::number(m->precedence));
            names << trip.personName(m->personId);
        }
        out.push_back(b.build(
            PlanningChecksText::tr("%1 share the place %2 in the order of precedence: renumber the delegation so each "
                                   "member has a place of their own.")
                .arg(names.join(PlanningChecksText::tr(" and ")))
                .arg(it.key())));
    }
    return out;
}

}  // namespace planner::checks
