#include "domain/Validation.h"
#include "storage/Repositories.h"
#include "storage/RepositorySupport.h"

#include <QSet>

namespace planner {

using namespace storage;

namespace {

const QString kColumns = QStringLiteral(
    "id, title, purpose, home_zone, start_date, end_date, lead_organisation_id, delegation_name, notes");
const QString kMemberColumns = QStringLiteral("id, person_id, role, precedence");

Trip readTrip(const SqlQuery& q)
{
    Trip t;
    t.id = q.text(0);
    t.title = q.text(1);
    t.purpose = q.text(2);
    t.homeZone = q.text(3);
    t.startDate = q.date(4);
    t.endDate = q.date(5);
    t.leadOrganisationId = q.text(6);
    t.delegationName = q.text(7);
    t.notes = q.text(8);
    return t;
}

void bindTrip(SqlQuery& q, const Trip& t)
{
    q.bind(QStringLiteral(":id"), t.id)
        .bindText(QStringLiteral(":title"), t.title)
        .bindText(QStringLiteral(":purpose"), t.purpose)
        .bindText(QStringLiteral(":home_zone"), t.homeZone)
        .bindDate(QStringLiteral(":start_date"), t.startDate)
        .bindDate(QStringLiteral(":end_date"), t.endDate)
        .bindRef(QStringLiteral(":lead_organisation_id"), t.leadOrganisationId)
        .bindText(QStringLiteral(":delegation_name"), t.delegationName)
        .bindText(QStringLiteral(":notes"), t.notes);
}

DelegationMember readMember(const SqlQuery& q)
{
    DelegationMember m;
    m.id = q.text(0);
    m.personId = q.text(1);
    m.role = fromToken<MemberRole>(q.text(2)).value_or(MemberRole::Member);
    m.precedence = q.integer(3);
    return m;
}

}  // namespace

Result<std::vector<Trip>> TripRepository::list() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM trips ORDER BY start_date, title, id").arg(kColumns));
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<Trip> out;
    while (q.next()) {
        out.push_back(readTrip(q));
    }
    return out;
}

Result<Trip> TripRepository::get(const Uuid& id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM trips WHERE id = :id").arg(kColumns));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    if (!q.next()) {
        return makeError(StorageText::tr("there is no trip with id %1").arg(id));
    }
    return readTrip(q);
}

Status TripRepository::insert(const Trip& t)
{
    if (Status s = validate(t); !s) {
        return s;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("INSERT INTO trips (%1) VALUES (:id, :title, :purpose, :home_zone, :start_date, "
                           ":end_date, :lead_organisation_id, :delegation_name, :notes)")
                .arg(kColumns));
        bindTrip(q, t);
        return q.exec();
    });
}

Status TripRepository::update(const Trip& t)
{
    if (Status s = validate(t); !s) {
        return s;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("UPDATE trips SET title = :title, purpose = :purpose, home_zone = :home_zone, "
                           "start_date = :start_date, end_date = :end_date, "
                           "lead_organisation_id = :lead_organisation_id, "
                           "delegation_name = :delegation_name, notes = :notes WHERE id = :id"));
        bindTrip(q, t);
        if (Status s = q.exec(); !s) {
            return s;
        }
        return requireRow(q, StorageText::tr("trip"), t.id);
    });
}

Status TripRepository::remove(const Uuid& id)
{
    return m_db.transaction([&]() -> Status {
        // Everything of the trip goes with it (ON DELETE CASCADE).
        return deleteById(m_db, QStringLiteral("trips"), id, StorageText::tr("trip"));
    });
}

Result<std::vector<DelegationMember>> TripRepository::members(const Uuid& tripId) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT %1 FROM delegation_members WHERE trip_id = :trip ORDER BY precedence")
            .arg(kMemberColumns));
    q.bind(QStringLiteral(":trip"), tripId);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<DelegationMember> out;
    while (q.next()) {
        out.push_back(readMember(q));
    }
    return out;
}

