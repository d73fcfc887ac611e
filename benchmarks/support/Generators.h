#pragma once

// Generated trips for the benchmarks: deterministic for a seed, with the
// shapes the issues measure (a large trip, an archive of many small trips).

#include "domain/Entities.h"
#include "domain/Result.h"

#include <QDate>

#include <vector>

namespace planner {
class Database;
}

namespace planner::bench {

/// One trip: `stops` stops, legs joining them (from home and back),
/// `forumsPerStop` forums of `sessionsPerForum` sessions in `rooms` parallel
/// rooms, `meetingsPerStop` meetings; speakers and participants drawn at
/// random from `members` travellers and `hosts` host-side people, so that
/// some are double-booked, as in real plans.
struct TripShape {
    int stops = 5;
    int forumsPerStop = 2;
    int sessionsPerForum = 160;
    int rooms = 4;
    int meetingsPerStop = 79;
    int members = 40;
    int hosts = 60;
    QDate start { 2016, 9, 1 };
    unsigned seed = 20160817;
};

/// 2,001 events: the large trip of the planning-check figures.
TripShape largeTripShape();
/// 25,000 sessions in one trip: a summit's programme.
TripShape summitShape();

TripBundle generateTrip(const TripShape& shape);

/// Sessions, meetings and legs of a bundle.
std::size_t eventCount(const TripBundle& b);

/// An archive: `trips` trips of one stop with a forum of `sessionsPerTrip`
/// sessions and 20 members, over a shared directory of `people` people and
/// `organisations` organisations (every trip's bundle carries what it uses).
struct Archive {
    std::vector<Organisation> organisations;
    std::vector<Person> people;
    std::vector<TripBundle> trips;
};
Archive generateArchive(int trips = 500, int sessionsPerTrip = 50, int people = 10000, int organisations = 400);

/// Writes an archive in one transaction (directory first, then every trip).
Status saveArchive(Database& db, const Archive& archive);

}  // namespace planner::bench
