#include "services/Finding.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>
#include <tuple>

namespace planner {

namespace {

qint64 sortInstant(const PlannedTime& t)
{
    return t.isNull() ? std::numeric_limits<qint64>::max() : t.toUtc().toMSecsSinceEpoch();
}

}  // namespace

bool Finding::involves(RecordKind kind, const Uuid& id) const
{
    return std::any_of(
        records.begin(), records.end(), [&](const RecordRef& r) { return r.kind == kind && r.id == id; });
}

QString token(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Note: return QStringLiteral("note");
    }
    return {};
}

QString label(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QCoreApplication::translate("planner::Finding", "Error");
    case Severity::Warning: return QCoreApplication::translate("planner::Finding", "Warning");
    case Severity::Note: return QCoreApplication::translate("planner::Finding", "Note");
    }
    return {};
}

std::optional<Severity> severityFromToken(const QString& text)
{
    for (Severity s : { Severity::Error, Severity::Warning, Severity::Note }) {
        if (token(s) == text) {
            return s;
        }
    }
    return std::nullopt;
}

void sortFindings(std::vector<Finding>& findings)
{
    // One instant per finding, not one per comparison.
    std::vector<std::pair<qint64, std::size_t>> keys;
    keys.reserve(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        keys.emplace_back(sortInstant(findings[i].when), i);
    }
    std::sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
        const Finding& fa = findings[a.second];
        const Finding& fb = findings[b.second];
        return std::tie(fa.severity, a.first, fa.ruleId, fa.message, fa.fingerprint)
            < std::tie(fb.severity, b.first, fb.ruleId, fb.message, fb.fingerprint);
    });
    std::vector<Finding> sorted;
    sorted.reserve(findings.size());
    for (const auto& key : keys) {
        sorted.push_back(std::move(findings[key.second]));
    }
    findings = std::move(sorted);
}

}  // namespace planner