Status TripRepository::insertMember(const Uuid& tripId, const DelegationMember& m)
{
    if (Status s = validate(m); !s) {
        return s;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("INSERT INTO delegation_members (trip_id, %1) VALUES (:trip, :id, :person, "
                           ":role, :precedence)")
                .arg(kMemberColumns));
        q.bind(QStringLiteral(":trip"), tripId)
            .bind(QStringLiteral(":id"), m.id)
            .bind(QStringLiteral(":person"), m.personId)
            .bindText(QStringLiteral(":role"), token(m.role))
            .bind(QStringLiteral(":precedence"), m.precedence);
        return q.exec();
    });
}

Status TripRepository::updateMember(const DelegationMember& m)
{
    if (Status s = validate(m); !s) {
        return s;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("UPDATE delegation_members SET person_id = :person, role = :role, "
                           "precedence = :precedence WHERE id = :id"));
        q.bind(QStringLiteral(":id"), m.id)
            .bind(QStringLiteral(":person"), m.personId)
            .bindText(QStringLiteral(":role"), token(m.role))
            .bind(QStringLiteral(":precedence"), m.precedence);
        if (Status s = q.exec(); !s) {
            return s;
        }
        return requireRow(q, StorageText::tr("delegation member"), m.id);
    });
}

Status TripRepository::removeMember(const Uuid& memberId)
{
    return m_db.transaction([&]() -> Status {
        return deleteById(m_db, QStringLiteral("delegation_members"), memberId, StorageText::tr("delegation member"));
    });
}

Status TripRepository::reorderMembers(const Uuid& tripId, const std::vector<Uuid>& memberIds)
{
    return m_db.transaction([&]() -> Status {
        auto current = members(tripId);
        if (!current.ok()) {
            return current.error();
        }
        QSet<Uuid> existing;
        for (const DelegationMember& m : *current) {
            existing.insert(m.id);
        }
        const QSet<Uuid> given(memberIds.begin(), memberIds.end());
        if (given != existing || given.size() != static_cast<qsizetype>(memberIds.size())) {
            return makeError(StorageText::tr("the new order must list every member of the delegation exactly once"));
        }
        // Precedence is unique per trip: move everyone out of the way first.
        SqlQuery shift(m_db,
            QStringLiteral("UPDATE delegation_members SET precedence = precedence + 1000000 "
                           "WHERE trip_id = :trip"));
        shift.bind(QStringLiteral(":trip"), tripId);
        if (Status s = shift.exec(); !s) {
            return s;
        }
        int precedence = 1;
        for (const Uuid& id : memberIds) {
            SqlQuery q(m_db, QStringLiteral("UPDATE delegation_members SET precedence = :p WHERE id = :id"));
            q.bind(QStringLiteral(":p"), precedence++).bind(QStringLiteral(":id"), id);
            if (Status s = q.exec(); !s) {
                return s;
            }
        }
        return {};
    });
}

Result<std::vector<TripRepository::Membership>> TripRepository::membershipsOf(const Uuid& personId) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT %1, trip_id FROM delegation_members WHERE person_id = :person "
                       "ORDER BY trip_id")
            .arg(kMemberColumns));
    q.bind(QStringLiteral(":person"), personId);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<Membership> out;
    while (q.next()) {
        out.push_back({ q.text(4), readMember(q) });
    }
    return out;
}

Result<std::vector<Trip>> TripRepository::tripsLedBy(const Uuid& organisationId) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT %1 FROM trips WHERE lead_organisation_id = :org ORDER BY start_date, title, id")
            .arg(kColumns));
    q.bind(QStringLiteral(":org"), organisationId);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<Trip> out;
    while (q.next()) {
        out.push_back(readTrip(q));
    }
    return out;
}

Result<QString> TripSettingsRepository::value(const Uuid& tripId, const QString& name, const QString& fallback) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM trip_settings WHERE trip_id = :trip AND name = :name"));
    q.bind(QStringLiteral(":trip"), tripId).bind(QStringLiteral(":name"), name);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    return q.next() ? q.text(0) : fallback;
}

Status TripSettingsRepository::setValue(const Uuid& tripId, const QString& name, const QString& value)
{
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("INSERT INTO trip_settings (trip_id, name, value) VALUES (:trip, :name, :value) "
                           "ON CONFLICT (trip_id, name) DO UPDATE SET value = excluded.value"));
        q.bind(QStringLiteral(":trip"), tripId)
            .bind(QStringLiteral(":name"), name)
            .bindText(QStringLiteral(":value"), value);
        return q.exec();
    });
}

}  // namespace planner
