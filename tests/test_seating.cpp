// The seating algorithm as a pure function: heads opposite each other in the
// middle, the others alternating right and left of the head by rank;
// interpreters behind their head; equal ranks in the order given.

#include "TestSupport.h"
#include "domain/Seating.h"

using namespace planner;

namespace {

std::vector<SeatingCandidate> side(const QString& prefix, int count, int firstPrecedence = 1)
{
    std::vector<SeatingCandidate> people;
    for (int i = 0; i < count; ++i) {
        people.push_back({ prefix + QString::number(i + 1), firstPrecedence + i, false });
    }
    return people;
}

Seat seatOf(const SeatingPlan& plan, const QString& id)
{
    const Seat* seat = plan.seatOf(id);
    REQUIRE(seat != nullptr);
    return *seat;
}

}  // namespace

TEST_CASE("Ranks alternate right and left of the head")
{
    CHECK(alternatingPlace(0) == 0);
    CHECK(alternatingPlace(1) == 1);
    CHECK(alternatingPlace(2) == -1);
    CHECK(alternatingPlace(3) == 2);
    CHECK(alternatingPlace(4) == -2);
}

TEST_CASE("Bilateral 5 + 5: heads opposite in the middle, then right, left, right, left")
{
    // Given out of order: the precedence decides, not the list.
    auto guests = side(QStringLiteral("k"), 5);
    std::reverse(guests.begin(), guests.end());
    const SeatingPlan plan = arrangeSeating(SeatingLayout::Bilateral, guests, side(QStringLiteral("u"), 5));
    REQUIRE(plan.seats.size() == 10);
    const std::vector<int> expected { 0, 1, -1, 2, -2 };
    for (int i = 0; i < 5; ++i) {
        const Seat k = seatOf(plan, QStringLiteral("k%1").arg(i + 1));
        const Seat u = seatOf(plan, QStringLiteral("u%1").arg(i + 1));
        CHECK(k.side == SeatingSide::Delegation);
        CHECK(u.side == SeatingSide::Host);
        CHECK(k.row == 0);
        CHECK(k.place == expected[static_cast<std::size_t>(i)]);
        CHECK(u.place == expected[static_cast<std::size_t>(i)]);
    }
    CHECK(plan.seats.front().personId == QStringLiteral("k1"));
}

TEST_CASE("Uneven sides: every person seated once, both heads in the middle")
{
    const SeatingPlan plan
        = arrangeSeating(SeatingLayout::Bilateral, side(QStringLiteral("k"), 3), side(QStringLiteral("u"), 1));
    REQUIRE(plan.seats.size() == 4);
    CHECK(seatOf(plan, QStringLiteral("k1")).place == 0);
    CHECK(seatOf(plan, QStringLiteral("u1")).place == 0);
    CHECK(seatOf(plan, QStringLiteral("k2")).place == 1);
    CHECK(seatOf(plan, QStringLiteral("k3")).place == -1);

    const SeatingPlan noHosts = arrangeSeating(SeatingLayout::Bilateral, side(QStringLiteral("k"), 2), {});
    CHECK(noHosts.seats.size() == 2);
}

TEST_CASE("Interpreters sit behind their head and take no seat at the table")
{
    auto guests = side(QStringLiteral("k"), 3);
    guests.insert(guests.begin() + 1, { QStringLiteral("ki"), 2, true });
    auto hosts = side(QStringLiteral("u"), 2);
    hosts.push_back({ QStringLiteral("ui"), 0, true });
    const SeatingPlan plan = arrangeSeating(SeatingLayout::Bilateral, guests, hosts);
    const Seat ki = seatOf(plan, QStringLiteral("ki"));
    CHECK(ki.row == 1);
    CHECK(ki.place == 0);
    const Seat ui = seatOf(plan, QStringLiteral("ui"));
    CHECK(ui.row == 1);
    CHECK(ui.place == 0);
    // The interpreter's high precedence does not move the head.
    CHECK(seatOf(plan, QStringLiteral("u1")).place == 0);
    CHECK(seatOf(plan, QStringLiteral("k2")).place == 1);
    CHECK(seatOf(plan, QStringLiteral("k3")).place == -1);
}

TEST_CASE("A precedence tie keeps the order given")
{
    const std::vector<SeatingCandidate> guests { { QStringLiteral("head"), 1, false },
        { QStringLiteral("b"), 2, false }, { QStringLiteral("a"), 2, false }, { QStringLiteral("c"), 3, false } };
    const SeatingPlan plan = arrangeSeating(SeatingLayout::Bilateral, guests, {});
    CHECK(seatOf(plan, QStringLiteral("b")).place == 1);
    CHECK(seatOf(plan, QStringLiteral("a")).place == -1);
    CHECK(seatOf(plan, QStringLiteral("c")).place == 2);
}

TEST_CASE("U-shape: heads at the middle of the base, each side outward by rank")
{
    const SeatingPlan plan
        = arrangeSeating(SeatingLayout::UShape, side(QStringLiteral("k"), 4), side(QStringLiteral("u"), 3));
    CHECK(seatOf(plan, QStringLiteral("k1")).place == 0);
    CHECK(seatOf(plan, QStringLiteral("k2")).place == 1);
    CHECK(seatOf(plan, QStringLiteral("k4")).place == 3);
    CHECK(seatOf(plan, QStringLiteral("u3")).place == 2);
    CHECK(seatOf(plan, QStringLiteral("u3")).side == SeatingSide::Host);
}

TEST_CASE("Theatre: the front row is reserved for the heads and the highest ranks")
{
    auto guests = side(QStringLiteral("k"), 7);
    guests.push_back({ QStringLiteral("ki"), 99, true });
    const SeatingPlan plan = arrangeSeating(SeatingLayout::Theatre, guests, side(QStringLiteral("u"), 2), 3);
    CHECK(seatOf(plan, QStringLiteral("k1")).row == 0);
    CHECK(seatOf(plan, QStringLiteral("k1")).place == 0);
    // The interpreter sits beside the head.
    CHECK(seatOf(plan, QStringLiteral("ki")).row == 0);
    CHECK(seatOf(plan, QStringLiteral("ki")).place == 1);
    CHECK(seatOf(plan, QStringLiteral("k2")).row == 0);
    CHECK(seatOf(plan, QStringLiteral("k3")).row == 1);
    CHECK(seatOf(plan, QStringLiteral("k7")).row == 2);
    CHECK(seatOf(plan, QStringLiteral("u1")).row == 0);
    CHECK(seatOf(plan, QStringLiteral("u2")).place == 1);
}

TEST_CASE("Swapping two seats exchanges the people, not the seats")
{
    SeatingPlan plan = arrangeSeating(SeatingLayout::Bilateral, side(QStringLiteral("k"), 3), {});
    REQUIRE(plan.swap(QStringLiteral("k1"), QStringLiteral("k3")));
    CHECK(seatOf(plan, QStringLiteral("k3")).place == 0);
    CHECK(seatOf(plan, QStringLiteral("k1")).place == -1);
    CHECK_FALSE(plan.swap(QStringLiteral("k1"), QStringLiteral("nobody")));
    CHECK(seatingLayoutFromToken(token(SeatingLayout::UShape)) == SeatingLayout::UShape);
    CHECK(seatingSideFromToken(QStringLiteral("guest")) == std::nullopt);
}
