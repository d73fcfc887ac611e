#pragma once

#include <QString>

namespace planner {

/// The per-trip thresholds of the planning checks (stored as trip settings).
struct CheckSettings {
    /// Setting names in TripSettingsRepository.
    static QString arrivalBufferName() { return QStringLiteral("arrivalBufferMinutes"); }
    static QString passportValidityName() { return QStringLiteral("passportValidityMonths"); }

    /// Least time between arriving in a city and the first commitment there.
    int arrivalBufferMinutes = 120;
    /// Months a passport must stay valid after the trip's return.
    int passportValidityMonths = 6;

    bool operator==(const CheckSettings&) const = default;
};

}  // namespace planner
