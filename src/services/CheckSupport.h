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

/// Clusters of more members than this are one finding, not a finding per
/// pair: 3,000 sessions at one time are one problem, not 4.5 million.
constexpr std::size_t kMaxPairwiseCluster = 4;
/// How many members a cluster's finding names before "and N more".
constexpr std::size_t kNamedClusterMembers = 8;

/// " and 12 more" after the members a cluster's finding names, or nothing.
QString moreText(std::size_t members);

/// Sorts the spans and walks through the clusters of spans that overlap one
/// another, directly or through a chain (touching ends do not). A small
/// cluster (up to kMaxPairwiseCluster) gives onOverlap(earlier, later) for
/// each pair in it that overlaps; a larger one gives onCluster(members) once,
/// members in order of start. O(n log n) in time and O(n) in findings,
/// whatever the input.
template <typename OnOverlap, typename OnCluster>
void forEachOverlap(std::vector<Span>& spans, OnOverlap&& onOverlap, OnCluster&& onCluster)
{
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        return a.start != b.start ? a.start < b.start : (a.end != b.end ? a.end < b.end : a.item < b.item);
    });
    std::vector<Span> cluster;
    qint64 clusterEnd = 0;
    const auto flush = [&] {
        if (cluster.size() > kMaxPairwiseCluster) {
            onCluster(cluster);
        } else {
            for (std::size_t i = 0; i < cluster.size(); ++i) {
                for (std::size_t j = i + 1; j < cluster.size(); ++j) {
                    const Span& a = cluster[i];
                    const Span& b = cluster[j];
                    // Sorted by start, b begins at or after a: they overlap
                    // when a lasts and is still going (a zero-length b inside
                    // a counts).
                    if (a.end > a.start && b.start < a.end) {
                        onOverlap(a, b);
                    }
                }
            }
        }
        cluster.clear();
    };
    for (const Span& s : spans) {
        if (!cluster.empty() && s.start >= clusterEnd) {
            flush();
        }
        if (cluster.empty()) {
            clusterEnd = s.end;
        }
        cluster.push_back(s);
        clusterEnd = std::max(clusterEnd, s.end);
    }
    flush();
}

}  // namespace planner::checks
