#include "models/ProgrammeData.h"

#include "storage/Repositories.h"

#include <QCoreApplication>

namespace planner {

namespace {

template <typename T> QHash<Uuid, int> indexById(const std::vector<T>& list)
{
    QHash<Uuid, int> out;
    out.reserve(static_cast<qsizetype>(list.size()));
    for (std::size_t i = 0; i < list.size(); ++i) {
        out.insert(list[i].id, static_cast<int>(i));
    }
    return out;
}

template <typename T> const T* lookup(const std::vector<T>& list, const QHash<Uuid, int>& index, const Uuid& id)
{
    const auto it = index.constFind(id);
    return it == index.cend() ? nullptr : &list[static_cast<std::size_t>(*it)];
}

}  // namespace

Result<ProgrammeData> ProgrammeData::load(Database& db, const Uuid& tripId, const TripBundle* snapshot)
{
    ProgrammeData d;
    auto organisations = OrganisationRepository(db).list();
    if (!organisations.ok()) {
        return organisations.error();
    }
    d.organisations = std::move(organisations).value();
    auto people = PersonRepository(db).list();
    if (!people.ok()) {
        return people.error();
    }
    d.people = std::move(people).value();
    auto venues = VenueRepository(db).list();
    if (!venues.ok()) {
        return venues.error();
    }
    d.venues = std::move(venues).value();
    if (!tripId.isEmpty()) {
        auto trip = TripRepository(db).get(tripId);
        if (!trip.ok()) {
            return trip.error();
        }
        d.trip = std::move(trip).value();
        auto members = TripRepository(db).members(tripId);
        if (!members.ok()) {
            return members.error();
        }
        d.members = std::move(members).value();
        auto stops = ItineraryRepository(db).stops(tripId);
        if (!stops.ok()) {
            return stops.error();
        }
        d.stops = std::move(stops).value();
        auto legs = ItineraryRepository(db).legs(tripId);
        if (!legs.ok()) {
            return legs.error();
        }
        d.legs = std::move(legs).value();
        if (snapshot && snapshot->trip.id == tripId) {
            d.forums = snapshot->forums;
        } else {
            auto forums = ForumRepository(db).list(tripId);
            if (!forums.ok()) {
                return forums.error();
            }
            d.forums = std::move(forums).value();
        }
    }
    d.index();
    return d;
}

void ProgrammeData::index()
{
    m_stops = indexById(stops);
    m_legs = indexById(legs);
    m_forums = indexById(forums);
    m_organisations = indexById(organisations);
    m_people = indexById(people);
    m_venues = indexById(venues);
    m_sessions.clear();
    for (std::size_t f = 0; f < forums.size(); ++f) {
        for (std::size_t s = 0; s < forums[f].sessions.size(); ++s) {
            m_sessions.insert(forums[f].sessions[s].id, { static_cast<int>(f), static_cast<int>(s) });
        }
    }
}

const Stop* ProgrammeData::stop(const Uuid& id) const
{
    return lookup(stops, m_stops, id);
}

const TravelLeg* ProgrammeData::leg(const Uuid& id) const
{
    return lookup(legs, m_legs, id);
}

const Forum* ProgrammeData::forum(const Uuid& id) const
{
    return lookup(forums, m_forums, id);
}

const Forum* ProgrammeData::forumOfSession(const Uuid& sessionId) const
{
    const auto it = m_sessions.constFind(sessionId);
    return it == m_sessions.cend() ? nullptr : &forums[static_cast<std::size_t>(it->first)];
}

const AgendaSession* ProgrammeData::session(const Uuid& id) const
{
    const auto it = m_sessions.constFind(id);
    if (it == m_sessions.cend()) {
        return nullptr;
    }
    return &forums[static_cast<std::size_t>(it->first)].sessions[static_cast<std::size_t>(it->second)];
}

const Organisation* ProgrammeData::organisation(const Uuid& id) const
{
    return lookup(organisations, m_organisations, id);
}

const Person* ProgrammeData::person(const Uuid& id) const
{
    return lookup(people, m_people, id);
}

const Venue* ProgrammeData::venue(const Uuid& id) const
{
    return lookup(venues, m_venues, id);
}

QString ProgrammeData::organisationName(const Uuid& id) const
{
    const Organisation* o = organisation(id);
    if (!o) {
        return {};
    }
    return o->localName.isEmpty() || o->localName == o->name ? o->name
                                                             : QStringLiteral("%1 (%2)").arg(o->name, o->localName);
}

QString ProgrammeData::personName(const Uuid& id) const
{
    const Person* p = person(id);
    if (!p) {
        return {};
    }
    const QString name = p->displayName();
    return p->localName.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, p->localName);
}

QString ProgrammeData::venueName(const Uuid& id) const
{
    const Venue* v = venue(id);
    return v ? v->name : QString();
}

QString ProgrammeData::stopName(const Uuid& id, const QString& place) const
{
    const Stop* s = stop(id);
    if (!s) {
        return place;
    }
    return s->country.isEmpty() ? s->city : QStringLiteral("%1, %2").arg(s->city, s->country);
}

QString ProgrammeData::legRoute(const TravelLeg& leg) const
{
    const Stop* from = stop(leg.fromStopId);
    const Stop* to = stop(leg.toStopId);
    return QStringLiteral("%1 → %2").arg(from ? from->city : leg.fromPlace, to ? to->city : leg.toPlace);
}

QString ProgrammeData::legTitle(const TravelLeg& leg) const
{
    const QString flight = QStringList { leg.carrier, leg.flightNumber }.join(QLatin1Char(' ')).trimmed();
    return flight.isEmpty() ? legRoute(leg) : QStringLiteral("%1  %2").arg(flight, legRoute(leg));
}

QString ProgrammeData::departureZone(const TravelLeg& leg) const
{
    const Stop* s = stop(leg.fromStopId);
    return s ? s->zone : leg.departure.zone();
}

QString ProgrammeData::arrivalZone(const TravelLeg& leg) const
{
    const Stop* s = stop(leg.toStopId);
    return s ? s->zone : leg.arrival.zone();
}

}  // namespace planner
