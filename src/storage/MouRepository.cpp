#include "domain/Validation.h"
#include "storage/Repositories.h"
#include "storage/RepositorySupport.h"

namespace planner {

using namespace storage;

namespace {

const QString kColumns = QStringLiteral(
    "m.id, m.trip_id, m.title, m.subject, m.status, m.signed_at_forum_id, m.signed_at_meeting_id, m.signed_local, "
    "m.signed_zone, m.notes");

Mou readMou(const SqlQuery& q)
{
    Mou m;
    m.id = q.text(0);
    m.tripId = q.text(1);
    m.title = q.text(2);
    m.subject = q.text(3);
    m.status = fromToken<MouStatus>(q.text(4)).value_or(MouStatus::Draft);
    m.signedAtForumId = q.text(5);
    m.signedAtMeetingId = q.text(6);
    m.signedAt = q.planned(7, 8);
    m.notes = q.text(9);
    return m;
}

void bindMou(SqlQuery& q, const Mou& m)
{
    q.bind(QStringLiteral(":id"), m.id)
        .bind(QStringLiteral(":trip_id"), m.tripId)
        .bindText(QStringLiteral(":title"), m.title)
        .bindText(QStringLiteral(":subject"), m.subject)
        .bindText(QStringLiteral(":status"), token(m.status))
        .bindRef(QStringLiteral(":signed_at_forum_id"), m.signedAtForumId)
        .bindRef(QStringLiteral(":signed_at_meeting_id"), m.signedAtMeetingId)
        .bindLocal(QStringLiteral(":signed_local"), m.signedAt)
        .bindRef(QStringLiteral(":signed_zone"), m.signedAt.isNull() ? QString() : m.signedAt.zone())
        .bindText(QStringLiteral(":notes"), m.notes);
}

Status writeParties(Database& db, const Mou& m)
{
    SqlQuery clear(db, QStringLiteral("DELETE FROM mou_parties WHERE mou_id = :id"));
    clear.bind(QStringLiteral(":id"), m.id);
    if (Status s = clear.exec(); !s) {
        return s;
    }
    int position = 0;
    for (const MouParty& p : m.parties) {
        SqlQuery q(db,
            QStringLiteral("INSERT INTO mou_parties (mou_id, organisation_id, signatory_id, position) "
                           "VALUES (:mou, :org, :signatory, :position)"));
        q.bind(QStringLiteral(":mou"), m.id)
            .bind(QStringLiteral(":org"), p.organisationId)
            .bindRef(QStringLiteral(":signatory"), p.signatoryId)
            .bind(QStringLiteral(":position"), position++);
        if (Status s = q.exec(); !s) {
            return s;
        }
    }
    return {};
}

Result<std::vector<Mou>> selectMous(Database& db, const QString& where, const Uuid& key)
{
    SqlQuery q(db, QStringLiteral("SELECT %1 FROM mous m WHERE %2 ORDER BY m.title, m.id").arg(kColumns, where));
    q.bind(QStringLiteral(":key"), key);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<Mou> mous;
    while (q.next()) {
        mous.push_back(readMou(q));
    }
    SqlQuery p(db,
        QStringLiteral("SELECT p.mou_id, p.organisation_id, p.signatory_id FROM mou_parties p "
                       "JOIN mous m ON m.id = p.mou_id WHERE %1 ORDER BY p.mou_id, p.position")
            .arg(where));
    p.bind(QStringLiteral(":key"), key);
    if (Status s = p.exec(); !s) {
        return s.error();
    }
    ChildMap<MouParty> parties;
    while (p.next()) {
        parties[p.text(0)].push_back({ p.text(1), p.text(2) });
    }
    for (Mou& m : mous) {
        m.parties = parties.value(m.id);
    }
    return mous;
}

}  // namespace

Result<std::vector<Mou>> MouRepository::list(const Uuid& tripId) const
{
    return selectMous(m_db, QStringLiteral("m.trip_id = :key"), tripId);
}

Result<Mou> MouRepository::get(const Uuid& id) const
{
    auto found = selectMous(m_db, QStringLiteral("m.id = :key"), id);
    if (!found.ok()) {
        return found.error();
    }
    if (found->empty()) {
        return makeError(StorageText::tr("there is no MOU with id %1").arg(id));
    }
    return found->front();
}

Result<std::vector<Mou>> MouRepository::referencing(const Uuid& id) const
{
    return selectMous(m_db,
        QStringLiteral("(m.signed_at_forum_id = :key OR m.signed_at_meeting_id = :key OR m.id IN "
                       "(SELECT mou_id FROM mou_parties WHERE organisation_id = :key OR "
                       "signatory_id = :key))"),
        id);
}

Status MouRepository::insert(const Mou& m)
{
    if (Status s = validate(m); !s) {
        return s;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("INSERT INTO mous (id, trip_id, title, subject, status, signed_at_forum_id, "
                           "signed_at_meeting_id, signed_local, signed_zone, notes) VALUES (:id, "
                           ":trip_id, :title, :subject, :status, :signed_at_forum_id, "
                           ":signed_at_meeting_id, :signed_local, :signed_zone, :notes)"));
        bindMou(q, m);
        if (Status s = q.exec(); !s) {
            return s;
        }
        return writeParties(m_db, m);
    });
}

Status MouRepository::update(const Mou& m)
{
    if (Status s = validate(m); !s) {
        return s;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("UPDATE mous SET trip_id = :trip_id, title = :title, subject = :subject, "
                           "status = :status, signed_at_forum_id = :signed_at_forum_id, "
                           "signed_at_meeting_id = :signed_at_meeting_id, signed_local = :signed_local, "
                           "signed_zone = :signed_zone, notes = :notes WHERE id = :id"));
        bindMou(q, m);
        if (Status s = q.exec(); !s) {
            return s;
        }
        if (Status s = requireRow(q, StorageText::tr("MOU"), m.id); !s) {
            return s;
        }
        return writeParties(m_db, m);
    });
}

Status MouRepository::remove(const Uuid& id)
{
    return m_db.transaction(
        [&]() -> Status { return deleteById(m_db, QStringLiteral("mous"), id, StorageText::tr("MOU")); });
}

}  // namespace planner
