// Planning checks on the itinerary: overlapping stops, legs that do not join
// their stops or arrive before they leave, and too little time between
// arriving somewhere and the first commitment there.

#include "services/CheckRules.h"
#include "services/CheckSupport.h"
#include "services/FindingBuilder.h"

#include <QHash>

namespace planner::checks {

namespace {

QString stopKey(const Stop& s)
{
    return spanKey(s.arrival, s.departure) + QLatin1Char('|') + s.zone;
}

QString legKey(const TravelLeg& l)
{
    return l.fromStopId + QLatin1Char('>') + l.toStopId + QLatin1Char('|') + spanKey(l.departure, l.arrival);
}

}  // namespace

std::vector<Finding> stopsOverlap(const TripIndex& trip, const CheckSettings&)
{
    const std::vector<Stop>& stops = trip.bundle().stops;
    std::vector<Span> spans;
    for (std::size_t i = 0; i < stops.size(); ++i) {
        const auto arrival = trip.instant(stops[i].arrival);
        const auto departure = trip.instant(stops[i].departure);
        if (arrival && departure) {
            spans.push_back({ *arrival, *departure, i });
        }
    }
    std::vector<Finding> out;
    forEachOverlap(
        spans,
        [&](const Span& earlier, const Span& later) {
            const Stop& a = stops[earlier.item];
            const Stop& b = stops[later.item];
            FindingBuilder builder(Severity::Error, QStringLiteral("stops-overlap"));
            builder.involve(RecordKind::Stop, b.id, stopKey(b))
                .involve(RecordKind::Stop, a.id, stopKey(a))
                .at(b.arrival);
            out.push_back(builder.build(
                PlanningChecksText::tr("The stay in %1 (%2) begins before the stay in %3 (%4) ends: the delegation "
                                       "cannot be in both; correct the arrival or departure.")
                    .arg(b.city, formatSpan(b.arrival, b.departure), a.city, formatSpan(a.arrival, a.departure))));
        },
        [&](const std::vector<Span>& members) {
            const Stop& first = stops[members.front().item];
            FindingBuilder builder(Severity::Error, QStringLiteral("stops-overlap"));
            QStringList named;
            for (const Span& m : members) {
                const Stop& s = stops[m.item];
                builder.involve(RecordKind::Stop, s.id, stopKey(s));
                if (static_cast<std::size_t>(named.size()) < kNamedClusterMembers) {
                    named << QStringLiteral("%1 (%2)").arg(s.city, formatSpan(s.arrival, s.departure));
                }
            }
            builder.at(first.arrival);
            out.push_back(builder.build(
                PlanningChecksText::tr("%n stays overlap one another: %1%2. The delegation cannot be in several "
                                       "places; correct the arrivals or departures.",
                    nullptr, static_cast<int>(members.size()))
                    .arg(named.join(QStringLiteral("; ")), moreText(members.size()))));
        });
    return out;
}

std::vector<Finding> legDisconnected(const TripIndex& trip, const CheckSettings&)
{
    // Stops in the order the delegation visits them.
    std::vector<std::pair<qint64, const Stop*>> order;
    for (const Stop& s : trip.bundle().stops) {
        if (const auto arrival = trip.instant(s.arrival)) {
            order.emplace_back(*arrival, &s);
        }
    }
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second->id < b.second->id;
    });
    QHash<Uuid, int> position;
    for (int i = 0; i < static_cast<int>(order.size()); ++i) {
        position.insert(order[static_cast<std::size_t>(i)].second->id, i);
    }

    std::vector<Finding> out;
    for (const TravelLeg& l : trip.bundle().legs) {
        const Stop* from = trip.stop(l.fromStopId);
        const Stop* to = trip.stop(l.toStopId);
        const auto departure = trip.instant(l.departure);
        const auto arrival = trip.instant(l.arrival);
        QStringList problems;
        if (!l.fromStopId.isEmpty() && !from) {
            problems << PlanningChecksText::tr("it leaves from a stop that is not part of this trip");
        }
        if (!l.toStopId.isEmpty() && !to) {
            problems << PlanningChecksText::tr("it goes to a stop that is not part of this trip");
        }
        if (from && !l.departure.isNull() && l.departure.zone() != from->zone) {
            problems << PlanningChecksText::tr("its departure is given in %1, but %2 is in %3")
                            .arg(l.departure.zone(), from->city, from->zone);
        }
        if (to && !l.arrival.isNull() && l.arrival.zone() != to->zone) {
            problems << PlanningChecksText::tr("its arrival is given in %1, but %2 is in %3")
                            .arg(l.arrival.zone(), to->city, to->zone);
        }
        if (from && departure) {
            const auto stayEnds = trip.instant(from->departure);
            if (stayEnds && *departure < *stayEnds) {
                problems << PlanningChecksText::tr("it departs at %1, before the stay in %2 ends (%3)")
                                .arg(formatMoment(l.departure), from->city, formatMoment(from->departure));
            }
        }
        if (to && arrival) {
            const auto stayBegins = trip.instant(to->arrival);
            if (stayBegins && *arrival > *stayBegins) {
                problems << PlanningChecksText::tr("it arrives at %1, after the stay in %2 begins (%3)")
                                .arg(formatMoment(l.arrival), to->city, formatMoment(to->arrival));
            }
        }
        if (from && to && position.contains(from->id) && position.contains(to->id)
            && position.value(to->id) != position.value(from->id) + 1) {
            const int next = position.value(from->id) + 1;
            problems << (next < static_cast<int>(order.size())
                    ? PlanningChecksText::tr("the stop after %1 is %2, not %3")
                          .arg(from->city, order[static_cast<std::size_t>(next)].second->city, to->city)
                    : PlanningChecksText::tr("%1 is the last stop, so no leg goes on from it to %2")
                          .arg(from->city, to->city));
        }
        if (problems.isEmpty()) {
            continue;
        }
        FindingBuilder b(Severity::Error, QStringLiteral("leg-disconnected"));
        b.involve(RecordKind::Leg, l.id, legKey(l));
        if (from) {
            b.involve(RecordKind::Stop, from->id, stopKey(*from));
        }
        if (to) {
            b.involve(RecordKind::Stop, to->id, stopKey(*to));
        }
        b.at(l.departure);
        out.push_back(b.build(PlanningChecksText::tr("%1 (%2) does not join its stops: %3.")
                                  .arg(describeLeg(l, from, to), formatSpan(l.departure, l.arrival),
                                      problems.join(QStringLiteral("; ")))));
    }
    return out;
}

