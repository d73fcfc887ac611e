#include "domain/Validation.h"

#include "domain/Countries.h"

#include <QCoreApplication>
#include <QSet>

namespace planner {

namespace {

struct ValidationText {
    Q_DECLARE_TR_FUNCTIONS(planner::Validation)
};

Status required(const QString& value, const QString& field, const char* what)
{
    if (value.trimmed().isEmpty()) {
        return makeError(ValidationText::tr(what), field);
    }
    return {};
}

Status knownZone(const QString& zone, const QString& field)
{
    if (!PlannedTime::isKnownZone(zone)) {
        return makeError(zone.isEmpty() ? ValidationText::tr("a time zone is required (e.g. Asia/Tashkent)")
                                        : ValidationText::tr("'%1' is not a known IANA time zone").arg(excerpt(zone)),
            field);
    }
    return {};
}

Status validTime(const PlannedTime& t, const QString& field)
{
    if (t.isNull()) {
        return makeError(ValidationText::tr("a time is required"), field);
    }
    if (Status zone = knownZone(t.zone(), field); !zone) {
        return zone;
    }
    if (!t.isValid()) {
        return makeError(
            ValidationText::tr("%1 does not exist in %2 (clocks skip it)").arg(t.localIso(), t.zone()), field);
    }
    return {};
}

Status optionalUuid(const Uuid& id, const QString& field)
{
    if (!id.isEmpty() && !isUuid(id)) {
        return makeError(ValidationText::tr("'%1' is not a UUID").arg(id), field);
    }
    return {};
}

Status recordId(const Uuid& id)
{
    if (!isUuid(id)) {
        return makeError(ValidationText::tr("'%1' is not a UUID").arg(id), QStringLiteral("id"));
    }
    return {};
}

}  // namespace

Status validateSpan(
    const PlannedTime& start, const PlannedTime& end, const QString& startField, const QString& endField)
{
    if (Status s = validTime(start, startField); !s) {
        return s;
    }
    if (Status s = validTime(end, endField); !s) {
        return s;
    }
    if (start.zone() != end.zone()) {
        return makeError(
            ValidationText::tr("start and end must be in the same time zone (%1, %2)").arg(start.zone(), end.zone()),
            endField);
    }
    if (!(end.local() > start.local())) {
        return makeError(
            ValidationText::tr("ends at %1, which is not after the start at %2").arg(end.localIso(), start.localIso()),
            endField);
    }
    return {};
}

Status validate(const Organisation& o)
{
    if (Status s = recordId(o.id); !s) {
        return s;
    }
    if (Status s = required(o.name, QStringLiteral("name"), "an organisation needs a name"); !s) {
        return s;
    }
    if (const auto country = Countries::system().countryCode(o.country); !country.ok()) {
        return makeError(country.error().text(), QStringLiteral("country"));
    }
    return {};
}

Status validate(const Person& p)
{
    if (Status s = recordId(p.id); !s) {
        return s;
    }
    if (Status s = required(p.familyName, QStringLiteral("familyName"), "a person needs a family name"); !s) {
        return s;
    }
    if (Status s = optionalUuid(p.organisationId, QStringLiteral("organisation")); !s) {
        return s;
    }
    if (p.dateOfBirth.isValid() && p.passportExpiry.isValid() && p.passportExpiry <= p.dateOfBirth) {
        return makeError(
            ValidationText::tr("the passport expires before the date of birth"), QStringLiteral("passportExpiry"));
    }
    if (const auto nationality = Countries::system().nationalityCode(p.nationality); !nationality.ok()) {
        return makeError(nationality.error().text(), QStringLiteral("nationality"));
    }
    return {};
}

Status validate(const Venue& v)
{
    if (Status s = recordId(v.id); !s) {
        return s;
    }
    return required(v.name, QStringLiteral("name"), "a venue needs a name");
}

Status validate(const Trip& t)
{
    if (Status s = recordId(t.id); !s) {
        return s;
    }
    if (Status s = required(t.title, QStringLiteral("title"), "a trip needs a title"); !s) {
        return s;
    }
    if (Status s = knownZone(t.homeZone, QStringLiteral("homeZone")); !s) {
        return s;
    }
    if (t.startDate.isValid() && t.endDate.isValid() && t.endDate < t.startDate) {
        return makeError(ValidationText::tr("the trip ends on %1, before it starts on %2")
                             .arg(t.endDate.toString(Qt::ISODate), t.startDate.toString(Qt::ISODate)),
            QStringLiteral("endDate"));
    }
    return optionalUuid(t.leadOrganisationId, QStringLiteral("leadOrganisation"));
}

Status validate(const DelegationMember& m)
{
    if (Status s = recordId(m.id); !s) {
        return s;
    }
    if (!isUuid(m.personId)) {
        return makeError(ValidationText::tr("a delegation member must be a person"), QStringLiteral("person"));
    }
    if (m.precedence < 1) {
        return makeError(ValidationText::tr("the order of precedence starts at 1"), QStringLiteral("precedence"));
    }
    return {};
}

Status validate(const Stop& s)
{
    if (Status st = recordId(s.id); !st) {
        return st;
    }
    if (Status st = required(s.city, QStringLiteral("city"), "a stop needs a city"); !st) {
        return st;
    }
    if (Status st = knownZone(s.zone, QStringLiteral("zone")); !st) {
        return st;
    }
    if (Status st = validateSpan(s.arrival, s.departure, QStringLiteral("arrival"), QStringLiteral("departure")); !st) {
        return st;
    }
    if (s.arrival.zone() != s.zone) {
        return makeError(ValidationText::tr("arrival and departure are in the stop's own time zone %1").arg(s.zone),
            QStringLiteral("arrival"));
    }
    return {};
}

Status validate(const TravelLeg& l)
{
    if (Status s = recordId(l.id); !s) {
        return s;
    }
    if (Status s = validTime(l.departure, QStringLiteral("departure")); !s) {
        return s;
    }
    if (Status s = validTime(l.arrival, QStringLiteral("arrival")); !s) {
        return s;
    }
    if (compareInstants(l.arrival, l.departure) != std::partial_ordering::greater) {
        return makeError(ValidationText::tr("arrives (%1) before or when it departs (%2)")
                             .arg(l.arrival.label(), l.departure.label()),
            QStringLiteral("arrival"));
    }
    if (l.fromStopId.isEmpty() && l.fromPlace.trimmed().isEmpty()) {
        return makeError(ValidationText::tr("a travel leg needs a place or stop of departure"), QStringLiteral("from"));
    }
    if (l.toStopId.isEmpty() && l.toPlace.trimmed().isEmpty()) {
        return makeError(ValidationText::tr("a travel leg needs a place or stop of arrival"), QStringLiteral("to"));
    }
    if (!l.fromStopId.isEmpty() && l.fromStopId == l.toStopId) {
        return makeError(
            ValidationText::tr("a travel leg cannot start and end at the same stop"), QStringLiteral("to"));
    }
    QSet<Uuid> seen;
    for (const Uuid& p : l.passengerIds) {
        if (seen.contains(p)) {
            return makeError(ValidationText::tr("a passenger is listed twice"), QStringLiteral("passengers"));
        }
        seen.insert(p);
    }
    return {};
}

Status validate(const Forum& f)
{
    if (Status s = recordId(f.id); !s) {
        return s;
    }
    if (Status s = required(f.title, QStringLiteral("title"), "a forum needs a title"); !s) {
        return s;
    }
    if (!isUuid(f.stopId)) {
        return makeError(ValidationText::tr("a forum takes place at one of the trip's stops"), QStringLiteral("stop"));
    }
    if (Status s = validateSpan(f.start, f.end); !s) {
        return s;
    }
    QSet<Uuid> seen;
    for (const ForumHost& h : f.hosts) {
        if (!isUuid(h.organisationId)) {
            return makeError(ValidationText::tr("a host must be an organisation"), QStringLiteral("hosts"));
        }
        if (seen.contains(h.organisationId)) {
            return makeError(
                ValidationText::tr("an organisation is listed twice among the hosts"), QStringLiteral("hosts"));
        }
        seen.insert(h.organisationId);
    }
    return {};
}

Status validate(const AgendaSession& s)
{
    if (Status st = recordId(s.id); !st) {
        return st;
    }
    if (Status st = required(s.title, QStringLiteral("title"), "a session needs a title"); !st) {
        return st;
    }
    if (Status st = validateSpan(s.start, s.end); !st) {
        return st;
    }
    QSet<Uuid> seen;
    for (const SessionSpeaker& sp : s.speakers) {
        if (!isUuid(sp.personId)) {
            return makeError(ValidationText::tr("a speaker must be a person"), QStringLiteral("speakers"));
        }
        if (seen.contains(sp.personId)) {
            return makeError(
                ValidationText::tr("a person is listed twice among the speakers"), QStringLiteral("speakers"));
        }
        seen.insert(sp.personId);
    }
    return optionalUuid(s.presentingOrganisationId, QStringLiteral("presentingOrganisation"));
}

Status validate(const Mou& m)
{
    if (Status s = recordId(m.id); !s) {
        return s;
    }
    if (Status s = required(m.title, QStringLiteral("title"), "an MOU needs a title"); !s) {
        return s;
    }
    if (!m.signedAtForumId.isEmpty() && !m.signedAtMeetingId.isEmpty()) {
        return makeError(ValidationText::tr("an MOU is signed either at a forum or at a meeting, not both"),
            QStringLiteral("signedAt"));
    }
    if (!m.signedAt.isNull()) {
        if (Status s = validTime(m.signedAt, QStringLiteral("signedAt")); !s) {
            return s;
        }
    }
    QSet<Uuid> seen;
    for (const MouParty& p : m.parties) {
        if (!isUuid(p.organisationId)) {
            return makeError(ValidationText::tr("a party must be an organisation"), QStringLiteral("parties"));
        }
        if (seen.contains(p.organisationId)) {
            return makeError(
                ValidationText::tr("an organisation is listed twice among the parties"), QStringLiteral("parties"));
        }
        seen.insert(p.organisationId);
    }
    return {};
}

Status validate(const Meeting& m)
{
    if (Status s = recordId(m.id); !s) {
        return s;
    }
    if (Status s = required(m.title, QStringLiteral("title"), "a meeting needs a title"); !s) {
        return s;
    }
    if (!isUuid(m.stopId)) {
        return makeError(
            ValidationText::tr("a meeting takes place at one of the trip's stops"), QStringLiteral("stop"));
    }
    if (Status s = validateSpan(m.start, m.end); !s) {
        return s;
    }
    QSet<Uuid> seen;
    for (const auto* list : { &m.counterpartIds, &m.participantIds }) {
        for (const Uuid& p : *list) {
            if (seen.contains(p)) {
                return makeError(ValidationText::tr("a person is listed twice in the meeting"),
                    list == &m.counterpartIds ? QStringLiteral("counterparts") : QStringLiteral("participants"));
            }
            seen.insert(p);
        }
    }
    return {};
}

}  // namespace planner
