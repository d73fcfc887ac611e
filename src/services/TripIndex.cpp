#include "services/TripIndex.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace planner {

TripIndex::TripIndex(const TripBundle& bundle) : m_bundle(bundle)
{
    for (const Person& p : bundle.people) {
        m_people.insert(p.id, &p);
    }
    for (const Stop& s : bundle.stops) {
        m_stops.insert(s.id, &s);
    }
    for (const Forum& f : bundle.forums) {
        m_forums.insert(f.id, &f);
    }
    for (const Meeting& m : bundle.meetings) {
        m_meetings.insert(m.id, &m);
    }
    for (const Organisation& o : bundle.organisations) {
        m_organisations.insert(o.id, &o);
    }
    for (const Venue& v : bundle.venues) {
        m_venues.insert(v.id, &v);
    }
    std::vector<const DelegationMember*> members;
    for (const DelegationMember& m : bundle.members) {
        members.push_back(&m);
    }
    std::stable_sort(members.begin(), members.end(),
        [](const DelegationMember* a, const DelegationMember* b) { return a->precedence < b->precedence; });
    for (const DelegationMember* m : members) {
        if (!m_memberPeople.contains(m->personId)) {
            m_memberPeople.insert(m->personId);
            m_delegation.push_back(m->personId);
        }
    }
}

QString TripIndex::personName(const Uuid& id) const
{
    if (const Person* p = person(id)) {
        return p->displayName();
    }
    return QCoreApplication::translate("planner::PlanningChecks", "an unknown person (%1)").arg(id);
}

QString TripIndex::organisationName(const Uuid& id) const
{
    if (const Organisation* o = organisation(id)) {
        return QStringLiteral("'%1'").arg(o->name);
    }
    return QCoreApplication::translate("planner::PlanningChecks", "an unknown organisation (%1)").arg(id);
}

const std::vector<Uuid>& TripIndex::passengers(const TravelLeg& leg) const
{
    return leg.passengerIds.empty() ? m_delegation : leg.passengerIds;
}

std::optional<qint64> TripIndex::instant(const PlannedTime& t) const
{
    if (t.isNull()) {
        return std::nullopt;
    }
    // An unknown zone or a wall time in a daylight-saving gap is no instant. PlannedTime knows
    // each zone's offset per day, so most times need no QDateTime in a zone.
    if (!t.isValid()) {
        return std::nullopt;
    }
    return t.toUtc().toMSecsSinceEpoch();
}

QDate TripIndex::returnDate() const
{
    if (m_bundle.trip.endDate.isValid()) {
        return m_bundle.trip.endDate;
    }
    QDate last;
    auto consider = [&](const PlannedTime& t) {
        if (!t.isNull() && (!last.isValid() || t.localDate() > last)) {
            last = t.localDate();
        }
    };
    for (const Stop& s : m_bundle.stops) {
        consider(s.departure);
    }
    for (const TravelLeg& l : m_bundle.legs) {
        consider(l.arrival);
    }
    return last;
}

}  // namespace planner
