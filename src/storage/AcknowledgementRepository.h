#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"

#include <QDateTime>

#include <vector>

namespace planner {

class Database;

/// A planning-check finding a desk officer has looked at and accepted, with
/// the reason. It matches the finding with the same fingerprint only, so it
/// lapses when a record involved changes (and applies again if the change
/// is undone).
struct Acknowledgement {
    Uuid tripId;
    QString ruleId;  ///< "person-double-booked"
    QString fingerprint;  ///< Finding::fingerprint
    QString reason;  ///< "interpreter works in both sessions by design"
    QDateTime acknowledgedAt;  ///< UTC
    bool operator==(const Acknowledgement&) const = default;
};

/// Acknowledged findings of trips (deleted with their trip).
class AcknowledgementRepository {
public:
    explicit AcknowledgementRepository(Database& db) : m_db(db) { }

    /// The trip's acknowledgements, oldest first.
    Result<std::vector<Acknowledgement>> list(const Uuid& tripId) const;
    /// Records an acknowledgement, or replaces the reason and time of the
    /// one with the same fingerprint. Refused without a reason or for a
    /// trip that does not exist.
    Status acknowledge(const Acknowledgement& a);
    /// Takes an acknowledgement back; fails when there is none.
    Status withdraw(const Uuid& tripId, const QString& fingerprint);

private:
    Database& m_db;
};

}  // namespace planner
