// Planning check on seating plans: a plan made before the delegation or the
// meeting changed seats people who are no longer there or misses newcomers.

#include "services/CheckRules.h"
#include "services/CheckSupport.h"
#include "services/FindingBuilder.h"
#include "services/ProtocolPeople.h"

#include <QSet>

namespace planner::checks {

namespace {

/// Who the plan should seat: the meeting's people or the forum's head table.
QSet<Uuid> expectedPeople(const TripBundle& bundle, const ProtocolScope& scope)
{
    QSet<Uuid> ids;
    const auto people = ProtocolPeople::select(bundle, scope);
    if (people.ok()) {
        for (const ProtocolPerson& p : *people) {
            ids.insert(p.person.id);
        }
    }
    return ids;
}

QString names(const TripIndex& trip, const QList<Uuid>& ids)
{
    QStringList out;
    for (const Uuid& id : ids) {
        out << trip.personName(id);
    }
    out.sort();
    return out.join(QStringLiteral(", "));
}

std::optional<Finding> check(const TripIndex& trip, RecordKind kind, const Uuid& id, const QString& title,
    const SeatingPlan& plan, const PlannedTime& when)
{
    ProtocolScope scope;
    (kind == RecordKind::Meeting ? scope.meetingId : scope.forumId) = id;
    scope.headTable = true;
    const QSet<Uuid> expected = expectedPeople(trip.bundle(), scope);
    const std::vector<Uuid> seatedList = plan.personIds();
    const QSet<Uuid> seated(seatedList.begin(), seatedList.end());
    const QList<Uuid> gone = (seated - expected).values();
    const QList<Uuid> missing = (expected - seated).values();
    if (gone.isEmpty() && missing.isEmpty()) {
        return std::nullopt;
    }
    FindingBuilder b(Severity::Warning, QStringLiteral("seating-stale"));
    QStringList ids = seatedList.empty() ? QStringList() : QStringList(seatedList.begin(), seatedList.end());
    b.involve(kind, id, ids.join(QLatin1Char('|'))).at(when);
    QStringList parts;
    if (!gone.isEmpty()) {
        parts << PlanningChecksText::tr("seats %1, who no longer take part").arg(names(trip, gone));
    }
    if (!missing.isEmpty()) {
        parts << PlanningChecksText::tr("has no seat for %1").arg(names(trip, missing));
    }
    return b.build(PlanningChecksText::tr("The seating plan of '%1' %2: arrange the seats again or swap them by hand.")
                       .arg(title, parts.join(PlanningChecksText::tr(" and "))));
}

}  // namespace

std::vector<Finding> seatingStale(const TripIndex& trip, const CheckSettings&)
{
    std::vector<Finding> out;
    for (const Meeting& m : trip.bundle().meetings) {
        if (m.seating) {
            if (auto f = check(trip, RecordKind::Meeting, m.id, m.title, *m.seating, m.start)) {
                out.push_back(*f);
            }
        }
    }
    for (const Forum& f : trip.bundle().forums) {
        if (f.seating) {
            if (auto finding = check(trip, RecordKind::Forum, f.id, f.title, *f.seating, f.start)) {
                out.push_back(*finding);
            }
        }
    }
    return out;
}

}  // namespace planner::checks
