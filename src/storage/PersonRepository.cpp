#include "domain/Validation.h"
#include "storage/Repositories.h"
#include "storage/RepositorySupport.h"

namespace planner {

using namespace storage;

namespace {

const QString kColumns = QStringLiteral(
    "id, family_name, given_name, local_name, honorific, position, organisation_id, email, phone, sex, "
    "date_of_birth, nationality, passport_number, passport_expiry, notes");

Person readPerson(const SqlQuery& q)
{
    Person p;
    p.id = q.text(0);
    p.familyName = q.text(1);
    p.givenName = q.text(2);
    p.localName = q.text(3);
    p.honorific = q.text(4);
    p.position = q.text(5);
    p.organisationId = q.text(6);
    p.email = q.text(7);
    p.phone = q.text(8);
    p.sex = fromToken<Sex>(q.text(9)).value_or(Sex::Unspecified);
    p.dateOfBirth = q.date(10);
    p.nationality = q.text(11);
    p.passportNumber = q.text(12);
    p.passportExpiry = q.date(13);
    p.notes = q.text(14);
    return p;
}

void bindPerson(SqlQuery& q, const Person& p)
{
    q.bind(QStringLiteral(":id"), p.id)
        .bindText(QStringLiteral(":family_name"), p.familyName)
        .bindText(QStringLiteral(":given_name"), p.givenName)
        .bindText(QStringLiteral(":local_name"), p.localName)
        .bindText(QStringLiteral(":honorific"), p.honorific)
        .bindText(QStringLiteral(":position"), p.position)
        .bindRef(QStringLiteral(":organisation_id"), p.organisationId)
        .bindText(QStringLiteral(":email"), p.email)
        .bindText(QStringLiteral(":phone"), p.phone)
        .bindText(QStringLiteral(":sex"), token(p.sex))
        .bindDate(QStringLiteral(":date_of_birth"), p.dateOfBirth)
        .bindText(QStringLiteral(":nationality"), p.nationality)
        .bindText(QStringLiteral(":passport_number"), p.passportNumber)
        .bindDate(QStringLiteral(":passport_expiry"), p.passportExpiry)
        .bindText(QStringLiteral(":notes"), p.notes);
}

const QString kOrder = QStringLiteral("ORDER BY family_name, given_name, id");

}  // namespace

Result<std::vector<Person>> PersonRepository::list() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM people %2").arg(kColumns, kOrder));
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<Person> out;
    while (q.next()) {
        out.push_back(readPerson(q));
    }
    return out;
}

Result<std::vector<Person>> PersonRepository::getMany(const std::vector<Uuid>& ids) const
{
    std::vector<Person> out;
    if (ids.empty()) {
        return out;
    }
    SqlQuery q(m_db,
        QStringLiteral("SELECT %1 FROM people WHERE id IN (%2) %3")
            .arg(kColumns, placeholders(static_cast<int>(ids.size())), kOrder));
    bindAll(q, ids);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    while (q.next()) {
        out.push_back(readPerson(q));
    }
    return out;
}

Result<std::vector<Person>> PersonRepository::peopleOf(const Uuid& organisationId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM people WHERE organisation_id = :org %2").arg(kColumns, kOrder));
    q.bind(QStringLiteral(":org"), organisationId);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<Person> out;
    while (q.next()) {
        out.push_back(readPerson(q));
    }
    return out;
}

Result<Person> PersonRepository::get(const Uuid& id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM people WHERE id = :id").arg(kColumns));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    if (!q.next()) {
        return makeError(StorageText::tr("there is no person with id %1").arg(id));
    }
    return readPerson(q);
}

Status PersonRepository::insert(const Person& p)
{
    if (Status s = validate(p); !s) {
        return s;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("INSERT INTO people (%1) VALUES (:id, :family_name, :given_name, :local_name, "
                           ":honorific, :position, :organisation_id, :email, :phone, :sex, "
                           ":date_of_birth, :nationality, :passport_number, :passport_expiry, :notes)")
                .arg(kColumns));
        bindPerson(q, p);
        return q.exec();
    });
}

Status PersonRepository::update(const Person& p)
{
    if (Status s = validate(p); !s) {
        return s;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("UPDATE people SET family_name = :family_name, given_name = :given_name, "
                           "local_name = :local_name, honorific = :honorific, position = :position, "
                           "organisation_id = :organisation_id, email = :email, phone = :phone, sex = :sex, "
                           "date_of_birth = :date_of_birth, nationality = :nationality, "
                           "passport_number = :passport_number, passport_expiry = :passport_expiry, "
                           "notes = :notes WHERE id = :id"));
        bindPerson(q, p);
        if (Status s = q.exec(); !s) {
            return s;
        }
        return requireRow(q, StorageText::tr("person"), p.id);
    });
}

Result<QStringList> PersonRepository::usages(const Uuid& id) const
{
    return describeUsers(m_db,
        { { StorageText::tr("delegation of trip"),
              QStringLiteral("SELECT t.title FROM delegation_members m JOIN trips t ON t.id = "
                             "m.trip_id WHERE m.person_id = :id ORDER BY t.title") },
            { StorageText::tr("session"),
                QStringLiteral("SELECT s.title FROM session_speakers sp JOIN agenda_sessions s ON s.id = "
                               "sp.session_id WHERE sp.person_id = :id ORDER BY s.start_local") },
            { StorageText::tr("meeting"),
                QStringLiteral("SELECT m.title FROM meeting_people mp JOIN meetings m ON m.id = "
                               "mp.meeting_id WHERE mp.person_id = :id ORDER BY m.start_local") },
            { StorageText::tr("travel leg"),
                QStringLiteral("SELECT l.from_place || ' - ' || l.to_place || ' ' || l.flight_number FROM "
                               "travel_leg_passengers p JOIN travel_legs l ON l.id = p.leg_id WHERE p.person_id = :id "
                               "ORDER BY l.departure_local") },
            { StorageText::tr("MOU"),
                QStringLiteral("SELECT m.title FROM mou_parties p JOIN mous m ON m.id = p.mou_id "
                               "WHERE p.signatory_id = :id ORDER BY m.title") } },
        id);
}

Status PersonRepository::remove(const Uuid& id)
{
    return m_db.transaction([&]() -> Status {
        auto users = usages(id);
        if (!users.ok()) {
            return users.error();
        }
        if (!users->isEmpty()) {
            auto person = get(id);
            return inUse(
                person.ok() ? StorageText::tr("%1").arg(person->displayName()) : StorageText::tr("The person"), *users);
        }
        return deleteById(m_db, QStringLiteral("people"), id, StorageText::tr("person"));
    });
}

}  // namespace planner
