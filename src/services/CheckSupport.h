#pragma once

// Internal to the planning checks: wording of times and records, the content
// keys that go into fingerprints, and the sweep that finds overlaps.

#include "domain/Entities.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace planner::checks {

struct PlanningChecksText {
    Q_DECLARE_TR_FUNCTIONS(planner::PlanningChecks)
};

/// "2016-08-17 09:30 Asia/Tashkent, UTC+05:00"
QString formatMoment(const PlannedTime& t);
/// "2016-08-17 09:30–10:00 Asia/Tashkent, UTC+05:00" within one day and
/// zone, else both ends in full.
QString formatSpan(const PlannedTime& start, const PlannedTime& end);
/// "1 h 30 min", "45 min", "2 h"
QString formatDuration(qint64 minutes);

/// Content keys for fingerprints: "2016-08-17T09:30@Asia/Tashkent".
QString timeKey(const PlannedTime& t);
QString spanKey(const PlannedTime& start, const PlannedTime& end);

/// "session 'Keynote' of 'Korea-Uzbekistan Cooperation Forum'"
QString describeSession(const AgendaSession& s, const Forum& f);
/// "meeting 'Meeting with First Deputy Prime Minister Azimov'"
QString describeMeeting(const Meeting& m);
/// "flight Example Air XA202 Tashkent (TAS) → Baku (GYD)"
QString describeLeg(const TravelLeg& l, const Stop* from, const Stop* to);
/// "stop Tashkent"
QString describeStop(const Stop& s);

/// An interval of instants [start, end) belonging to item number `item`.
struct Span {
    qint64 start = 0;
    qint64 end = 0;
    std::size_t item = 0;
};

/// Calls onOverlap(earlier, later) for every pair of spans that overlap
/// (touching ends do not), by sorting on start and sweeping with the set of
/// spans still open: O(n log n + pairs), not every pair.
template <typename OnOverlap> void forEachOverlap(std::vector<Span>& spans, OnOverlap&& onOverlap)
{
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        return a.start != b.start ? a.start < b.start : (a.end != b.end ? a.end < b.end : a.item < b.item);
    });
    std::vector<Span> open;
    for (const Span& s : spans) {
        std::erase_if(open, [&](const Span& o) { return o.end <= s.start; });
        for (const Span& o : open) {
            onOverlap(o, s);
        }
        if (s.end > s.start) {
            open.push_back(s);
        }
    }
}

}  // namespace planner::checks
