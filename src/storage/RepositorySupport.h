#pragma once

// Internal to src/storage: small pieces the repositories share.

#include "domain/Entities.h"
#include "domain/Result.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <vector>

namespace planner::storage {

struct StorageText {
    Q_DECLARE_TR_FUNCTIONS(planner::Storage)
};

/// "?, ?, ?" placeholders would differ between drivers; named ones are
/// portable: ":p0, :p1, ...".
QString placeholders(int count);
void bindAll(SqlQuery& query, const std::vector<Uuid>& ids);

/// Fails with "no such X" when a write touched no row.
Status requireRow(const SqlQuery& query, const QString& what, const Uuid& id);

/// Deletes the row of table with this id; "there is no <what>" when none.
Status deleteById(Database& db, const QString& table, const Uuid& id, const QString& what);

/// Runs a query expected to return a single integer.
Result<qint64> countOf(Database& db, const QString& sql, const Uuid& id);

/// Stable order by instant, ties broken by id (deterministic exports).
template <typename T, typename Key> void sortByInstant(std::vector<T>& items, Key key)
{
    std::sort(items.begin(), items.end(), [&](const T& a, const T& b) {
        const qint64 ta = key(a).toUtc().toMSecsSinceEpoch();
        const qint64 tb = key(b).toUtc().toMSecsSinceEpoch();
        return ta != tb ? ta < tb : a.id < b.id;
    });
}

/// Groups child rows by parent id.
template <typename T> using ChildMap = QHash<Uuid, std::vector<T>>;

/// Refusal message naming the records that still use something.
Error inUse(const QString& what, const QStringList& users);

/// A query that returns the titles of records using :id, and the label of
/// such records ("forum", "session").
struct UsageQuery {
    QString label;
    QString sql;
};

/// "forum 'Korea-Uzbekistan ...'", one per user found.
Result<QStringList> describeUsers(Database& db, const std::vector<UsageQuery>& queries, const Uuid& id);

/// Whose seats: a meeting's ("meeting_id", "meetings", "m") or a forum's.
struct SeatOwner {
    QString column;
    QString table;
    QString alias;
};
inline const SeatOwner kMeetingSeats { QStringLiteral("meeting_id"), QStringLiteral("meetings"), QStringLiteral("m") };
inline const SeatOwner kForumSeats { QStringLiteral("forum_id"), QStringLiteral("forums"), QStringLiteral("f") };

/// The seats of the owners that where selects (over the owner's alias), by
/// owner, in order; one statement. A null key is not bound.
Result<ChildMap<Seat>> readSeats(Database& db, const SeatOwner& owner, const QString& where, const Uuid& key);
/// Replaces the owner's seats with the plan's (none when there is no plan).
Status writeSeats(Database& db, const SeatOwner& owner, const Uuid& id, const std::optional<SeatingPlan>& plan);
/// The seating_layout column's value: the layout's token, or NULL without a plan.
QVariant layoutColumn(const std::optional<SeatingPlan>& plan);
/// The plan of a seating_layout column and its seats; none when the column is NULL (empty).
std::optional<SeatingPlan> seatingPlan(const QString& layout, std::vector<Seat> seats);

}  // namespace planner::storage
