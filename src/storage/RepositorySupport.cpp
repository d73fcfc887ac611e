#include "storage/RepositorySupport.h"

namespace planner::storage {

QString placeholders(int count)
{
    QStringList names;
    names.reserve(count);
    for (int i = 0; i < count; ++i) {
        names << QStringLiteral(":p%1").arg(i);
    }
    return names.join(QStringLiteral(", "));
}

void bindAll(SqlQuery& query, const std::vector<Uuid>& ids)
{
    for (std::size_t i = 0; i < ids.size(); ++i) {
        query.bind(QStringLiteral(":p%1").arg(i), ids[i]);
    }
}

Status requireRow(const SqlQuery& query, const QString& what, const Uuid& id)
{
    if (query.numRowsAffected() == 0) {
        return makeError(StorageText::tr("there is no %1 with id %2 (was it deleted?)").arg(what, id));
    }
    return {};
}

Status deleteById(Database& db, const QString& table, const Uuid& id, const QString& what)
{
    SqlQuery q(db, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s) {
        return s;
    }
    return requireRow(q, what, id);
}

Result<qint64> countOf(Database& db, const QString& sql, const Uuid& id)
{
    SqlQuery q(db, sql);
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    return q.next() ? q.integer64(0) : 0;
}

Error inUse(const QString& what, const QStringList& users)
{
    constexpr int kShown = 8;
    QStringList shown = users.mid(0, kShown);
    QString list = shown.join(QStringLiteral("; "));
    if (users.size() > kShown) {
        list += StorageText::tr("; and %1 more").arg(users.size() - kShown);
    }
    return makeError(StorageText::tr("%1 cannot be deleted while it is used by: %2").arg(what, list));
}

Result<QStringList> describeUsers(Database& db, const std::vector<UsageQuery>& queries, const Uuid& id)
{
    QStringList users;
    for (const UsageQuery& usage : queries) {
        SqlQuery q(db, usage.sql);
        q.bind(QStringLiteral(":id"), id);
        if (Status s = q.exec(); !s) {
            return s.error();
        }
        while (q.next()) {
            users << QStringLiteral("%1 '%2'").arg(usage.label, q.text(0));
        }
    }
    return users;
}

}  // namespace planner::storage
