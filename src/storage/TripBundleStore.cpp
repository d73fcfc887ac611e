#include "storage/Repositories.h"
#include "storage/RepositorySupport.h"

#include <QSet>

namespace planner {

using namespace storage;

namespace {

/// Collects ids without duplicates, ignoring empty references.
class IdSet {
public:
    void add(const Uuid& id)
    {
        if (!id.isEmpty() && !m_seen.contains(id)) {
            m_seen.insert(id);
            m_ids.push_back(id);
        }
    }
    [[nodiscard]] const std::vector<Uuid>& ids() const { return m_ids; }

private:
    QSet<Uuid> m_seen;
    std::vector<Uuid> m_ids;
};

/// Inserts the records that are new, updates those that differ: one query
/// reads what is there for all of them.
template <typename Repository, typename Record, typename Describe>
Status upsertAll(Repository& repository, const std::vector<Record>& records, Describe describe)
{
    std::vector<Uuid> ids;
    ids.reserve(records.size());
    for (const Record& r : records) {
        ids.push_back(r.id);
    }
    auto existing = repository.getMany(ids);
    if (!existing.ok()) {
        return existing.error();
    }
    QHash<Uuid, const Record*> stored;
    for (const Record& r : *existing) {
        stored.insert(r.id, &r);
    }
    for (const Record& r : records) {
        const Record* there = stored.value(r.id);
        Status s = there == nullptr ? repository.insert(r) : (*there == r ? Status() : repository.update(r));
        if (!s) {
            return makeError(s.error().text(), describe(r));
        }
    }
    return {};
}

/// Rows about a trip that are not part of its document (settings, the
/// acknowledged findings of the planning checks). Replacing a trip keeps them.
struct KeptRows {
    QString table;
    QStringList columns;  ///< after trip_id
    std::vector<QVariantList> rows;
};

Result<std::vector<KeptRows>> takeTripSideRows(Database& db, const Uuid& tripId)
{
    std::vector<KeptRows> kept {
        { QStringLiteral("trip_settings"), { QStringLiteral("name"), QStringLiteral("value") }, {} },
        { QStringLiteral("acknowledged_findings"),
            { QStringLiteral("rule_id"), QStringLiteral("fingerprint"), QStringLiteral("reason"),
                QStringLiteral("acknowledged_at") },
            {} },
    };
    for (KeptRows& k : kept) {
        SqlQuery q(db,
            QStringLiteral("SELECT %1 FROM %2 WHERE trip_id = :trip")
                .arg(k.columns.join(QStringLiteral(", ")), k.table));
        q.bind(QStringLiteral(":trip"), tripId);
        if (Status s = q.exec(); !s) {
            return s.error();
        }
        while (q.next()) {
            QVariantList row;
            for (int c = 0; c < k.columns.size(); ++c) {
                row << q.text(c);
            }
            k.rows.push_back(row);
        }
    }
    return kept;
}

Status restoreTripSideRows(Database& db, const Uuid& tripId, const std::vector<KeptRows>& kept)
{
    for (const KeptRows& k : kept) {
        QStringList names;
        for (const QString& c : k.columns) {
            names << QLatin1Char(':') + c;
        }
        for (const QVariantList& row : k.rows) {
            SqlQuery q(db,
                QStringLiteral("INSERT INTO %1 (trip_id, %2) VALUES (:trip, %3)")
                    .arg(k.table, k.columns.join(QStringLiteral(", ")), names.join(QStringLiteral(", "))));
            q.bind(QStringLiteral(":trip"), tripId);
            for (int c = 0; c < k.columns.size(); ++c) {
                q.bind(names[c], row[c]);
            }
            if (Status s = q.exec(); !s) {
                return s;
            }
        }
    }
    return {};
}

/// Prefixes an error with the record it concerns.
Status about(Status status, const QString& what)
{
    if (status) {
        return status;
    }
    return makeError(status.error().text(), what);
}

}  // namespace

Result<bool> TripBundleStore::tripExists(const Uuid& tripId) const
{
    auto count = countOf(m_db, QStringLiteral("SELECT COUNT(*) FROM trips WHERE id = :id"), tripId);
    if (!count.ok()) {
        return count.error();
    }
    return *count > 0;
}

Result<TripBundle> TripBundleStore::load(const Uuid& tripId) const
{
    TripBundle b;
    auto trip = TripRepository(m_db).get(tripId);
    if (!trip.ok()) {
        return trip.error();
    }
    b.trip = *trip;

    auto members = TripRepository(m_db).members(tripId);
    auto stops = ItineraryRepository(m_db).stops(tripId);
    auto legs = ItineraryRepository(m_db).legs(tripId);
    auto forums = ForumRepository(m_db).list(tripId);
    auto meetings = MeetingRepository(m_db).list(tripId);
    auto mous = MouRepository(m_db).list(tripId);
    for (const Status& s :
        { members.ok() ? Status() : Status(members.error()), stops.ok() ? Status() : Status(stops.error()),
            legs.ok() ? Status() : Status(legs.error()), forums.ok() ? Status() : Status(forums.error()),
            meetings.ok() ? Status() : Status(meetings.error()), mous.ok() ? Status() : Status(mous.error()) }) {
        if (!s) {
            return s.error();
        }
    }
    b.members = std::move(*members);
    b.stops = std::move(*stops);
    b.legs = std::move(*legs);
    b.forums = std::move(*forums);
    b.meetings = std::move(*meetings);
    b.mous = std::move(*mous);

    IdSet people;
    IdSet organisations;
    IdSet venues;
    organisations.add(b.trip.leadOrganisationId);
    for (const DelegationMember& m : b.members) {
        people.add(m.personId);
    }
    for (const TravelLeg& l : b.legs) {
        for (const Uuid& p : l.passengerIds) {
            people.add(p);
        }
    }
    for (const Forum& f : b.forums) {
        venues.add(f.venueId);
        for (const ForumHost& h : f.hosts) {
            organisations.add(h.organisationId);
        }
        for (const AgendaSession& s : f.sessions) {
            organisations.add(s.presentingOrganisationId);
            for (const SessionSpeaker& sp : s.speakers) {
                people.add(sp.personId);
            }
        }
    }
    for (const Meeting& m : b.meetings) {
        for (const Uuid& p : m.counterpartIds) {
            people.add(p);
        }
        for (const Uuid& p : m.participantIds) {
            people.add(p);
        }
    }
    for (const Mou& m : b.mous) {
        for (const MouParty& p : m.parties) {
            organisations.add(p.organisationId);
            people.add(p.signatoryId);
        }
    }
    auto loadedPeople = PersonRepository(m_db).getMany(people.ids());
    if (!loadedPeople.ok()) {
        return loadedPeople.error();
    }
    b.people = std::move(*loadedPeople);
    for (const Person& p : b.people) {
        organisations.add(p.organisationId);
    }
    auto loadedOrganisations = OrganisationRepository(m_db).getMany(organisations.ids());
    if (!loadedOrganisations.ok()) {
        return loadedOrganisations.error();
    }
    b.organisations = std::move(*loadedOrganisations);
    auto loadedVenues = VenueRepository(m_db).getMany(venues.ids());
    if (!loadedVenues.ok()) {
        return loadedVenues.error();
    }
    b.venues = std::move(*loadedVenues);
    return b;
}

Status TripBundleStore::save(const TripBundle& b, bool replace)
{
    return m_db.transaction([&]() -> Status {
        auto exists = tripExists(b.trip.id);
        if (!exists.ok()) {
            return exists.error();
        }
        TripRepository trips(m_db);
        std::vector<KeptRows> kept;
        if (*exists) {
            if (!replace) {
                auto current = trips.get(b.trip.id);
                return makeError(
                    StorageText::tr("the trip '%1' (%2) is already in this database; replace it to import this copy")
                        .arg(current.ok() ? current->title : b.trip.title, b.trip.id));
            }
            auto taken = takeTripSideRows(m_db, b.trip.id);
            if (!taken.ok()) {
                return taken.error();
            }
            kept = std::move(*taken);
            if (Status s = trips.remove(b.trip.id); !s) {
                return s;
            }
        }
        OrganisationRepository organisations(m_db);
        if (Status s = upsertAll(organisations, b.organisations,
                [](const Organisation& o) { return StorageText::tr("organisation '%1'").arg(o.name); });
            !s) {
            return s;
        }
        PersonRepository people(m_db);
        if (Status s = upsertAll(
                people, b.people, [](const Person& p) { return StorageText::tr("person '%1'").arg(p.displayName()); });
            !s) {
            return s;
        }
        VenueRepository venues(m_db);
        if (Status s
            = upsertAll(venues, b.venues, [](const Venue& v) { return StorageText::tr("venue '%1'").arg(v.name); });
            !s) {
            return s;
        }
        if (Status s = about(trips.insert(b.trip), StorageText::tr("trip '%1'").arg(b.trip.title)); !s) {
            return s;
        }
        if (Status s = restoreTripSideRows(m_db, b.trip.id, kept); !s) {
            return s;
        }
        for (const DelegationMember& m : b.members) {
            if (Status s
                = about(trips.insertMember(b.trip.id, m), StorageText::tr("delegation member %1").arg(m.precedence));
                !s) {
                return s;
            }
        }
        ItineraryRepository itinerary(m_db);
        for (Stop stop : b.stops) {
            stop.tripId = b.trip.id;
            if (Status s = about(itinerary.insertStop(stop), StorageText::tr("stop '%1'").arg(stop.city)); !s) {
                return s;
            }
        }
        for (TravelLeg leg : b.legs) {
            leg.tripId = b.trip.id;
            if (Status s = about(itinerary.insertLeg(leg), StorageText::tr("travel leg %1").arg(leg.flightNumber));
                !s) {
                return s;
            }
        }
        ForumRepository forums(m_db);
        for (Forum forum : b.forums) {
            forum.tripId = b.trip.id;
            if (Status s = about(forums.insert(forum), StorageText::tr("forum '%1'").arg(forum.title)); !s) {
                return s;
            }
        }
        MeetingRepository meetings(m_db);
        for (Meeting meeting : b.meetings) {
            meeting.tripId = b.trip.id;
            if (Status s = about(meetings.insert(meeting), StorageText::tr("meeting '%1'").arg(meeting.title)); !s) {
                return s;
            }
        }
        MouRepository mous(m_db);
        for (Mou mou : b.mous) {
            mou.tripId = b.trip.id;
            if (Status s = about(mous.insert(mou), StorageText::tr("MOU '%1'").arg(mou.title)); !s) {
                return s;
            }
        }
        return {};
    });
}

}  // namespace planner
