#pragma once

#include "services/CheckSettings.h"
#include "services/Finding.h"

#include <vector>

namespace planner {

class TripIndex;
struct TripBundle;

/// All planning checks of a trip at once (see CheckRules.h for each rule).
class PlanningChecks {
public:
    using RuleFunction = std::vector<Finding> (*)(const TripIndex&, const CheckSettings&);

    struct Rule {
        QString id;  ///< "person-double-booked"
        Severity severity;  ///< the usual severity (mou-party-without-signatory is a note for drafts)
        QString title;  ///< translated one-line description
        RuleFunction check;
    };

    /// Every rule, in the order they are run.
    static const std::vector<Rule>& rules();
    /// The rule with this id, or nullptr.
    static const Rule* rule(const QString& id);

    /// Runs every rule over the bundle; findings sorted by severity, then
    /// time (see sortFindings()).
    static std::vector<Finding> run(const TripBundle& bundle, const CheckSettings& settings = {});
};

}  // namespace planner
