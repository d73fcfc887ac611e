#pragma once

// Internal to src/storage: a prepared statement with errors as values.

#include "domain/PlannedTime.h"
#include "domain/Result.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace planner {

class Database;

class SqlQuery {
public:
    SqlQuery(Database& db, const QString& sql);

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    SqlQuery& bindText(const QString& placeholder, const QString& value);  ///< never null ("")
    SqlQuery& bindRef(const QString& placeholder, const QString& uuid);  ///< NULL when empty
    SqlQuery& bindDate(const QString& placeholder, const QDate& date);  ///< NULL when invalid
    SqlQuery& bindLocal(const QString& placeholder, const PlannedTime& time);  ///< NULL when null

    /// Runs the statement; a failure's message says what was being done.
    Status exec();
    bool next() { return m_query.next(); }

    [[nodiscard]] QString text(int column) const { return m_query.value(column).toString(); }
    [[nodiscard]] int integer(int column) const { return m_query.value(column).toInt(); }
    [[nodiscard]] qint64 integer64(int column) const { return m_query.value(column).toLongLong(); }
    [[nodiscard]] bool isNull(int column) const { return m_query.isNull(column); }
    [[nodiscard]] QDate date(int column) const;
    /// Local time in column localColumn read in the zone of zoneColumn.
    [[nodiscard]] PlannedTime planned(int localColumn, int zoneColumn) const;
    [[nodiscard]] int numRowsAffected() const { return m_query.numRowsAffected(); }

private:
    QString m_sql;
    QSqlQuery m_query;
    Status m_prepared;
};

/// A readable message for a failed statement (constraint names mapped to
/// plain words where we know them).
QString describeSqlError(const QString& driverText);

}  // namespace planner
