#include "domain/Validation.h"
#include "storage/Repositories.h"
#include "storage/RepositorySupport.h"

namespace planner {

using namespace storage;

namespace {

const QString kStopColumns
    = QStringLiteral("id, trip_id, city, country, time_zone, arrival_local, departure_local, lodging, notes");
const QString kLegColumns = QStringLiteral(
    "id, trip_id, from_stop_id, to_stop_id, from_place, to_place, carrier, flight_number, departure_local, "
    "departure_zone, arrival_local, arrival_zone, notes");

Stop readStop(const SqlQuery& q)
{
    Stop s;
    s.id = q.text(0);
    s.tripId = q.text(1);
    s.city = q.text(2);
    s.country = q.text(3);
    s.zone = q.text(4);
    s.arrival = q.planned(5, 4);
    s.departure = q.planned(6, 4);
    s.lodging = q.text(7);
    s.notes = q.text(8);
    return s;
}

void bindStop(SqlQuery& q, const Stop& s)
{
    q.bind(QStringLiteral(":id"), s.id)
        .bind(QStringLiteral(":trip_id"), s.tripId)
        .bindText(QStringLiteral(":city"), s.city)
        .bindText(QStringLiteral(":country"), s.country)
        .bindText(QStringLiteral(":time_zone"), s.zone)
        .bindLocal(QStringLiteral(":arrival_local"), s.arrival)
        .bindLocal(QStringLiteral(":departure_local"), s.departure)
        .bindText(QStringLiteral(":lodging"), s.lodging)
        .bindText(QStringLiteral(":notes"), s.notes);
}

TravelLeg readLeg(const SqlQuery& q)
{
    TravelLeg l;
    l.id = q.text(0);
    l.tripId = q.text(1);
    l.fromStopId = q.text(2);
    l.toStopId = q.text(3);
    l.fromPlace = q.text(4);
    l.toPlace = q.text(5);
    l.carrier = q.text(6);
    l.flightNumber = q.text(7);
    l.departure = q.planned(8, 9);
    l.arrival = q.planned(10, 11);
    l.notes = q.text(12);
    return l;
}

void bindLeg(SqlQuery& q, const TravelLeg& l)
{
    q.bind(QStringLiteral(":id"), l.id)
        .bind(QStringLiteral(":trip_id"), l.tripId)
        .bindRef(QStringLiteral(":from_stop_id"), l.fromStopId)
        .bindRef(QStringLiteral(":to_stop_id"), l.toStopId)
        .bindText(QStringLiteral(":from_place"), l.fromPlace)
        .bindText(QStringLiteral(":to_place"), l.toPlace)
        .bindText(QStringLiteral(":carrier"), l.carrier)
        .bindText(QStringLiteral(":flight_number"), l.flightNumber)
        .bindLocal(QStringLiteral(":departure_local"), l.departure)
        .bindText(QStringLiteral(":departure_zone"), l.departure.zone())
        .bindLocal(QStringLiteral(":arrival_local"), l.arrival)
        .bindText(QStringLiteral(":arrival_zone"), l.arrival.zone())
        .bindText(QStringLiteral(":notes"), l.notes);
}

Status writePassengers(Database& db, const TravelLeg& l)
{
    SqlQuery clear(db, QStringLiteral("DELETE FROM travel_leg_passengers WHERE leg_id = :id"));
    clear.bind(QStringLiteral(":id"), l.id);
    if (Status s = clear.exec(); !s) {
        return s;
    }
    int position = 0;
    for (const Uuid& person : l.passengerIds) {
        SqlQuery q(db,
            QStringLiteral("INSERT INTO travel_leg_passengers (leg_id, person_id, position) "
                           "VALUES (:leg, :person, :position)"));
        q.bind(QStringLiteral(":leg"), l.id)
            .bind(QStringLiteral(":person"), person)
            .bind(QStringLiteral(":position"), position++);
        if (Status s = q.exec(); !s) {
            return s;
        }
    }
    return {};
}

/// Legs selected by a WHERE clause on travel_legs (aliased l) bound to :key.
Result<std::vector<TravelLeg>> selectLegs(Database& db, const QString& where, const Uuid& key)
{
    SqlQuery q(db, QStringLiteral("SELECT %1 FROM travel_legs l WHERE %2").arg(kLegColumns, where));
    q.bind(QStringLiteral(":key"), key);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<TravelLeg> legs;
    while (q.next()) {
        legs.push_back(readLeg(q));
    }
    SqlQuery p(db,
        QStringLiteral("SELECT p.leg_id, p.person_id FROM travel_leg_passengers p "
                       "JOIN travel_legs l ON l.id = p.leg_id WHERE %1 ORDER BY p.leg_id, p.position")
            .arg(where));
    p.bind(QStringLiteral(":key"), key);
    if (Status s = p.exec(); !s) {
        return s.error();
    }
    ChildMap<Uuid> passengers;
    while (p.next()) {
        passengers[p.text(0)].push_back(p.text(1));
    }
    for (TravelLeg& l : legs) {
        l.passengerIds = passengers.value(l.id);
    }
    sortByInstant(legs, [](const TravelLeg& l) { return l.departure; });
    return legs;
}

}  // namespace

Result<std::vector<Stop>> ItineraryRepository::stops(const Uuid& tripId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM stops WHERE trip_id = :trip").arg(kStopColumns));
    q.bind(QStringLiteral(":trip"), tripId);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<Stop> out;
    while (q.next()) {
        out.push_back(readStop(q));
    }
    sortByInstant(out, [](const Stop& s) { return s.arrival; });
    return out;
}

Result<Stop> ItineraryRepository::getStop(const Uuid& id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM stops WHERE id = :id").arg(kStopColumns));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    if (!q.next()) {
        return makeError(StorageText::tr("there is no stop with id %1").arg(id));
    }
    return readStop(q);
}

