#pragma once

#include "services/Finding.h"

#include <QHash>
#include <QStringList>

namespace planner {

/// Assembles one Finding: the records involved with the content of each that
/// matters to the rule, which together with the rule id (and any trip
/// setting used) make the fingerprint.
class FindingBuilder {
public:
    FindingBuilder(Severity severity, QString ruleId);

    /// Adds a record (once; later calls for the same record add content).
    /// relevantContent is what the rule looked at, e.g. start and end.
    FindingBuilder& involve(RecordKind kind, const Uuid& id, const QString& relevantContent = {});
    /// A trip setting the rule used: changing it changes the fingerprint.
    FindingBuilder& setting(const QString& name, const QString& value);
    FindingBuilder& at(const PlannedTime& when);

    [[nodiscard]] Finding build(const QString& message) const;

private:
    struct Involved {
        RecordRef ref;
        QString content;
    };

    Severity m_severity;
    QString m_ruleId;
    std::vector<Involved> m_records;
    /// Where each record is in m_records ("kind:id"): a finding about a
    /// cluster involves thousands.
    QHash<QString, std::size_t> m_index;
    QStringList m_settings;
    PlannedTime m_when;
};

}  // namespace planner
