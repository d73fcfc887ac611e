// Planning checks on the travellers' documents: passports missing or
// expiring too soon after the return.

#include "services/CheckRules.h"
#include "services/CheckSupport.h"
#include "services/FindingBuilder.h"

#include <QSet>

namespace planner::checks {

namespace {

struct Traveller {
    const Person* person = nullptr;
    QString why;  ///< "a member of the delegation", "a passenger on flight ..."
};

/// Delegation members in order of precedence, then people named as
/// passengers of a leg who are not members.
std::vector<Traveller> travellers(const TripIndex& trip)
{
    std::vector<Traveller> out;
    QSet<Uuid> seen;
    for (const Uuid& id : trip.delegation()) {
        if (const Person* p = trip.person(id); p && !seen.contains(id)) {
            seen.insert(id);
            out.push_back({ p, PlanningChecksText::tr("a member of the delegation") });
        }
    }
    for (const TravelLeg& l : trip.bundle().legs) {
        for (const Uuid& id : l.passengerIds) {
            if (const Person* p = trip.person(id); p && !seen.contains(id)) {
                seen.insert(id);
                out.push_back({ p,
                    PlanningChecksText::tr("a passenger on %1")
                        .arg(describeLeg(l, trip.stop(l.fromStopId), trip.stop(l.toStopId))) });
            }
        }
    }
    return out;
}

QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

}  // namespace

std::vector<Finding> passportMissing(const TripIndex& trip, const CheckSettings&)
{
    std::vector<Finding> out;
    for (const Traveller& t : travellers(trip)) {
        const bool noNumber = t.person->passportNumber.trimmed().isEmpty();
        const bool noExpiry = !t.person->passportExpiry.isValid();
        if (!noNumber && !noExpiry) {
            continue;
        }
        const QString missing = noNumber && noExpiry
            ? PlanningChecksText::tr("passport number and expiry date are missing")
            : noNumber ? PlanningChecksText::tr("the passport number is missing")
                       : PlanningChecksText::tr("the passport expiry date is missing");
        FindingBuilder b(Severity::Warning, QStringLiteral("passport-missing"));
        b.involve(RecordKind::Person, t.person->id,
            t.person->passportNumber.trimmed() + QLatin1Char('|') + isoDate(t.person->passportExpiry));
        out.push_back(b.build(
            PlanningChecksText::tr("No complete passport data for %1, %2: %3. Visa and immigration lists need both.")
                .arg(t.person->displayName(), t.why, missing)));
    }
    return out;
}

std::vector<Finding> passportExpiring(const TripIndex& trip, const CheckSettings& settings)
{
    const QDate returnDate = trip.returnDate();
    if (!returnDate.isValid()) {
        return {};
    }
    const int months = settings.passportValidityMonths;
    const QDate needed = returnDate.addMonths(months);
    std::vector<Finding> out;
    for (const Traveller& t : travellers(trip)) {
        const QDate expiry = t.person->passportExpiry;
        if (!expiry.isValid() || expiry >= needed) {
            continue;
        }
        FindingBuilder b(Severity::Error, QStringLiteral("passport-expiring"));
        b.involve(
             RecordKind::Person, t.person->id, t.person->passportNumber.trimmed() + QLatin1Char('|') + isoDate(expiry))
            .setting(CheckSettings::passportValidityName(), QString::number(months))
            .setting(QStringLiteral("returnDate"), isoDate(returnDate));
        const QDate departure = trip.bundle().trip.startDate;
        const QString message = expiry < (departure.isValid() ? departure : returnDate)
            ? PlanningChecksText::tr(
                "The passport of %1 (%2) expired on %3, before the trip; it must be valid until at least %4 "
                "(%5 months after the return on %6). Renew it before departure.")
            : PlanningChecksText::tr(
                "The passport of %1 (%2) expires on %3; it must be valid until at least %4 (%5 months after "
                "the return on %6), or entry may be refused. Renew it before departure.");
        out.push_back(b.build(message.arg(t.person->displayName(), t.why, isoDate(expiry), isoDate(needed))
                                  .arg(months)
                                  .arg(isoDate(returnDate))));
    }
    return out;
}

}  // namespace planner::checks
