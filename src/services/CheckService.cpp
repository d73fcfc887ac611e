#include "services/CheckService.h"

#include "services/PlanningChecks.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QHash>

namespace planner {

namespace {

struct CheckServiceText {
    Q_DECLARE_TR_FUNCTIONS(planner::CheckService)
};

Result<int> readSetting(const TripSettingsRepository& repo, const Uuid& tripId, const QString& name, int fallback,
    int maximum, const QString& unit)
{
    auto text = repo.value(tripId, name, QString::number(fallback));
    if (!text.ok()) {
        return text.error();
    }
    bool ok = false;
    const int value = text->trimmed().toInt(&ok);
    if (!ok || value < 0 || value > maximum) {
        return makeError(
            CheckServiceText::tr("the trip setting %1 is '%2'; it must be a whole number of %3 from 0 to %4")
                .arg(name, *text, unit)
                .arg(maximum));
    }
    return value;
}

}  // namespace

Result<CheckSettings> CheckService::settings(const Uuid& tripId) const
{
    const TripSettingsRepository repo(m_db);
    CheckSettings out;
    auto buffer = readSetting(repo, tripId, CheckSettings::arrivalBufferName(), out.arrivalBufferMinutes, 24 * 60,
        CheckServiceText::tr("minutes"));
    if (!buffer.ok()) {
        return buffer.error();
    }
    auto months = readSetting(repo, tripId, CheckSettings::passportValidityName(), out.passportValidityMonths, 120,
        CheckServiceText::tr("months"));
    if (!months.ok()) {
        return months.error();
    }
    out.arrivalBufferMinutes = *buffer;
    out.passportValidityMonths = *months;
    return out;
}

Status CheckService::setSettings(const Uuid& tripId, const CheckSettings& settings)
{
    return m_db.transaction([&]() -> Status {
        TripSettingsRepository repo(m_db);
        if (Status s
            = repo.setValue(tripId, CheckSettings::arrivalBufferName(), QString::number(settings.arrivalBufferMinutes));
            !s) {
            return s;
        }
        return repo.setValue(
            tripId, CheckSettings::passportValidityName(), QString::number(settings.passportValidityMonths));
    });
}

Result<std::vector<ReviewedFinding>> CheckService::review(const Uuid& tripId) const
{
    auto bundle = TripBundleStore(m_db).load(tripId);
    if (!bundle.ok()) {
        return bundle.error();
    }
    auto thresholds = settings(tripId);
    if (!thresholds.ok()) {
        return thresholds.error();
    }
    auto acknowledgements = AcknowledgementRepository(m_db).list(tripId);
    if (!acknowledgements.ok()) {
        return acknowledgements.error();
    }
    return review(PlanningChecks::run(*bundle, *thresholds), *acknowledgements);
}

std::vector<ReviewedFinding> CheckService::review(
    std::vector<Finding> findings, const std::vector<Acknowledgement>& acknowledgements)
{
    QHash<QString, const Acknowledgement*> byFingerprint;
    for (const Acknowledgement& a : acknowledgements) {
        byFingerprint.insert(a.fingerprint, &a);
    }
    std::vector<ReviewedFinding> out;
    out.reserve(findings.size());
    for (Finding& f : findings) {
        ReviewedFinding r;
        if (const Acknowledgement* a = byFingerprint.value(f.fingerprint); a && a->ruleId == f.ruleId) {
            r.acknowledgement = *a;
        }
        r.finding = std::move(f);
        out.push_back(std::move(r));
    }
    return out;
}

Status CheckService::acknowledge(const Uuid& tripId, const Finding& finding, const QString& reason)
{
    Acknowledgement a;
    a.tripId = tripId;
    a.ruleId = finding.ruleId;
    a.fingerprint = finding.fingerprint;
    a.reason = reason;
    a.acknowledgedAt = QDateTime::currentDateTimeUtc();
    return AcknowledgementRepository(m_db).acknowledge(a);
}

Status CheckService::withdraw(const Uuid& tripId, const QString& fingerprint)
{
    return AcknowledgementRepository(m_db).withdraw(tripId, fingerprint);
}

bool CheckService::hasOpenError(const std::vector<ReviewedFinding>& findings)
{
    return std::any_of(findings.begin(), findings.end(),
        [](const ReviewedFinding& r) { return r.isOpen() && r.finding.severity == Severity::Error; });
}

}  // namespace planner