std::vector<Finding> legArrivesBeforeDeparture(const TripIndex& trip, const CheckSettings&)
{
    std::vector<Finding> out;
    for (const TravelLeg& l : trip.bundle().legs) {
        const auto departure = trip.instant(l.departure);
        const auto arrival = trip.instant(l.arrival);
        if (!departure || !arrival || *arrival > *departure) {
            continue;
        }
        FindingBuilder b(Severity::Error, QStringLiteral("leg-arrives-before-departure"));
        b.involve(RecordKind::Leg, l.id, legKey(l)).at(l.departure);
        const QString what = describeLeg(l, trip.stop(l.fromStopId), trip.stop(l.toStopId));
        const qint64 minutes = (*departure - *arrival) / 60000;
        const QString message = *arrival == *departure
            ? PlanningChecksText::tr(
                "%1 departs at %2 and arrives at %3, the same instant: check the times and their zones.")
                  .arg(what, formatMoment(l.departure), formatMoment(l.arrival))
            : PlanningChecksText::tr(
                "%1 departs at %2 but arrives at %3, %4 before it departs: check the times and their zones.")
                  .arg(what, formatMoment(l.departure), formatMoment(l.arrival), formatDuration(minutes));
        out.push_back(b.build(message));
    }
    return out;
}

std::vector<Finding> arrivalBufferShort(const TripIndex& trip, const CheckSettings& settings)
{
    const TripBundle& bundle = trip.bundle();
    // The last leg landing at each stop.
    QHash<Uuid, std::pair<qint64, const TravelLeg*>> lastLanding;
    for (const TravelLeg& l : bundle.legs) {
        const auto arrival = trip.instant(l.arrival);
        if (l.toStopId.isEmpty() || !arrival) {
            continue;
        }
        auto found = lastLanding.find(l.toStopId);
        if (found == lastLanding.end() || found->first < *arrival) {
            lastLanding.insert(l.toStopId, { *arrival, &l });
        }
    }
    // The first forum or meeting at each stop that is within the stay (one
    // that begins before the stay is reported by the outside-stay rules).
    struct Commitment {
        qint64 start = 0;
        RecordKind kind = RecordKind::Forum;
        Uuid id;
        QString what;
        PlannedTime startTime;
        PlannedTime endTime;
    };
    QHash<Uuid, qint64> stayBegins;
    for (const Stop& s : bundle.stops) {
        if (const auto arrival = trip.instant(s.arrival)) {
            stayBegins.insert(s.id, *arrival);
        }
    }
    QHash<Uuid, Commitment> first;
    auto consider = [&](const Uuid& stopId, Commitment c) {
        auto begins = stayBegins.constFind(stopId);
        if (begins == stayBegins.constEnd() || c.start < *begins) {
            return;
        }
        auto found = first.find(stopId);
        if (found == first.end() || c.start < found->start) {
            first.insert(stopId, std::move(c));
        }
    };
    for (const Forum& f : bundle.forums) {
        if (const auto start = trip.instant(f.start)) {
            consider(f.stopId,
                { *start, RecordKind::Forum, f.id, PlanningChecksText::tr("the forum '%1'").arg(f.title), f.start,
                    f.end });
        }
    }
    for (const Meeting& m : bundle.meetings) {
        if (const auto start = trip.instant(m.start)) {
            consider(m.stopId, { *start, RecordKind::Meeting, m.id, describeMeeting(m), m.start, m.end });
        }
    }

    const qint64 buffer = settings.arrivalBufferMinutes;
    std::vector<Finding> out;
    for (const Stop& s : bundle.stops) {
        auto commitment = first.constFind(s.id);
        if (commitment == first.constEnd()) {
            continue;
        }
        qint64 arrivedMs = stayBegins.value(s.id);
        PlannedTime arrived = s.arrival;
        const TravelLeg* leg = nullptr;
        if (auto landing = lastLanding.constFind(s.id);
            landing != lastLanding.constEnd() && landing->first > arrivedMs) {
            arrivedMs = landing->first;
            leg = landing->second;
            arrived = leg->arrival;
        }
        const qint64 gap = (commitment->start - arrivedMs) / 60000;
        if (gap >= buffer) {
            continue;
        }
        FindingBuilder b(Severity::Warning, QStringLiteral("arrival-buffer-short"));
        b.involve(commitment->kind, commitment->id, spanKey(commitment->startTime, commitment->endTime))
            .involve(RecordKind::Stop, s.id, stopKey(s));
        if (leg) {
            b.involve(RecordKind::Leg, leg->id, legKey(*leg));
        }
        b.setting(CheckSettings::arrivalBufferName(), QString::number(buffer)).at(commitment->startTime);
        const QString arrival = leg
            ? PlanningChecksText::tr("%1 lands in %2 at %3")
                  .arg(describeLeg(*leg, trip.stop(leg->fromStopId), &s), s.city, formatMoment(arrived))
            : PlanningChecksText::tr("the delegation arrives in %1 at %2").arg(s.city, formatMoment(arrived));
        const QString message = gap >= 0
            ? PlanningChecksText::tr(
                "Only %1 between arrival and %2 (%3): %4; this trip asks for at least %5. Move the "
                "commitment or travel earlier.")
                  .arg(formatDuration(gap), commitment->what, formatSpan(commitment->startTime, commitment->endTime),
                      arrival, formatDuration(buffer))
            : PlanningChecksText::tr(
                "%1 (%2) begins %3 before arrival: %4; this trip asks for at least %5 after arrival. Move "
                "the commitment or travel earlier.")
                  .arg(commitment->what, formatSpan(commitment->startTime, commitment->endTime), formatDuration(-gap),
                      arrival, formatDuration(buffer));
        out.push_back(b.build(message));
    }
    return out;
}

}  // namespace planner::checks
