#pragma once

// Seating by order of precedence: where the delegation and the host side sit
// at a meeting or at a forum's head table. A pure function of who comes and
// in which order; the diagram and the place cards are drawn from its result.

#include <QString>

#include <optional>
#include <vector>

namespace planner {

using Uuid = QString;

/// Bilateral: one table, the two sides facing, the heads opposite each other
/// in the middle. UShape: the heads side by side at the middle of the base
/// (the guest on the host's right), each side outward along its arm.
/// Theatre: rows facing the front, the front row reserved for the heads and
/// the highest ranks, the host side on the left half of every row.
enum class SeatingLayout { Bilateral, UShape, Theatre };
enum class SeatingSide { Delegation, Host };

/// "bilateral", "u-shape", "theatre" (stored, never translated).
QString token(SeatingLayout layout);
std::optional<SeatingLayout> seatingLayoutFromToken(const QString& token);
QString label(SeatingLayout layout);
/// "delegation", "host".
QString token(SeatingSide side);
std::optional<SeatingSide> seatingSideFromToken(const QString& token);

/// Someone to seat: a lower precedence is a higher rank; equal ranks keep
/// the order they are given in.
struct SeatingCandidate {
    Uuid personId;
    int precedence = 0;
    bool interpreter = false;
};

/// One seat. row 0 is the table (Theatre: the front row); interpreters of
/// a table sit in row 1, behind their head. place 0 is the head's seat;
/// Bilateral: +n is the n-th seat to the head's right, -n to the left (as
/// the head sees it); UShape and Theatre: n seats outward from the middle.
struct Seat {
    Uuid personId;
    SeatingSide side = SeatingSide::Delegation;
    int row = 0;
    int place = 0;
    bool operator==(const Seat&) const = default;
};

struct SeatingPlan {
    SeatingLayout layout = SeatingLayout::Bilateral;
    std::vector<Seat> seats;  ///< delegation first, then the host side, each by rank
    bool operator==(const SeatingPlan&) const = default;

    /// The seat of a person, or nullptr.
    [[nodiscard]] const Seat* seatOf(const Uuid& personId) const;
    /// The people seated, in the order of seats.
    [[nodiscard]] std::vector<Uuid> personIds() const;
    /// Exchanges the people of two seats (the seats stay where they are).
    /// False when either person has no seat.
    bool swap(const Uuid& first, const Uuid& second);
};

/// The place of the rank-th person (0 = the head) when ranks alternate right
/// and left of the head: 0, +1, -1, +2, -2, ...
int alternatingPlace(int rank);

/// Theatre rows hold this many seats per side unless told otherwise.
inline constexpr int kTheatreSeatsPerSide = 5;

/// Seats both sides by precedence (see SeatingLayout).
SeatingPlan arrangeSeating(SeatingLayout layout, std::vector<SeatingCandidate> delegation,
    std::vector<SeatingCandidate> hosts, int theatreSeatsPerSide = kTheatreSeatsPerSide);

}  // namespace planner
