#pragma once

// A problem the planning checks found in a trip: what is wrong (rule and
// message), how bad it is, which records are involved, and a fingerprint
// that identifies this very problem over the records' current content, so an
// acknowledgement stays valid only until one of those records changes.

#include "domain/Entities.h"
#include "domain/PlannedTime.h"

#include <QString>

#include <optional>
#include <vector>

namespace planner {

enum class Severity { Error, Warning, Note };

/// A record a finding involves. For a Session, the forum is among the
/// finding's records too.
struct RecordRef {
    RecordKind kind = RecordKind::Trip;
    Uuid id;
    bool operator==(const RecordRef&) const = default;
};

struct Finding {
    Severity severity = Severity::Warning;
    QString ruleId;  ///< stable, never translated: "person-double-booked"
    QString message;  ///< for people, translated, names records and local times with zones
    /// The records involved, the one to open first (on double-click) first.
    std::vector<RecordRef> records;
    /// When the problem happens (for sorting and the timeline); null for
    /// problems without a time (passports, MOU parties, the delegation).
    PlannedTime when;
    /// Hex SHA-256 of the rule id and the involved records' relevant
    /// content (and the trip setting the rule used). Equal while nothing
    /// that matters to this finding changes.
    QString fingerprint;

    [[nodiscard]] bool involves(RecordKind kind, const Uuid& id) const;
    bool operator==(const Finding&) const = default;
};

/// "error", "warning", "note": stable tokens (JSON output, storage).
QString token(Severity severity);
/// Translated "Error", "Warning", "Note".
QString label(Severity severity);
std::optional<Severity> severityFromToken(const QString& token);

/// Orders findings by severity (errors first), then by when (earlier
/// first, findings without a time after those with one), then rule id,
/// message and fingerprint, so the order is deterministic.
void sortFindings(std::vector<Finding>& findings);

}  // namespace planner
