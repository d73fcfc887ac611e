#pragma once

#include "domain/Result.h"
#include "services/CheckSettings.h"
#include "services/Finding.h"
#include "storage/AcknowledgementRepository.h"

#include <vector>

namespace planner {

class Database;

/// A finding with what the desk officer made of it.
struct ReviewedFinding {
    Finding finding;
    /// Set when an acknowledgement with the finding's fingerprint exists.
    std::optional<Acknowledgement> acknowledgement;

    [[nodiscard]] bool isOpen() const { return !acknowledgement.has_value(); }
};

/// The planning checks of a stored trip: its settings, its findings marked
/// open or acknowledged, and acknowledging them. What the Checks page, the
/// dock and `delegation-planner check` use.
class CheckService {
public:
    explicit CheckService(Database& db) : m_db(db) { }

    /// The trip's thresholds (defaults where never set). Fails with a
    /// message when a stored value is not a sensible whole number.
    Result<CheckSettings> settings(const Uuid& tripId) const;
    Status setSettings(const Uuid& tripId, const CheckSettings& settings);

    /// Loads the trip, runs every check with its settings, and marks the
    /// findings its acknowledgements cover. Sorted as PlanningChecks::run().
    Result<std::vector<ReviewedFinding>> review(const Uuid& tripId) const;
    /// The same for findings already computed (e.g. from the bundle an
    /// editor holds): pure, no database.
    static std::vector<ReviewedFinding> review(
        std::vector<Finding> findings, const std::vector<Acknowledgement>& acknowledgements);

    /// Accepts a finding with a reason; it shows as acknowledged until its
    /// records change.
    Status acknowledge(const Uuid& tripId, const Finding& finding, const QString& reason);
    /// Makes an acknowledged finding open again.
    Status withdraw(const Uuid& tripId, const QString& fingerprint);

    /// True when an error finding is not acknowledged.
    static bool hasOpenError(const std::vector<ReviewedFinding>& findings);

private:
    Database& m_db;
};

}  // namespace planner