Status ItineraryRepository::insertStop(const Stop& s)
{
    if (Status st = validate(s); !st) {
        return st;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("INSERT INTO stops (%1) VALUES (:id, :trip_id, :city, :country, :time_zone, "
                           ":arrival_local, :departure_local, :lodging, :notes)")
                .arg(kStopColumns));
        bindStop(q, s);
        return q.exec();
    });
}

Status ItineraryRepository::updateStop(const Stop& s)
{
    if (Status st = validate(s); !st) {
        return st;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("UPDATE stops SET trip_id = :trip_id, city = :city, country = :country, "
                           "time_zone = :time_zone, arrival_local = :arrival_local, "
                           "departure_local = :departure_local, lodging = :lodging, notes = :notes "
                           "WHERE id = :id"));
        bindStop(q, s);
        if (Status st = q.exec(); !st) {
            return st;
        }
        return requireRow(q, StorageText::tr("stop"), s.id);
    });
}

Status ItineraryRepository::removeStop(const Uuid& id)
{
    return m_db.transaction([&]() -> Status {
        auto users = describeUsers(m_db,
            { { StorageText::tr("forum"),
                  QStringLiteral("SELECT title FROM forums WHERE stop_id = :id ORDER BY start_local") },
                { StorageText::tr("meeting"),
                    QStringLiteral("SELECT title FROM meetings WHERE stop_id = :id ORDER BY start_local") },
                { StorageText::tr("travel leg"),
                    QStringLiteral("SELECT from_place || ' - ' || to_place || ' ' || flight_number "
                                   "FROM travel_legs WHERE from_stop_id = :id OR to_stop_id = :id "
                                   "ORDER BY departure_local") } },
            id);
        if (!users.ok()) {
            return users.error();
        }
        if (!users->isEmpty()) {
            auto stop = getStop(id);
            return inUse(
                stop.ok() ? StorageText::tr("The stop in %1").arg(stop->city) : StorageText::tr("The stop"), *users);
        }
        return deleteById(m_db, QStringLiteral("stops"), id, StorageText::tr("stop"));
    });
}

Result<std::vector<TravelLeg>> ItineraryRepository::legs(const Uuid& tripId) const
{
    return selectLegs(m_db, QStringLiteral("l.trip_id = :key"), tripId);
}

Result<TravelLeg> ItineraryRepository::getLeg(const Uuid& id) const
{
    auto found = selectLegs(m_db, QStringLiteral("l.id = :key"), id);
    if (!found.ok()) {
        return found.error();
    }
    if (found->empty()) {
        return makeError(StorageText::tr("there is no travel leg with id %1").arg(id));
    }
    return found->front();
}

Result<std::vector<TravelLeg>> ItineraryRepository::legsReferencing(const Uuid& stopOrPersonId) const
{
    return selectLegs(m_db,
        QStringLiteral("(l.from_stop_id = :key OR l.to_stop_id = :key OR l.id IN "
                       "(SELECT leg_id FROM travel_leg_passengers WHERE person_id = :key))"),
        stopOrPersonId);
}

Status ItineraryRepository::insertLeg(const TravelLeg& l)
{
    if (Status s = validate(l); !s) {
        return s;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("INSERT INTO travel_legs (%1) VALUES (:id, :trip_id, :from_stop_id, :to_stop_id, "
                           ":from_place, :to_place, :carrier, :flight_number, :departure_local, "
                           ":departure_zone, :arrival_local, :arrival_zone, :notes)")
                .arg(kLegColumns));
        bindLeg(q, l);
        if (Status s = q.exec(); !s) {
            return s;
        }
        return writePassengers(m_db, l);
    });
}

Status ItineraryRepository::updateLeg(const TravelLeg& l)
{
    if (Status s = validate(l); !s) {
        return s;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("UPDATE travel_legs SET trip_id = :trip_id, from_stop_id = :from_stop_id, "
                           "to_stop_id = :to_stop_id, from_place = :from_place, to_place = :to_place, "
                           "carrier = :carrier, flight_number = :flight_number, "
                           "departure_local = :departure_local, departure_zone = :departure_zone, "
                           "arrival_local = :arrival_local, arrival_zone = :arrival_zone, notes = :notes "
                           "WHERE id = :id"));
        bindLeg(q, l);
        if (Status s = q.exec(); !s) {
            return s;
        }
        if (Status s = requireRow(q, StorageText::tr("travel leg"), l.id); !s) {
            return s;
        }
        return writePassengers(m_db, l);
    });
}

Status ItineraryRepository::removeLeg(const Uuid& id)
{
    return m_db.transaction(
        [&]() -> Status { return deleteById(m_db, QStringLiteral("travel_legs"), id, StorageText::tr("travel leg")); });
}

}  // namespace planner
