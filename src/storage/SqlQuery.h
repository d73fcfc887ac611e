#pragma once

// Internal to src/storage: a prepared statement with errors as values.
//
// Statements are prepared once per connection and reused (Database keeps
// them by SQL text): a repository that runs the same INSERT 25,000 times in
// an import prepares it once. Every value a statement has is bound before
// each exec(), so nothing of an earlier use is left.

#include "domain/PlannedTime.h"
#include "domain/Result.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace planner {

class Database;

class SqlQuery {
public:
    SqlQuery(Database& db, const QString& sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery&) = delete;
    SqlQuery& operator=(const SqlQuery&) = delete;

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    SqlQuery& bindText(const QString& placeholder, const QString& value);  ///< never null ("")
    SqlQuery& bindRef(const QString& placeholder, const QString& uuid);  ///< NULL when empty
    SqlQuery& bindDate(const QString& placeholder, const QDate& date);  ///< NULL when invalid
    SqlQuery& bindLocal(const QString& placeholder, const PlannedTime& time);  ///< NULL when null

    /// Runs the statement; a failure's message says what was being done.
    Status exec();
    bool next() { return query().next(); }

    [[nodiscard]] QString text(int column) const { return query().value(column).toString(); }
    [[nodiscard]] int integer(int column) const { return query().value(column).toInt(); }
    [[nodiscard]] qint64 integer64(int column) const { return query().value(column).toLongLong(); }
    [[nodiscard]] bool isNull(int column) const { return query().isNull(column); }
    [[nodiscard]] QDate date(int column) const;
    /// Local time in column localColumn read in the zone of zoneColumn.
    [[nodiscard]] PlannedTime planned(int localColumn, int zoneColumn) const;
    [[nodiscard]] int numRowsAffected() const { return query().numRowsAffected(); }

private:
    [[nodiscard]] QSqlQuery& query() const { return m_cached ? *m_cached : *m_own; }

    Database& m_db;
    bool* m_inUse = nullptr;  ///< the cached statement's flag, released on destruction
    QSqlQuery* m_cached = nullptr;
    std::unique_ptr<QSqlQuery> m_own;  ///< when the cached one is in use (a nested query)
    Status m_prepared;
};

/// A readable message for a failed statement (constraint names mapped to
/// plain words where we know them).
QString describeSqlError(const QString& driverText);

}  // namespace planner
