#include "storage/SqlQuery.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace planner {

namespace {

struct StorageText {
    Q_DECLARE_TR_FUNCTIONS(planner::Storage)
};

/// Stored local times are always "YYYY-MM-DDTHH:MM[:SS]" (written by
/// bindLocal): a direct parse is many times faster than the general ISO
/// parser, which matters when an archive's sessions are loaded.
QDateTime parseStoredLocal(const QString& text)
{
    const auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const QChar c = text.at(i);
            if (!c.isDigit()) {
                return -1;
            }
            value = value * 10 + c.digitValue();
        }
        return value;
    };
    if (text.size() == 16 || text.size() == 19) {
        const int seconds = text.size() == 19 ? digits(17, 2) : 0;
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), seconds);
        if (date.isValid() && time.isValid()) {
            return QDateTime(date, time, QTimeZone::utc());
        }
    }
    return QDateTime::fromString(text, Qt::ISODate);
}

}  // namespace

SqlQuery::SqlQuery(Database& db, const QString& sql) : m_db(db)
{
    if (Database::Statement* statement = db.cachedStatement(sql)) {
        statement->inUse = true;
        m_inUse = &statement->inUse;
        m_cached = &statement->query;
        return;
    }
    m_own = std::make_unique<QSqlQuery>(db.connection());
    m_own->setForwardOnly(true);
    ++db.m_statementsPrepared;
    if (!m_own->prepare(sql)) {
        m_prepared = makeError(
            StorageText::tr("the database could not prepare a statement (%1)").arg(m_own->lastError().text()));
    }
}

SqlQuery::~SqlQuery()
{
    if (m_cached) {
        m_cached->finish();  // let go of the rows (and of SQLite's read lock) until the next use
        *m_inUse = false;
    }
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    query().bindValue(placeholder, value);
    return *this;
}

SqlQuery& SqlQuery::bindText(const QString& placeholder, const QString& value)
{
    return bind(placeholder, value.isNull() ? QString(QLatin1String("")) : value);
}

SqlQuery& SqlQuery::bindRef(const QString& placeholder, const QString& uuid)
{
    return bind(placeholder, uuid.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(uuid));
}

SqlQuery& SqlQuery::bindDate(const QString& placeholder, const QDate& date)
{
    return bind(
        placeholder, date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()));
}

SqlQuery& SqlQuery::bindLocal(const QString& placeholder, const PlannedTime& time)
{
    return bind(placeholder, time.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(time.localIso()));
}

Status SqlQuery::exec()
{
    if (!m_prepared) {
        return m_prepared;
    }
    ++m_db.m_statementsExecuted;
    if (!query().exec()) {
        return makeError(describeSqlError(query().lastError().databaseText()));
    }
    return {};
}

QDate SqlQuery::date(int column) const
{
    if (query().isNull(column)) {
        return {};
    }
    return QDate::fromString(query().value(column).toString(), Qt::ISODate);
}

PlannedTime SqlQuery::planned(int localColumn, int zoneColumn) const
{
    if (query().isNull(localColumn)) {
        return {};
    }
    return PlannedTime(parseStoredLocal(query().value(localColumn).toString()), query().value(zoneColumn).toString());
}

QString describeSqlError(const QString& driverText)
{
    struct Known {
        const char* fragment;
        const char* message;
    };
    static const Known known[] = {
        { "delegation_members.trip_id, delegation_members.precedence",
            "another member of this delegation already has that order of precedence" },
        { "delegation_members.trip_id, delegation_members.person_id", "this person is already in the delegation" },
        { "session_speakers.session_id, session_speakers.person_id",
            "this person is already a speaker of the session" },
        { "forum_hosts.forum_id, forum_hosts.organisation_id", "this organisation already hosts the forum" },
        { "mou_parties.mou_id, mou_parties.organisation_id", "this organisation is already a party to the MOU" },
        { "meeting_people.meeting_id, meeting_people.person_id", "this person is already in the meeting" },
        { "FOREIGN KEY constraint failed",
            "the record refers to something that does not exist, or is still used by others" },
        { "CHECK constraint failed: end_local", "the end must be after the start" },
        { "CHECK constraint failed: departure_local", "the departure must be after the arrival" },
        { "UNIQUE constraint failed", "a record with the same identity exists already" },
        { "NOT NULL constraint failed", "a required value is missing" },
        { "database is locked", "the database is busy: another program is writing to it; try again in a moment" },
        { "readonly database", "the database file is read-only" },
        { "disk I/O error", "the disk could not be written (is it full or removed?)" },
        { "database or disk is full", "the disk is full" },
    };
    for (const Known& k : known) {
        if (driverText.contains(QLatin1String(k.fragment))) {
            return StorageText::tr(k.message) + QStringLiteral(" (") + driverText + QLatin1Char(')');
        }
    }
    return StorageText::tr("the database refused the change (%1)").arg(driverText);
}

}  // namespace planner
