#include "services/Finding.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>
#include <tuple>

namespace planner {

namespace {

struct KindName {
    RecordKind kind;
    const char* token;
    const char* label;
};

const std::array<KindName, 11> kKinds { {
    { RecordKind::Trip, "trip", QT_TRANSLATE_NOOP("Finding", "trip") },
    { RecordKind::Person, "person", QT_TRANSLATE_NOOP("Finding", "person") },
    { RecordKind::Organisation, "organisation", QT_TRANSLATE_NOOP("Finding", "organisation") },
    { RecordKind::Venue, "venue", QT_TRANSLATE_NOOP("Finding", "venue") },
    { RecordKind::Member, "member", QT_TRANSLATE_NOOP("Finding", "delegation member") },
    { RecordKind::Stop, "stop", QT_TRANSLATE_NOOP("Finding", "stop") },
    { RecordKind::TravelLeg, "leg", QT_TRANSLATE_NOOP("Finding", "travel leg") },
    { RecordKind::Forum, "forum", QT_TRANSLATE_NOOP("Finding", "forum") },
    { RecordKind::Session, "session", QT_TRANSLATE_NOOP("Finding", "session") },
    { RecordKind::Meeting, "meeting", QT_TRANSLATE_NOOP("Finding", "meeting") },
    { RecordKind::Mou, "mou", QT_TRANSLATE_NOOP("Finding", "MOU") },
} };

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
    case Severity::Error: return QCoreApplication::translate("Finding", "Error");
    case Severity::Warning: return QCoreApplication::translate("Finding", "Warning");
    case Severity::Note: return QCoreApplication::translate("Finding", "Note");
    }
    return {};
}

QString token(RecordKind kind)
{
    for (const KindName& k : kKinds) {
        if (k.kind == kind) {
            return QString::fromLatin1(k.token);
        }
    }
    return {};
}

QString label(RecordKind kind)
{
    for (const KindName& k : kKinds) {
        if (k.kind == kind) {
            return QCoreApplication::translate("Finding", k.label);
        }
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

std::optional<RecordKind> recordKindFromToken(const QString& text)
{
    for (const KindName& k : kKinds) {
        if (text == QLatin1String(k.token)) {
            return k.kind;
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
