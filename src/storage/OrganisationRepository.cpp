#include "domain/Validation.h"
#include "storage/Repositories.h"
#include "storage/RepositorySupport.h"

namespace planner {

using namespace storage;

namespace {

const QString kColumns = QStringLiteral("id, name, local_name, abbreviation, country, kind, notes");

Organisation readOrganisation(const SqlQuery& q)
{
    Organisation o;
    o.id = q.text(0);
    o.name = q.text(1);
    o.localName = q.text(2);
    o.abbreviation = q.text(3);
    o.country = q.text(4);
    o.kind = fromToken<OrganisationKind>(q.text(5)).value_or(OrganisationKind::Other);
    o.notes = q.text(6);
    return o;
}

void bindOrganisation(SqlQuery& q, const Organisation& o)
{
    q.bind(QStringLiteral(":id"), o.id)
        .bindText(QStringLiteral(":name"), o.name)
        .bindText(QStringLiteral(":local_name"), o.localName)
        .bindText(QStringLiteral(":abbreviation"), o.abbreviation)
        .bindText(QStringLiteral(":country"), o.country)
        .bindText(QStringLiteral(":kind"), token(o.kind))
        .bindText(QStringLiteral(":notes"), o.notes);
}

}  // namespace

Result<std::vector<Organisation>> OrganisationRepository::list() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM organisations ORDER BY name, id").arg(kColumns));
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<Organisation> out;
    while (q.next()) {
        out.push_back(readOrganisation(q));
    }
    return out;
}

Result<std::vector<Organisation>> OrganisationRepository::getMany(const std::vector<Uuid>& ids) const
{
    std::vector<Organisation> out;
    if (ids.empty()) {
        return out;
    }
    SqlQuery q(m_db,
        QStringLiteral("SELECT %1 FROM organisations WHERE id IN (%2) ORDER BY name, id")
            .arg(kColumns, placeholders(static_cast<int>(ids.size()))));
    bindAll(q, ids);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    while (q.next()) {
        out.push_back(readOrganisation(q));
    }
    return out;
}

Result<Organisation> OrganisationRepository::get(const Uuid& id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM organisations WHERE id = :id").arg(kColumns));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    if (!q.next()) {
        return makeError(StorageText::tr("there is no organisation with id %1").arg(id));
    }
    return readOrganisation(q);
}

Status OrganisationRepository::insert(const Organisation& o)
{
    if (Status s = validate(o); !s) {
        return s;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("INSERT INTO organisations (%1) VALUES (:id, :name, :local_name, :abbreviation, "
                           ":country, :kind, :notes)")
                .arg(kColumns));
        bindOrganisation(q, o);
        return q.exec();
    });
}

Status OrganisationRepository::update(const Organisation& o)
{
    if (Status s = validate(o); !s) {
        return s;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("UPDATE organisations SET name = :name, local_name = :local_name, "
                           "abbreviation = :abbreviation, country = :country, kind = :kind, "
                           "notes = :notes WHERE id = :id"));
        bindOrganisation(q, o);
        if (Status s = q.exec(); !s) {
            return s;
        }
        return requireRow(q, StorageText::tr("organisation"), o.id);
    });
}

Result<QStringList> OrganisationRepository::usages(const Uuid& id) const
{
    return describeUsers(m_db,
        { { StorageText::tr("person"),
              QStringLiteral("SELECT family_name || ' ' || given_name FROM people WHERE organisation_id = :id "
                             "ORDER BY family_name, given_name") },
            { StorageText::tr("trip"),
                QStringLiteral("SELECT title FROM trips WHERE lead_organisation_id = :id ORDER BY title") },
            { StorageText::tr("forum"),
                QStringLiteral("SELECT f.title FROM forum_hosts h JOIN forums f ON f.id = h.forum_id "
                               "WHERE h.organisation_id = :id ORDER BY f.title") },
            { StorageText::tr("session"),
                QStringLiteral("SELECT title FROM agenda_sessions WHERE presenting_organisation_id = :id "
                               "ORDER BY start_local") },
            { StorageText::tr("MOU"),
                QStringLiteral("SELECT m.title FROM mou_parties p JOIN mous m ON m.id = p.mou_id "
                               "WHERE p.organisation_id = :id ORDER BY m.title") } },
        id);
}

Status OrganisationRepository::remove(const Uuid& id)
{
    return m_db.transaction([&]() -> Status {
        auto users = usages(id);
        if (!users.ok()) {
            return users.error();
        }
        if (!users->isEmpty()) {
            auto org = get(id);
            return inUse(org.ok() ? StorageText::tr("The organisation '%1'").arg(org->name)
                                  : StorageText::tr("The organisation"),
                *users);
        }
        return deleteById(m_db, QStringLiteral("organisations"), id, StorageText::tr("organisation"));
    });
}

}  // namespace planner
