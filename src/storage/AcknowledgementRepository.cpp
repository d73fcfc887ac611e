#include "storage/AcknowledgementRepository.h"

#include "storage/RepositorySupport.h"

namespace planner {

using namespace storage;

Result<std::vector<Acknowledgement>> AcknowledgementRepository::list(const Uuid& tripId) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT trip_id, rule_id, fingerprint, reason, acknowledged_at "
                       "FROM acknowledged_findings WHERE trip_id = :trip "
                       "ORDER BY acknowledged_at, rule_id, fingerprint"));
    q.bind(QStringLiteral(":trip"), tripId);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<Acknowledgement> out;
    while (q.next()) {
        Acknowledgement a;
        a.tripId = q.text(0);
        a.ruleId = q.text(1);
        a.fingerprint = q.text(2);
        a.reason = q.text(3);
        a.acknowledgedAt = QDateTime::fromString(q.text(4), Qt::ISODateWithMs).toUTC();
        out.push_back(std::move(a));
    }
    return out;
}

Status AcknowledgementRepository::acknowledge(const Acknowledgement& a)
{
    if (a.reason.trimmed().isEmpty()) {
        return makeError(
            StorageText::tr(
                "say why this finding is acceptable (e.g. \"interpreter works in both sessions by design\")"),
            QStringLiteral("reason"));
    }
    if (a.ruleId.isEmpty() || a.fingerprint.isEmpty()) {
        return makeError(StorageText::tr("an acknowledgement needs the rule and fingerprint of its finding"));
    }
    return m_db.transaction([&]() -> Status {
        auto trips = countOf(m_db, QStringLiteral("SELECT COUNT(*) FROM trips WHERE id = :id"), a.tripId);
        if (!trips.ok()) {
            return trips.error();
        }
        if (*trips == 0) {
            return makeError(StorageText::tr("there is no trip with id %1").arg(a.tripId));
        }
        const QDateTime when = a.acknowledgedAt.isValid() ? a.acknowledgedAt : QDateTime::currentDateTimeUtc();
        SqlQuery q(m_db,
            QStringLiteral("INSERT INTO acknowledged_findings (trip_id, rule_id, fingerprint, reason, "
                           "acknowledged_at) VALUES (:trip, :rule, :fingerprint, :reason, :at) "
                           "ON CONFLICT (trip_id, fingerprint) DO UPDATE SET rule_id = excluded.rule_id, "
                           "reason = excluded.reason, acknowledged_at = excluded.acknowledged_at"));
        q.bind(QStringLiteral(":trip"), a.tripId)
            .bindText(QStringLiteral(":rule"), a.ruleId)
            .bindText(QStringLiteral(":fingerprint"), a.fingerprint)
            .bindText(QStringLiteral(":reason"), a.reason.trimmed())
            .bindText(QStringLiteral(":at"), when.toUTC().toString(Qt::ISODateWithMs));
        return q.exec();
    });
}

Status AcknowledgementRepository::withdraw(const Uuid& tripId, const QString& fingerprint)
{
    return m_db.transaction([&]() -> Status {
        SqlQuery q(
            m_db, QStringLiteral("DELETE FROM acknowledged_findings WHERE trip_id = :trip AND fingerprint = :fp"));
        q.bind(QStringLiteral(":trip"), tripId).bind(QStringLiteral(":fp"), fingerprint);
        if (Status s = q.exec(); !s) {
            return s;
        }
        if (q.numRowsAffected() == 0) {
            return makeError(StorageText::tr("this finding was not acknowledged for the trip %1").arg(tripId));
        }
        return {};
    });
}

}  // namespace planner
