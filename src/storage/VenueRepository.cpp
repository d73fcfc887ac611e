#include "domain/Validation.h"
#include "storage/Repositories.h"
#include "storage/RepositorySupport.h"

namespace planner {

using namespace storage;

namespace {

const QString kColumns = QStringLiteral("id, name, address, city, country, notes");

Venue readVenue(const SqlQuery& q)
{
    Venue v;
    v.id = q.text(0);
    v.name = q.text(1);
    v.address = q.text(2);
    v.city = q.text(3);
    v.country = q.text(4);
    v.notes = q.text(5);
    return v;
}

/// Fills rooms of the venues with one query over the same selection.
Status loadRooms(Database& db, std::vector<Venue>& venues, const QString& where, const std::vector<Uuid>& ids)
{
    SqlQuery q(db, QStringLiteral("SELECT venue_id, name FROM venue_rooms %1 ORDER BY venue_id, position").arg(where));
    bindAll(q, ids);
    if (Status s = q.exec(); !s) {
        return s;
    }
    QHash<Uuid, QStringList> rooms;
    while (q.next()) {
        rooms[q.text(0)] << q.text(1);
    }
    for (Venue& v : venues) {
        v.rooms = rooms.value(v.id);
    }
    return {};
}

Result<std::vector<Venue>> select(Database& db, const std::vector<Uuid>& ids, bool all)
{
    std::vector<Venue> out;
    if (!all && ids.empty()) {
        return out;
    }
    const auto where = [&](const QString& column) {
        return all ? QString()
                   : QStringLiteral("WHERE %1 IN (%2)").arg(column, placeholders(static_cast<int>(ids.size())));
    };
    SqlQuery q(
        db, QStringLiteral("SELECT %1 FROM venues %2 ORDER BY name, id").arg(kColumns, where(QStringLiteral("id"))));
    bindAll(q, ids);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    while (q.next()) {
        out.push_back(readVenue(q));
    }
    if (Status s = loadRooms(db, out, where(QStringLiteral("venue_id")), ids); !s) {
        return s.error();
    }
    return out;
}

Status writeRooms(Database& db, const Venue& v)
{
    SqlQuery clear(db, QStringLiteral("DELETE FROM venue_rooms WHERE venue_id = :id"));
    clear.bind(QStringLiteral(":id"), v.id);
    if (Status s = clear.exec(); !s) {
        return s;
    }
    int position = 0;
    for (const QString& room : v.rooms) {
        if (room.trimmed().isEmpty()) {
            continue;
        }
        SqlQuery q(db, QStringLiteral("INSERT INTO venue_rooms (venue_id, position, name) VALUES (:id, :pos, :name)"));
        q.bind(QStringLiteral(":id"), v.id)
            .bind(QStringLiteral(":pos"), position++)
            .bindText(QStringLiteral(":name"), room);
        if (Status s = q.exec(); !s) {
            return s;
        }
    }
    return {};
}

void bindVenue(SqlQuery& q, const Venue& v)
{
    q.bind(QStringLiteral(":id"), v.id)
        .bindText(QStringLiteral(":name"), v.name)
        .bindText(QStringLiteral(":address"), v.address)
        .bindText(QStringLiteral(":city"), v.city)
        .bindText(QStringLiteral(":country"), v.country)
        .bindText(QStringLiteral(":notes"), v.notes);
}

}  // namespace

Result<std::vector<Venue>> VenueRepository::list() const
{
    return select(m_db, {}, true);
}

Result<std::vector<Venue>> VenueRepository::getMany(const std::vector<Uuid>& ids) const
{
    return select(m_db, ids, false);
}

Result<Venue> VenueRepository::get(const Uuid& id) const
{
    auto found = select(m_db, { id }, false);
    if (!found.ok()) {
        return found.error();
    }
    if (found->empty()) {
        return makeError(StorageText::tr("there is no venue with id %1").arg(id));
    }
    return found->front();
}

Status VenueRepository::insert(const Venue& v)
{
    if (Status s = validate(v); !s) {
        return s;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("INSERT INTO venues (%1) VALUES (:id, :name, :address, :city, :country, :notes)")
                .arg(kColumns));
        bindVenue(q, v);
        if (Status s = q.exec(); !s) {
            return s;
        }
        return writeRooms(m_db, v);
    });
}

Status VenueRepository::update(const Venue& v)
{
    if (Status s = validate(v); !s) {
        return s;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("UPDATE venues SET name = :name, address = :address, city = :city, "
                           "country = :country, notes = :notes WHERE id = :id"));
        bindVenue(q, v);
        if (Status s = q.exec(); !s) {
            return s;
        }
        if (Status s = requireRow(q, StorageText::tr("venue"), v.id); !s) {
            return s;
        }
        return writeRooms(m_db, v);
    });
}

Result<QStringList> VenueRepository::usages(const Uuid& id) const
{
    return describeUsers(m_db,
        { { StorageText::tr("forum"),
            QStringLiteral("SELECT title FROM forums WHERE venue_id = :id ORDER BY title") } },
        id);
}

Status VenueRepository::remove(const Uuid& id)
{
    return m_db.transaction([&]() -> Status {
        auto users = usages(id);
        if (!users.ok()) {
            return users.error();
        }
        if (!users->isEmpty()) {
            auto venue = get(id);
            return inUse(
                venue.ok() ? StorageText::tr("The venue '%1'").arg(venue->name) : StorageText::tr("The venue"), *users);
        }
        return deleteById(m_db, QStringLiteral("venues"), id, StorageText::tr("venue"));
    });
}

}  // namespace planner
